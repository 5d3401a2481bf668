package uk.cml.domain.caseinfo;

import uk.cml.domain.Words;

/**
 * A detail that {@link CaseRules} will not let any store keep, with the value as read and why.
 *
 * @param value the value as the Case page would show it and save it again
 */
public record Refusal(CaseDetail detail, String value, Reason reason) {

    /** Why a rule refuses a value; each has the sentence the forms show beside the field. */
    public enum Reason {
        NAME_TOO_LONG("caseinfo.rules.nameTooLong", CaseRules.MAX_NAME),
        FIRST_NAME_TOO_LONG("caseinfo.rules.firstNameTooLong", CaseRules.MAX_NAME),
        TOO_MANY_LINES("caseinfo.rules.tooManyLines", CaseRules.MAX_ADDRESS_LINES),
        LINE_TOO_LONG("caseinfo.rules.lineTooLong", CaseRules.MAX_ADDRESS_LINE),
        NOT_A_POSTCODE("caseinfo.rules.notAPostcode", 0),
        NOT_A_PHONE_NUMBER("caseinfo.rules.notAPhoneNumber", 0),
        EMAIL_TOO_LONG("caseinfo.rules.emailTooLong", CaseRules.MAX_EMAIL),
        NOT_AN_EMAIL("caseinfo.rules.notAnEmail", 0);

        private final String key;
        private final int limit;

        Reason(String key, int limit) {
            this.key = key;
            this.limit = limit;
        }

        /** The sentence the form shows beside the field. */
        public String sentence() {
            return Words.text(key, limit);
        }
    }
}
