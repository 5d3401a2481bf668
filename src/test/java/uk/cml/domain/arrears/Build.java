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

    /**
     * Each line as "date status due= got= cleared= short= bal=", leaving out amounts that are zero (except the
     * balance), so an expected table can be written by hand.
     */
    static List<String> rows(ArrearsSchedule schedule) {
        List<String> rows = new ArrayList<>();
        for (ScheduleLine line : schedule.lines()) {
            StringBuilder row = new StringBuilder(line.date() + " " + line.statusText());
            append(row, "due", line.due());
            append(row, "got", line.received());
            append(row, "cleared", line.cleared());
            append(row, "short", line.shortBy());
            rows.add(row.append(" bal=").append(line.balanceAfter().toPlainString()).toString());
        }
        return rows;
    }

    private static void append(StringBuilder row, String name, Money amount) {
        if (!amount.isZero()) {
            row.append(' ').append(name).append('=').append(amount.toPlainString());
        }
    }
}
