package uk.cml.domain.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.TextLimit;
import uk.cml.domain.Words;

/**
 * The checks on what a parent types about a call or a note. Each returns the sentence to show beside
 * the field, or nothing when the answer is fine.
 */
public final class EvidenceRules {

    public static final int LONG_TEXT_LIMIT = TextLimit.LONG.characters();
    public static final int SHORT_TEXT_LIMIT = TextLimit.SHORT.characters();

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern PHONE = Pattern.compile("[0-9+() \\-]*");

    private EvidenceRules() {
    }

    public static Optional<String> longText(String text, boolean required, String whatToEnter) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return required ? Optional.of(whatToEnter) : Optional.empty();
        }
        return TextLimit.LONG.problem(value);
    }

    /**
     * Who called: never assumed. "I called the CMS" chosen for the parent turned a call from the CMS into one they
     * made, and the letter confirming it said "when I phoned you".
     */
    public static Optional<String> direction(CallDirection direction) {
        return direction == null ? Optional.of(Words.text("evidence.rules.chooseWhoCalled")) : Optional.empty();
    }

    public static Optional<String> shortText(String text) {
        return TextLimit.SHORT.problem(text);
    }

    public static Optional<String> phoneNumber(String text) {
        String value = text == null ? "" : text.strip();
        if (PHONE.matcher(value).matches() && value.length() <= 40) {
            return Optional.empty();
        }
        return Optional.of(Words.text("evidence.rules.phoneNumber"));
    }

    /** Reads 14:05, 9:30 or 14.05. Empty when the text is not a time of day. */
    public static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    public static Optional<String> time(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Words.text("evidence.rules.enterTime"));
        }
        return parseTime(text).isPresent() ? Optional.empty()
                : Optional.of(Words.text("evidence.rules.unreadableTime"));
    }

    /**
     * The date something happened: it must be given, readable, and not in the future.
     *
     * @param unreadable true when something is typed that is not a date
     */
    public static Optional<String> pastDate(Optional<LocalDate> date, boolean unreadable, LocalDate today) {
        if (unreadable) {
            return Optional.of(Words.text("evidence.rules.unreadableDate"));
        }
        if (date.isEmpty()) {
            return Optional.of(Words.text("evidence.rules.enterDate"));
        }
        return date.get().isAfter(today) ? Optional.of(Words.text("evidence.rules.dateInFuture"))
                : Optional.empty();
    }

    public static Optional<String> whenCalled(LocalDateTime when, LocalDateTime now) {
        return when.isAfter(now) ? Optional.of(Words.text("evidence.rules.timeInFuture"))
                : Optional.empty();
    }

    /** A date that may be left empty, such as a follow-up date. */
    public static Optional<String> optionalDate(boolean unreadable) {
        return unreadable ? Optional.of(Words.text("evidence.rules.unreadableOptionalDate"))
                : Optional.empty();
    }
}
