package uk.cml.letters.pack;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/** The days a pack covers, both ends included. */
public record PackPeriod(LocalDate from, LocalDate until) {

    public PackPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("The end of the period, " + UkFormats.shortDate(until)
                    + ", is before its start, " + UkFormats.shortDate(from) + ". Swap the dates or change one.");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }

    public boolean contains(LocalDateTime moment) {
        return contains(moment.toLocalDate());
    }

    /**
     * The one rule for how far a pack may reach, kept by the Evidence pack page, {@code export-pack} and {@link
     * PackAssembler} alike: up to today, never past it. A pack's schedule is worked to its last day, so a later end
     * listed every due not yet fallen due as "nothing arrived for it" and added them to what was owed at the end
     * (reviewer, 4 Dec 2026: £501.10 where £122.20 was owed). Empty when {@code until} is today or before.
     */
    public static Optional<String> refusal(LocalDate until, LocalDate today) {
        return until.isAfter(today) ? Optional.of(Words.text("pack.period.afterToday", UkFormats.shortDate(today)))
                : Optional.empty();
    }

    /**
     * What is wrong with a first day after today, in the words the Evidence pack page says beside From and {@code
     * export-pack --from} prints alike. Empty when {@code from} is today or before.
     */
    public static Optional<String> fromRefusal(LocalDate from, LocalDate today) {
        return from.isAfter(today) ? Optional.of(Words.text("pack.period.fromAfterToday", UkFormats.shortDate(today)))
                : Optional.empty();
    }

    /** "1 Jan 2024 to 31 Dec 2025". */
    public String describe() {
        return UkFormats.shortDate(from) + " to " + UkFormats.shortDate(until);
    }
}
