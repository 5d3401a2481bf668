package uk.cml.domain.correspondence;

import java.time.LocalDate;
import java.util.Optional;

/** The checks on a letter's dates and details, each giving one sentence for the parent, or nothing. */
public final class LetterRules {

    private LetterRules() {
    }

    /** A date that must be given and must not be in the future. */
    public static Optional<String> pastDate(Optional<LocalDate> date, boolean unreadable, String what, LocalDate today) {
        if (unreadable) {
            return Optional.of("That is not a date we can read. Type it like 22/11/2026.");
        }
        if (date.isEmpty()) {
            return Optional.of("Enter " + what + ".");
        }
        return date.get().isAfter(today) ? Optional.of("That date is in the future.") : Optional.empty();
    }

    /** Posting: the date and the method go together, and a letter cannot be posted before it was written. */
    public static Optional<String> posted(Optional<LocalDate> posted, boolean unreadable,
                                          Optional<PostingMethod> method, LocalDate written, LocalDate today) {
        if (unreadable) {
            return Optional.of("That is not a date we can read. Type it like 22/11/2026.");
        }
        if (posted.isEmpty()) {
            return method.isPresent() ? Optional.of("Enter the date you posted or sent it, or leave how it was sent "
                    + "empty if it is not sent yet.") : Optional.empty();
        }
        if (posted.get().isAfter(today)) {
            return Optional.of("That date is in the future. Fill this in once the letter is sent.");
        }
        if (written != null && posted.get().isBefore(written)) {
            return Optional.of("It was sent before the date it was written. Check both dates.");
        }
        return Optional.empty();
    }

    public static Optional<String> method(Optional<LocalDate> posted, Optional<PostingMethod> method) {
        return posted.isPresent() && method.isEmpty() ? Optional.of("Choose how you sent it.") : Optional.empty();
    }

    public static Optional<String> received(Optional<LocalDate> received, boolean unreadable,
                                            Optional<LocalDate> dated, LocalDate today) {
        Optional<String> basic = pastDate(received, unreadable, "the date it arrived", today);
        if (basic.isPresent()) {
            return basic;
        }
        if (dated.isPresent() && received.get().isBefore(dated.get())) {
            return Optional.of("It arrived before the date printed on it. Check both dates.");
        }
        return Optional.empty();
    }

    public static Optional<String> required(String text, String what) {
        return text == null || text.isBlank() ? Optional.of("Enter " + what + ".") : Optional.empty();
    }
}
