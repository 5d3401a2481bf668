package uk.cml.safety;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.caseinfo.CaseDetail;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.Refusal;
import uk.cml.store.CaseStore;

/**
 * The details on the Case page, read as the page reads them, that the case rules would now refuse: kept by an
 * earlier version before a rule existed. The Case page cannot save any change until they are corrected, so Check
 * records names them. Advice, not damage: they were saved by the app. Reads only.
 */
final class DetailsToCorrect {

    /** A long value is quoted only so far: enough to find it on the page. */
    static final int QUOTED = 60;

    private DetailsToCorrect() {
    }

    /** One sentence per refused detail: the parent's own details first, then each case in the switcher's order. */
    static List<String> list(Connection c) throws SQLException {
        List<String> sentences = new ArrayList<>();
        Optional<MyDetails> me = CaseStore.readMyDetails(c);
        if (me.isPresent()) {
            String where = Words.text("safety.details.where.mine");
            CaseRules.refusals(me.get()).forEach(refusal -> sentences.add(sentence(where, refusal)));
        }
        for (CaseFile caseFile : CaseStore.readCases(c)) {
            String where = Words.text("safety.details.where.case", quoted(caseFile.title()));
            CaseRules.refusals(caseFile).forEach(refusal -> sentences.add(sentence(where, refusal)));
        }
        return sentences;
    }

    static String sentence(String where, Refusal refusal) {
        boolean phone = refusal.detail() == CaseDetail.MY_PHONE;
        return Words.text("safety.details.sentence", where, refusal.detail().label(), quoted(refusal.value()),
                whatIsWrong(refusal.reason()), Words.text(phone ? "safety.details.fixPhone" : "safety.details.fix"));
    }

    /** The form's sentence says what to type; this says what is wrong with what is kept. */
    private static String whatIsWrong(Refusal.Reason reason) {
        return switch (reason) {
            case NAME_TOO_LONG -> Words.text("safety.details.nameTooLong", CaseRules.MAX_NAME);
            case FIRST_NAME_TOO_LONG -> Words.text("safety.details.firstNameTooLong", CaseRules.MAX_NAME);
            case TOO_MANY_LINES -> Words.text("safety.details.tooManyLines", CaseRules.MAX_ADDRESS_LINES);
            case LINE_TOO_LONG -> Words.text("safety.details.lineTooLong", CaseRules.MAX_ADDRESS_LINE);
            case NOT_A_POSTCODE -> Words.text("safety.details.notAPostcode");
            case NOT_A_PHONE_NUMBER -> Words.text("safety.details.notAPhoneNumber");
            case EMAIL_TOO_LONG -> Words.text("safety.details.emailTooLong", CaseRules.MAX_EMAIL);
            case NOT_AN_EMAIL -> Words.text("safety.details.notAnEmail");
        };
    }

    private static String quoted(String value) {
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTED ? oneLine : oneLine.substring(0, QUOTED).stripTrailing() + "…";
    }
}
