package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.cml.domain.Money;

/**
 * A payment worth about two or more dues that the parent has not said which due it was for, and where the app's
 * matching put it: by date ({@link DueMatcher}) the money goes to the due whose period it arrived in, then to the
 * oldest due still owed (the general rule of appropriation), which may not be what the payer meant (£85 for two
 * missed weeks of £42.50 pays this week and the older miss, leaving last week's miss "Nothing received"). The parent
 * can say which due a payment was for, but one due only ({@link Payment#forDue()}): that due is paid first, the rest
 * by date. So, where a newer due is still owed that the app did not pay, this also works out what choosing it would
 * do, by the same matching.
 *
 * @param counted     the payment as counted against the dues (before any Collect and Pay fee)
 * @param dueEach     the due of the period the payment arrived in (the first due, for money before it)
 * @param worth       how many such dues the payment comes to, to the nearest whole one
 * @param exact       whether it is exactly {@code worth} dues
 * @param byDate      where the app put it
 * @param newerChoice the most recent due before the payment's own that is still owed and that the app did not pay
 *                    with it (the app pays the oldest first, so it is newer than those it paid), and where the money
 *                    would go were it chosen; empty when the app paid every earlier due still owed
 */
public record SeveralDues(Money counted, Money dueEach, long worth, boolean exact, PaymentSpread byDate,
        Optional<Choice> newerChoice) {

    /** Choosing {@code due} under "This payment was for" would spread the payment like this. */
    public record Choice(LocalDate due, PaymentSpread spread) {
    }

    /** "About two or more": at least 1.8 dues, so £80 for two of £42.50 counts and £60 does not. */
    static final long AT_LEAST_TENTHS = 18;

    /**
     * The payment {@code payment} (typed, or saved and opened), when it is worth about two or more dues and has no
     * due chosen; empty otherwise, or when another payment of the same day and amount makes it impossible to tell
     * which money is which.
     *
     * @param recorded     the payments saved; one with {@code payment}'s id is replaced by it (a correction)
     * @param scheduleWith the schedule worked out with the payments given (the same plans, adjustments and date)
     */
    public static Optional<SeveralDues> of(Payment payment, List<Payment> recorded,
            Function<List<Payment>, ArrearsSchedule> scheduleWith) {
        if (payment.forDue().isPresent()) {
            return Optional.empty();
        }
        List<Payment> others = recorded.stream().filter(p -> payment.id() == 0 || p.id() != payment.id()).toList();
        if (others.stream().anyMatch(p -> p.date().equals(payment.date()) && p.amount().equals(payment.amount()))) {
            return Optional.empty();
        }
        ArrearsSchedule schedule = scheduleWith.apply(with(others, payment));
        PaymentSpread byDate = PaymentSpread.of(schedule, payment.date(), payment.amount());
        Optional<ScheduleLine> own = schedule.lines().stream()
                .filter(line -> !line.periodEnd().isBefore(payment.date())).findFirst();
        // Dated after the schedule, no dues to be worth, or all kept for dues to come ("Paid in advance"): no due
        // was taken to be paid by it, so there is nothing to put right.
        if (byDate.dues().isEmpty() || own.isEmpty() || !own.get().due().isPositive()) {
            return Optional.empty();
        }
        long due = own.get().due().pence();
        long counted = byDate.whole().pence();
        if (counted * 10 < AT_LEAST_TENTHS * due) {
            return Optional.empty();
        }
        long worth = (counted + due / 2) / due;
        Optional<Choice> newer = newestStillOwed(schedule, own.get().date(), byDate.dues()).map(date -> new Choice(
                date, PaymentSpread.of(scheduleWith.apply(with(others, payment.linkedTo(Optional.of(date)))),
                        payment.date(), payment.amount())));
        return Optional.of(new SeveralDues(byDate.whole(), own.get().due(), worth, counted == worth * due, byDate,
                newer));
    }

    /**
     * The most recent due before {@code before} still owed (nothing or part received) that the payment did not
     * count towards ({@code paid}): the one a payment meant for "last week" leaves unpaid when the app pays the
     * oldest first.
     */
    private static Optional<LocalDate> newestStillOwed(ArrearsSchedule schedule, LocalDate before,
            List<LocalDate> paid) {
        List<ScheduleLine> lines = schedule.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            ScheduleLine line = lines.get(i);
            if (line.date().isBefore(before) && line.status().isShort() && !paid.contains(line.date())) {
                return Optional.of(line.date());
            }
        }
        return Optional.empty();
    }

    private static List<Payment> with(List<Payment> others, Payment payment) {
        List<Payment> all = new ArrayList<>(others);
        all.add(payment);
        return all;
    }
}
