package uk.cml.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a date typed the UK way: day first. 22/11/2026, 22-11-2026, 22 Nov 2026, 22 November 2026, 2026-11-22. */
public final class UkDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"), strict("d MMM uuuu"),
            strict("d MMMM uuuu"), strict("d-MMM-uuuu"), strict("uuuu-M-d"));

    private UkDates() {
    }

    // English month names ("Sep", not the en-GB "Sept"), matched without regard to case.
    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Empty when the text is not a real date in one of the UK forms (31/02/2026 is refused, not moved to March). */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", " ").replaceAll("(?i)\\bsept\\b", "Sep");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    public static String forField(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }
}
