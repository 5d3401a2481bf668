package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.todo.TodoKind;
import uk.cml.ui.PageHarness;
import uk.cml.ui.WithAPage;

/**
 * A reviewer saw "No reply by 30 Nov" for a letter a CMS letter received on 17 Nov answered. A CMS letter can be
 * linked as the reply from the received-letter form to any letter the parent posted by its date, with proof of
 * postage or without, new or when the received letter is opened again; once linked, nothing says "No reply" to it
 * (the Letters list, the Overview's to-dos, Where it stands, the Timeline). A letter posted after the CMS letter's
 * date is not offered: the CMS cannot have answered it. Today is 5 Dec 2026.
 */
class ReplyLinkedEverywhereTest extends WithAPage {

    static final Clock DEC_5 = Clock.fixed(Instant.parse("2026-12-05T10:15:00Z"), ZoneId.of("Europe/London"));

    @Override
    protected Clock clock() {
        return DEC_5;
    }
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @BeforeEach
    void open() {
        caseId = harness.currentCase.get().id();
        // Posted 5 Nov with a certificate of posting; posted 6 Nov with none; written 12 Nov but posted 20 Nov.
        harness.services.sentLetters.save(letter("Missed payments", LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 5), new ProofOfPostage(Optional.of(LocalDate.of(2026, 11, 5)), "Leeds",
                        "CP1", Optional.empty())));
        harness.services.sentLetters.save(letter("Arrears breakdown", LocalDate.of(2026, 11, 6),
                LocalDate.of(2026, 11, 6), ProofOfPostage.NONE));
        harness.services.sentLetters.save(letter("Posted late", LocalDate.of(2026, 11, 12),
                LocalDate.of(2026, 11, 20), ProofOfPostage.NONE));
        LettersView page = LettersPages.open(harness, DEC_5);
        show(page);
        waitFor("#letters-new-received");
    }

    private SentLetter letter(String subject, LocalDate written, LocalDate posted, ProofOfPostage proof) {
        return new SentLetter(0, caseId, written, Optional.of(posted), new Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), subject, LetterKind.OTHER,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), proof, "",
                Optional.of(LocalDate.of(2026, 11, 30)), Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<SentLetter> answers() {
        return (ComboBox<SentLetter>) lookup("#received-answers").query();
    }

    private List<String> offered() {
        return interactAndGet(() -> answers().getItems().stream().filter(Objects::nonNull).map(SentLetter::subject)
                .toList());
    }

    private void choose(String subject) {
        interact(() -> answers().setValue(answers().getItems().stream().filter(Objects::nonNull)
                .filter(l -> l.subject().equals(subject)).findFirst().orElseThrow()));
    }

    private SentLetter sent(String subject) {
        return harness.services.sentLetters.letters(caseId).stream().filter(l -> l.subject().equals(subject))
                .findFirst().orElseThrow();
    }

    /** Every place that could say the letter got no reply, as words. */
    private List<String> noReplyFor(String subject) {
        SentLetter l = sent(subject);
        Set<Long> answered = harness.services.sentLetters.answered(caseId);
        List<String> said = new java.util.ArrayList<>();
        said.add(LetterTables.reply(l, answered, Set.of(), Map.of(), TODAY).text());
        harness.services.sentLetters.todos(caseId, TODAY).stream()
                .filter(t -> t.kind() == TodoKind.REPLY_OVERDUE && t.sourceId() == l.id())
                .forEach(t -> said.add("to-do: " + t.what()));
        harness.services.standing.report(caseId, TODAY).letterReplies().stream()
                .filter(d -> d.what().contains(subject)).forEach(d -> said.add("stands: " + d.what()));
        harness.services.standing.timeline(caseId).stream().map(TimelineEntry::title)
                .filter(t -> t.contains(subject)).forEach(t -> said.add("timeline: " + t));
        return said.stream().filter(s -> !s.equals("Replied")).toList();
    }

    @Test
    void linkedFromANewLetterAndAgainWhenItIsOpened() {
        assertFalse(noReplyFor("Missed payments").isEmpty(), "before: no reply to it, said");
        press("#letters-new-received");
        type("#received-on", "17/11/2026");
        type("#received-dated", "14/11/2026");
        waitUntil("the letters posted by its date are offered, not the one posted after it",
                () -> offered().equals(List.of("Arrears breakdown", "Missed payments")));
        choose("Missed payments");
        press("#letters-save");
        waitUntil("saved", () -> harness.services.receivedLetters.letters(caseId).size() == 1);
        assertEquals(List.of(), noReplyFor("Missed payments"));
        assertFalse(noReplyFor("Arrears breakdown").isEmpty());

        // Opened again: linked instead to the letter posted without proof.
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open with its link", () -> interactAndGet(() -> answers().getValue() != null
                && answers().getValue().subject().equals("Missed payments")));
        assertEquals(List.of("Arrears breakdown", "Missed payments"), offered());
        choose("Arrears breakdown");
        press("#letters-save");
        waitUntil("the link is saved", () -> harness.services.receivedLetters.letters(caseId).get(0).inReplyTo()
                .equals(Optional.of(sent("Arrears breakdown").id())));
        assertEquals(List.of(), noReplyFor("Arrears breakdown"));
        assertTrue(!noReplyFor("Missed payments").isEmpty());
    }
}
