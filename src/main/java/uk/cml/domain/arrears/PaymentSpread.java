package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.cml.domain.Money;

/**
 * Where one payment's money went in a schedule: the dues it counted towards, oldest first (those an agreed
 * settlement covers, for money that paid it), and what was left over for later dues. A payment is found among the
 * dues' arrivals by its date and the amount that reached the parent, so two payments of the same amount on the same
 * day show the dues of both.
 *
 * @param dues    the dues it counted towards, oldest first
 * @param counted what of it counted towards those dues (before any Collect and Pay fee)
 * @param whole   the whole payment, counted the same way; zero when it was not found (dated after the schedule)
 * @param mainFirst the same dues, the one most of it counted towards first (the due it was mainly for), then the
 *                rest oldest first; oldest first when no one due had more of it than every other
 */
public record PaymentSpread(List<LocalDate> dues, Money counted, Money whole, List<LocalDate> mainFirst) {

    public PaymentSpread {
        dues = List.copyOf(dues);
        mainFirst = mainFirst == null ? dues : List.copyOf(mainFirst);
    }

    public PaymentSpread(List<LocalDate> dues, Money counted, Money whole) {
        this(dues, counted, whole, null);
    }

    /**
     * For asking of many payments of one schedule whether each counted towards a due, as {@link #of}'s {@code dues}
     * says it: the schedule is read once here, where {@link #of} reads all of it for each payment (for years of weekly
     * payments, most of the time quick entry's words took to check at each reading of the Overview).
     */
    public static final class CountedFor {
        private final Map<LocalDate, Map<Money, Set<LocalDate>>> dues = new HashMap<>();

        private CountedFor(ArrearsSchedule schedule) {
            for (ScheduleLine line : schedule.lines()) {
                for (Arrival arrival : line.arrivals()) {
                    if (arrival.counted().isPositive()) {
                        dues.computeIfAbsent(arrival.date(), d -> new HashMap<>())
                                .computeIfAbsent(arrival.received(), m -> new HashSet<>()).add(line.date());
                    }
                }
            }
        }

        /** Whether any of the payment on {@code date} of {@code received} counted towards the due of {@code due}. */
        public boolean counted(LocalDate date, Money received, LocalDate due) {
            return dues.getOrDefault(date, Map.of()).getOrDefault(received, Set.of()).contains(due);
        }
    }

    /** {@link CountedFor} of {@code schedule}. */
    public static CountedFor countedFor(ArrearsSchedule schedule) {
        return new CountedFor(schedule);
    }

    /** Where the payment on {@code date} of {@code received} (as on the bank statement) went in {@code schedule}. */
    public static PaymentSpread of(ArrearsSchedule schedule, LocalDate date, Money received) {
        List<LocalDate> dues = new ArrayList<>();
        java.util.Map<LocalDate, Long> byDue = new java.util.HashMap<>();
        long counted = 0;
        long whole = 0;
        for (ScheduleLine line : schedule.lines()) {
            for (Arrival arrival : line.arrivals()) {
                if (arrival.date().equals(date) && arrival.received().equals(received)) {
                    whole = arrival.whole().pence();
                    if (arrival.counted().isPositive()) {
                        counted += arrival.counted().pence();
                        byDue.merge(line.date(), arrival.counted().pence(), Long::sum);
                        if (!dues.contains(line.date())) {
                            dues.add(line.date());
                        }
                    }
                }
            }
        }
        dues.sort(null);
        List<LocalDate> mainFirst = new ArrayList<>(dues);
        long most = byDue.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (byDue.values().stream().filter(v -> v == most).count() == 1) {
            LocalDate main = byDue.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow()
                    .getKey();
            mainFirst.remove(main);
            mainFirst.add(0, main);
        }
        return new PaymentSpread(dues, Money.ofPence(counted), Money.ofPence(whole), mainFirst);
    }

    /**
     * What of the payment did not go to a due: kept for later dues. Money that pays an agreed settlement is counted
     * towards the dues the settlement covers, so it is among {@link #dues()}, never left over.
     */
    public Money left() {
        return whole.minus(counted).max(Money.ZERO);
    }
}
