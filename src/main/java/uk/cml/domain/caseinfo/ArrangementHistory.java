package uk.cml.domain.caseinfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * How a case's maintenance has been arranged over time: each arrangement is in force from its date (the day the CMS
 * moved the case, from its letter) until the next. {@link LocalDate#MIN} stands for "from the start". A move is a
 * new period, never an overwrite, so dues before it keep the arrangement they were due under.
 *
 * @param from the arrangement in force from each date (inclusive); never empty
 */
public record ArrangementHistory(NavigableMap<LocalDate, Arrangement> from) {

    /** One arrangement, unchanged since the start: a period as it is shown. */
    public record Period(LocalDate starts, Arrangement arrangement) {

        /** Whether this period has been in force since the case began. */
        public boolean fromTheStart() {
            return starts.equals(LocalDate.MIN);
        }
    }

    public ArrangementHistory {
        TreeMap<LocalDate, Arrangement> copy = new TreeMap<>(Objects.requireNonNull(from, "from"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("A case always has an arrangement");
        }
        from = Collections.unmodifiableNavigableMap(copy);
    }

    /** A case that has had one arrangement since the start. */
    public static ArrangementHistory since(Arrangement arrangement) {
        return new ArrangementHistory(new TreeMap<>(Map.of(LocalDate.MIN, arrangement)));
    }

    /** This history with the case moved to {@code arrangement} from {@code date} (the same day: corrected). */
    public ArrangementHistory movedOn(LocalDate date, Arrangement arrangement) {
        TreeMap<LocalDate, Arrangement> copy = new TreeMap<>(from);
        copy.put(date, arrangement);
        return new ArrangementHistory(copy);
    }

    /** The arrangement in force on {@code date}; before the first period, the first one. */
    public Arrangement on(LocalDate date) {
        Map.Entry<LocalDate, Arrangement> entry = from.floorEntry(date);
        return (entry == null ? from.firstEntry() : entry).getValue();
    }

    /** The latest arrangement: with no moves in the future, the one in force today. */
    /** Whether the CMS has had a part in the case at any time: false for one only ever a private arrangement. */
    public boolean everWithCms() {
        return from.values().stream().anyMatch(Arrangement::involvesCms);
    }

    public Arrangement latest() {
        return from.lastEntry().getValue();
    }

    /** The periods oldest first, a period with the same arrangement as the one before it merged into it. */
    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (Map.Entry<LocalDate, Arrangement> entry : from.entrySet()) {
            if (periods.isEmpty() || periods.get(periods.size() - 1).arrangement() != entry.getValue()) {
                periods.add(new Period(entry.getKey(), entry.getValue()));
            }
        }
        return List.copyOf(periods);
    }

    /** The day the latest arrangement began ({@link LocalDate#MIN}: from the start). */
    public LocalDate latestSince() {
        List<Period> periods = periods();
        return periods.get(periods.size() - 1).starts();
    }

    /** Whether the case has moved from one arrangement to another at least once. */
    public boolean hasMoved() {
        return periods().size() > 1;
    }

    /**
     * Whether the latest move's day could be corrected to {@code date}: there is a move, and the day comes after
     * every change recorded before it.
     */
    public boolean redatable(LocalDate date) {
        return hasMoved() && date.isAfter(beforeLatestMove());
    }

    /** The last day on which a change before the latest move is recorded (the latest move must come after it). */
    public LocalDate beforeLatestMove() {
        LocalDate before = from.lowerKey(latestSince());
        return before == null ? LocalDate.MIN : before;
    }

    /**
     * The arrangements in words, as the Case page and the evidence pack show them: "CMS Direct Pay", or "CMS Collect
     * and Pay until 31 Mar 2026, then CMS Direct Pay from 1 Apr 2026". A period with the same arrangement as the one
     * before it adds nothing and is left out.
     */
    public String describe() {
        List<Period> periods = periods();
        Period latest = periods.get(periods.size() - 1);
        if (periods.size() == 1) {
            return latest.arrangement().label();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < periods.size(); i++) {
            parts.add(Words.text("caseinfo.feeHistory.until", periods.get(i).arrangement().label(),
                    UkFormats.shortDate(periods.get(i + 1).starts().minusDays(1))));
        }
        return Words.text("caseinfo.feeHistory.then", String.join(", ", parts),
                Words.text("caseinfo.arrangementMove.from", latest.arrangement().label(),
                        UkFormats.shortDate(latest.starts())));
    }

    /**
     * From each date, whether the CMS can collect what fell due then: not under a private arrangement, whose arrears
     * the CMS cannot collect (seed 000), so they are never counted less its fee.
     */
    public NavigableMap<LocalDate, Boolean> cmsCanCollectFrom() {
        TreeMap<LocalDate, Boolean> map = new TreeMap<>();
        from.forEach((date, arrangement) -> map.put(date, arrangement != Arrangement.PRIVATE));
        return map;
    }

    /** From each date, whether the case was under Collect and Pay (for the fee on dues). */
    public NavigableMap<LocalDate, Boolean> collectAndPayFrom() {
        TreeMap<LocalDate, Boolean> map = new TreeMap<>();
        from.forEach((date, arrangement) -> map.put(date, arrangement == Arrangement.COLLECT_AND_PAY));
        return map;
    }
}
