package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.privacy.MovableClock;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * Reviewer rv5 (6 Dec 2026): the letter "Missed Direct Pay payments" made at 00:55 was marked "Make it again before you
 * post it: CMS decisions and enforcement changed", listing only "The CMS decision ... was added", though that letter
 * says nothing of decisions and no enforcement step was recorded; while the letter of 24 Sep reporting the missed
 * payments, logged by hand two minutes after it was made, was not counted, though a draft made now adds "The payments
 * due from 11 Sep 2026 to 18 Sep 2026 were also in my letter of 24 Sep 2026". Decisions and enforcement are told
 * apart; the parent's own posted letters that a letter's words quote (reports of the arrears, complaints) count; a
 * letter only made, not posted, tells the CMS nothing and does not. Stores wired as the app wires them, on SQLite in a
 * temp folder.
 */
class MadeLetterChangedCauseTest {

    @TempDir
    Path folder;
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T00:55:00Z"), ZoneId.of("Europe/London"));
    AppServices services;
    CaseFile caseFile;

    @BeforeEach
    void aCase() {
        services = AppServices.open(folder.resolve("data"), clock);
        services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane").cmsReference("121456789012").build());
        caseFile = services.cases.cases().get(0);
    }

    @AfterEach
    void close() {
        services.close();
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
}
