package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.FeeBasis;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.todo.TodoItem;

/**
 * A letter made and not posted keeps the words it was made with. When the records it was drawn from change before
 * it is posted (a payment arrives, an address is corrected), it may say what they no longer do: the log knows which
 * letters, from the record journal, so the list, the Overview and the pack can ask for it to be made again.
 */
class LettersMadeBeforeChangesTest extends WithLettersMadeBeforeChanges {

    static final LocalDate WRITTEN = LocalDate.of(2026, 12, 1);

    CaseStore cases;

    LettersMadeBeforeChangesTest() {
        super("2026-12-01T10:00:00Z");
    }

    @BeforeEach
    void stores() {
        cases = records.cases();
    }

    private long madeNotPosted() {
        return sent.save(new SentLetter(0, caseId, WRITTEN, Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    private long payment() {
        return payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(50),
                PaymentMethod.BANK_TRANSFER, "", ""));
    }

    @Test
    void aPaymentRecordedAfterTheLetterWasMadeMarksIt() {
        long letter = madeNotPosted();
        assertEquals(Map.of(), sent.changedSinceMade(caseId), "nothing changed yet");
        later();
        payment();
        LocalDateTime paidIn = LocalDateTime.now(clock);
        ChangedSinceMade changed = sent.changedSinceMade(caseId).get(letter);
        assertEquals(Set.of(RecordArea.PAYMENTS), changed.areas());
        assertEquals(paidIn, changed.lastChanged());
        assertEquals(paidIn.minusMinutes(5), changed.made());
        assertEquals("payments", changed.areasInWords());
        assertEquals(List.of("The payment of £50.00 received on Fri 6 Nov 2026 (typed in on 1 Dec 2026) was added."),
                changed.recordsInLines(), "named, to check the letter against");
    }

    @Test
    void eachRecordIsNamedOnceAsItNowReadsAndBeyondThreeTheRestAreCounted() {
        long letter = madeNotPosted();
        later();
        long first = payment();
        Payment typed = payments.payments(caseId).stream().filter(p -> p.id() == first).findFirst().orElseThrow();
        later();
        payments.savePayment(caseId, new Payment(first, typed.date(), Money.ofPounds(45), typed.method(), "", ""));
        for (int day = 13; day <= 27; day += 7) {
            payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, day), Money.ofPounds(50),
                    PaymentMethod.BANK_TRANSFER, "", ""));
        }
        assertEquals(List.of("The payment of £45.00 received on Fri 6 Nov 2026 (typed in on 1 Dec 2026) was added.",
                "The payment of £50.00 received on Fri 13 Nov 2026 (typed in on 1 Dec 2026) was added.",
                "The payment of £50.00 received on Fri 20 Nov 2026 (typed in on 1 Dec 2026) was added.",
                "And 1 more."), sent.changedSinceMade(caseId).get(letter).recordsInLines(),
                "the corrected payment once, as corrected");
    }

    /**
     * Not only payments: a call, a CMS figure, the other parent's name, each is named by what it says, as "Check
     * records" and the restore question name records, with what was done to it since the letter was made.
     */
    @Test
    void everyKindOfRecordIsNamedByWhatItSaysAndWhatWasDone() {
        CallStore calls = new CallStore(database, history, clock);
        long call = calls.add(new Call(0, caseId, LocalDateTime.of(2026, 11, 3, 10, 15), CallDirection.I_CALLED,
                "0800 171 2345", "Priya", "Arrears team", "4411", "Said the payment was chased", "",
                Optional.empty(), "", Optional.empty(), false, false, null));
        long paid = payment();
        later();
        long letter = madeNotPosted();
        later();
        Call was = calls.find(call).orElseThrow();
        calls.correct(new Call(call, caseId, was.happenedAt(), was.direction(), was.number(), was.spokeTo(),
                was.team(), was.staffId(), "Said the payment was chased twice", was.promised(), was.promisedBy(),
                was.outcome(), was.followUpOn(), was.followUpDone(), was.promiseKept(), null));
        payments.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 10, 1),
                AdjustmentKind.CMS_CONFIRMED_FIGURE, Money.ofPence(650_00), "", FeeBasis.BEFORE_FEE));
        payments.moveToBin(PaymentStore.Kind.PAYMENT, paid);
        CaseFile now = cases.find(caseId).orElseThrow();
        cases.update(new CaseFile(now.id(), "Sam Other", now.otherParentAddress(), now.otherParentWork(),
                now.arrangement(), now.cmsReference(), now.children(), now.collectionFeePercent()));
        ChangedSinceMade changed = sent.changedSinceMade(caseId).get(letter);
        assertEquals(List.of("The call of Tue 3 Nov 2026, 10:15 (typed in on 1 Dec 2026) was changed.",
                "The adjustment \"Arrears figure given by the CMS\" of £650.00 on Thu 1 Oct 2026 (typed in on 1 Dec "
                        + "2026) was added.",
                "The payment of £50.00 received on Fri 6 Nov 2026 (typed in on 1 Dec 2026) was moved to the Bin.",
                "And 1 more."), changed.recordsInLines());
        assertEquals(4, changed.changed());
    }

    @Test
    void aLetterMadeAfterTheChangeIsNotMarked() {
        payment();
        later();
        madeNotPosted();
        assertEquals(Map.of(), sent.changedSinceMade(caseId));
    }

    @Test
    void aPostedLetterIsTheRecordOfWhatWasSentAndIsNeverMarked() {
        long letter = madeNotPosted();
        later();
        SentLetter posted = sent.find(letter).orElseThrow();
        sent.save(new SentLetter(letter, caseId, WRITTEN, Optional.of(WRITTEN), posted.to(), posted.subject(),
                posted.kind(), Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty()));
        later();
        payment();
        assertEquals(Map.of(), sent.changedSinceMade(caseId));
    }

    @Test
    void savingARecordAgainWithNothingDifferentIsNoChange() {
        long id = payment();
        later();
        long letter = madeNotPosted();
        later();
        Payment same = payments.payments(caseId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        payments.savePayment(caseId, same);
        assertEquals(Map.of(), sent.changedSinceMade(caseId), "saved again unchanged");
        later();
        payments.moveToBin(PaymentStore.Kind.PAYMENT, id);
        assertEquals(Set.of(RecordArea.PAYMENTS), sent.changedSinceMade(caseId).get(letter).areas(),
                "a payment moved to the Bin is a change");
    }

    @Test
    void notesAndOtherCasesLeaveTheLetterAsItWas() {
        madeNotPosted();
        later();
        new NoteStore(database, history, clock).add(new Note(0, caseId, WRITTEN, NoteCategory.PLAIN,
                "Jordan's school trip", null));
        long other = cases.create(CaseStoreTest.aCase());
        payments.savePayment(other, new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(20),
                PaymentMethod.BANK_TRANSFER, "", ""));
        assertEquals(Map.of(), sent.changedSinceMade(caseId));
    }

    @Test
    void caseDetailsAndPlansAreNamedInTheOrderTheParentReadsThem() {
        long letter = madeNotPosted();
        later();
        CaseFile now = cases.find(caseId).orElseThrow();
        cases.update(new CaseFile(now.id(), "Sam Other", now.otherParentAddress(), now.otherParentWork(),
                now.arrangement(), now.cmsReference(), now.children(), now.collectionFeePercent()));
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(60), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 12, 6), "CMS letter"));
        ChangedSinceMade changed = sent.changedSinceMade(caseId).get(letter);
        assertEquals(Set.of(RecordArea.PLANS, RecordArea.CASE_DETAILS), changed.areas());
        assertEquals("payment plans and case details", changed.areasInWords());
    }

    @Test
    void theOverviewAsksForTheLetterToBeMadeAgainBeforePosting() {
        madeNotPosted();
        later();
        payment();
        TodoItem todo = sent.todos(caseId, WRITTEN.plusDays(2)).get(0);
        assertEquals(uk.cml.domain.todo.TodoKind.MAKE_REPORT_AGAIN, todo.kind());
        assertTrue(todo.what().startsWith("Make your letter")
                && todo.what().endsWith(" again before you post it: payments changed after you made it on 1 Dec 2026."),
                todo.what());
    }

    /** A payment moved to the Bin and put back leaves the records as the letter saw them: nothing to make again. */
    @Test
    void aPaymentBinnedAndPutBackIsNoChange() {
        long id = payment();
        later();
        madeNotPosted();
        later();
        payments.moveToBin(PaymentStore.Kind.PAYMENT, id);
        later();
        assertEquals(1, sent.changedSinceMade(caseId).size(), "in the Bin, the letter may say what is not so");
        payments.restore(PaymentStore.Kind.PAYMENT, id);
        later();
        assertEquals(Map.of(), sent.changedSinceMade(caseId), "put back, the records read as when it was made");
    }
}
