package uk.cml.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/** What the Overview says beside "Next payment due" and "Missed or part paid in a row". */
class FigureWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** £100 due on the 1st of January, February and March 2026, then maintenance stopped. */
    private static final List<PaymentPlan> JAN_TO_MAR = List.of(
            new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 1), "CMS letter"),
            PaymentPlan.stopped(2, LocalDate.of(2026, 4, 1), "CMS letter"));

    private static ArrearsSchedule schedule(List<PaymentPlan> plans, List<Payment> payments,
                                            List<Adjustment> adjustments, FeeRule fee) {
        return new ArrearsCalculator().calculate(plans, payments, adjustments, TODAY, fee);
    }

    /**
     * Nothing paid; the adjustment on Tue 3 Mar, once Sunday 1 Mar's due is missed (it was on time until the end of
     * Monday 2 Mar, and a write-off, offset or settlement before then would leave it to be paid as usual).
     */
    private static ArrearsSchedule clearedBy(AdjustmentKind kind, long pounds) {
        return schedule(JAN_TO_MAR, List.of(), List.of(new Adjustment(1, LocalDate.of(2026, 3, 3), kind,
                Money.ofPounds(pounds), "")), FeeRule.NONE);
    }

    @Test
    void nothingArrivedAndTheCmsWroteItAllOff() {
        ArrearsSchedule schedule = clearedBy(AdjustmentKind.WRITE_OFF, 300);
        assertEquals(LineStatus.WRITTEN_OFF, schedule.lines().get(2).status());
        assertEquals(Money.ZERO, schedule.owedNow());
        assertEquals("None owed: the CMS wrote off what was left of the latest payment",
                FigureWords.missedInARow(schedule));
    }

    @Test
    void nothingArrivedAndASettlementAtNothingClearedIt() {
        ArrearsSchedule schedule = clearedBy(AdjustmentKind.PART_PAYMENT_SETTLEMENT, 0);
        assertEquals(LineStatus.SETTLED, schedule.lines().get(2).status());
        assertEquals("None owed: a settlement cleared what was left of the latest payment",
                FigureWords.missedInARow(schedule));
    }

    @Test
    void nothingArrivedAndItWasOffset() {
        ArrearsSchedule schedule = clearedBy(AdjustmentKind.OFFSET, 300);
        assertEquals(LineStatus.OFFSET, schedule.lines().get(2).status());
        assertEquals("None owed: what was left of the latest payment was offset", FigureWords.missedInARow(schedule));
    }

    @Test
    void theLatestPaymentArrivedInFull() {
        ArrearsSchedule schedule = schedule(JAN_TO_MAR, List.of(payment(1, 1), payment(2, 1), payment(3, 1)),
                List.of(), FeeRule.NONE);
        assertEquals("None: the latest payment arrived in full", FigureWords.missedInARow(schedule));
    }

    @Test
    void aRunOfMissedPaymentsIsCounted() {
        ArrearsSchedule schedule = schedule(JAN_TO_MAR, List.of(payment(1, 1)), List.of(), FeeRule.NONE);
        assertEquals("2 payments", FigureWords.missedInARow(schedule));
    }

    @Test
    void noPaymentDayHasPassedYet() {
        ArrearsSchedule later = schedule(List.of(new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                LocalDate.of(2027, 1, 1), "CMS letter")), List.of(), List.of(), FeeRule.NONE);
        assertEquals("None: no payment day has passed yet", FigureWords.missedInARow(later));
        ArrearsSchedule today = schedule(List.of(new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                TODAY, "CMS letter")), List.of(), List.of(), FeeRule.NONE);
        assertEquals(LineStatus.DUE_TODAY, today.lines().get(0).status());
        assertEquals("None: no payment day has passed yet", FigureWords.missedInARow(today));
    }

    /** Today's due, not arrived yet, is not missed: the words are about the latest due whose day is over. */
    @Test
    void aDueOfTodayIsPassedOverForTheLatestWhoseDayIsOver() {
        List<PaymentPlan> monthly = List.of(new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 2), "CMS letter"));
        ArrearsSchedule paid = schedule(monthly, List.of(payment(10, 2), payment(11, 2)), List.of(), FeeRule.NONE);
        assertEquals(LineStatus.DUE_TODAY, paid.lines().get(2).status());
        assertEquals("None: the latest payment arrived in full", FigureWords.missedInARow(paid));
        ArrearsSchedule writtenOff = schedule(monthly, List.of(), List.of(new Adjustment(1, LocalDate.of(2026, 11, 20),
                AdjustmentKind.WRITE_OFF, Money.ofPounds(200), "")), FeeRule.NONE);
        assertEquals("None owed: the CMS wrote off what was left of the latest payment",
                FigureWords.missedInARow(writtenOff));
    }

    /** Under Collect and Pay the next due is stated before the fee, as "Owed now", the schedule and the letters do. */
    @Test
    void theNextDueIsBeforeTheFeeWithWhatArrivesAfterIt() {
        List<PaymentPlan> monthly = List.of(new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 1, 1), "CMS letter"));
        ArrearsSchedule collectAndPay = schedule(monthly, List.of(), List.of(), FeeRule.of(new BigDecimal("4")));
        assertEquals(Money.ofPounds(1200), collectAndPay.owedNow(), "twelve dues of £100, before the fee");
        assertEquals("£100.00 on Fri 1 Jan 2027 (£96.00 to you after the Collect and Pay fee). That is New Year's "
                + "Day, a bank holiday: on time if it arrives by Mon 4 Jan 2027.",
                FigureWords.nextDue(collectAndPay, TODAY));
        assertEquals("£100.00 on Fri 1 Jan 2027. That is New Year's Day, a bank holiday: on time if it arrives by "
                + "Mon 4 Jan 2027.",
                FigureWords.nextDue(schedule(monthly, List.of(), List.of(), FeeRule.NONE), TODAY));
        assertEquals("None: maintenance has stopped",
                FigureWords.nextDue(schedule(JAN_TO_MAR, List.of(), List.of(), FeeRule.NONE), TODAY));
    }

    /**
     * On a due's own day, before its money arrives, that due is the next payment due: not the one after it. Once it
     * has arrived in full, the next is the one after. (Wed 2 Dec 2026 is a working day.)
     */
    @Test
    void aDueOfTodayNotArrivedYetIsTheNextPaymentDue() {
        List<PaymentPlan> monthly = List.of(new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 2), "CMS letter"));
        ArrearsSchedule waiting = schedule(monthly, List.of(payment(10, 2), payment(11, 2)), List.of(), FeeRule.NONE);
        assertEquals(LineStatus.DUE_TODAY, waiting.lines().get(2).status());
        assertEquals("£100.00 on Wed 2 Dec 2026 (today)", FigureWords.nextDue(waiting, TODAY));
        ArrearsSchedule collectAndPay = schedule(monthly, List.of(payment(10, 2), payment(11, 2)), List.of(),
                FeeRule.of(new BigDecimal("4")));
        assertEquals("£100.00 on Wed 2 Dec 2026 (today; £96.00 to you after the Collect and Pay fee)",
                FigureWords.nextDue(collectAndPay, TODAY));
        ArrearsSchedule arrived = schedule(monthly, List.of(payment(10, 2), payment(11, 2), payment(12, 2)),
                List.of(), FeeRule.NONE);
        assertEquals("£100.00 on Sat 2 Jan 2027. That is a Saturday: on time if it arrives by Mon 4 Jan 2027.", FigureWords.nextDue(arrived, TODAY));
    }

    /**
     * A due on a Sunday is on time if it arrives by the Monday: on the Sunday it is due today, and on the Monday it
     * is still the payment awaited, not missed and not passed over for the next.
     */
    @Test
    void aDueOnAWeekendIsAwaitedUntilTheNextWorkingDay() {
        List<PaymentPlan> monthly = List.of(new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 11, 22), "CMS letter"));
        LocalDate sunday = LocalDate.of(2026, 11, 22);
        ArrearsSchedule onSunday = new ArrearsCalculator().calculate(monthly, List.of(), List.of(), sunday,
                FeeRule.NONE);
        assertEquals("£100.00 on Sun 22 Nov 2026 (today). On time if it arrives by Mon 23 Nov 2026.",
                FigureWords.nextDue(onSunday, sunday));
        LocalDate monday = sunday.plusDays(1);
        ArrearsSchedule onMonday = new ArrearsCalculator().calculate(monthly, List.of(), List.of(), monday,
                FeeRule.NONE);
        assertEquals(LineStatus.DUE_TODAY, onMonday.lines().get(0).status());
        assertEquals("£100.00 on Sun 22 Nov 2026. On time if it arrives today.", FigureWords.nextDue(onMonday, monday));
        ArrearsSchedule onTuesday = new ArrearsCalculator().calculate(monthly, List.of(), List.of(),
                monday.plusDays(1), FeeRule.NONE);
        assertEquals("£100.00 on Tue 22 Dec 2026", FigureWords.nextDue(onTuesday, monday.plusDays(1)),
                "missed once its on-time day is over: the next is the one after");
    }

    private static Payment payment(int month, int day) {
        return new Payment(month, LocalDate.of(2026, month, day), Money.ofPounds(100), PaymentMethod.BANK_TRANSFER,
                "", "");
    }

    /**
     * £100 a month on the 31st (30th in short months) from 31 Aug 2026, Aug and Sep paid. Saturday 31 Oct is on time
     * if it arrives by Monday 2 Nov: on that Monday it is not missed, so it is not owed at the start of the month,
     * as the Overview's "Owed now" and the letters leave it out.
     */
    @Test
    void aWeekendDueOnTimeByTodayIsNotOwedAtTheStartOfTheMonth() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(1, Money.ofPounds(100),
                        PaymentFrequency.MONTHLY, LocalDate.of(2026, 8, 31), "CMS letter")),
                List.of(paid(LocalDate.of(2026, 8, 31)), paid(LocalDate.of(2026, 9, 30))), List.of(), monday,
                FeeRule.NONE);
        assertEquals(LineStatus.DUE_TODAY, schedule.lines().get(2).status());
        assertEquals(Money.ZERO, schedule.owedOnPassedDues());
        assertEquals("£0.00", FigureWords.owedAtMonthStart(schedule, monday));
    }

    /**
     * £200 a month from Sat 31 Jan 2026, £250 from Thu 30 Apr 2026 (the 31st in April, offered by the plan form for a
     * new amount from 20 Apr): the next due after 2 Dec is Thu 31 Dec, not Wed 30 Dec.
     */
    @Test
    void aNewAmountFromTheShortenedDateKeepsThe31st() {
        List<PaymentPlan> plans = List.of(
                new PaymentPlan(1, Money.ofPounds(200), PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 31), "1"),
                new PaymentPlan(2, Money.ofPounds(250), PaymentFrequency.MONTHLY, LocalDate.of(2026, 4, 30), "2"));
        assertEquals("£250.00 on Thu 31 Dec 2026",
                FigureWords.nextDue(schedule(plans, List.of(), List.of(), FeeRule.NONE), TODAY));
    }

    private static Payment paid(LocalDate date) {
        return new Payment(0, date, Money.ofPounds(100), PaymentMethod.BANK_TRANSFER, "", "");
    }

    /**
     * Worked by hand (the checker's case 4): £100.00 due on the 10th from 10 Jan 2026 under Collect and Pay at 4%,
     * £96.00, £96.00 and £48.00 passed on for Jan, Feb and Mar; seen on Wed 2 Dec. Owed on the 11 dues Jan to Nov:
     * 1,100 - 250 = £850.00 before the fee. After it, each due less its own fee: Mar's £50.00 less £2.00 is £48.00,
     * Apr to Nov 8 x £96.00 = £768.00: £816.00, "about" as part of Mar's due is owed.
     */
    @Test
    void underCollectAndPayTheFiguresSayWhichSideOfTheFeeTheyAreOn() {
        ArrearsSchedule schedule = schedule(List.of(new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                        LocalDate.of(2026, 1, 10), "CMS letter")),
                List.of(cms(1, "96.00"), cms(2, "96.00"), cms(3, "48.00")), List.of(),
                FeeRule.of(new BigDecimal("4")));
        assertEquals(Money.ofPounds(850), schedule.owedOnPassedDues());
        assertEquals("Before the CMS fee: you should receive about £816.00 of it after the fee.",
                FigureWords.owedBasis(schedule));
        assertEquals("£48.00 on 10 Mar 2026 (reached you; £50.00 before the CMS fee)",
                FigureWords.lastPayment(schedule));
        ArrearsSchedule direct = clearedBy(AdjustmentKind.WRITE_OFF, 100);
        assertEquals("", FigureWords.owedBasis(direct), "no fee, nothing to say");
    }

    /**
     * Worked by hand: £100.00 due on the 10th from 10 Jan 2026 under Direct Pay, nothing paid, moved to Collect and
     * Pay on 1 Jul at 4%; seen on Wed 2 Dec. Owed £1,100.00: collected by the CMS, 11 x £96.00 = £1,056.00; with the
     * £600.00 of Jan to Jun paid directly, 600 + 5 x 96 = £1,080.00.
     */
    @Test
    void afterAMoveToCollectAndPayBothFiguresAfterTheFeeAreSaid() {
        ArrearsSchedule schedule = schedule(List.of(new PaymentPlan(1, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                        LocalDate.of(2026, 1, 10), "CMS letter")), List.of(), List.of(),
                FeeRule.of(new BigDecimal("4")).notUnderCollectAndPay().movedOn(LocalDate.of(2026, 7, 1), true));
        assertEquals("Before the CMS fee. If the CMS collects it all, you should receive about £1,056.00; about "
                + "£1,080.00 if the £600.00 from before Collect and Pay is paid to you directly.",
                FigureWords.owedBasis(schedule));
        // All of it from Direct Pay days (seen on 1 Jul, the day of the move: Jan to Jun owed).
        ArrearsSchedule allBefore = new ArrearsCalculator().calculate(List.of(new PaymentPlan(1,
                        Money.ofPounds(100), PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 10), "CMS letter")),
                List.of(), List.of(), LocalDate.of(2026, 7, 1),
                FeeRule.of(new BigDecimal("4")).notUnderCollectAndPay().movedOn(LocalDate.of(2026, 7, 1), true));
        assertEquals("Before the CMS fee. It all fell due before Collect and Pay: if the CMS collects it, you should "
                + "receive about £576.00; paid to you directly, all of it.", FigureWords.owedBasis(allBefore));
    }

    /**
     * Reviewer's case (today Sat 5 Dec 2026): "Next payment due £180.00 on Fri 1 Jan 2027" left out that New Year's
     * Day is a bank holiday, which the app's own rule counts on time by the next working day, Mon 4 Jan 2027.
     */
    @Test
    void aNextDueOnABankHolidaySaysTheDayItIsOnTimeBy() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        ArrearsSchedule monthly = new ArrearsCalculator().calculate(List.of(new PaymentPlan(1, Money.ofPounds(180),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 1), "CMS letter")), List.of(), List.of(), today,
                FeeRule.NONE);
        assertEquals("£180.00 on Fri 1 Jan 2027. That is New Year's Day, a bank holiday: on time if it arrives by "
                + "Mon 4 Jan 2027.", FigureWords.nextDue(monthly, today));
    }

    /**
     * Reviewer: "(Boxing Day (substitute day), a bank holiday: ...)" put the calendar's own brackets inside the
     * line's. The day off is said in a sentence of its own, after the amount and its date (and what reaches the
     * parent after the fee, in the line's only brackets); the holiday's name is the calendar's.
     */
    @Test
    void aNextDueOnASubstituteBankHolidayHasNoBracketsInsideBrackets() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        ArrearsSchedule monthly = new ArrearsCalculator().calculate(List.of(new PaymentPlan(1, Money.ofPounds(180),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 28), "CMS letter")), List.of(), List.of(), today,
                FeeRule.NONE);
        String said = FigureWords.nextDue(monthly, today);
        assertEquals("£180.00 on Mon 28 Dec 2026. That is Boxing Day (substitute day), a bank holiday: on time if it "
                + "arrives by Tue 29 Dec 2026.", said);
        ArrearsSchedule withFee = new ArrearsCalculator().calculate(List.of(new PaymentPlan(1, Money.ofPounds(180),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 28), "CMS letter")), List.of(), List.of(), today,
                FeeRule.of(new BigDecimal("4")));
        String saidWithFee = FigureWords.nextDue(withFee, today);
        assertEquals("£180.00 on Mon 28 Dec 2026 (£172.80 to you after the Collect and Pay fee). That is Boxing Day "
                + "(substitute day), a bank holiday: on time if it arrives by Tue 29 Dec 2026.", saidWithFee);
        for (String line : List.of(said, saidWithFee)) {
            int depth = 0;
            for (char c : line.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                org.junit.jupiter.api.Assertions.assertTrue(depth <= 1, "brackets inside brackets: " + line);
            }
        }
    }

    /** A due of a weekend: "That is a Saturday", a sentence of its own as for a bank holiday. */
    @Test
    void aNextDueOnAWeekendSaysSoInASentenceOfItsOwn() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        ArrearsSchedule monthly = new ArrearsCalculator().calculate(List.of(new PaymentPlan(1, Money.ofPounds(180),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 12), "CMS letter")), List.of(), List.of(), today,
                FeeRule.NONE);
        assertEquals("£180.00 on Sat 12 Dec 2026. That is a Saturday: on time if it arrives by Mon 14 Dec 2026.",
                FigureWords.nextDue(monthly, today));
    }

    /**
     * "Owed at the start of this month" left open whether a due of the 1st was in it: the caption names the day.
     * "Owed up to 30 Nov 2026" beside "Owed now" read as if it were the same dues counted another way (reviewer rv9:
     * £227.20 beside £162.90, a payment of 2 Dec between them): it is the balance at the end of that day, so said, and
     * its tooltip and screen-reader words say later payments are not taken off it.
     */
    @Test
    void theMonthFigureIsTheBalanceAtTheEndOfItsDay() {
        assertEquals("Owed at the end of 30 Nov 2026", FigureWords.owedAtEndOf(LocalDate.of(2026, 11, 30)));
        assertEquals("What was owed when 30 Nov 2026 ended. Payments that arrived after that day are not taken off "
                + "it.", FigureWords.owedAtEndOfNote(LocalDate.of(2026, 11, 30)));
    }

    private static Payment cms(int month, String amount) {
        return new Payment(0, LocalDate.of(2026, month, 10), Money.of(new BigDecimal(amount)),
                PaymentMethod.THROUGH_CMS, "", "");
    }

    /**
     * Found by a reviewer: "Owed at the end of 31 Dec 2025: £0.00" on a case whose first due is 7 Sep 2026. A day
     * before the first due has nothing to count: its row is left out.
     */
    @org.junit.jupiter.api.Test
    void aDayBeforeTheFirstDueHasNoRow() {
        ArrearsSchedule fromSeptember = schedule(List.of(new PaymentPlan(1, Money.ofPounds(45),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 9, 7), "CMS letter")), List.of(), List.of(), FeeRule.NONE);
        org.junit.jupiter.api.Assertions.assertFalse(FigureWords.counted(fromSeptember, LocalDate.of(2025, 12, 31)));
        org.junit.jupiter.api.Assertions.assertFalse(FigureWords.counted(fromSeptember, LocalDate.of(2026, 9, 6)));
        org.junit.jupiter.api.Assertions.assertTrue(FigureWords.counted(fromSeptember, LocalDate.of(2026, 9, 7)));
        org.junit.jupiter.api.Assertions.assertTrue(FigureWords.counted(fromSeptember, LocalDate.of(2026, 11, 30)));
    }
}
