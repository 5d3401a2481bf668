package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;
import uk.cml.ui.common.UkDateField;

/**
 * Found by a reviewer (today Fri 4 Dec 2026): a letter the app wrote, logged as posted, is counted by the rule it
 * printed its date by. The subject access request's month is the law's, so the date the real posting gives is
 * watched; the breakdown's "up to 6 weeks" is counted in weeks, not a request's 20 working days.
 */
class SentLetterReplyRuleTest extends WithAPage {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 4);

    /** Logs the letter as the writer does (its printed date kept), opens it and enters its posting. */
    private Label open(String title, LetterKind kind, LocalDate printed, PostingMethod how) {
        long caseId = harness.currentCase.get().id();
        harness.services.sentLetters.save(new SentLetter(0, caseId, WRITTEN, Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), title, kind,
                Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.of(printed), Optional.empty(),
                Optional.empty(), Optional.of(printed)));
        LettersView page = LettersPages.open(harness, TODAY);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        Label hint = waitFor("#sent-reply-by-suggestion");
        ComboBox<PostingMethod> method = lookup("#sent-method").query();
        UkDateField posted = lookup("#sent-posted").query();
        interact(() -> {
            posted.setDate(WRITTEN);
            method.setValue(how);
        });
        // Counted from delivery, or said to be fixed in the letter, once the posting is known.
        waitUntil("the posting is counted", () -> hint.getText().contains("delivered on")
                || hint.getText().contains("posted does not move"));
        return hint;
    }

    private SentLetter saved() {
        press("#letters-save");
        long caseId = harness.currentCase.get().id();
        waitUntil("saved", () -> harness.services.sentLetters.letters(caseId).get(0).posted().isPresent());
        return harness.services.sentLetters.letters(caseId).get(0);
    }

    /** Posted Fri 4 Dec second class: delivered Thu 10 Dec; a month is Sun 10 Jan, so Mon 11 Jan 2027. */
    @Test
    void aSubjectAccessRequestPostedSecondClassIsWatchedForTheLawsMonth() {
        Label hint = open("Subject access request to CMS", LetterKind.SUBJECT_ACCESS_REQUEST,
                LocalDate.of(2027, 1, 8), PostingMethod.SECOND_CLASS);
        assertEquals("11 Jan 2027", text("#sent-reply-by"));
        assertEquals("Your letter asks for a reply by 8 Jan 2027. It counts as delivered on 10 Dec 2026, then one "
                + "calendar month for a reply (the next working day if that ends on a weekend or bank holiday), which "
                + "gives 11 Jan 2027: that time limit runs from when the CMS gets your letter, so 11 Jan 2027 is the date "
                + "to watch.", hint.getText());
        SentLetter saved = saved();
        assertEquals(Optional.of(LocalDate.of(2027, 1, 11)), saved.replyBy());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 8)), saved.printedReplyBy(), "what the letter says is kept");
    }

    /**
     * A complaint printed with 1st-class dates (its reply by 31 Dec 2026) and posted Fri 4 Dec second class: delivered
     * Thu 10 Dec, 15 working days (Christmas and New Year skipped) is 5 Jan 2027. A reviewer saw the letter threaten
     * escalation days before the CMS's own target: the form says so plainly.
     */
    @Test
    void aComplaintPrintedForFirstClassAndPostedSecondClassSaysItsDatesAreBeforeTheCmsTargets() {
        Label hint = open("Complaint to CMS", LetterKind.COMPLAINT, LocalDate.of(2026, 12, 31),
                PostingMethod.SECOND_CLASS);
        assertEquals("5 Jan 2027", text("#sent-reply-by"));
        String said = interactAndGet(hint::getText);
        assertTrue(said.contains("which gives 5 Jan 2027. The dates printed in your letter are earlier than the "
                + "CMS's own targets"), said);
        assertTrue(said.contains("If you have not posted it yet, make it again on the Write a letter page and choose "
                + "how you will post it."), said);
    }

    /** Posted Fri 4 Dec first class, as the letter assumed: delivered Tue 8 Dec; a month is Fri 8 Jan 2027. */
    @Test
    void aSubjectAccessRequestPostedFirstClassKeepsItsDate() {
        Label hint = open("Subject access request to CMS", LetterKind.SUBJECT_ACCESS_REQUEST,
                LocalDate.of(2027, 1, 8), PostingMethod.FIRST_CLASS);
        assertEquals("8 Jan 2027", text("#sent-reply-by"));
        assertEquals("Your letter asks for a reply by 8 Jan 2027. It counts as delivered on 8 Dec 2026, then one "
                + "calendar month for a reply (the next working day if that ends on a weekend or bank holiday): the "
                + "same date.", hint.getText());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 8)), saved().replyBy());
    }

    /** Second class: delivered Thu 10 Dec, 6 weeks is Thu 21 Jan 2027, later than the 19 Jan printed. */
    @Test
    void aBreakdownRequestPostedSecondClassCountsSixWeeksAndKeepsItsSuggestion() {
        Label hint = open("Request for arrears breakdown", LetterKind.REQUEST_FOR_INFORMATION,
                LocalDate.of(2027, 1, 19), PostingMethod.SECOND_CLASS);
        assertEquals("19 Jan 2027", text("#sent-reply-by"));
        assertEquals("Your letter asks for a reply by 19 Jan 2027: the app's suggestion, not a CMS time limit. It "
                + "counts as delivered on 10 Dec 2026, then 6 weeks for a reply (the next working day if that ends "
                + "on a weekend or bank holiday), which gives 21 Jan 2027: the date moves later because of when and "
                + "how it was posted. The app keeps the date in your letter; change \"Reply expected by\" above if you "
                + "want to watch the other.", hint.getText());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 19)), saved().replyBy());
    }

    /** First class, as the letter assumed: delivered Tue 8 Dec, 6 weeks is Tue 19 Jan 2027, the printed date. */
    @Test
    void aBreakdownRequestPostedFirstClassGivesTheSameDate() {
        Label hint = open("Request for arrears breakdown", LetterKind.REQUEST_FOR_INFORMATION,
                LocalDate.of(2027, 1, 19), PostingMethod.FIRST_CLASS);
        assertEquals("Your letter asks for a reply by 19 Jan 2027: the app's suggestion, not a CMS time limit. It "
                + "counts as delivered on 8 Dec 2026, then 6 weeks for a reply (the next working day if that ends on a "
                + "weekend or bank holiday): the same date.", hint.getText());
    }

    /**
     * An ordinary request counts its reply, as a complaint does, in working days from when it counts as delivered
     * (10, the app's suggestion), printed for 1st class on its date: dated Fri 4 Dec, delivered Tue 8 Dec, it asks for
     * Tue 22 Dec 2026. Posted second class it arrives Thu 10 Dec, which would give Thu 24 Dec: the note says so, and
     * the app keeps watching the date the letter the CMS holds asks for (a printed date and the watched one agree).
     */
    @Test
    void aRequestPostedLaterSaysTheDateItWouldGiveAndKeepsThePrintedOne() {
        Label hint = open("Missed Direct Pay payments", LetterKind.ARREARS_REPORT, LocalDate.of(2026, 12, 22),
                PostingMethod.SECOND_CLASS);
        assertEquals("22 Dec 2026", text("#sent-reply-by"));
        assertEquals("Your letter asks for a reply by 22 Dec 2026: the app's suggestion, not a CMS time limit. It "
                + "counts as delivered on 10 Dec 2026, then 10 working days for a reply (weekends and bank holidays "
                + "skipped), which gives 24 Dec 2026: the date moves later because of when and how it was posted. The "
                + "app keeps the date in your letter; change \"Reply expected by\" above if you want to watch the "
                + "other.", hint.getText());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 22)), saved().replyBy());
    }

    /**
     * A reply to a write-off proposal asks for a decision a fixed time after the proposal's days end: no rule counted
     * from delivery, so the note says posting does not move the date.
     */
    @Test
    void aLetterDatedFromItselfSaysPostingDoesNotMoveIt() {
        Label hint = open("Reply to CMS about writing off arrears", LetterKind.WRITE_OFF_REPLY, LocalDate.of(2026, 12, 18),
                PostingMethod.SECOND_CLASS);
        assertEquals("18 Dec 2026", text("#sent-reply-by"));
        assertTrue(hint.getText().endsWith("That date is written in your letter, so when and how it was posted does "
                + "not move it. To watch another date, change \"Reply expected by\" above."), hint.getText());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 18)), saved().replyBy());
    }
}
