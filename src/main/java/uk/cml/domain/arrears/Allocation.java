package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.cml.domain.Money;

/**
 * The running state of one calculation: money pays the oldest unpaid due first; money beyond every due so far
 * waits as credit for the next dues. Because allocation always goes oldest first, the dues still owed something
 * are always a run from {@code oldestOpen} to the latest due, so each due is opened and closed once: linear.
 */
final class Allocation {

    private final List<Due> dues;
    private final long[] received;
    private final long[] cleared;
    private final LocalDate[] completedOn;
    private final AdjustmentKind[] clearedBy;
    private int fallen;
    private int oldestOpen;
    private long credit;
    private LocalDate creditDate;
    private long balance;
    /** Dues of one plan at one fee read the same, and Money.format is slow, so each text is built once. */
    private final Map<List<Object>, String> descriptions = new HashMap<>();

    Allocation(List<Due> dues) {
        this.dues = dues;
        this.received = new long[dues.size()];
        this.cleared = new long[dues.size()];
        this.completedOn = new LocalDate[dues.size()];
        this.clearedBy = new AdjustmentKind[dues.size()];
    }

    long balance() {
        return balance;
    }

    /** The next due falls due; earlier credit pays it if nothing older is still owed. */
    void fallDue() {
        int i = fallen++;
        long expected = dues.get(i).expected().pence();
        balance += expected;
        if (oldestOpen < i) {
            return; // older dues are still owed, so there is no credit
        }
        long take = Math.min(credit, expected);
        received[i] += take;
        credit -= take;
        if (take == expected) {
            completedOn[i] = expected == 0 ? dues.get(i).date() : creditDate;
            oldestOpen = i + 1;
        }
    }

    void pay(LocalDate date, long amount) {
        balance -= amount;
        long left = amount;
        while (left > 0 && oldestOpen < fallen) {
            int i = oldestOpen;
            long take = Math.min(left, outstanding(i));
            received[i] += take;
            left -= take;
            if (outstanding(i) == 0) {
                completedOn[i] = date;
                oldestOpen++;
            }
        }
        if (left > 0) {
            credit += left;
            creditDate = date;
        }
    }

    /** Clears up to {@code amount} of what is owed, oldest first; returns what was actually cleared. */
    long clear(long amount, AdjustmentKind kind) {
        long left = amount;
        while (left > 0 && oldestOpen < fallen) {
            int i = oldestOpen;
            long take = Math.min(left, outstanding(i));
            cleared[i] += take;
            clearedBy[i] = kind;
            left -= take;
            if (outstanding(i) == 0) {
                oldestOpen++;
            }
        }
        balance -= amount - left;
        return amount - left;
    }

    /** Clears everything owed on dues so far (a part payment in full and final settlement). */
    long settle() {
        return clear(Long.MAX_VALUE, AdjustmentKind.PART_PAYMENT_SETTLEMENT);
    }

    ScheduleLine line(int i, long balanceAfter) {
        Due due = dues.get(i);
        long owed = outstanding(i);
        LineStatus status;
        long daysLate = 0;
        if (owed > 0) {
            status = received[i] > 0 ? LineStatus.PART_PAID : LineStatus.MISSED;
        } else if (clearedBy[i] != null) {
            status = LineStatus.clearedBy(clearedBy[i]);
        } else if (completedOn[i].isAfter(due.date())) {
            status = LineStatus.PAID_LATE;
            daysLate = ChronoUnit.DAYS.between(due.date(), completedOn[i]);
        } else {
            status = LineStatus.PAID;
        }
        String description = descriptions.computeIfAbsent(List.of(due.amount(), due.fee(), due.frequency()),
                key -> describe(due));
        return new ScheduleLine(due.date(), status, description, due.expected(), due.fee(),
                Money.ofPence(received[i]), Money.ofPence(cleared[i]), Money.ofPence(owed),
                Money.ofPence(balanceAfter), daysLate, due.planId());
    }

    private long outstanding(int i) {
        return dues.get(i).expected().pence() - received[i] - cleared[i];
    }

    private static String describe(Due due) {
        String text = "Maintenance due (" + due.frequency().label().toLowerCase(java.util.Locale.UK) + ")";
        if (due.fee().isZero()) {
            return text;
        }
        return text + ": " + due.amount().format() + " less " + due.fee().format() + " Collect and Pay fee";
    }
}
