package uk.cml.domain.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.Money;

/** Short builders so each test case reads like the hand-worked table in its comment. */
final class Build {

    private Build() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Money m(String pounds) {
        return Money.of(new BigDecimal(pounds));
    }

    static PaymentPlan plan(String pounds, PaymentFrequency frequency, String firstDue) {
        return new PaymentPlan(0, m(pounds), frequency, d(firstDue), "Test plan");
    }

    static PaymentPlan weekly(String pounds, String firstDue) {
        return plan(pounds, PaymentFrequency.WEEKLY, firstDue);
    }

    static PaymentPlan stopped(String from) {
        return PaymentPlan.stopped(0, d(from), "Stopped");
    }

    static Payment pay(String date, String pounds) {
        return new Payment(0, d(date), m(pounds), PaymentMethod.BANK_TRANSFER, "", "");
    }

    static Adjustment adjust(String date, AdjustmentKind kind, String pounds) {
        return new Adjustment(0, d(date), kind, m(pounds), "");
    }

    static ArrearsSchedule schedule(List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments,
            String asOf) {
        return new ArrearsCalculator().calculate(plans, payments, adjustments, d(asOf), FeeRule.NONE);
    }

    /** Money passed on by the CMS under Collect and Pay (after its fee). */
    static Payment viaCms(String date, String pounds) {
        return new Payment(0, d(date), m(pounds), PaymentMethod.THROUGH_CMS, "", "");
    }

    /**
     * Each due as "date | status | received | short | balance", so an expected table can be written by hand:
     * received is everything counted for the due, short what is still owed on it, balance the arrears at the end
     * of the day before the next due (the latest due's: the schedule's date).
     */
    static List<String> rows(ArrearsSchedule schedule) {
        List<String> rows = new ArrayList<>();
        for (ScheduleLine line : schedule.lines()) {
            rows.add(line.date() + " | " + line.statusText() + " | " + line.received().toPlainString() + " | "
                    + line.shortBy().toPlainString() + " | " + line.balanceAfter().toPlainString());
        }
        return rows;
    }

    /** What arrived for each due, in words, as the Payments page shows it (letters and the pack print each payment once instead). */
    static List<String> arrived(ArrearsSchedule schedule) {
        return schedule.lines().stream().map(ScheduleLine::arrivedText).toList();
    }
}
