package uk.cml.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;

class TimelineFilterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Two sources, each oldest first, so only gathering's own sort puts them newest first. */
    static final List<TimelineRow> ROWS = TimelineView.gather(List.of(caseId -> List.of(
            entry(TimelineKind.CALL, 200, "Call with Dan", "Said the case is with the enforcement team"),
            entry(TimelineKind.CALL, 2, "Call with Priya", "They promised a letter about the arrears")),
            caseId -> List.of(
            entry(TimelineKind.NOTE, 40, "Effect on the child: school uniform", "No money for Mia's uniform"))), 1);

    static TimelineEntry entry(TimelineKind kind, int daysAgo, String title, String detail) {
        LocalDateTime when = TODAY.minusDays(daysAgo).atTime(9, 30);
        return new TimelineEntry(kind, when, when, title, detail, daysAgo);
    }

    private static List<Long> ids(String typed, Optional<TimelineKind> kind, TimelinePeriod period) {
        return ROWS.stream().filter(new TimelineFilter(typed, kind, period, TODAY).compile())
                .map(r -> r.entry().sourceId()).toList();
    }

    @Test
    void gatheringSortsNewestFirst() {
        assertEquals(List.of(2L, 40L, 200L), ids("", Optional.empty(), TimelinePeriod.ANY_TIME));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arrears | 2", "UNIFORM | 40", "team call | 200", "call priya | 2", "note | 40",
            "  | 2,40,200", "uniform priya | ''", "zzz | ''"})
    void everyTypedWordMustAppearInAnyCase(String typed, String expected) {
        List<Long> want = expected.isEmpty() ? List.of()
                : java.util.Arrays.stream(expected.split(",")).map(Long::parseLong).toList();
        assertEquals(want, ids(typed, Optional.empty(), TimelinePeriod.ANY_TIME));
    }

    /**
     * Reviewer: "oreilly" found nothing while "O'Reilly" found the call. Apostrophes (straight or curly) and hyphens
     * are left out on both sides, and case never counts.
     */
    @Test
    void apostrophesHyphensAndCaseDoNotCount() {
        List<TimelineRow> rows = TimelineView.gather(List.of(caseId -> List.of(
                entry(TimelineKind.CALL, 1, "Call with Mrs O'Reilly", "Arrears team"),
                entry(TimelineKind.CALL, 3, "Call with Mr O\u2019Neill", "A follow-up is promised"),
                entry(TimelineKind.NOTE, 5, "Mia's uniform", "Re-sent the form"))), 1);
        java.util.function.Function<String, List<Long>> found = typed -> rows.stream()
                .filter(new TimelineFilter(typed, Optional.empty(), TimelinePeriod.ANY_TIME, TODAY).compile())
                .map(r -> r.entry().sourceId()).toList();
        assertEquals(List.of(1L), found.apply("oreilly"));
        assertEquals(List.of(1L), found.apply("O'Reilly"));
        assertEquals(List.of(1L), found.apply("o\u2019reilly"));
        assertEquals(List.of(3L), found.apply("oneill"));
        assertEquals(List.of(3L), found.apply("O'NEILL"));
        assertEquals(List.of(3L), found.apply("followup"));
        assertEquals(List.of(3L), found.apply("follow-up"));
        assertEquals(List.of(3L), found.apply("follow up"));
        assertEquals(List.of(5L), found.apply("mias"));
        assertEquals(List.of(5L), found.apply("resent"));
        assertEquals(List.of(1L, 3L, 5L), found.apply("'"), "an apostrophe alone asks for nothing");
    }

    @Test
    void kindAndPeriodNarrowTogether() {
        assertEquals(List.of(2L, 200L), ids("", Optional.of(TimelineKind.CALL), TimelinePeriod.ANY_TIME));
        assertEquals(List.of(2L), ids("", Optional.of(TimelineKind.CALL), TimelinePeriod.LAST_3_MONTHS));
        assertEquals(List.of(2L), ids("", Optional.empty(), TimelinePeriod.LAST_30_DAYS));
        assertEquals(List.of(2L, 40L), ids("", Optional.empty(), TimelinePeriod.LAST_3_MONTHS));
        assertEquals(List.of(2L, 40L, 200L), ids("", Optional.empty(), TimelinePeriod.LAST_12_MONTHS));
    }

    /** A CMS letter with the decision it gave is one entry, shown under either kind. */
    @Test
    void anEntryOfTwoKindsIsShownUnderEither() {
        LocalDateTime when = TODAY.minusDays(4).atStartOfDay();
        List<TimelineRow> rows = TimelineView.gather(List.of(caseId -> List.of(
                new TimelineEntry(TimelineKind.LETTER_RECEIVED, when, uk.cml.domain.timeline.Recorded.once(when),
                        "Letter from the CMS, with a decision: A calculation of maintenance", "", 9,
                        TimelineKind.LETTER_RECEIVED.label(), Optional.of(TimelineKind.CMS_DECISION)),
                entry(TimelineKind.NOTE, 5, "Mia's uniform", ""))), 1);
        java.util.function.Function<TimelineKind, List<Long>> shown = kind -> rows.stream()
                .filter(new TimelineFilter("", Optional.of(kind), TimelinePeriod.ANY_TIME, TODAY).compile())
                .map(r -> r.entry().sourceId()).toList();
        assertEquals(List.of(9L), shown.apply(TimelineKind.LETTER_RECEIVED));
        assertEquals(List.of(9L), shown.apply(TimelineKind.CMS_DECISION));
        assertEquals(List.of(), shown.apply(TimelineKind.LETTER_SENT));
    }

    @Test
    void datedEntriesShowNoTimeOfDay() {
        TimelineSource dated = caseId -> List.of(new TimelineEntry(TimelineKind.NOTE, TODAY.atStartOfDay(),
                TODAY.atTime(10, 15), "Note", "", 1));
        assertEquals("22 Nov 2026", TimelineView.gather(List.of(dated), 1).get(0).when());
        assertEquals("20 Nov 2026, 09:30", ROWS.get(0).when());
    }
}
