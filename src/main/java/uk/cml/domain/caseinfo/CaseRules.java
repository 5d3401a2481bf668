package uk.cml.domain.caseinfo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * Checks on what a parent types about themselves, the other parent and the children.
 * Each returns the sentence to show beside the field, or empty when the answer is fine.
 */
public final class CaseRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS_LINE = 80;
    public static final int MAX_ADDRESS_LINES = 6;
    private static final String POSTCODE = "[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}";

    private CaseRules() {
    }

    public static Optional<String> name(String typed, String whose) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of(Words.text("caseinfo.rules.enterFullName", whose));
        }
        if (name.length() > MAX_NAME) {
            return Optional.of(Words.text("caseinfo.rules.nameTooLong", MAX_NAME));
        }
        return Optional.empty();
    }

    public static Optional<String> firstName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of(Words.text("caseinfo.rules.enterChildsFirstName"));
        }
        return name.length() > MAX_NAME ? Optional.of(Words.text("caseinfo.rules.firstNameTooLong"))
                : Optional.empty();
    }

    /** Address lines are required for the parent (letters need a return address) but optional for the other parent. */
    public static Optional<String> addressLines(String typed, boolean required) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return required ? Optional.of(Words.text("caseinfo.rules.enterAddress")) : Optional.empty();
        }
        String[] lines = text.split("\\R");
        if (lines.length > MAX_ADDRESS_LINES) {
            return Optional.of(Words.text("caseinfo.rules.tooManyLines", MAX_ADDRESS_LINES));
        }
        for (String line : lines) {
            if (line.strip().length() > MAX_ADDRESS_LINE) {
                return Optional.of(Words.text("caseinfo.rules.lineTooLong", MAX_ADDRESS_LINE));
            }
        }
        return Optional.empty();
    }

    public static Optional<String> postcode(String typed, boolean required) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.UK);
        if (code.isEmpty()) {
            return required ? Optional.of(Words.text("caseinfo.rules.enterPostcode")) : Optional.empty();
        }
        return code.matches(POSTCODE) ? Optional.empty()
                : Optional.of(Words.text("caseinfo.rules.notAPostcode"));
    }

    public static Optional<String> phone(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s()+-]", "");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        return digits.matches("\\d{10,13}") ? Optional.empty()
                : Optional.of(Words.text("caseinfo.rules.notAPhoneNumber"));
    }

    public static Optional<String> email(String typed) {
        String email = typed == null ? "" : typed.strip();
        if (email.isEmpty()) {
            return Optional.empty();
        }
        return email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && email.length() <= 200 ? Optional.empty()
                : Optional.of(Words.text("caseinfo.rules.notAnEmail"));
    }

    public static Optional<String> dateOfBirth(LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.of(Words.text("caseinfo.rules.enterDateOfBirth"));
        }
        if (date.isAfter(today)) {
            return Optional.of(Words.text("caseinfo.rules.birthInFuture"));
        }
        if (date.isBefore(today.minusYears(25))) {
            return Optional.of(Words.text("caseinfo.rules.childTooOld"));
        }
        return Optional.empty();
    }

    /**
     * A UK postcode as Royal Mail prints it: capitals, one space before the last three characters ("sw1a1aa" and
     * " SW1A  1AA" both become "SW1A 1AA"). Text that is not a UK postcode is only trimmed and put in capitals.
     */
    public static String normalisePostcode(String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.UK);
        if (!code.matches(POSTCODE)) {
            return typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.UK);
        }
        return code.substring(0, code.length() - 3) + " " + code.substring(code.length() - 3);
    }
}
