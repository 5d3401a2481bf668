package uk.cml.domain;

import java.util.Optional;

/**
 * The 12-digit CMS case reference from the letter saying how much maintenance is due.
 * Stored as the 12 digits; shown grouped as 1212 3456 7890 so a parent can read it down the phone.
 */
public record CmsReference(String digits) {

    public CmsReference {
        if (digits == null || !digits.matches("\\d{12}")) {
            throw new IllegalArgumentException("A CMS reference is exactly 12 digits");
        }
    }

    /** Reads a reference typed with or without spaces; explains what is wrong when it cannot. */
    public static Validated<CmsReference> parse(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (compact.isEmpty()) {
            return Validated.problem(Words.text("caseinfo.reference.enter"));
        }
        if (!compact.matches("\\d+")) {
            return Validated.problem(notANumber(compact));
        }
        if (compact.length() != 12) {
            return Validated.problem(Words.text("caseinfo.reference.twelveDigits", compact.length()));
        }
        return Validated.ok(new CmsReference(compact));
    }

    /**
     * Names the first character that is not a number, so "1212-3456-789O" says it has the letter O in it rather than
     * telling a parent who typed only numbers, as they see it, that the reference has only numbers.
     */
    private static String notANumber(String compact) {
        int wrong = compact.codePoints().filter(c -> c < '0' || c > '9').findFirst().orElseThrow();
        String shown = new String(Character.toChars(wrong));
        return Character.isLetter(wrong)
                ? Words.text("caseinfo.reference.hasLetter", shown)
                : Words.text("caseinfo.reference.hasCharacter", shown);
    }

    /**
     * True when the typed text is a whole reference that does not begin as CMS references do: the one check behind
     * the warning beside the field and on set-up's check page. A warning, never a refusal (see {@link #beginsAsUsual}).
     */
    public static boolean unusualStart(String typed) {
        Validated<CmsReference> parsed = parse(typed);
        return parsed.isOk() && !parsed.value().beginsAsUsual();
    }

    public static Optional<CmsReference> ofNullable(String digits) {
        return digits == null || digits.isBlank() ? Optional.empty() : Optional.of(new CmsReference(digits));
    }

    /**
     * Whether it begins as CMS references do in practice, with 121 (Citizens Advice; see the facts sheet). Only a
     * reason to ask the parent to check it against the letter: an older case's reference may differ, so never a
     * reason to refuse it.
     */
    public boolean beginsAsUsual() {
        return digits.startsWith("121");
    }

    public String grouped() {
        return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
