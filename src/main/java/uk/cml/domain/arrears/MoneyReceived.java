package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.List;
import uk.cml.domain.Money;

/**
 * The payments received from a date to the schedule's date, each once, and where that money went, so a table of
 * dues ("paid towards it") and a list of payments (as the bank statement shows them) can be added up against each
 * other. Amounts other than {@link #onStatement()} are as counted against the dues (before any Collect and Pay fee).
 *
 * <p>counted = toDuesListed + toEarlierDues + toSettlement + keptAsCredit, and what the dues listed were paid in
 * all is toDuesListed + paidBeforeToDuesListed.
 *
 * @param payments              every payment from {@code from} to the schedule's date, oldest first
 * @param counted               their total as counted against the dues
 * @param onStatement           their total as received (the bank statement's figure)
 * @param toDuesListed          of that money, what paid the dues dated on or after {@code firstDue}
 * @param toEarlierDues         of that money, what paid dues dated before {@code firstDue}
 * @param toSettlement          of that money, what paid an agreed settlement
 * @param keptAsCredit          of that money, what is still held for dues not yet due
 * @param paidBeforeToDuesListed money received before {@code from} (paid ahead) that paid the dues listed
 */
public record MoneyReceived(List<ReceivedPayment> payments, Money counted, Money onStatement, Money toDuesListed,
        Money toEarlierDues, Money toSettlement, Money keptAsCredit, Money paidBeforeToDuesListed) {

    /** Nothing known: no payments were looked at. */
    public static final MoneyReceived NONE = new MoneyReceived(List.of(), Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public MoneyReceived {
        payments = List.copyOf(payments);
    }

    /**
     * Splits the money received from {@code from} to the schedule's date between the dues dated on or after
     * {@code firstDue}, older dues, a settlement and credit, by the same matching as the schedule's lines.
     */
    public static MoneyReceived of(ArrearsSchedule schedule, LocalDate from, LocalDate firstDue) {
        List<ReceivedPayment> payments = schedule.received(from, schedule.asOf());
        long counted = 0;
        long statement = 0;
        for (ReceivedPayment p : payments) {
            counted += p.counted().pence();
            statement += p.received().pence();
        }
        long listed = 0;
        long earlier = 0;
        long before = 0;
        for (ScheduleLine line : schedule.lines()) {
            boolean isListed = !line.date().isBefore(firstDue);
            for (Arrival arrival : line.arrivals()) {
                boolean inRange = !arrival.date().isBefore(from);
                long pence = arrival.counted().pence();
                if (arrival.how() == Arrival.How.SETTLEMENT && inRange) {
                    continue; // paid the settlement: the rest below, whichever dues it covers
                }
                if (isListed && inRange) {
                    listed += pence;
                } else if (isListed) {
                    before += pence;
                } else if (inRange) {
                    earlier += pence;
                }
            }
        }
        long rest = counted - listed - earlier;
        // Credit is used oldest first, so what is still held is the newest money: this period's, up to the rest.
        long credit = Math.min(rest, Math.max(0, -schedule.owedNow().pence()));
        return new MoneyReceived(payments, Money.ofPence(counted), Money.ofPence(statement), Money.ofPence(listed),
                Money.ofPence(earlier), Money.ofPence(rest - credit), Money.ofPence(credit), Money.ofPence(before));
    }

    /**
     * Whether the parent said which due any of these payments was for, so they were not all matched by date alone.
     */
    public boolean anyLinked() {
        return payments.stream().anyMatch(p -> p.forDue().isPresent());
    }

    /** Whether any payment's bank figure differs from what it counted for (a Collect and Pay fee was taken). */
    public boolean feeTaken() {
        return payments.stream().anyMatch(ReceivedPayment::feeTaken);
    }
}
