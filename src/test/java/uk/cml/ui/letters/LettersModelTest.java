package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.common.ModelCase;

/** The letters page's model: what it lists, which actions it offers for the open letter, and what it saves. */
class LettersModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    LettersModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        var s = records.services;
        model = new LettersModel(new LettersView.Stores(s.sentLetters, s.receivedLetters, s.documents, s.addressBook,
                s.standing, s.calls),
                records.jobs, ModelCase.CLOCK, records.currentCase);
    }

    @AfterEach
    void close() {
        records.close();
    }

    private SentLetter posted(long id, String subject) {
        return new SentLetter(id, records.caseId, LocalDate.of(2026, 11, 2), Optional.of(LocalDate.of(2026, 11, 3)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                subject, LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 11, 20)), Optional.empty());
    }

    private ReceivedLetter answer(long sentId) {
        return new ReceivedLetter(0, records.caseId, Optional.empty(), LocalDate.of(2026, 11, 19), "CMS",
                "Your complaint is being looked at.", Optional.empty(), Optional.of(sentId));
    }

    /**
     * The page reads the case's decisions for the form's choice, and a letter saved with one chosen answers that
     * decision only: a calculation of 1 October and a refusal of 15 October, a request of 20 October.
     */
    @Test
    void aRequestSavedWithItsDecisionTicksThatDecisionOnly() {
        var standing = records.services.standing;
        long calculation = standing.addDecision(new Decision(0, records.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 10, 1), "", Optional.empty()));
        long refusal = standing.addDecision(new Decision(0, records.caseId, Decision.Kind.REFUSAL,
                LocalDate.of(2026, 10, 15), "", Optional.empty()));
        records.choose();
        assertEquals(List.of(calculation, refusal), model.decisions().stream().map(Decision::id).toList());

        model.openSent(null);
        SentLetter request = new SentLetter(0, records.caseId, LocalDate.of(2026, 10, 20),
                Optional.of(LocalDate.of(2026, 10, 20)), new Recipient(Optional.empty(), "Child Maintenance Service",
                "PO Box 249"), "Mandatory reconsideration", LetterKind.RECONSIDERATION_REQUEST, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(refusal));
        model.save(caseId -> Optional.of(request), caseId -> Optional.empty());
        assertEquals("Saved.", model.status().text());
        assertEquals(Optional.of(refusal), model.sent().get(0).answersDecision());
        var report = standing.report(records.caseId, ModelCase.TODAY);
        assertEquals(List.of(false, true), report.decisions().stream().map(d -> d.deadlines().get(0).done()).toList(),
                "the calculation's limit is still open; the refusal's is met");

        // Undo takes the new letter away again: neither limit is met.
        model.status().undo();
        report = standing.report(records.caseId, ModelCase.TODAY);
        assertEquals(List.of(false, false), report.decisions().stream().map(d -> d.deadlines().get(0).done())
                .toList());
    }

    @Test
    void aPostedLetterWithNoReplyCanBeChasedUntilItsAnswerIsLogged() {
        long sent = records.services.sentLetters.save(posted(0, "Complaint about arrears"));
        records.choose();
        assertEquals(1, model.sent().size());
        assertNull(model.openedProperty().get(), "the lists show first");
        model.openSent(model.sent().get(0));
        assertEquals("Letter you sent", model.heading().get());
        assertTrue(model.hasSaved().get());
        assertTrue(model.canChase().get());
        assertFalse(model.canReply().get(), "only a received letter is replied to");

        records.services.receivedLetters.save(answer(sent));
        model.reload();
        assertFalse(model.canChase().get(), "a reply came");
        model.openReceived(model.received().get(0));
        assertTrue(model.canReply().get());
        assertEquals("Letter you received", model.heading().get());
    }

    @Test
    void aNewLetterIsSavedAndTheListsShowWhereItWent() {
        records.choose();
        model.openSent(null);
        assertEquals("Log a letter you sent", model.heading().get());
        assertFalse(model.hasSaved().get(), "nothing to bin before it is saved");
        model.save(caseId -> Optional.empty(), caseId -> Optional.empty());
        assertEquals("Nothing was saved. Please check the answers marked in red.", model.status().text());

        model.save(caseId -> Optional.of(posted(0, "Missed payments")), caseId -> Optional.empty());
        assertNull(model.openedProperty().get(), "back to the lists");
        assertEquals("Saved.", model.status().text());
        SentLetter saved = (SentLetter) model.lastSavedProperty().get();
        assertEquals("Missed payments", saved.subject());
        assertEquals(records.services.sentLetters.letters(records.caseId), model.sent());
    }

    @Test
    void aCorrectionIsDescribedAndABinnedLetterComesBackWithUndo() {
        long id = records.services.sentLetters.save(posted(0, "First subject"));
        records.choose();
        model.openSent(model.sent().get(0));
        model.save(caseId -> Optional.of(posted(id, "Second subject")), caseId -> Optional.empty());
        model.openSent(model.sent().get(0));
        model.showHistory();
        assertTrue(model.status().text().startsWith("Corrected 1 time."), model.status().text());
        assertTrue(model.status().text().contains("\"First subject\""), model.status().text());

        model.moveToBin();
        assertTrue(model.sent().isEmpty());
        assertNull(model.openedProperty().get());
        assertEquals("Moved to the bin.", model.status().text());
        model.status().undo();
        assertEquals(1, model.sent().size());
        assertEquals("Put back.", model.status().text());
    }

    @Test
    void loggingAReplyStartsASentLetterLinkedToTheOneReceived() {
        long sent = records.services.sentLetters.save(posted(0, "Complaint"));
        records.services.receivedLetters.save(answer(sent));
        records.choose();
        ReceivedLetter received = model.received().get(0);
        model.logReplyTo(received);
        LettersModel.Opened opened = model.openedProperty().get();
        assertTrue(opened.sent() && !opened.saved());
        assertEquals(Optional.of(received.id()), opened.replyTo());
        assertEquals("In reply to the letter from CMS that arrived on 19 Nov 2026.", opened.replyToText());
        assertEquals("Fill in the reply you sent, then Save.", model.status().text());
        model.showList();
        assertEquals("", model.status().text());
    }

    /**
     * Found by a reviewer: a CMS figure of £300.00 as at 27 Nov 2026, £87.50 more than the records, logged after a
     * letter asking for a breakdown was made on 4 Dec 2026. The Overview rightly does not ask for a breakdown again,
     * so the words no longer promise that it "tells you if the two differ": they say why it does not.
     */
    @Test
    void theSavedWordsSayWhenTheOverviewAsksForABreakdown() {
        ReceivedLetterForm.Typed withFigure = new ReceivedLetterForm.Typed(answer(1), Optional.of(
                new uk.cml.domain.correspondence.StatedArrears(uk.cml.domain.Money.ofPounds(300),
                        LocalDate.of(2026, 11, 27))), Optional.empty());
        assertEquals("Saved, with the CMS's arrears figure: £300.00 as at 27 Nov 2026. The Payments page sets it "
                + "against your own records. You wrote asking the CMS for a breakdown on 4 Dec 2026, so the Overview "
                + "does not ask for another: it reminds you to post that letter, and to chase it if the reply is late.",
                LettersModel.savedWords(withFigure, Optional.empty(), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 12, 4))));
        String notAsked = "Saved, with the CMS's arrears figure: £300.00 as at 27 Nov 2026. The Payments page sets it "
                + "against your own records; if the two differ, the Overview asks you to write to the CMS for a "
                + "breakdown.";
        assertEquals(notAsked, LettersModel.savedWords(withFigure, Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertEquals(notAsked, LettersModel.savedWords(withFigure, Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 26))), "asked before the figure's day: the Overview asks again");
    }

    /** A sent letter and a received one opened and saved as they were: nothing recorded, and the page says so. */
    @Test
    void aLetterSavedAgainAsItWasRecordsNothing() {
        long sentId = records.services.sentLetters.save(posted(0, "Missed payments"));
        long receivedId = records.services.receivedLetters.save(answer(sentId), Optional.empty());
        records.choose();
        model.openSent(model.sent().get(0));
        model.save(caseId -> Optional.of(posted(sentId, "Missed payments ")), caseId -> Optional.empty());
        assertEquals("Nothing has changed since you saved it.", model.status().text());
        assertNull(model.status().undoProperty().get(), "nothing to undo");

        ReceivedLetter received = records.services.receivedLetters.find(receivedId).orElseThrow();
        model.openReceived(model.received().get(0));
        model.save(caseId -> Optional.empty(), caseId -> Optional.of(new ReceivedLetterForm.Typed(received,
                Optional.empty(), Optional.empty())));
        assertEquals("Nothing has changed since you saved it.", model.status().text());
        assertTrue(records.services.sentLetters.history(sentId).isEmpty());
        assertTrue(records.services.receivedLetters.history(receivedId).isEmpty());
    }
}
