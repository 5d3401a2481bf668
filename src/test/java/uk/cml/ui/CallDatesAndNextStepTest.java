package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.testing.CaseFileBuilder;

/**
 * In the whole app, as MainScreens wires it (today Sunday 22 November 2026): a call of Thursday 19 November noted
 * "call me back." by Tuesday 1 December, to follow up on Wednesday 2 December. Both are dates to watch on Where it
 * stands and dates on the Timeline, as a posted letter's reply date is. Under Direct Pay, with three monthly dues of
 * £250 from 20 September and nothing recorded as paid, What to do next on Where it stands is what the Overview
 * lists first: tell the CMS of the missed payments, not "No complaint logged... Write a complaint".
 */
class CallDatesAndNextStepTest extends WithTheApp {

    @BeforeEach
    void aDirectPayCaseWithACall() {
        withCase(CaseFileBuilder.jordanReed().children().build(), (services, caseId) -> {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(250_00), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 9, 20), "CMS calculation letter"));
            services.calls.add(new Call(0, caseId, LocalDate.of(2026, 11, 19).atTime(10, 15), CallDirection.I_CALLED,
                    "0800 171 2345", "Karen", "Direct Pay team", "KB4471", "Asked about the missed payments.",
                    "call me back.", Optional.of(LocalDate.of(2026, 12, 1)), "", Optional.of(LocalDate.of(2026, 12, 2)),
                    false, false, null));
        });
        openTheApp();
        waitFor("#overview-todos");
    }

    private String words(String id) {
        return ((Labeled) waitFor(id)).getText();
    }

    private boolean shownRow(String text) {
        return lookup(node -> node instanceof Label l && text.equals(l.getText())).tryQuery().isPresent();
    }

    @Test
    void theCallsPromisedDateAndFollowUpAreDatesToWatchAndOnTheTimeline() {
        press("#nav-where-things-stand");
        waitUntil("the dates load", () -> lookup("#standing-deadline-1").tryQuery().isPresent());
        assertEquals("1 Dec 2026  On your call of 19 Nov 2026 you noted: \"call me back\", by Tue 1 Dec 2026",
                words("#standing-deadline-0"));
        assertEquals("From 2 Dec 2026  Follow up your call of 19 Nov 2026", words("#standing-deadline-1"));

        press("#nav-timeline");
        ListView<?> timeline = waitFor("#timeline-list");
        waitUntil("the call's dates are on the Timeline", () -> timeline.getItems().toString()
                .contains("Follow up your call of 19 Nov 2026"));
        assertTrue(timeline.getItems().toString().contains(
                "On your call of 19 Nov 2026 you noted: \"call me back\", by Tue 1 Dec 2026"), timeline.getItems()
                .toString());
        // The follow-up day is the parent's own reminder, the promise a date to watch: neither is a deadline.
        waitUntil("the rows are drawn", () -> shownRow("Reminder: Follow up your call of 19 Nov 2026"));
        assertTrue(shownRow("Date to watch: On your call of 19 Nov 2026 you noted: \"call me back\", by Tue 1 Dec 2026"));
        assertTrue(lookup(node -> node instanceof Label l && l.getText() != null
                && l.getText().startsWith("Deadline:")).tryQuery().isEmpty(), "no call date reads as a deadline");
    }

    @Test
    void reportingTheMissedPaymentsHeadsWhereItStandsAsItHeadsTheOverview() {
        waitUntil("the Overview lists telling the CMS", () -> lookup(node -> node instanceof Label l
                && l.getId() != null && l.getId().startsWith("overview-todo-") && l.getText() != null
                && l.getText().contains("Under Direct Pay the CMS only knows if you tell it")).tryQuery().isPresent());
        String overview = ((Label) lookup("#overview-todo-0").query()).getText();
        assertTrue(overview.contains("Under Direct Pay the CMS only knows if you tell it"), "first on the Overview: "
                + overview);

        press("#nav-where-things-stand");
        waitUntil("the next step loads", () -> words("#standing-next").contains("Under Direct Pay"));
        assertTrue(overview.endsWith(words("#standing-next")), words("#standing-next") + " | " + overview);
        assertEquals("Write about the missed payments", words("#standing-next-write"));
        // The complaint's own step is still there, under Your complaint, not the page's main button.
        assertTrue(words("#standing-complaint-next").contains("No complaint logged"), words("#standing-complaint-next"));
        press("#standing-next-write");
        waitUntil("the writer is open on the missed payments letter", () -> lookup("#page-write-letter").tryQuery()
                .isPresent());
    }

    /**
     * The letter about the missed payments written on Sunday 22 November but not posted (the reviewer's case): the
     * Overview's first to-do is to post it, and Where it stands says the same, with the button that records it.
     */
    @Test
    void aReportWrittenButNotPostedHeadsWhereItStandsAsItHeadsTheOverview() {
        stop(startup);
        long letter;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            long caseId = services.cases.cases().get(0).id();
            letter = services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 22), Optional.empty(),
                    new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean"),
                    "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                    ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        }
        startup = startOn(dataFolder);
        java.util.function.Supplier<Optional<Label>> toPost = () -> lookup(node -> node instanceof Label l
                && l.getId() != null && l.getId().startsWith("overview-todo-") && l.getText() != null
                && l.getText().startsWith("Post your letter")
                && l.getText().contains("made on 22 Nov 2026")).tryQuery();
        waitUntil("the Overview asks to post it", () -> toPost.get().isPresent());
        String overview = toPost.get().get().getText();
        assertTrue(lookup(node -> node instanceof Label l && l.getText() != null
                && l.getText().contains("Under Direct Pay the CMS only knows")).tryQuery().isEmpty(),
                "the Overview no longer asks to write it");

        press("#nav-where-things-stand");
        waitUntil("the next step loads", () -> words("#standing-next").startsWith("Post your letter"));
        // The same words; the Overview's line ends as a sentence, with its full stop (these words have theirs).
        String next = words("#standing-next");
        assertTrue(overview.equals(next) || overview.endsWith(next + "."), next + " | " + overview);
        assertEquals("Record the posting", words("#standing-next-write"));
        press("#standing-next-write");
        waitUntil("the letter is open", () -> lookup("#sent-subject").tryQuery().isPresent()
                && "Missed Direct Pay payments".equals(text("#sent-subject")));
        assertTrue(letter > 0);
    }
}
