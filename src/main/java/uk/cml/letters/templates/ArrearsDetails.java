package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.ScheduleLine;

/**
 * The arrears figures a letter quotes: the missed and part-paid dues (oldest first), what is owed now, and the
 * latest figure the CMS confirmed, if any.
 */
public record ArrearsDetails(List<ScheduleLine> shortLines, Money owedNow, LocalDate asOf,
        Optional<CmsDifference> cmsFigure) {

    public static final ArrearsDetails NONE = new ArrearsDetails(List.of(), Money.ZERO, null, Optional.empty());

    private static final Set<LineStatus> SHORT = Set.of(LineStatus.MISSED, LineStatus.PART_PAID);

    public ArrearsDetails {
        shortLines = List.copyOf(shortLines);
        owedNow = owedNow == null ? Money.ZERO : owedNow;
        cmsFigure = cmsFigure == null ? Optional.empty() : cmsFigure;
    }

    /** Takes every due still missed or part paid at the schedule's date. */
    public static ArrearsDetails from(ArrearsSchedule schedule) {
        List<ScheduleLine> lines = schedule.lines().isEmpty() ? List.of()
                : schedule.lines(schedule.lines().get(0).date(), schedule.asOf(), SHORT);
        return new ArrearsDetails(lines, schedule.owedNow(), schedule.asOf(), schedule.cmsDifference());
    }

    public boolean hasShortLines() {
        return !shortLines.isEmpty();
    }

    /** What is still owed on the missed and part-paid dues listed. */
    public Money shortTotal() {
        Money total = Money.ZERO;
        for (ScheduleLine line : shortLines) {
            total = total.plus(line.shortBy());
        }
        return total;
    }
}
