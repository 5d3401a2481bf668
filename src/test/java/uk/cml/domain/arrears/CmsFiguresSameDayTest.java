package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * Two CMS figures as at the same day (5 Jan 2026, £50 weekly from then): the latest figure, the one every screen,
 * letter and the pack take, is the CMS's later statement, never the order the figures come in.
 */
@DisplayName("Two CMS figures as at one day: the later statement is the latest figure")
class CmsFiguresSameDayTest {

    private static Adjustment figure(long id, String pounds, Optional<String> letterDated) {
        return new Adjustment(id, d("2026-01-05"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m(pounds), "",
                FeeBasis.BEFORE_FEE, letterDated.map(Build::d));
    }

    private static Money latest(List<Adjustment> figures) {
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")), List.of(), figures,
                "2026-01-20");
        return schedule.cmsDifference().orElseThrow().cmsFigure();
    }

    @Test
    @DisplayName("the letter dated later wins, in either order given")
    void letterDatedLaterWins() {
        Adjustment earlier = figure(2, "40.00", Optional.of("2026-01-09"));
        Adjustment later = figure(1, "50.00", Optional.of("2026-01-16"));
        assertEquals(m("50.00"), latest(List.of(earlier, later)));
        assertEquals(m("50.00"), latest(List.of(later, earlier)), "logged first, but the CMS's later word");
    }

    @Test
    @DisplayName("with the same letter date, the one recorded later wins, in either order given")
    void sameLetterDateRecordedLaterWins() {
        Adjustment first = figure(1, "40.00", Optional.of("2026-01-09"));
        Adjustment second = figure(2, "50.00", Optional.of("2026-01-09"));
        assertEquals(m("50.00"), latest(List.of(first, second)));
        assertEquals(m("50.00"), latest(List.of(second, first)));
    }

    @Test
    @DisplayName("a figure typed in with no letter counts as stated on its own day")
    void typedFigureIsStatedOnItsOwnDay() {
        Adjustment typed = figure(3, "40.00", Optional.empty());
        Adjustment fromLetter = figure(1, "50.00", Optional.of("2026-01-09"));
        assertEquals(m("50.00"), latest(List.of(fromLetter, typed)));
        assertEquals(List.of(m("40.00"), m("50.00")), Build.schedule(List.of(weekly("50.00", "2026-01-05")),
                List.of(), List.of(fromLetter, typed), "2026-01-20").cmsDifferences().stream()
                .map(CmsDifference::cmsFigure).toList(), "oldest statement first, as the pack lists them");
    }
}
