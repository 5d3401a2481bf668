package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.timeline.Recorded;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.privacy.MovableClock;

/**
 * A correction moves a row's recorded_at on, but when the record was first written down is what the evidence turns
 * on: the timeline (and through it the pack) gives the first moment, kept in the record's earlier versions, and the
 * change apart.
 */
class RecordedTimesTest extends WithJordanReedsCase {

    static final LocalDateTime TYPED_IN = LocalDateTime.of(2026, 11, 6, 18, 2);
    static final LocalDateTime CORRECTED = LocalDateTime.of(2026, 11, 20, 15, 0);

    MovableClock clock = new MovableClock(Instant.parse("2026-11-06T18:02:00Z"), ZoneId.of("Europe/London"));
    PaymentStore payments;
    CallStore calls;
    NoteStore notes;

    @Override
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void open() {
        payments = records.payments();
        calls = records.calls();
        notes = records.notes();
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 6), "CMS calculation"));
    }

    private void moveTo(LocalDateTime when) {
        clock.advance(Duration.between(LocalDateTime.now(clock), when));
    }

    private TimelineEntry only(List<TimelineEntry> entries, TimelineKind kind, long id) {
        return entries.stream().filter(e -> e.kind() == kind && e.sourceId() == id).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a payment typed in on 6 Nov and corrected on 20 Nov was recorded on 6 Nov and changed on 20 Nov")
    void correctedPayment() {
        long id = payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(45),
                PaymentMethod.BANK_TRANSFER, "", ""));
        moveTo(LocalDateTime.of(2026, 11, 13, 19, 0));
        long untouched = payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 13), Money.ofPounds(5),
                PaymentMethod.BANK_TRANSFER, "", ""));
        moveTo(CORRECTED);
        payments.savePayment(caseId, new Payment(id, LocalDate.of(2026, 11, 6), Money.ofPounds(50),
                PaymentMethod.BANK_TRANSFER, "", ""));

        List<TimelineEntry> timeline = payments.timeline(caseId);
        assertEquals(Recorded.changed(TYPED_IN, CORRECTED), only(timeline, TimelineKind.PAYMENT, id).recorded());
        assertEquals(TYPED_IN, only(timeline, TimelineKind.PAYMENT, id).recordedAt(), "ordered by the first moment");
        assertEquals(Recorded.once(LocalDateTime.of(2026, 11, 13, 19, 0)),
                only(timeline, TimelineKind.PAYMENT, untouched).recorded(), "never changed: one moment only");
        // The correction itself is shown, not only that one was made (a letter posted before quotes the first).
        assertTrue(only(timeline, TimelineKind.PAYMENT, id).detail().endsWith("Corrected since: first recorded as "
                + "£45.00 received on 6 Nov 2026."), only(timeline, TimelineKind.PAYMENT, id).detail());
        assertFalse(only(timeline, TimelineKind.PAYMENT, untouched).detail().contains("Corrected"));
        // On a line of its own: after "How it came: Bank transfer" (no full stop) a space ran the two together.
        assertEquals("How it came: Bank transfer\nCorrected since: first recorded as £45.00 received on 6 Nov 2026.",
                only(timeline, TimelineKind.PAYMENT, id).detail());
    }

    /**
     * The reviewer's find: a payment moved to the Bin and put back read as if nothing had happened to it, though it
     * stopped counting in between. The record journal keeps both moments; the entry now carries them.
     */
    @Test
    @DisplayName("a payment and a call moved to the Bin on 13 Nov and put back on 20 Nov say so, with both moments")
    void binnedAndPutBack() {
        database.inTransaction(uk.cml.safety.JournalTriggers::install); // the record journal, as the app opens it
        long id = payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(45),
                PaymentMethod.BANK_TRANSFER, "", ""));
        long call = calls.add(new Call(0, caseId, LocalDateTime.of(2026, 11, 6, 17, 40),
                uk.cml.domain.evidence.CallDirection.I_CALLED, "0800 171 2345", "Priya", "Arrears team", "", "Said",
                "", Optional.empty(), "", Optional.empty(), false, false, null));
        LocalDateTime binned = LocalDateTime.of(2026, 11, 13, 9, 30);
        moveTo(binned);
        payments.moveToBin(PaymentStore.Kind.PAYMENT, id);
        calls.moveToBin(call);
        moveTo(CORRECTED);
        payments.restore(PaymentStore.Kind.PAYMENT, id);
        calls.restore(call);

        Recorded.BinMove move = new Recorded.BinMove(binned, Optional.of(CORRECTED));
        assertEquals(new Recorded(Optional.of(TYPED_IN), Optional.empty(), List.of(move)),
                only(payments.timeline(caseId), TimelineKind.PAYMENT, id).recorded(), "not a correction: no 'changed'");
        assertEquals(List.of(move), only(calls.timeline(caseId), TimelineKind.CALL, call).recorded().binMoves());
        assertEquals("6 Nov 2026, 18:02; moved to the Bin on 13 Nov 2026, 09:30, put back on 20 Nov 2026, 15:00",
                uk.cml.ui.common.RecordedText.of(only(payments.timeline(caseId), TimelineKind.PAYMENT, id).recorded()));
    }

    @Test
    @DisplayName("corrected twice, it is still recorded when first typed in, and changed at the last correction")
    void correctedTwice() {
        long id = payments.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 6),
                uk.cml.domain.arrears.AdjustmentKind.WRITE_OFF, Money.ofPounds(10), "CMS letter"));
        moveTo(LocalDateTime.of(2026, 11, 10, 9, 0));
        payments.saveAdjustment(caseId, new Adjustment(id, LocalDate.of(2026, 11, 6),
                uk.cml.domain.arrears.AdjustmentKind.WRITE_OFF, Money.ofPounds(12), "CMS letter"));
        moveTo(CORRECTED);
        payments.saveAdjustment(caseId, new Adjustment(id, LocalDate.of(2026, 11, 6),
                uk.cml.domain.arrears.AdjustmentKind.WRITE_OFF, Money.ofPounds(15), "CMS letter"));
        assertEquals(Recorded.changed(TYPED_IN, CORRECTED),
                only(payments.timeline(caseId), TimelineKind.ADJUSTMENT, id).recorded());
        assertTrue(only(payments.timeline(caseId), TimelineKind.ADJUSTMENT, id).detail().endsWith("Corrected since: "
                + "first recorded as £10.00, dated 6 Nov 2026."), "the first version, not the one between");
    }

    @Test
    @DisplayName("a bank statement attached later changes the payment, though its recorded_at stays")
    void evidenceAttachedLater() throws Exception {
        long id = payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(50),
                PaymentMethod.BANK_TRANSFER, "", ""));
        DocumentRecordStore documents = new DocumentRecordStore(database, new History(clock), clock,
                new uk.cml.documents.DocumentStore(folder.resolve("documents")));
        long statement = documents.add(caseId, TestFiles.png(folder.resolve("statement.png"), 30), "").document()
                .id();
        moveTo(CORRECTED);
        // Attaching nothing to a payment with nothing attached would change nothing, and record nothing.
        payments.attachEvidence(id, Optional.of(statement));
        assertEquals(Recorded.changed(TYPED_IN, CORRECTED),
                only(payments.timeline(caseId), TimelineKind.PAYMENT, id).recorded());
    }

    @Test
    @DisplayName("calls and notes: the timeline and the store's own list give the first moment and the change")
    void callsAndNotes() {
        long call = calls.add(CallStoreTest.call(caseId, TYPED_IN.minusMinutes(30), "Said the arrears are £90"));
        long note = notes.add(new Note(0, caseId, TYPED_IN.toLocalDate(), NoteCategory.PLAIN, "Asked Mia's school",
                null));
        long plainNote = notes.add(new Note(0, caseId, TYPED_IN.toLocalDate(), NoteCategory.PLAIN, "Kept as it was",
                null));
        moveTo(CORRECTED);
        Call saved = calls.find(call).orElseThrow();
        calls.correct(new Call(call, caseId, saved.happenedAt(), saved.direction(), saved.number(), saved.spokeTo(),
                saved.team(), saved.staffId(), "Said the arrears are £100", saved.promised(), saved.promisedBy(),
                saved.outcome(), saved.followUpOn(), false, false, null));
        notes.correct(new Note(note, caseId, TYPED_IN.toLocalDate(), NoteCategory.PLAIN, "Asked Mia's school again",
                null));

        assertEquals(Recorded.changed(TYPED_IN, CORRECTED), only(calls.timeline(caseId), TimelineKind.CALL, call)
                .recorded());
        assertEquals(Recorded.changed(TYPED_IN, CORRECTED), calls.recorded(caseId).get(call));
        assertEquals(Recorded.changed(TYPED_IN, CORRECTED), only(notes.timeline(caseId), TimelineKind.NOTE, note)
                .recorded());
        assertEquals(Recorded.once(TYPED_IN), notes.recorded(caseId).get(plainNote));
        assertEquals(CORRECTED, calls.find(call).orElseThrow().recordedAt(), "the row itself still says when it "
                + "was last saved, as the journal and Check records expect");
    }

    @Test
    @DisplayName("where the earliest version kept does not say when it was saved, only the change is given")
    void firstMomentNotKept() {
        long id = payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(45),
                PaymentMethod.BANK_TRANSFER, "", ""));
        database.inTransaction(c -> {
            try (var insert = c.prepareStatement("INSERT INTO amendment (record_table, record_id, earlier_version, "
                    + "amended_at) VALUES ('payment', ?, 'amount_pence=4000\\n', ?)")) {
                insert.setLong(1, id);
                insert.setString(2, CORRECTED.toString());
                return insert.executeUpdate();
            }
        });
        assertEquals(new Recorded(Optional.empty(), Optional.of(CORRECTED)),
                only(payments.timeline(caseId), TimelineKind.PAYMENT, id).recorded());
    }
}
