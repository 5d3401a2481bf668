package uk.cml.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.Correction;
import uk.cml.domain.timeline.Recorded;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.letters.pack.PackFile;
import uk.cml.letters.pack.PackRecords;
import uk.cml.store.CallStore;
import uk.cml.store.CaseStore;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.NoteStore;
import uk.cml.store.PaymentStore;
import uk.cml.store.ReceivedLetterStore;
import uk.cml.store.SentLetterStore;
import uk.cml.store.StandingStore;

/**
 * The stores a pack is gathered from, handed to the pack as {@link PackRecords}.
 *
 * @param timeline every area whose entries belong in the chronology (the same list the Timeline page shows)
 */
public record PackStores(CaseStore cases, PaymentStore payments, CallStore calls, SentLetterStore sentLetters,
                         ReceivedLetterStore receivedLetters, DocumentRecordStore documents, NoteStore notes,
                         StandingStore standing, List<TimelineSource> timeline) implements PackRecords {

    public PackStores {
        timeline = List.copyOf(timeline);
    }

    @Override
    public Optional<CaseFile> caseFile(long caseId) {
        return cases.find(caseId);
    }

    @Override
    public Optional<MyDetails> myDetails() {
        return cases.myDetails();
    }

    @Override
    public uk.cml.domain.caseinfo.ArrangementHistory arrangements(long caseId) {
        return cases.arrangements(caseId);
    }

    @Override
    public ArrearsSchedule schedule(long caseId, LocalDate asOf) {
        return payments.schedule(caseId, asOf);
    }

    @Override
    public List<Call> calls(long caseId) {
        return calls.calls(caseId);
    }

    @Override
    public List<Note> notes(long caseId) {
        return notes.notes(caseId);
    }

    @Override
    public Map<Long, Recorded> callsRecorded(long caseId) {
        return calls.recorded(caseId);
    }

    @Override
    public Map<Long, Recorded> notesRecorded(long caseId) {
        return notes.recorded(caseId);
    }

    @Override
    public Map<Long, List<Correction>> callCorrections(long caseId) {
        return corrections(calls.calls(caseId), Call::id, calls::history, Call::changesSince);
    }

    @Override
    public Map<Long, List<Correction>> noteCorrections(long caseId) {
        return corrections(notes.notes(caseId), Note::id, notes::history, Note::changesSince);
    }

    /** Each corrected record's corrections, oldest first, by id; a record never corrected is left out. */
    private static <T> Map<Long, List<Correction>> corrections(List<T> records,
            java.util.function.ToLongFunction<T> id, java.util.function.LongFunction<List<Amended<T>>> history,
            java.util.function.BiFunction<T, T, List<uk.cml.domain.evidence.FieldChange>> changes) {
        Map<Long, List<Correction>> corrections = new java.util.HashMap<>();
        for (T record : records) {
            List<Amended<T>> earlier = history.apply(id.applyAsLong(record));
            if (!earlier.isEmpty()) {
                corrections.put(id.applyAsLong(record), Correction.of(earlier, record, changes));
            }
        }
        return corrections;
    }

    @Override
    public List<SentLetter> sentLetters(long caseId) {
        return sentLetters.letters(caseId);
    }

    @Override
    public boolean madeHere(SentLetter letter) {
        return sentLetters.madeHere(letter);
    }

    @Override
    public java.util.Map<Long, uk.cml.domain.correspondence.ChangedSinceMade> changedSinceMade(long caseId) {
        return sentLetters.changedSinceMade(caseId);
    }

    @Override
    public java.util.Map<Long, uk.cml.domain.correspondence.ChangedSinceMade> changedBeforePosting(long caseId) {
        return sentLetters.changedBeforePosting(caseId);
    }

    @Override
    public List<ReceivedLetter> receivedLetters(long caseId) {
        return receivedLetters.letters(caseId);
    }

    @Override
    public StandingReport standing(long caseId, LocalDate today) {
        return standing.report(caseId, today);
    }

    /** The same reading the letters make ({@link LetterWiring#enforcementOnRecord}), so the two never disagree. */
    @Override
    public uk.cml.letters.templates.EnforcementDetails enforcementOnRecord(long caseId, LocalDate today) {
        return LetterWiring.enforcementOnRecord(standing, receivedLetters, documents, calls, caseId, today);
    }

    @Override
    public List<uk.cml.letters.pack.PackContents.DocumentItem> documents(long caseId) {
        return documents.documents(caseId).stream().map(d -> new uk.cml.letters.pack.PackContents.DocumentItem(
                d.id(), d.datedOn(), d.description(), d.addedOn(), d.originalName(), file(d.id()))).toList();
    }

    @Override
    public java.util.Set<Long> documentsOfLettersNotSent(long caseId) {
        return sentLetters.documentsOfLettersNotSent(caseId);
    }

    @Override
    public java.util.Set<Long> documentsOfLettersInBin(long caseId) {
        return sentLetters.documentsOfLettersInBin(caseId);
    }

    @Override
    public Optional<PackFile> file(long documentId) {
        return documents.find(documentId).map(d -> new PackFile(documents.fileOf(d), d.type(), d.originalName()));
    }
}
