package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;

class PaymentStoreTest extends WithJordanReedsCase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Sundays: 1 Nov 2026 is a Sunday, so dues fall on 1, 8, 15 and 22 Nov by TODAY. */
    static final PaymentPlan WEEKLY = new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
            LocalDate.of(2026, 11, 1), "CMS calculation letter dated 20 Oct 2026");

    PaymentStore store;
    CaseStore cases;

    @BeforeEach
    void open() {
        cases = records.cases();
        store = records.payments();
    }

    static Payment paid(int day, long pence) {
        return new Payment(0, LocalDate.of(2026, 11, day), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER,
                "JR MAINT", "");
    }

    @Test
    @DisplayName("a plan, payments and an adjustment come back exactly, and the arrears are worked out from them")
    void recordsComeBackAndMakeTheSchedule() {
        long planId = store.savePlan(caseId, WEEKLY);
        long paymentId = store.savePayment(caseId, paid(2, 43_21));
        store.savePayment(caseId, paid(16, 20_00));
        store.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 20), AdjustmentKind.CMS_CONFIRMED_FIGURE,
                Money.ofPence(60_00), "Phone call"));

        assertEquals(List.of(new PaymentPlan(planId, WEEKLY.amount(), WEEKLY.frequency(), WEEKLY.firstDue(),
                WEEKLY.source())), store.plans(caseId));
        assertEquals(paid(2, 43_21).amount(), store.payments(caseId).get(0).amount());
        assertEquals(paymentId, store.payments(caseId).get(0).id());
        // Four dues of £43.21 = £172.84, less £63.21 received = £109.63.
        assertEquals(Money.ofPence(109_63), store.schedule(caseId, TODAY).owedNow());
        // On 20 Nov three dues (129.63) less 63.21 = 66.42; the CMS said 60.00.
        assertEquals(Money.ofPence(6_42), store.schedule(caseId, TODAY).cmsDifference().orElseThrow().difference());
        // The to-do names the day the figure is as at, not a letter's date.
        assertEquals(List.of("The CMS's arrears figure as at 20 Nov 2026 differs from your record for that day by "
                + "£6.42. Ask the CMS for a statement of how they worked it out."), store.todos(caseId, TODAY)
                .stream().filter(t -> t.kind() == TodoKind.CMS_DIFFERENCE).map(TodoItem::what).toList());
    }

    @Test
    @DisplayName("a CMS figure given on the day of a due not arrived yet agrees with what is owed: nothing to do")
    void cmsFigureOnADueDayAgrees() {
        store.savePlan(caseId, WEEKLY);
        store.savePayment(caseId, paid(2, 43_21));
        // Dues of 1, 8 and 15 Nov (129.63) less 43.21 = 86.42 owed; Sunday 22 Nov's due is on time by Monday.
        store.saveAdjustment(caseId, new Adjustment(0, TODAY, AdjustmentKind.CMS_CONFIRMED_FIGURE,
                Money.ofPence(86_42), "Phone call"));
        assertEquals(Money.ofPence(86_42), store.schedule(caseId, TODAY).cmsDifference().orElseThrow().appFigure());
        assertTrue(store.todos(caseId, TODAY).stream().noneMatch(t -> t.kind() == TodoKind.CMS_DIFFERENCE),
                store.todos(caseId, TODAY).toString());
    }

    @Test
    @DisplayName("Collect and Pay: the case's own fee percentage is taken from each due")
    void collectAndPayUsesTheCaseFee() {
        CaseFile base = CaseStoreTest.aCase();
        long feeCase = cases.create(new CaseFile(0, base.otherParentName(), base.otherParentAddress(),
                base.otherParentWork(), Arrangement.COLLECT_AND_PAY, base.cmsReference(), base.children(),
                new BigDecimal("2")));
        store.savePlan(feeCase, WEEKLY);
        // The paying parent owes 4 x £43.21 = £172.84 before the fee; after 2% of each due (86.42p -> 86p) the
        // parent would receive 4 x £42.35 = £169.40, as the After fee column adds up.
        assertEquals(Money.ofPence(4 * 43_21), store.schedule(feeCase, TODAY).owedNow());
        assertEquals(Money.ofPence(169_40), store.schedule(feeCase, TODAY).afterFee(Money.ofPence(4 * 43_21)));
        assertEquals(Money.ZERO, store.schedule(caseId, TODAY).owedNow(), "the first case has no plan of its own");
    }

    @Nested
    class CorrectionsAndTheBin {

        @Test
        void aCorrectionKeepsTheEarlierVersion() {
            store.savePlan(caseId, WEEKLY);
            long id = store.savePayment(caseId, paid(2, 40_00));
            store.savePayment(caseId, new Payment(id, LocalDate.of(2026, 11, 3), Money.ofPence(43_21),
                    PaymentMethod.CASH, "", "Amount corrected from the bank statement"));

            Payment now = store.payments(caseId).get(0);
            assertEquals(Money.ofPence(43_21), now.amount());
            assertEquals(PaymentMethod.CASH, now.method());
            List<History.EarlierVersion> earlier = store.earlierVersions(PaymentStore.Kind.PAYMENT, id);
            assertEquals(1, earlier.size());
            assertEquals("4000", earlier.get(0).columns().get("amount_pence"));
            assertEquals("2026-11-02", earlier.get(0).columns().get("paid_on"));
        }

        @Test
        void aPaymentInTheBinStopsCountingUntilItIsPutBack() {
            store.savePlan(caseId, WEEKLY);
            long id = store.savePayment(caseId, paid(2, 43_21));
            Money withPayment = store.schedule(caseId, TODAY).owedNow();

            store.moveToBin(PaymentStore.Kind.PAYMENT, id);
            assertEquals(withPayment.plus(Money.ofPence(43_21)), store.schedule(caseId, TODAY).owedNow());
            assertEquals(id, store.paymentsInBin(caseId).get(0).id());

            store.restore(PaymentStore.Kind.PAYMENT, id);
            assertEquals(withPayment, store.schedule(caseId, TODAY).owedNow());
            assertTrue(store.paymentsInBin(caseId).isEmpty());
        }

        @Test
        void aPlanInTheBinTakesItsDuesWithIt() {
            long id = store.savePlan(caseId, WEEKLY);
            store.moveToBin(PaymentStore.Kind.PLAN, id);
            assertEquals(Money.ZERO, store.schedule(caseId, TODAY).owedNow());
            assertEquals(1, store.plansInBin(caseId).size());
        }
    }

    @Test
    @DisplayName("an import saves every payment or none")
    void addingManyIsAllOrNothing() {
        assertEquals(2, store.addPayments(caseId, List.of(paid(2, 10_00), paid(9, 11_00))));
        List<Payment> badBatch = List.of(paid(10, 12_00), new Payment(99, TODAY, Money.ofPence(1), PaymentMethod.CASH,
                "", ""));
        assertThrows(RuntimeException.class, () -> store.addPayments(caseId, badBatch));
        assertEquals(2, store.payments(caseId).size(), "the first payment of the failed batch was rolled back");
    }

    @Nested
    class TimelineAndTodos {

        @Test
        void noPlanAsksForTheCmsLetter() {
            List<TodoItem> todos = store.todos(caseId, TODAY);
            assertEquals(1, todos.size());
            assertTrue(todos.get(0).what().startsWith("No payment plan yet"));
            assertEquals(TodoKind.ADD_PLAN, todos.get(0).kind());
        }

        /**
         * Reviewer's find: a case set up on 5 Dec with a weekly plan from 6 Nov and no money recorded read "No money
         * is recorded for the 5 payments due since 6 Nov 2026 ..." and, under it, "Nothing has arrived for the
         * payment of £50.00 due on 4 Dec 2026 ...": the same dues twice. One to-do for them.
         */
        @Test
        void theSameDuesAreOneToDo() {
            store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                    LocalDate.of(2026, 11, 6), ""));
            List<TodoItem> todos = store.todos(caseId, LocalDate.of(2026, 12, 5));
            assertEquals(1, todos.size(), todos.toString());
            assertEquals(TodoKind.TELL_THE_CMS, todos.get(0).kind());
            assertTrue(todos.get(0).what().startsWith("No money is recorded for the 5 payments due since 6 Nov 2026"),
                    todos.get(0).what());
        }

        @Test
        void aRecentMissedPaymentIsOnTheList() {
            store.savePlan(caseId, WEEKLY);
            store.addPayments(caseId, List.of(paid(1, 43_21), paid(8, 43_21), paid(15, 43_21)));
            assertTrue(store.todos(caseId, TODAY).isEmpty(), "22 Nov is today: not missed until its day is over");
            // A Sunday: on time if it arrives by Monday, so missed only once Monday is over.
            assertTrue(store.todos(caseId, TODAY.plusDays(1)).isEmpty(), "Mon 23 Nov: it can still arrive");
            LocalDate tuesday = TODAY.plusDays(2);
            // Under Direct Pay one to-do says it: tell the CMS (not also "nothing has arrived" for the same due).
            List<TodoItem> missed = store.todos(caseId, tuesday);
            assertEquals(List.of(TodoKind.TELL_THE_CMS), missed.stream().map(TodoItem::kind).toList(),
                    missed.toString());
            assertTrue(missed.get(0).what().contains("£43.21 is owed"), missed.get(0).what());
            store.savePayment(caseId, paid(22, 43_21));
            assertTrue(store.todos(caseId, tuesday).isEmpty(), "everything paid: nothing to do");
        }

        @Test
        void aDuePaidOnTheSaturdayBeforeIsNothingToDo() {
            // £50 on Mondays from 5 Jan 2026; 5 Jan missed; each later Monday paid on the Saturday before, the last
            // on 7 Feb for 9 Feb. On 9 Feb nothing is short lately and there is no run of missed payments: only the
            // CMS, which under Direct Pay has not been told of the 5 Jan miss, is still to be written to.
            store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                    LocalDate.of(2026, 1, 5), "CMS calculation"));
            for (LocalDate saturday = LocalDate.of(2026, 1, 10); saturday.isBefore(LocalDate.of(2026, 2, 8));
                    saturday = saturday.plusWeeks(1)) {
                store.savePayment(caseId, new Payment(0, saturday, Money.ofPounds(50), PaymentMethod.BANK_TRANSFER,
                        "", ""));
            }
            assertEquals(List.of(TodoKind.TELL_THE_CMS), store.todos(caseId, LocalDate.of(2026, 2, 9)).stream()
                    .map(TodoItem::kind).toList());
        }

        @Test
        @DisplayName("a CMS arrears figure is on the timeline as the CMS's figure, never as a change, with no balance after")
        void aCmsFigureIsNoArrearsChange() {
            store.savePlan(caseId, WEEKLY);
            store.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 15),
                    AdjustmentKind.CMS_CONFIRMED_FIGURE, Money.ofPence(60_00), "Letter of 17 Nov"));
            TimelineEntry figure = store.timeline(caseId).stream()
                    .filter(e -> e.title().startsWith("Arrears figure given by the CMS")).findFirst().orElseThrow();
            // It changes nothing: "Arrears change" and "Balance after: £129.63" beside "(this record: £86.42)" for the
            // same day read as two figures of the record and a change that never happened.
            assertEquals(TimelineKind.CMS_FIGURE, figure.kind());
            assertEquals("CMS arrears figure", figure.kind().label());
            assertFalse(figure.detail().contains("Balance after"), figure.detail());
        }

        @Test
        void paymentsAdjustmentsAndMissedDuesAreOnTheTimeline() {
            store.savePlan(caseId, WEEKLY);
            store.savePayment(caseId, paid(1, 43_21));
            store.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 10), AdjustmentKind.WRITE_OFF,
                    Money.ofPence(10_00), ""));
            List<TimelineEntry> entries = store.timeline(caseId);
            // Paid 1 Nov; 8 Nov missed (a write-off on 10 Nov reduces it but nothing was received); 15 Nov missed.
            // 22 Nov is today (the clock's date): not missed until its day is over, so no entry yet.
            assertEquals(List.of(TimelineKind.PAYMENT, TimelineKind.PAYMENT_DUE, TimelineKind.ADJUSTMENT,
                    TimelineKind.PAYMENT_DUE),
                    entries.stream().map(TimelineEntry::kind).toList());
            assertEquals("£43.21, on time for the payment due on 1 Nov 2026", entries.get(0).title());
            assertEquals("£43.21, nothing arrived for it", entries.get(1).title());
            // The 1 Nov due was paid that day, so it is no event of its own: never "missed" beside the money.
            assertTrue(entries.stream().noneMatch(e -> e.kind() == TimelineKind.PAYMENT_DUE
                    && e.happenedAt().toLocalDate().equals(LocalDate.of(2026, 11, 1))));
        }

        @Test
        @DisplayName("a due whose days held money the parent said was for an earlier due names none of it")
        void moneyLinkedToAnEarlierDueIsNotNamedUnderTheNextOne() {
            // 1 Nov paid; nothing on 8 Nov; £43.21 on Sat 14 Nov, in 15 Nov's early days, which the parent says was
            // for 8 Nov: 8 Nov arrived late, 15 Nov nothing. Read on 22 Nov.
            store.savePlan(caseId, WEEKLY);
            store.savePayment(caseId, paid(1, 43_21));
            store.savePayment(caseId, paid(14, 43_21).linkedTo(java.util.Optional.of(LocalDate.of(2026, 11, 8))));
            List<TimelineEntry> dues = store.timeline(caseId).stream()
                    .filter(e -> e.kind() == TimelineKind.PAYMENT_DUE).toList();
            assertEquals(1, dues.size(), dues.toString());
            assertEquals("£43.21, nothing arrived for it", dues.get(0).title());
            assertEquals("Maintenance due (weekly). Money is counted towards the payment due when it arrived, "
                    + "or the one it was recorded as being for; the CMS may count it differently.", dues.get(0).detail());
            // Under Direct Pay the one to-do for the due is telling the CMS, which names no money under it.
            List<TodoItem> todos = store.todos(caseId, TODAY);
            assertEquals(List.of(TodoKind.TELL_THE_CMS), todos.stream().map(TodoItem::kind).toList());
            assertTrue(todos.get(0).what().contains(" has not arrived in full, and £43.21 is owed"),
                    todos.get(0).what());
        }

        @Test
        @DisplayName("a due with nothing received but part written off says what was cleared, not what was matched")
        void aWriteOffIsNotMatchedMoney() {
            store.savePlan(caseId, WEEKLY);
            store.savePayment(caseId, paid(1, 43_21));
            store.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 10), AdjustmentKind.WRITE_OFF,
                    Money.ofPence(10_00), ""));
            TimelineEntry eighth = store.timeline(caseId).stream().filter(e -> e.kind() == TimelineKind.PAYMENT_DUE)
                    .findFirst().orElseThrow();
            assertEquals("£43.21, nothing arrived for it", eighth.title());
            assertEquals("Maintenance due (weekly). Of what was still owed: £10.00 written off. Money is counted "
                    + "towards the payment due when it arrived, or the one it was recorded as being for; the CMS may "
                    + "count it differently.", eighth.detail());
        }
    }
}
