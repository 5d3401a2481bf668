package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;

/**
 * Undo after a save takes the change back: a letter made before the change must not then be flagged "Make your letter
 * again before you post it: collection fees changed after you made it", as nothing it drew on reads differently. And a
 * letter made while the change stood must be, as it was made with what the Undo took away. A Collect and Pay case at
 * 4%, a letter made on 5 Dec 2026, the parent then saving 2% from 5 Dec on the Case page and pressing Undo, as the
 * Case page does it (CaseView: the answers as they were, the rate in force that day, saved again from that day).
 */
class UndoneChangesLeaveLettersAsMadeTest extends WithLettersMadeBeforeChanges {

    static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    CaseStore cases;

    UndoneChangesLeaveLettersAsMadeTest() {
        super("2026-12-05T10:00:00Z");
    }

    /** On Collect and Pay. */
    @Override
    CaseFile jordanReedsCaseFile() {
        CaseFile k = CaseStoreTest.aCase();
        return new CaseFile(0, k.otherParentName(), k.otherParentAddress(), k.otherParentWork(),
                Arrangement.COLLECT_AND_PAY, k.cmsReference(), k.children(), new BigDecimal("4"));
    }

    @BeforeEach
    void stores() {
        cases = records.cases();
    }

    private long madeNotPosted() {
        return sent.save(new SentLetter(0, caseId, DAY, Optional.empty(),
                new Recipient(Optional.empty(), "Independent Case Examiner", "PO Box 209\nBootle\nL20 7WA"),
                "Complaint about the CMS", LetterKind.COMPLAINT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    private CaseFile theCase() {
        return cases.find(caseId).orElseThrow();
    }

    private MyDetails me() {
        return cases.myDetails().orElseThrow();
    }

    private static CaseFile with(CaseFile k, Arrangement arrangement, String percent) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), new BigDecimal(percent));
    }

    /** The Case page's save of a new fee from {@code from}, and the Undo it offers, as CaseView wires them. */
    private Runnable feeSavedWithUndo(String percent, LocalDate from) {
        CaseFile before = theCase();
        MyDetails me = me();
        BigDecimal inForce = cases.fee(caseId).rateOn(from);
        assertTrue(cases.saveCorrections(me, with(before, before.arrangement(), percent), from, LocalDate.now(clock),
                CorrectedDays.NONE));
        return () -> cases.saveCorrections(me, with(before, before.arrangement(), inForce.toPlainString()), from,
                LocalDate.now(clock), new CorrectedDays(Optional.empty(), Optional.empty()));
    }

    private Runnable arrangementSavedWithUndo(Arrangement arrangement, LocalDate movedOn) {
        CaseFile before = theCase();
        MyDetails me = me();
        assertTrue(cases.saveCorrections(me, with(before, arrangement, before.collectionFeePercent().toPlainString()),
                LocalDate.now(clock), movedOn, CorrectedDays.NONE));
        return () -> cases.saveCorrections(me, before, LocalDate.now(clock), movedOn,
                new CorrectedDays(Optional.empty(), Optional.empty()));
    }

    private List<TodoKind> todosOf(long letter) {
        return sent.todos(caseId, DAY).stream().filter(t -> t.sourceId() == letter).map(TodoItem::kind).toList();
    }

    @Test
    void aFeeChangedAndUndoneIsNoChangeToALetterMadeBefore() {
        long letter = madeNotPosted();
        later();
        Runnable undo = feeSavedWithUndo("2", DAY);
        assertTrue(sent.changedSinceMade(caseId).get(letter).areas().contains(RecordArea.FEES), "2% from 5 Dec");
        later();
        undo.run();
        assertEquals(Map.of(), sent.changedSinceMade(caseId), "undone: the fees read as when it was made");
        assertEquals(List.of(TodoKind.POST_LETTER), todosOf(letter), "one to-do: post it");
        assertEquals(Map.of(LocalDate.MIN, new BigDecimal("4")), cases.fee(caseId).percentFrom(), "4% throughout");
    }

    @Test
    void theRateUndoneIsKeptInTheHistoryNotLost() throws Exception {
        Runnable undo = feeSavedWithUndo("2", DAY);
        later();
        undo.run();
        List<String> rows = new ArrayList<>();
        database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT starts_on, percent, deleted_at FROM collection_fee "
                    + "WHERE case_id = ? AND starts_on IS NOT NULL ORDER BY id")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(r.getString(1) + " " + r.getString(2) + " " + (r.getString(3) != null));
                    }
                }
            }
            return null;
        });
        assertEquals(List.of("2026-12-05 2 true"), rows, "the 2% from 5 Dec taken back, not corrected to 4%");
    }

    @Test
    void aLetterMadeWhileTheChangeStoodIsMarkedWhenItIsUndone() {
        Runnable undo = feeSavedWithUndo("2", DAY);
        later();
        long letter = madeNotPosted();
        later();
        undo.run();
        assertNotNull(sent.changedSinceMade(caseId).get(letter), "made at 2%, the fee is 4% again");
        assertTrue(sent.changedSinceMade(caseId).get(letter).areas().contains(RecordArea.FEES));
    }

    @Test
    void aFeeChangeLeftInPlaceStillMarksTheLetter() {
        long letter = madeNotPosted();
        later();
        feeSavedWithUndo("2", DAY);
        later();
        assertEquals(List.of(TodoKind.MAKE_LETTER_AGAIN), todosOf(letter));
    }

    @Test
    void aFeeChangedAndChangedBackFromAnotherDayStillMarksTheLetter() {
        // 2% from 5 Dec, then 4% again from 6 Dec: on 5 Dec the fee was 2%, which it was not when the letter was made.
        long letter = madeNotPosted();
        later();
        feeSavedWithUndo("2", DAY);
        later();
        feeSavedWithUndo("4", DAY.plusDays(1));
        assertTrue(sent.changedSinceMade(caseId).get(letter).areas().contains(RecordArea.FEES));
    }

    @Test
    void aRedundantRateLeftByTheOldUndoIsNoChange() {
        // Records the old Undo wrote: "2% from 5 Dec" corrected to "4% from 5 Dec", the same fee as before it.
        long letter = madeNotPosted();
        later();
        feeSavedWithUndo("2", DAY);
        later();
        database.inTransaction(c -> {
            long id = DatedRows.FEES.startingOn(c, caseId, DAY).orElseThrow().getKey();
            history.keepEarlierVersion(c, "collection_fee", id);
            DatedRows.FEES.correct(c, id, "4", java.time.LocalDateTime.now(clock).toString());
            history.keepEarlierVersion(c, "case_file", caseId);
            try (PreparedStatement u = c.prepareStatement("UPDATE case_file SET collection_fee_percent = '4' "
                    + "WHERE id = ?")) {
                u.setLong(1, caseId);
                u.executeUpdate();
            }
            return null;
        });
        assertEquals(Map.of(), sent.changedSinceMade(caseId), "4% before 5 Dec and from it: the fee as it was");
    }

    @Test
    void anArrangementChangedAndUndoneIsNoChangeToALetterMadeBefore() {
        long letter = madeNotPosted();
        later();
        Runnable undo = arrangementSavedWithUndo(Arrangement.DIRECT_PAY, DAY);
        assertTrue(sent.changedSinceMade(caseId).containsKey(letter), "moved to Direct Pay from 5 Dec");
        later();
        undo.run();
        assertEquals(Map.of(), sent.changedSinceMade(caseId));
        assertEquals(List.of(TodoKind.POST_LETTER), todosOf(letter));
    }

    @Test
    void aPaymentAddedAndUndoneIsNoChangeToALetterMadeBefore() {
        // Undo of a new payment moves it to the Bin: not in the records the letter was made from, nor in them now.
        long letter = madeNotPosted();
        later();
        long id = payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(50),
                PaymentMethod.THROUGH_CMS, "", ""));
        assertTrue(sent.changedSinceMade(caseId).containsKey(letter));
        later();
        payments.moveToBin(PaymentStore.Kind.PAYMENT, id);
        assertEquals(Map.of(), sent.changedSinceMade(caseId));
        assertEquals(List.of(TodoKind.POST_LETTER), todosOf(letter));
    }
}
