package uk.cml.letters.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.timeline.Recorded;
import uk.cml.domain.timeline.TimelineSource;

/** The records a pack is gathered from. The app hands them in from its stores: letters never read the database. */
public interface PackRecords {

    Optional<CaseFile> caseFile(long caseId);

    Optional<MyDetails> myDetails();

    /** How the case's maintenance has been arranged, with the date of each move. */
    ArrangementHistory arrangements(long caseId);

    ArrearsSchedule schedule(long caseId, LocalDate asOf);

    List<Call> calls(long caseId);

    List<Note> notes(long caseId);

    /** When each of the case's calls was first recorded and, if corrected since, last changed, by id. */
    Map<Long, Recorded> callsRecorded(long caseId);

    /** When each of the case's notes was first recorded and, if corrected since, last changed, by id. */
    Map<Long, Recorded> notesRecorded(long caseId);

    /** Each corrected call's corrections, oldest first, by id: what each changed field said before and after. */
    Map<Long, List<uk.cml.domain.evidence.Correction>> callCorrections(long caseId);

    /** Each corrected note's corrections, oldest first, by id. */
    Map<Long, List<uk.cml.domain.evidence.Correction>> noteCorrections(long caseId);

    List<SentLetter> sentLetters(long caseId);

    /**
     * Whether the letter was made in the app: one typed in (logged by hand) was logged, not made, and the pack says
     * so, as the Letters page does.
     */
    boolean madeHere(SentLetter letter);

    /** The case's letters not posted yet whose records changed after they were made, by id. */
    Map<Long, ChangedSinceMade> changedSinceMade(long caseId);

    /**
     * The case's posted letters whose records changed after they were made and before their posting was logged, by
     * id: their copies' figures are as the records were when they were made.
     */
    Map<Long, ChangedSinceMade> changedBeforePosting(long caseId);

    List<ReceivedLetter> receivedLetters(long caseId);

    /** Complaints, challenges to decisions and enforcement on {@code today}, as the "Where things stand" page shows. */
    StandingReport standing(long caseId, LocalDate today);

    /**
     * The enforcement steps ticked, with the letters received and documents filed whose words name a step, read as
     * the letters to the CMS read them; none besides the ticks by default.
     */
    default uk.cml.letters.templates.EnforcementDetails enforcementOnRecord(long caseId, LocalDate today) {
        return null;
    }

    /** The case's documents not in the bin, each with its stored file when that is still there. */
    List<PackContents.DocumentItem> documents(long caseId);

    /**
     * The documents linked as the copy or proof of postage of a letter not recorded as sent (in the Bin or not), by
     * the letter's own link to them: never copied into a pack.
     */
    java.util.Set<Long> documentsOfLettersNotSent(long caseId);

    /**
     * The documents linked as the copy or proof of postage of a letter in the Bin not recorded as sent (made again),
     * and of no letter outside it: left out of a pack with their letter.
     */
    default java.util.Set<Long> documentsOfLettersInBin(long caseId) {
        return java.util.Set.of();
    }

    /** The stored file behind a document id, if it is still there. */
    Optional<PackFile> file(long documentId);

    /** Every area whose entries belong in the chronology (the same list the Timeline page shows). */
    List<TimelineSource> timeline();
}
