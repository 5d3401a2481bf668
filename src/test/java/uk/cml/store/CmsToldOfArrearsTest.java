package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;

/**
 * Under Direct Pay the CMS only knows of a missed payment if the parent tells it, so "What needs doing" asks for a
 * letter while a due whose day is over is short and no letter reporting arrears was written on or after its date.
 * Worked by hand: £50 every Monday from 5 Oct 2026 to today, Sun 22 Nov 2026 (7 dues, £350); paid in full on each
 * Monday except 12 Oct (nothing) and 19 Oct (£20): £80 owed.
 */
class CmsToldOfArrearsTest extends WithJordanReedsCase {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    PaymentStore payments;
    SentLetterStore letters;

    @BeforeEach
    void aDirectPayCaseWithAMissAndAPartPayment() {
        payments = records.payments();
        letters = records.sentLetters();
        fiftyEachMondayWithAMissAndAPart(payments, caseId);
    }

    /** £50 due every Monday from 5 Oct 2026, paid each Monday before {@link #TODAY} but 12 Oct (none) and 19 Oct (£20). */
    static void fiftyEachMondayWithAMissAndAPart(PaymentStore payments, long caseId) {
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 10, 5), "CMS calculation letter"));
        for (LocalDate monday = LocalDate.of(2026, 10, 5); monday.isBefore(TODAY); monday = monday.plusWeeks(1)) {
            if (!monday.equals(LocalDate.of(2026, 10, 12))) {
                payments.savePayment(caseId, new Payment(0, monday, monday.equals(LocalDate.of(2026, 10, 19))
                        ? Money.ofPounds(20) : Money.ofPounds(50), PaymentMethod.BANK_TRANSFER, "", ""));
            }
        }
    }

    @Test
    @DisplayName("never told: the to-do counts the short dues and dates from the first")
    void neverTold() {
        assertEquals(List.of("Since 12 Oct 2026, 2 payments due have not arrived in full, and £80.00 is owed. If any of it came, record it on the Payments page first. Under Direct Pay "
                + "the CMS only knows if you tell it: write to the CMS about the missed payments."), tell());
    }

    @Test
    @DisplayName("nothing recorded yet: the to-do asks for the payments first, not only for a letter")
    void nothingRecordedYet() {
        // A second case with the same plan and no payment entered: the app cannot tell "nothing arrived" from
        // "nothing recorded", so it must not only say the payments were missed.
        caseId = records.cases()
                .completeSetup(CaseStoreTest.me(), CaseStoreTest.aCase());
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 2), "CMS calculation letter"));
        assertEquals(List.of("No money is recorded for the 3 payments due since 2 Nov 2026. If some "
                + "arrived, record it on the Payments page first. If nothing arrived, £150.00 is owed. Under Direct "
                + "Pay the CMS only knows if you tell it: write to the CMS about the missed payments."), tell());
    }

    @Test
    @DisplayName("a report of missed payments written after the short dues ends it; a later miss brings it back")
    void toldThenAnotherMiss() {
        letters.save(letter(LocalDate.of(2026, 10, 20), LetterKind.ARREARS_REPORT));
        assertEquals(List.of(), tell());
        // 16 Nov undone (the payment was recorded by mistake): short after the letter.
        long mistaken = payments.payments(caseId).stream()
                .filter(p -> p.date().equals(LocalDate.of(2026, 11, 16))).findFirst().orElseThrow().id();
        payments.moveToBin(PaymentStore.Kind.PAYMENT, mistaken);
        assertEquals(List.of("16 Nov 2026: 1 payment due since your letter of 20 Oct 2026 did not arrive in full, and "
                + "£130.00 is owed. If any of it came, record it on the Payments page first. Under Direct Pay the CMS only knows if you tell it: write to the CMS about the "
                + "missed payments."), tell());
        letters.save(letter(LocalDate.of(2026, 11, 18), LetterKind.COLLECTION_REQUEST));
        assertEquals(List.of(), tell(), "asking the CMS to collect or enforce tells it too");
    }

    @Test
    @DisplayName("on a due's own day the figure owed leaves it out, and the to-do names it as not missed yet")
    void onADuesOwnDay() {
        // A second plan from Sun 22 Nov: £60 every week from today (the Mondays' plan stops). Today's £60 is due,
        // on time if it arrives by Mon 23 Nov, and not missed: it is not in the £80.00 owed.
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(60), PaymentFrequency.WEEKLY, TODAY,
                "CMS calculation letter"));
        letters.save(letter(LocalDate.of(2026, 10, 13), LetterKind.ARREARS_REPORT));
        assertEquals(List.of("19 Oct 2026: 1 payment due since your letter of 13 Oct 2026 did not arrive in full, and "
                + "£80.00 is owed, not counting the £60.00 due on 22 Nov 2026, which is not missed yet. If any of "
                + "it came, record it on the Payments page first. Under Direct Pay the CMS only knows if you tell it: write to the CMS about the missed payments."),
                tell());
    }

    @Test
    @DisplayName("a letter of another kind (to the other parent, say) does not tell the CMS")
    void anotherKindOfLetter() {
        letters.save(letter(LocalDate.of(2026, 11, 1), LetterKind.OTHER));
        assertEquals(1, tell().size());
    }

    @Test
    @DisplayName("under Collect and Pay the CMS knows already: no such to-do")
    void collectAndPay() {
        CaseFile k = CaseStoreTest.aCase();
        long collected = records.cases().create(
                new CaseFile(0, k.otherParentName(), k.otherParentAddress(), k.otherParentWork(),
                        Arrangement.COLLECT_AND_PAY, k.cmsReference(), k.children(), new BigDecimal("4")));
        payments.savePlan(collected, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 10, 5), "CMS calculation letter"));
        assertEquals(List.of(), payments.todos(collected, TODAY).stream()
                .filter(t -> t.kind() == TodoKind.TELL_THE_CMS).toList());
        assertEquals(1, payments.todos(collected, TODAY).stream()
                .filter(t -> t.kind() == TodoKind.MISSED_IN_A_ROW).count(), "7 in a row: the old to-do stays");
    }

    /**
     * A private arrangement, £100 monthly from 31 Jan 2026, nothing paid (the reviewer's case), read on 4 Dec 2026:
     * the CMS cannot collect what was missed under it (seed 000), so no line speaks of a letter to the CMS; each sends
     * the parent to the other parent, and says the CMS can set up maintenance from now on.
     */
    @Test
    @DisplayName("under a private arrangement no to-do speaks of a letter to the CMS")
    void privateArrangement() {
        CaseFile k = CaseStoreTest.aCase();
        long agreed = records.cases().create(
                new CaseFile(0, k.otherParentName(), k.otherParentAddress(), k.otherParentWork(),
                        Arrangement.PRIVATE, k.cmsReference(), k.children(), new BigDecimal("4")));
        payments.savePlan(agreed, new PaymentPlan(0, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 1, 31), "Our agreement"));
        assertEquals(List.of("Nothing has arrived for the payment of £100.00 due on 30 Nov 2026. If it came, "
                + "record it; if not, note it for your letter to the other parent.",
                "11 payments in a row have not arrived in full. The CMS cannot collect these under a private "
                + "arrangement: write to the other parent about them. If you want, the CMS can set up maintenance "
                + "from now on."), payments.todos(agreed, LocalDate.of(2026, 12, 4)).stream().map(TodoItem::what)
                .toList());
    }

    /**
     * Reviewer's find: under a private arrangement the to-dos ask for a letter to the other parent, and the letter to
     * the other parent did not settle them, so they stayed for ever. It settles them as a letter to the CMS settles a
     * CMS case's, by the same rule ({@link uk.cml.domain.todo.TellTheCms#covers}): the dues missed before it. The
     * reviewer's case: £100 monthly from 31 Jan 2026, nothing paid; the 30 Nov 2026 due (a Monday) is missed from
     * Tue 1 Dec.
     */
    @Test
    @DisplayName("under a private arrangement a letter to the other parent settles the to-dos for the dues it covers")
    void privateArrangementSettledByTheLetterToTheOtherParent() {
        long agreed = privateCase();
        LocalDate dec4 = LocalDate.of(2026, 12, 4);
        long onTheDuesDay = letters.save(toTheOtherParent(agreed, LocalDate.of(2026, 11, 30)));
        assertEquals(List.of(TodoKind.PAYMENT_SHORT, TodoKind.MISSED_IN_A_ROW), kinds(agreed, dec4),
                "written on 30 Nov, the day that payment was due, it does not count it as missed");
        letters.moveToBin(onTheDuesDay);
        letters.save(toTheOtherParent(agreed, LocalDate.of(2026, 12, 1)));
        assertEquals(List.of(), kinds(agreed, dec4), "the letter of 1 Dec covers every due missed before it");
        assertEquals(List.of(TodoKind.PAYMENT_SHORT, TodoKind.MISSED_IN_A_ROW), kinds(agreed,
                LocalDate.of(2027, 1, 4)), "the 31 Dec due, missed after the letter, brings them back");
    }

    /**
     * The private to-dos ask for a letter to the other parent, who owes the money: a letter to the CMS does not ask
     * them for it (the CMS cannot collect what was missed under a private arrangement, seed 000), so it settles none.
     */
    @Test
    @DisplayName("under a private arrangement a letter to the CMS does not settle the to-dos about the other parent")
    void privateArrangementNotSettledByALetterToTheCms() {
        long agreed = privateCase();
        letters.save(letter(agreed, LocalDate.of(2026, 12, 1), LetterKind.ARREARS_REPORT));
        letters.save(letter(agreed, LocalDate.of(2026, 12, 2), LetterKind.COLLECTION_REQUEST));
        assertEquals(List.of(TodoKind.PAYMENT_SHORT, TodoKind.MISSED_IN_A_ROW), kinds(agreed,
                LocalDate.of(2026, 12, 4)));
    }

    /** The reviewer's private case: £100 monthly from 31 Jan 2026, nothing paid. */
    private long privateCase() {
        CaseFile k = CaseStoreTest.aCase();
        long agreed = records.cases().create(
                new CaseFile(0, k.otherParentName(), k.otherParentAddress(), k.otherParentWork(),
                        Arrangement.PRIVATE, k.cmsReference(), k.children(), new BigDecimal("4")));
        payments.savePlan(agreed, new PaymentPlan(0, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 1, 31), "Our agreement"));
        return agreed;
    }

    /** In a CMS case the letter to the other parent tells the CMS nothing: every to-do stays as it was. */
    @Test
    @DisplayName("under Direct Pay a letter to the other parent settles nothing: it does not tell the CMS")
    void directPayNotSettledByTheLetterToTheOtherParent() {
        payments.payments(caseId).stream().filter(p -> p.date().isAfter(LocalDate.of(2026, 11, 1)))
                .forEach(p -> payments.moveToBin(PaymentStore.Kind.PAYMENT, p.id()));
        List<TodoKind> before = paymentKinds();
        assertEquals(List.of(TodoKind.TELL_THE_CMS), before, "telling the CMS counts the latest due too: one to-do");
        letters.save(toTheOtherParent(caseId, LocalDate.of(2026, 11, 20)));
        assertEquals(before, paymentKinds());
    }

    private List<TodoKind> kinds(long caseId, LocalDate today) {
        return payments.todos(caseId, today).stream().map(TodoItem::kind).toList();
    }

    /** The app's letter to the other parent, as the letters log keeps it: to them by name, of the kind "Other". */
    private static SentLetter toTheOtherParent(long caseId, LocalDate written) {
        return new SentLetter(0, caseId, written, Optional.of(written), new Recipient(Optional.empty(), "Jordan Reed",
                "3 Mill Lane\nBD1 4QT"), "Letter to other parent about missed payments", LetterKind.OTHER,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
    }

    /**
     * Moved to Collect and Pay on Mon 2 Nov 2026: the CMS knows what it has collected since, never what was missed
     * under Direct Pay before, so the misses of 12 and 19 Oct still need telling; the three Mondays since were paid.
     */
    @Test
    @DisplayName("after a move to Collect and Pay, misses under Direct Pay before it still need telling")
    void movedToCollectAndPay() {
        move(Arrangement.COLLECT_AND_PAY);
        assertEquals(List.of("Since 12 Oct 2026, 2 payments due under Direct Pay have not arrived in full. Your case moved "
                + "to Collect and Pay on 2 Nov 2026, and £80.00 of what is owed is from before the move. The CMS only "
                + "knows about missed Direct Pay payments if you tell it: write to the CMS about them."), tell());
        letters.save(letter(LocalDate.of(2026, 11, 20), LetterKind.COLLECTION_REQUEST));
        assertEquals(List.of(), tell(), "the enforcement request after the move tells the CMS of them");
    }

    @Test
    @DisplayName("after a move to Collect and Pay, a miss since the move alone is the CMS's to know")
    void movedToCollectAndPayWithOnlyNewMisses() {
        letters.save(letter(LocalDate.of(2026, 10, 20), LetterKind.ARREARS_REPORT));
        move(Arrangement.COLLECT_AND_PAY);
        long nov9 = payments.payments(caseId).stream().filter(p -> p.date().equals(LocalDate.of(2026, 11, 9)))
                .findFirst().orElseThrow().id();
        payments.moveToBin(PaymentStore.Kind.PAYMENT, nov9);
        assertEquals(List.of(), tell());
    }

    /** Moved back from Collect and Pay to Direct Pay on 2 Nov: the CMS collected the October dues, so it knows. */
    @Test
    @DisplayName("after a move from Collect and Pay to Direct Pay, misses the CMS collected need no telling")
    void movedBackToDirectPay() {
        CaseStore cases = records.cases();
        CaseFile k = cases.find(caseId).orElseThrow();
        cases.update(withArrangement(k, Arrangement.COLLECT_AND_PAY), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 1));
        move(Arrangement.DIRECT_PAY);
        assertEquals(List.of(), tell());
        long nov9 = payments.payments(caseId).stream().filter(p -> p.date().equals(LocalDate.of(2026, 11, 9)))
                .findFirst().orElseThrow().id();
        payments.moveToBin(PaymentStore.Kind.PAYMENT, nov9);
        assertEquals(List.of("The payment due on 9 Nov 2026 has not arrived in full, and £130.00 is owed. If any of it came, record it on the Payments page first. Under Direct "
                + "Pay the CMS only knows if you tell it: write to the CMS about the missed payments."), tell());
    }

    /** The case moves to {@code arrangement} on Mon 2 Nov 2026. */
    private void move(Arrangement arrangement) {
        CaseStore cases = records.cases();
        LocalDate moved = LocalDate.of(2026, 11, 2);
        cases.update(withArrangement(cases.find(caseId).orElseThrow(), arrangement), moved, moved);
    }

    private static CaseFile withArrangement(CaseFile k, Arrangement arrangement) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), k.collectionFeePercent());
    }

    @Test
    @DisplayName("with a run of misses it replaces 'payments in a row', which would say the same")
    void replacesMissedInARow() {
        payments.payments(caseId).stream().filter(p -> p.date().isAfter(LocalDate.of(2026, 11, 1)))
                .forEach(p -> payments.moveToBin(PaymentStore.Kind.PAYMENT, p.id()));
        List<TodoKind> kinds = payments.todos(caseId, TODAY).stream().map(TodoItem::kind).toList();
        assertEquals(List.of(TodoKind.TELL_THE_CMS), kinds, "telling the CMS counts the latest due too: one to-do");
    }

    /**
     * Reviewer's find: the letter about the missed payments made after them, the Overview still said "keep a note for
     * your letter" and "2 payments in a row ... consider writing". 2, 9 and 16 Nov missed: a letter written on 20 Nov
     * (not posted yet) covers them, so the one thing left is to post it; a letter of 10 Nov leaves 16 Nov untold.
     */
    @Test
    @DisplayName("a letter written after the misses settles 'keep a note' and 'in a row' too; a later miss brings them back")
    void aLetterAfterTheMissesSettlesEveryLine() {
        payments.payments(caseId).stream().filter(p -> p.date().isAfter(LocalDate.of(2026, 11, 1)))
                .forEach(p -> payments.moveToBin(PaymentStore.Kind.PAYMENT, p.id()));
        long report = letters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 20), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Missed payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty()));
        assertEquals(List.of(TodoKind.POST_REPORT), everything(), "post the letter, nothing asks to write it again");

        letters.moveToBin(report);
        letters.save(letter(LocalDate.of(2026, 11, 10), LetterKind.ARREARS_REPORT));
        // Telling the CMS heads the list (Todos.gather: it only knows if told), above attaching the proof of postage.
        assertEquals(List.of(TodoKind.TELL_THE_CMS, TodoKind.ATTACH_PROOF), everything(),
                "16 Nov was missed after the letter of 10 Nov");
    }

    @Test
    @DisplayName("under Collect and Pay a letter about the missed payments settles 'in a row' until a later miss")
    void collectAndPayInARowSettledByALetter() {
        CaseFile k = CaseStoreTest.aCase();
        caseId = records.cases().create(
                new CaseFile(0, k.otherParentName(), k.otherParentAddress(), k.otherParentWork(),
                        Arrangement.COLLECT_AND_PAY, k.cmsReference(), k.children(), new BigDecimal("4")));
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 10, 5), "CMS calculation letter"));
        long early = letters.save(letter(LocalDate.of(2026, 11, 10), LetterKind.ARREARS_REPORT));
        assertEquals(List.of(TodoKind.PAYMENT_SHORT, TodoKind.MISSED_IN_A_ROW), paymentKinds(),
                "16 Nov was missed after the letter");
        letters.moveToBin(early);
        letters.save(letter(LocalDate.of(2026, 11, 17), LetterKind.COLLECTION_REQUEST));
        assertEquals(List.of(), paymentKinds(), "a letter asking the CMS to collect, after the run, covers it");
    }

    private List<TodoKind> paymentKinds() {
        return payments.todos(caseId, TODAY).stream().map(TodoItem::kind).toList();
    }

    /** What needs doing from the payments and the letters log, as the Overview gathers it. */
    private List<TodoKind> everything() {
        List<TodoItem> all = new java.util.ArrayList<>(payments.todos(caseId, TODAY));
        all.addAll(letters.todos(caseId, TODAY));
        return uk.cml.domain.todo.Todos.gather(all, TODAY).stream().map(TodoItem::kind).toList();
    }

    @Test
    @DisplayName("a letter written on a short due's own day does not cover it: that day it was due, not missed")
    void aLetterOnTheDuesOwnDayDoesNotCoverIt() {
        // Written on Mon 19 Oct, the day of the part payment: it says that payment is due, and leaves it out.
        letters.save(letter(LocalDate.of(2026, 10, 19), LetterKind.ARREARS_REPORT));
        assertEquals(List.of("1 payment due since your letter of 19 Oct 2026 did not arrive in full, and "
                + "£80.00 is owed. If any of it came, record it on the Payments page first. Under Direct Pay the CMS only knows if you tell it: write to the CMS about the "
                + "missed payments."), tell());
        letters.save(letter(LocalDate.of(2026, 10, 20), LetterKind.ARREARS_REPORT));
        assertEquals(List.of(), tell(), "written the day after: it covers it");
    }

    /**
     * Reviewer's find: after a call on which the missed payments were reported the Overview still asked for a letter,
     * inviting a duplicate report. A call the parent answered "Yes, I told them" counts as a reporting letter does,
     * and the to-do names it; the words of a call (its notes, or an outcome that reads like a report) never do, nor
     * a call answered No or not answered at all.
     */
    @Test
    @DisplayName("a call the parent answered Yes (told them of the missed payments) counts as telling the CMS")
    void reportingCall() {
        CallStore calls = new CallStore(records.database, new History(DatabaseTest.CLOCK), DatabaseTest.CLOCK);
        calls.save(call(LocalDate.of(2026, 10, 21), uk.cml.domain.evidence.CallDirection.CMS_CALLED,
                "They asked about my missed payments", "New calculation explained", Optional.empty()));
        assertEquals(1, tell().size(), "notes are not a report, nor an outcome about something else");
        calls.save(call(LocalDate.of(2026, 10, 21), uk.cml.domain.evidence.CallDirection.I_CALLED, "",
                "Missed payments reported", Optional.of(MissedPaymentsTold.NO)));
        assertEquals(1, tell().size(), "the parent's No, whatever the outcome's words");
        calls.save(call(LocalDate.of(2026, 10, 21), uk.cml.domain.evidence.CallDirection.I_CALLED, "",
                "Missed payments reported", Optional.empty()));
        assertEquals(1, tell().size(), "no answer (a call logged before the question) is no report");
        calls.save(call(LocalDate.of(2026, 10, 20), uk.cml.domain.evidence.CallDirection.I_CALLED, "",
                "", Optional.of(MissedPaymentsTold.YES)));
        assertEquals(List.of(), tell());
        long mistaken = payments.payments(caseId).stream()
                .filter(p -> p.date().equals(LocalDate.of(2026, 11, 16))).findFirst().orElseThrow().id();
        payments.moveToBin(PaymentStore.Kind.PAYMENT, mistaken);
        assertEquals(List.of("16 Nov 2026: 1 payment due since you told the CMS by phone on 20 Oct 2026 did not "
                + "arrive in full, and £130.00 is owed. Your call counts for what was missed before it. If any of it came, record it on the Payments page first. Under Direct "
                + "Pay the CMS only knows if you tell it: write to the CMS about the payments missed since."), tell());
    }

    private uk.cml.domain.evidence.Call call(LocalDate day, uk.cml.domain.evidence.CallDirection direction,
            String said, String outcome, Optional<MissedPaymentsTold> told) {
        return new uk.cml.domain.evidence.Call(0, caseId, day.atTime(10, 0), direction, "0800 171 2345", "Sam", "",
                "", said, "", Optional.empty(), outcome, Optional.empty(), false, false, null, told);
    }

    private List<String> tell() {
        return payments.todos(caseId, TODAY).stream().filter(t -> t.kind() == TodoKind.TELL_THE_CMS)
                .map(t -> line(uk.cml.domain.UkFormats.shortDate(t.due()), t.what())).toList();
    }

    /** As the Overview's list shows a to-do: its day in front only when the words do not name it already. */
    private static String line(String day, String what) {
        return what.contains(day) ? what : day + ": " + what;
    }

    private SentLetter letter(LocalDate written, LetterKind kind) {
        return letter(caseId, written, kind);
    }

    private static SentLetter letter(long caseId, LocalDate written, LetterKind kind) {
        return new SentLetter(0, caseId, written, Optional.of(written), new Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), "Missed payments", kind,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
    }
}
