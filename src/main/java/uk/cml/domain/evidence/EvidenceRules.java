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

    /**
     * The number a call was made on, if given: a UK number of 10 or 11 digits from its 0, or +44 (or 0044) and 9 or
     * 10 more, a "(0)" after +44 left out; spaces, brackets and dashes as the parent likes, and Relay UK's 18001 before
     * it. Only characters were checked once, and the helpline filled in for the parent, typed again after it,
     * was saved as "0800 171 23450800 171 2345".
     */
    public static Optional<String> phoneNumber(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!PHONE.matcher(value).matches() || value.indexOf('+') > 0 || value.length() > 40) {
            return Optional.of(Words.text("evidence.rules.phoneNumber"));
        }
        boolean international = value.startsWith("+");
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.startsWith("0044")) {
            international = true;
            digits = digits.substring(2);
        }
        if (international) {
            if (!digits.startsWith("44")) {
                return Optional.of(Words.text("evidence.rules.phoneUk"));
            }
            String rest = digits.substring(2);
            if (rest.startsWith("0") && value.replace(" ", "").contains("(0)")) {
                rest = rest.substring(1);
            }
            return rest.length() == 9 || rest.length() == 10 ? Optional.empty()
                    : Optional.of(Words.text("evidence.rules.phoneDigitsAfter44", rest.length()));
        }
        if (digits.startsWith("18001") && digits.length() > 5 && digits.charAt(5) == '0') {
            digits = digits.substring(5);
        }
        if (!digits.startsWith("0")) {
            return Optional.of(Words.text("evidence.rules.phoneUk"));
        }
        return digits.length() == 10 || digits.length() == 11 ? Optional.empty() : digitCount(digits.length());
    }

    private static Optional<String> digitCount(int digits) {
        return Optional.of(Words.text(digits > 11 ? "evidence.rules.phoneTooManyDigits" : "evidence.rules.phoneDigits",
                digits));
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
