package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        return open(title, kind, printed, how, WRITTEN, Optional.of(WRITTEN), TODAY);
    }

    /** As above, for a letter dated {@code written}, posted on {@code postedOn} (or not yet), seen on {@code today}. */
    private Label open(String title, LetterKind kind, LocalDate printed, PostingMethod how, LocalDate written,
            Optional<LocalDate> postedOn, Clock today) {
        long caseId = harness.currentCase.get().id();
        harness.services.sentLetters.save(new SentLetter(0, caseId, written, Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), title, kind,
                Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.of(printed), Optional.empty(),
                Optional.empty(), Optional.of(printed)));
        LettersView page = LettersPages.open(harness, today);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        Label hint = waitFor("#sent-reply-by-suggestion");
        ComboBox<PostingMethod> method = lookup("#sent-method").query();
        UkDateField posted = lookup("#sent-posted").query();
        interact(() -> {
            posted.setDate(postedOn.orElse(null));
            method.setValue(how);
        });
        if (postedOn.isEmpty()) {
            waitUntil("the form says to post it", () -> hint.getText().startsWith("Not posted yet"));
            return hint;
        }
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
        assertEquals("Watch for a reply by 11 Jan 2027: that time limit runs from when the CMS gets your letter. It "
                + "counts as delivered on 10 Dec 2026, then one calendar month for a reply (the next working day if "
                + "that ends on a weekend or bank holiday). Your letter prints 8 Jan 2027, counted from posting it by "
                + "1st class post on the day it is dated (4 Dec 2026).", hint.getText());
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
        assertTrue(said.startsWith("Watch for a reply by 5 Jan 2027: the CMS's targets run from when it gets your "
                + "letter"), said);
        assertTrue(said.contains("Your letter prints an earlier date, 31 Dec 2026, counted from posting it by 1st "
                + "class post on the day it is dated (4 Dec 2026), so it would call the CMS late before it is."), said);
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
        assertEquals("Watch for a reply by 19 Jan 2027, the date your letter asks for: the app's suggestion, not a CMS "
                + "time limit. Your letter counted it from posting it by 1st class post on the day it is dated "
                + "(4 Dec 2026); as you posted it, it counts as delivered on 10 Dec 2026, which would give 21 Jan 2027. "
                + "To watch that date instead, change \"Reply expected by\" above.", hint.getText());
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
        assertEquals("Watch for a reply by 22 Dec 2026, the date your letter asks for: the app's suggestion, not a CMS "
                + "time limit. Your letter counted it from posting it by 1st class post on the day it is dated "
                + "(4 Dec 2026); as you posted it, it counts as delivered on 10 Dec 2026, which would give 24 Dec 2026. "
                + "To watch that date instead, change \"Reply expected by\" above.", hint.getText());
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

    private static final Clock TUE_8_DEC = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"),
            ZoneId.of("Europe/London"));
    private static final LocalDate SUN_6_DEC = LocalDate.of(2026, 12, 6);

    /**
     * Reviewer rv10: a complaint dated Sun 6 Dec 2026 prints the CMS's targets counted from posting it 1st class on
     * Mon 7 Dec, the first day Post Offices open (delivered Wed 9 Dec, reply by 4 Jan 2027), not "on the day it is
     * dated". Posted on the Sunday itself it counts as delivered Tue 8 Dec, so 31 Dec 2026 is watched: the note names
     * that one date first, then says why the printed one differs, by the letters' own posting-day rule.
     */
    @Test
    void aComplaintDatedOnASundaySaysTheDateToWatchFirstAndCountsThePrintedOneFromTheMonday() {
        Label hint = open("Complaint to CMS", LetterKind.COMPLAINT, LocalDate.of(2027, 1, 4),
                PostingMethod.FIRST_CLASS, SUN_6_DEC, Optional.of(SUN_6_DEC), TUE_8_DEC);
        assertEquals("31 Dec 2026", text("#sent-reply-by"));
        String said = interactAndGet(hint::getText);
        assertTrue(said.startsWith("Watch for a reply by 31 Dec 2026"), said);
        assertTrue(said.contains("Your letter prints 4 Jan 2027, counted from posting it by 1st class post on "
                + "7 Dec 2026, the first day Post Offices open after its date (6 Dec 2026)"), said);
        assertFalse(said.contains("on the day it is dated"), said);
        assertEquals(said.indexOf("4 Jan 2027"), said.lastIndexOf("4 Jan 2027"), "the printed date said once: " + said);
    }

    /** Not posted yet, the same letter says it counts from Mon 7 Dec, not its Sunday date. */
    @Test
    void anUnpostedComplaintDatedOnASundaySaysItCountsFromTheFirstDayPostOfficesOpen() {
        Label hint = open("Complaint to CMS", LetterKind.COMPLAINT, LocalDate.of(2027, 1, 4),
                PostingMethod.FIRST_CLASS, SUN_6_DEC, Optional.empty(), TUE_8_DEC);
        String said = interactAndGet(hint::getText);
        assertTrue(said.contains("4 Jan 2027"), said);
        assertTrue(said.contains("by 1st class post on 7 Dec 2026, the first day Post Offices open after its date "
                + "(6 Dec 2026)"), said);
        assertFalse(said.contains("on the day it is dated"), said);
    }

    /**
     * Reviewer rv10 saw "…23 Dec…, which gives 22 Dec 2026: the date moves earlier…" and could not tell which to watch.
     * An arrears report dated Sun 6 Dec prints 22 Dec... counted from Mon 7 Dec (delivered Wed 9 Dec, 10 working days:
     * Wed 23 Dec); posted the Sunday it counts as delivered Tue 8 Dec, which would give Tue 22 Dec. The app keeps the
     * printed date: the note names it first as the date to watch.
     */
    @Test
    void aRequestWhosePostingGivesAnotherDateNamesThePrintedOneFirstAsTheDateToWatch() {
        Label hint = open("Missed Direct Pay payments", LetterKind.ARREARS_REPORT, LocalDate.of(2026, 12, 23),
                PostingMethod.FIRST_CLASS, SUN_6_DEC, Optional.of(SUN_6_DEC), TUE_8_DEC);
        assertEquals("23 Dec 2026", text("#sent-reply-by"));
        String said = interactAndGet(hint::getText);
        assertTrue(said.startsWith("Watch for a reply by 23 Dec 2026"), said);
        assertTrue(said.contains("7 Dec 2026, the first day Post Offices open after its date (6 Dec 2026)"), said);
        assertTrue(said.indexOf("22 Dec 2026") > said.indexOf("23 Dec 2026"), said);
    }
}
