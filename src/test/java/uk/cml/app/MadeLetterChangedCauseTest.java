package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;

/**
 * Reviewer rv5 (6 Dec 2026): the letter "Missed Direct Pay payments" made at 00:55 was marked "Make it again before you
 * post it: CMS decisions and enforcement changed", listing only "The CMS decision ... was added", though that letter
 * says nothing of decisions and no enforcement step was recorded; while the letter of 24 Sep reporting the missed
 * payments, logged by hand two minutes after it was made, was not counted, though a draft made now adds "The payments
 * due from 11 Sep 2026 to 18 Sep 2026 were due before I wrote to you on 24 Sep 2026". Decisions and enforcement
 * are told apart; the parent's own posted letters that a letter's words quote (reports of the arrears, complaints)
 * count; a letter only made, not posted, tells the CMS nothing and does not. Stores wired as the app wires them, on
 * SQLite in a temp folder.
 */
class MadeLetterChangedCauseTest extends WithTheServices {

    MadeLetterChangedCauseTest() {
        super("2026-12-06T00:55:00Z");
    }

    @Override
    protected CaseFile newCase() {
        return CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane").cmsReference("121456789012").build();
    }

    private void twoMinutesLater() {
        clock.advance(Duration.ofMinutes(2));
    }

    private static Recipient cms() {
        return new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ");
    }

    private long letter(LocalDate written, String subject, LetterKind kind, Optional<LocalDate> posted) {
        return services.sentLetters.save(new SentLetter(0, caseFile.id(), written, posted, cms(), subject, kind,
                Optional.empty(), posted.map(p -> PostingMethod.SECOND_CLASS), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty()));
    }

    /** The letter about missed payments as the app makes it (logged under its template's title), not yet posted. */
    private long missedLetterMade() {
        return letter(LocalDate.of(2026, 12, 6), LetterTemplates.MISSED_DIRECT_PAY.fileTitle(),
                LetterKind.ARREARS_REPORT, Optional.empty());
    }

    private Map<Long, ChangedSinceMade> changed() {
        return services.sentLetters.changedSinceMade(caseFile.id());
    }

    @Test
    void aDecisionLoggedAfterLeavesTheMissedPaymentsLetterAsItWas() {
        long made = missedLetterMade();
        twoMinutesLater();
        services.standing.addDecision(new Decision(0, caseFile.id(), Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 2), "Annual review: 61.00 a week from 13 Nov 2026", Optional.empty()));
        assertFalse(changed().containsKey(made), "the letter says nothing of CMS decisions: " + changed());
    }

    @Test
    void anEnforcementStepIsNamedAsEnforcementAlone() {
        long made = missedLetterMade();
        twoMinutesLater();
        services.standing.tick(new EnforcementRecord(0, caseFile.id(), EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 12, 1), ""));
        ChangedSinceMade change = changed().get(made);
        assertEquals(Set.of(RecordArea.ENFORCEMENT), change.areas(), "the letter lists the steps taken");
        assertEquals("CMS enforcement steps", change.areasInWords(), "no 'CMS decisions' when none changed");
    }

    @Test
    void aReportOfTheMissedPaymentsLoggedAfterTheLetterWasMadeCounts() {
        long made = missedLetterMade();
        twoMinutesLater();
        long september = letter(LocalDate.of(2026, 9, 24), "Missed payments due 11 Sep and 18 Sep 2026",
                LetterKind.ARREARS_REPORT, Optional.of(LocalDate.of(2026, 9, 24)));
        ChangedSinceMade change = changed().get(made);
        assertTrue(change != null, "made again, the letter says the payments were also in the letter of 24 Sep");
        assertEquals(Set.of(RecordArea.LETTERS_SENT), change.areas());
        assertEquals("letters you sent", change.areasInWords());
        assertEquals(1, change.changed());
        assertTrue(change.records().get(0).endsWith("was added"), change.records().toString());
        assertFalse(changed().containsKey(september), "a letter typed in is not changed by itself being logged");
    }

    @Test
    void aLetterMadeAfterButNotPostedTellsTheCmsNothingAndDoesNotCount() {
        long made = missedLetterMade();
        twoMinutesLater();
        letter(LocalDate.of(2026, 12, 6), LetterTemplates.COLLECTION_COMPLAINT.fileTitle(), LetterKind.COMPLAINT,
                Optional.empty());
        letter(LocalDate.of(2026, 12, 6), "A note to my solicitor", LetterKind.OTHER, Optional.of(
                LocalDate.of(2026, 12, 6)));
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /** A complaint posted after the letter was made: the letter now lists it among what the CMS was told. */
    @Test
    void aComplaintPostedAfterTheLetterWasMadeCounts() {
        long made = missedLetterMade();
        twoMinutesLater();
        letter(LocalDate.of(2026, 11, 26), "Complaint: promised call back never made", LetterKind.COMPLAINT,
                Optional.of(LocalDate.of(2026, 11, 26)));
        assertEquals(Set.of(RecordArea.LETTERS_SENT), changed().get(made).areas());
    }

    /**
     * A report posted before the letter was made, moved to the Bin after: the letter lists it among what the CMS was
     * told, and made again would not. Putting it back from the Bin leaves the letter as it was made.
     */
    @Test
    void aPostedReportMovedToTheBinAfterTheLetterWasMadeCountsUntilPutBack() {
        long september = letter(LocalDate.of(2026, 9, 24), "Missed payments due 11 Sep and 18 Sep 2026",
                LetterKind.ARREARS_REPORT, Optional.of(LocalDate.of(2026, 9, 24)));
        twoMinutesLater();
        long made = missedLetterMade();
        twoMinutesLater();
        services.sentLetters.moveToBin(september);
        ChangedSinceMade change = changed().get(made);
        assertTrue(change != null, "the letter still says the CMS was told on 24 Sep: " + changed());
        assertEquals(Set.of(RecordArea.LETTERS_SENT), change.areas());
        assertTrue(change.records().get(0).endsWith("was moved to the Bin"), change.records().toString());
        twoMinutesLater();
        services.sentLetters.restore(september);
        assertFalse(changed().containsKey(made), "put back: the letter reads as made " + changed());
    }

    /** A report logged after the letter was made and then moved to the Bin (Undo of the log) was never there. */
    @Test
    void aReportLoggedAndBinnedAfterTheLetterWasMadeIsNoChange() {
        long made = missedLetterMade();
        twoMinutesLater();
        long september = letter(LocalDate.of(2026, 9, 24), "Missed payments due 11 Sep and 18 Sep 2026",
                LetterKind.ARREARS_REPORT, Optional.of(LocalDate.of(2026, 9, 24)));
        twoMinutesLater();
        services.sentLetters.moveToBin(september);
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /** "I spoke to you by phone on ...": a call logged before, moved to the Bin after, is a change until put back. */
    @Test
    void aCallMovedToTheBinAfterTheLetterWasMadeCountsUntilPutBack() {
        long call = services.calls.add(new uk.cml.domain.evidence.Call(0, caseFile.id(),
                java.time.LocalDateTime.of(2026, 12, 1, 10, 15), uk.cml.domain.evidence.CallDirection.I_CALLED,
                "0800 171 2345", "Priya", "Arrears team", "4411", "Told them of the missed payments", "",
                Optional.empty(), "", Optional.empty(), false, false, null));
        twoMinutesLater();
        long made = missedLetterMade();
        twoMinutesLater();
        services.calls.moveToBin(call);
        ChangedSinceMade change = changed().get(made);
        assertTrue(change != null, "the letter names the day of the call: " + changed());
        assertEquals(Set.of(RecordArea.CALLS), change.areas());
        twoMinutesLater();
        services.calls.restore(call);
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /**
     * A letter made from {@code template}, as the app logs it, with the reply-by date it printed: the last day the
     * letter counted on the calendar.
     */
    private long madeWithReplyBy(LetterTemplate template, LetterKind kind, LocalDate printedReplyBy) {
        return services.sentLetters.save(new SentLetter(0, caseFile.id(), LocalDate.of(2026, 12, 6), Optional.empty(),
                cms(), template.fileTitle(), kind, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.of(printedReplyBy), Optional.empty(), Optional.empty(), Optional.of(printedReplyBy),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** The missed payments letter of 6 Dec 2026 asking for a reply by Mon 21 Dec 2026. */
    private long missedLetterWithReplyBy() {
        return madeWithReplyBy(LetterTemplates.MISSED_DIRECT_PAY, LetterKind.ARREARS_REPORT,
                LocalDate.of(2026, 12, 21));
    }

    private long bankHoliday(LocalDate day, String name) {
        return services.bankHolidays.add(new AddedBankHoliday(0, caseFile.id(), day, name));
    }

    /** A day announced as a bank holiday before the reply-by date the letter printed moves that date. */
    @Test
    void aBankHolidayAddedBeforeTheReplyByDateCountsAndIsNamed() {
        long made = missedLetterWithReplyBy();
        twoMinutesLater();
        bankHoliday(LocalDate.of(2026, 12, 18), "Day of mourning");
        ChangedSinceMade change = changed().get(made);
        assertTrue(change != null, "the letter's reply-by date is a working day later: " + changed());
        assertEquals(Set.of(RecordArea.BANK_HOLIDAYS), change.areas());
        assertEquals("bank holidays", change.areasInWords());
        assertEquals(List.of("The bank holiday \"Day of mourning\" on Fri 18 Dec 2026 was added."),
                change.recordsInLines().stream().map(line -> line.replaceAll(" \\(typed in on [^)]*\\)", ""))
                        .toList());
    }

    /** A day after every date the letter printed changes none of them. */
    @Test
    void aBankHolidayAfterTheLetterDatesIsNoChange() {
        long made = missedLetterWithReplyBy();
        twoMinutesLater();
        bankHoliday(LocalDate.of(2027, 3, 8), "Extra day");
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /** Added and taken back (Undo moves it to the Bin): the calendar is as it was. */
    @Test
    void aBankHolidayAddedAndTakenBackIsNoChange() {
        long made = missedLetterWithReplyBy();
        twoMinutesLater();
        long day = bankHoliday(LocalDate.of(2026, 12, 18), "Day of mourning");
        twoMinutesLater();
        services.bankHolidays.moveToBin(day);
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /** A day added on a Saturday, or on Christmas Day, leaves every working day as it was. */
    @Test
    void aBankHolidayOnADayNoOneWorksIsNoChange() {
        long made = missedLetterWithReplyBy();
        twoMinutesLater();
        bankHoliday(LocalDate.of(2026, 12, 19), "A Saturday");
        bankHoliday(LocalDate.of(2026, 12, 25), "Christmas again");
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /**
     * A day renamed, or taken back and added afresh on the same day: every working day is as it was when the letter
     * was made.
     */
    @Test
    void aBankHolidayRenamedOrAddedAfreshOnTheSameDayIsNoChange() {
        long day = bankHoliday(LocalDate.of(2026, 12, 18), "Extra day");
        twoMinutesLater();
        long made = missedLetterWithReplyBy();
        twoMinutesLater();
        services.bankHolidays.correct(new AddedBankHoliday(day, caseFile.id(), LocalDate.of(2026, 12, 18),
                "Day of mourning"));
        twoMinutesLater();
        services.bankHolidays.moveToBin(day);
        bankHoliday(LocalDate.of(2026, 12, 18), "Day of mourning");
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /** A day corrected from after the letter's dates to among them counts; moved about after them, it does not. */
    @Test
    void aBankHolidayCorrectedCountsOnlyWhereTheLetterCounted() {
        long day = bankHoliday(LocalDate.of(2027, 3, 8), "Extra day");
        twoMinutesLater();
        long made = missedLetterWithReplyBy();
        twoMinutesLater();
        services.bankHolidays.correct(new AddedBankHoliday(day, caseFile.id(), LocalDate.of(2027, 3, 15), "Extra day"));
        assertFalse(changed().containsKey(made), "8 Mar to 15 Mar 2027: " + changed());
        twoMinutesLater();
        services.bankHolidays.correct(new AddedBankHoliday(day, caseFile.id(), LocalDate.of(2026, 12, 17),
                "Extra day"));
        assertEquals(Set.of(RecordArea.BANK_HOLIDAYS), changed().get(made).areas(), "now on 17 Dec 2026");
    }

    /**
     * A day before the letter may have made a payment on time that was late: the arrears letter counts it; a
     * request for the parent's data, which counts from its own date only, does not, but counts a day before its
     * reply-by date.
     */
    @Test
    void aPastBankHolidayCountsForTheArrearsButNotForARequestForData() {
        long missed = missedLetterWithReplyBy();
        long data = madeWithReplyBy(LetterTemplates.SUBJECT_ACCESS, LetterKind.SUBJECT_ACCESS_REQUEST,
                LocalDate.of(2027, 1, 8));
        twoMinutesLater();
        bankHoliday(LocalDate.of(2026, 11, 2), "Extra day");
        assertTrue(changed().containsKey(missed), changed().toString());
        assertFalse(changed().containsKey(data), changed().toString());
        twoMinutesLater();
        bankHoliday(LocalDate.of(2027, 1, 5), "Another day");
        assertEquals(Set.of(RecordArea.BANK_HOLIDAYS), changed().get(data).areas());
    }
}
