package uk.cml.safety;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanRhythm;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.store.CaseStore;
import uk.cml.store.PaymentStore;

/**
 * The payment plans whose first due is off the payment day of the plan before them, by the question the plan form
 * asks before saving one ({@link PlanRhythm}). Plans saved before the form asked, or kept as typed after it, shift
 * every later due to another day; Check records names each, with the day to use if the CMS letter gave the date the
 * new amount starts from. Advice, not damage: the date may be right. Reads only.
 */
final class PlansToCheck {

    private PlansToCheck() {
    }

    /** One sentence per plan to check, each case in the switcher's order, its plans by first due. */
    static List<String> list(Connection c) throws SQLException {
        List<String> sentences = new ArrayList<>();
        for (CaseFile caseFile : CaseStore.readCases(c)) {
            List<PaymentPlan> plans = PaymentStore.readPlans(c, caseFile.id());
            for (PaymentPlan plan : plans) {
                Optional<PlanRhythm.OffRhythm> off = PlanRhythm.check(plan, plans);
                off.ifPresent(o -> sentences.add(sentence(caseFile, plan, o)));
            }
        }
        return sentences;
    }

    private static String sentence(CaseFile caseFile, PaymentPlan plan, PlanRhythm.OffRhythm off) {
        String source = plan.source().isBlank() ? "" : Words.text("safety.plans.source", plan.source().strip());
        String firstDue = UkFormats.shortDate(plan.firstDue());
        return Words.text("safety.plans.sentence", Words.text("safety.details.where.case", caseFile.title()),
                plan.amount().format(), firstDue, source, off.message(),
                CalendarText.dayAndDate(off.suggested()), firstDue);
    }
}
