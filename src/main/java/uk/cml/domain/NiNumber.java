package uk.cml.domain;

/**
 * A National Insurance number, such as AB 12 34 56 C. Optional in the app; when given it is
 * printed on letters because the CMS uses it to find the case.
 */
public record NiNumber(String value) {

    private static final String PATTERN = "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]";

    public NiNumber {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("Not a National Insurance number");
        }
    }

    public static Validated<NiNumber> parse(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.UK);
        if (!compact.matches(PATTERN)) {
            // The right shape with letters no number starts with (D, F, I, Q, U or V, or O second): say which part.
            return Validated.problem(compact.matches("[A-Z]{2}\\d{6}[A-D]")
                    ? Words.text("caseinfo.niNumber.noSuchStart", compact.substring(0, 2))
                    : Words.text("caseinfo.niNumber.looksLike"));
        }
        return Validated.ok(new NiNumber(compact));
    }

    public String grouped() {
        return value.substring(0, 2) + " " + value.substring(2, 4) + " " + value.substring(4, 6) + " "
                + value.substring(6, 8) + " " + value.substring(8);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
