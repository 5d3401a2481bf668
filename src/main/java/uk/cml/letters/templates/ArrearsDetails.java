package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.arrears.SettlementStatus;

/**
 * The arrears figures a letter quotes: every due of the recent months with what arrived for it (oldest first), what
 * is owed now, what is still owed on dues before those months, the oldest due still owed, and the latest figure the
 * CMS gave, if any.
 *
 * @param lines        the dues from {@code since} to {@code asOf}, each with what arrived for it
 * @param owedEarlier  still owed on dues before {@code since}
 * @param settlementDue the part of an agreed settlement that has not arrived
 * @param oldestShort  the date of the oldest due in the whole schedule still owed something (the same schedule the
 *                     arrears tables and the evidence pack show), or null when none is or it is not known
 * @param received     each payment received from {@code since} to {@code asOf}, once, and where that money went;
 *                     {@link MoneyReceived#NONE} when the figures were given without the schedule
 */
public record ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
        Money owedEarlier, Money settlementDue, Optional<CmsDifference> cmsFigure, LocalDate oldestShort,
        MoneyReceived received) {

    public static final ArrearsDetails NONE = new ArrearsDetails(List.of(), Money.ZERO, null, null, Money.ZERO,
            Money.ZERO, Optional.empty(), null);

    /** A letter lists the dues of about this many months; older arrears are given as one figure. */
    static final int MONTHS_LISTED = 3;

    public ArrearsDetails {
        lines = List.copyOf(lines);
        owedNow = owedNow == null ? Money.ZERO : owedNow;
        owedEarlier = owedEarlier == null ? Money.ZERO : owedEarlier;
        settlementDue = settlementDue == null ? Money.ZERO : settlementDue;
        cmsFigure = cmsFigure == null ? Optional.empty() : cmsFigure;
        received = received == null ? MoneyReceived.NONE : received;
    }

    /** Figures without the payments received (no list of payments is printed). */
    public ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
            Money owedEarlier, Money settlementDue, Optional<CmsDifference> cmsFigure, LocalDate oldestShort) {
        this(lines, owedNow, asOf, since, owedEarlier, settlementDue, cmsFigure, oldestShort, MoneyReceived.NONE);
    }

    /**
     * Figures without the whole schedule: the oldest due still owed is the first short one listed only when nothing
     * is owed on earlier dues; otherwise it is not known.
     */
    public ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
            Money owedEarlier, Money settlementDue, Optional<CmsDifference> cmsFigure) {
        this(lines, owedNow, asOf, since, owedEarlier, settlementDue, cmsFigure,
                owedEarlier != null && owedEarlier.isPositive() ? null : firstShort(lines));
    }

    /** The dues of the last {@link #MONTHS_LISTED} months at the schedule's date. */
    public static ArrearsDetails from(ArrearsSchedule schedule) {
        LocalDate cutOff = schedule.asOf().minusMonths(MONTHS_LISTED).plusDays(1);
        List<ScheduleLine> all = schedule.lines();
        List<ScheduleLine> recent = schedule.lines(cutOff, schedule.asOf(), java.util.EnumSet.allOf(LineStatus.class));
        Money earlier = schedule.missedTotal(LocalDate.MIN, cutOff.minusDays(1));
        Money settlement = schedule.settlement().map(SettlementStatus::stillToArrive).orElse(Money.ZERO);
        // "Since" is where the first listed due's period begins, so the money counted "since" then truly arrived
        // since then (the very first due also counts money paid before it).
        int first = all.size() - recent.size();
        LocalDate since = recent.isEmpty() ? cutOff : first > 0 ? all.get(first - 1).periodEnd().plusDays(1)
                : schedule.payments().stream().map(p -> p.date()).filter(d -> d.isBefore(all.get(0).date()))
                        .findFirst().orElse(all.get(0).date());
        return new ArrearsDetails(recent, schedule.owedNow(), schedule.asOf(), since, earlier,
                settlement.max(Money.ZERO), schedule.cmsDifference(), firstShort(all),
                MoneyReceived.of(schedule, since, cutOff));
    }

    private static LocalDate firstShort(List<ScheduleLine> lines) {
        return lines.stream().filter(line -> line.status().isShort()).map(ScheduleLine::date).findFirst()
                .orElse(null);
    }

    /** The dues listed that are still owed something by what arrived for them. */
    public List<ScheduleLine> shortLines() {
        return lines.stream().filter(line -> line.status().isShort()).toList();
    }

    public boolean hasShortLines() {
        return lines.stream().anyMatch(line -> line.status().isShort());
    }

    /** What the dues listed were paid, from money received in the period and money paid ahead before it. */
    public Money paidTotal() {
        Money total = Money.ZERO;
        for (ScheduleLine line : lines) {
            total = total.plus(line.received());
        }
        return total;
    }

    /** What write-offs, offsets and settlements cleared on the dues listed. */
    public Money clearedTotal() {
        Money total = Money.ZERO;
        for (ScheduleLine line : lines) {
            total = total.plus(line.cleared());
        }
        return total;
    }

    /** What is still owed on the dues listed. */
    public Money shortTotal() {
        Money total = Money.ZERO;
        for (ScheduleLine line : lines) {
            total = total.plus(line.shortBy());
        }
        return total;
    }
}
