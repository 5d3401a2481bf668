package uk.cml.domain.caseinfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    /** The longest way of writing a UK number, "+44 (0) 7700 900 123", is 20 characters; a few more for dashes. */
    public static final int MAX_PHONE = 24;
    public static final int MAX_EMAIL = 200;
    private static final String POSTCODE = "[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}";

    private CaseRules() {
    }

    public static Optional<String> name(String typed, String whose) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of(Words.text("caseinfo.rules.enterFullName", whose));
        }
        return nameLength(name).map(Refusal.Reason::sentence);
    }

    public static Optional<String> firstName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of(Words.text("caseinfo.rules.enterChildsFirstName"));
        }
        return firstNameLength(name).map(Refusal.Reason::sentence);
    }

    /**
     * What no store may keep of the parent's own details, whichever route they came by: what the forms refuse, other
     * than a missing answer (a name or an address line too long, too many lines, a postcode, phone number or email
     * that is not one). Empty when the details can be kept.
     */
    public static Optional<String> notToKeep(MyDetails me) {
        return refusals(me).stream().findFirst().map(refusal -> refusal.reason().sentence());
    }

    /** As {@link #notToKeep(MyDetails)}, for a case: the other parent's name and address, the children's names. */
    public static Optional<String> notToKeep(CaseFile caseFile) {
        return refusals(caseFile).stream().findFirst().map(refusal -> refusal.reason().sentence());
    }

    /**
     * Every detail of the parent's own that {@link #notToKeep(MyDetails)} refuses, in the order it looks at them:
     * what Check records lists, so details kept before a rule existed are found before a save is refused.
     */
    public static List<Refusal> refusals(MyDetails me) {
        List<Refusal> found = new ArrayList<>();
        add(found, CaseDetail.MY_NAME, me.fullName(), nameLength(me.fullName()));
        addAddress(found, CaseDetail.MY_ADDRESS, CaseDetail.MY_POSTCODE, me.address());
        add(found, CaseDetail.MY_PHONE, me.phone(), phoneReason(me.phone()));
        add(found, CaseDetail.MY_EMAIL, me.email(), emailReason(me.email()));
        return found;
    }

    /** As {@link #refusals(MyDetails)}, for a case: what {@link #notToKeep(CaseFile)} refuses. */
    public static List<Refusal> refusals(CaseFile caseFile) {
        List<Refusal> found = new ArrayList<>();
        add(found, CaseDetail.OTHER_PARENT_NAME, caseFile.otherParentName(), nameLength(caseFile.otherParentName()));
        caseFile.otherParentAddress().ifPresent(address -> addAddress(found, CaseDetail.OTHER_PARENT_ADDRESS,
                CaseDetail.OTHER_PARENT_POSTCODE, address));
        for (Child child : caseFile.children()) {
            add(found, CaseDetail.CHILD_FIRST_NAME, child.firstName(), firstNameLength(child.firstName()));
        }
        return found;
    }

    private static void add(List<Refusal> found, CaseDetail detail, String value, Optional<Refusal.Reason> reason) {
        reason.ifPresent(why -> found.add(new Refusal(detail, value == null ? "" : value, why)));
    }

    private static void addAddress(List<Refusal> found, CaseDetail lines, CaseDetail postcode, PostalAddress address) {
        add(found, lines, String.join(", ", address.lines()), addressLinesReason(address.linesAsText()));
        add(found, postcode, address.postcode(), postcodeReason(address.postcode()));
    }

    private static Optional<Refusal.Reason> nameLength(String name) {
        return name != null && name.strip().length() > MAX_NAME
                ? Optional.of(Refusal.Reason.NAME_TOO_LONG) : Optional.empty();
    }

    private static Optional<Refusal.Reason> firstNameLength(String name) {
        return name != null && name.strip().length() > MAX_NAME
                ? Optional.of(Refusal.Reason.FIRST_NAME_TOO_LONG) : Optional.empty();
    }

    /** Address lines are required for the parent (letters need a return address) but optional for the other parent. */
    public static Optional<String> addressLines(String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            return required ? Optional.of(Words.text("caseinfo.rules.enterAddress")) : Optional.empty();
        }
        return addressLinesReason(typed).map(Refusal.Reason::sentence);
    }

    private static Optional<Refusal.Reason> addressLinesReason(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = text.split("\\R");
        if (lines.length > MAX_ADDRESS_LINES) {
            return Optional.of(Refusal.Reason.TOO_MANY_LINES);
        }
        for (String line : lines) {
            if (line.strip().length() > MAX_ADDRESS_LINE) {
                return Optional.of(Refusal.Reason.LINE_TOO_LONG);
            }
        }
        return Optional.empty();
    }

    public static Optional<String> postcode(String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            return required ? Optional.of(Words.text("caseinfo.rules.enterPostcode")) : Optional.empty();
        }
        return postcodeReason(typed).map(Refusal.Reason::sentence);
    }

    private static Optional<Refusal.Reason> postcodeReason(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.UK);
        return code.isEmpty() || code.matches(POSTCODE) ? Optional.empty()
                : Optional.of(Refusal.Reason.NOT_A_POSTCODE);
    }

    /**
     * Judges the number as it would be kept ({@link #normalisePhone}), not as typed: spaces padding it out are not
     * kept, so they do not count. 10 to 13 digits (07700 900123, +44 7700 900123, +44 (0) 7700 900123), grouped by
     * spaces, brackets or dashes, a plus only at the start, and no longer than {@link #MAX_PHONE} characters.
     */
    public static Optional<String> phone(String typed) {
        return phoneReason(typed).map(Refusal.Reason::sentence);
    }

    private static Optional<Refusal.Reason> phoneReason(String typed) {
        String phone = normalisePhone(typed);
        if (phone.isEmpty()) {
            return Optional.empty();
        }
        boolean fine = phone.length() <= MAX_PHONE && phone.matches("\\+?[0-9 ()-]+")
                && phone.replaceAll("\\D", "").matches("\\d{10,13}");
        return fine ? Optional.empty() : Optional.of(Refusal.Reason.NOT_A_PHONE_NUMBER);
    }

    /** A phone number as kept: spaces at either end gone, and any run of spaces inside made one space. */
    public static String normalisePhone(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    }

    /**
     * An address over {@link #MAX_EMAIL} characters is told so, not that it does not look like an address: it may
     * well look like one, and the parent needs to know what to fix.
     */
    public static Optional<String> email(String typed) {
        return emailReason(typed).map(Refusal.Reason::sentence);
    }

    private static Optional<Refusal.Reason> emailReason(String typed) {
        String email = typed == null ? "" : typed.strip();
        if (email.isEmpty()) {
            return Optional.empty();
        }
        if (email.length() > MAX_EMAIL) {
            return Optional.of(Refusal.Reason.EMAIL_TOO_LONG);
        }
        return email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? Optional.empty()
                : Optional.of(Refusal.Reason.NOT_AN_EMAIL);
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
