package uk.cml.ui.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import uk.cml.domain.timeline.TimelineKind;

/**
 * What the parent has asked the timeline to show: every typed word must appear (in any order), of the
 * chosen kind, in the chosen period. Plain Java, so it is quick and easy to check.
 */
record TimelineFilter(String typed, Optional<TimelineKind> kind, TimelinePeriod period, LocalDate today)
        implements Predicate<TimelineRow> {

    private static final String[] NO_WORDS = new String[0];

    String[] words() {
        String text = typed == null ? "" : fold(typed).strip();
        return text.isEmpty() ? NO_WORDS : text.split("\\s+");
    }

    /**
     * The text as search compares it: lower case, without apostrophes (straight or curly) or hyphens, so "oreilly"
     * finds O'Reilly and O’Reilly, and "followup" or "follow up" finds follow-up. A row's text is folded once, as
     * the timeline loads ({@link TimelineRow#of}); the typed words once a keystroke: each row still costs one
     * {@code contains} per word.
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.UK);
        StringBuilder kept = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean dropped = c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`'
                    || c == '-' || c == '\u2010' || c == '\u2011';
            if (dropped && kept == null) {
                kept = new StringBuilder(lower.length()).append(lower, 0, i);
            } else if (!dropped && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? lower : kept.toString();
    }

    /** Builds the predicate once per keystroke, so the words are split once, not once per row. */
    Predicate<TimelineRow> compile() {
        String[] words = words();
        Optional<LocalDateTime> from = period.firstDay(today).map(LocalDate::atStartOfDay);
        return row -> (kind.isEmpty() || row.entry().isOf(kind.get()))
                && (from.isEmpty() || !row.entry().happenedAt().isBefore(from.get()))
                && containsAll(row.search(), words);
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean test(TimelineRow row) {
        return compile().test(row);
    }
}
