package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.templates.EnforcementDetails.Step;

/**
 * 14. Asks the CMS to take the enforcement step that fits what the parent knows of the paying parent: a deduction
 * from earnings order for someone employed, deduction orders against a bank account for someone self-employed or with
 * savings, and a liability order once deductions have been tried and the arrears are still unpaid.
 */
final class EnforcementRequestLetter extends TemplateBase {

    EnforcementRequestLetter() {
        super("enforcement-request", "Ask the CMS to enforce the arrears",
                "Enforcement request to CMS", RecipientRole.CMS_COLLECTION);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        EnforcementDetails e = facts.enforcement().orElse(new EnforcementDetails(null, "", false, List.of()));
        ArrearsDetails arrears = facts.arrears();
        String other = w.otherParent();
        LocalDate since = e.owedSince() != null ? e.owedSince() : arrears.oldestOwed();
        String owed = arrears.owedNow().isPositive() && arrears.asOf() != null
                ? arrears.owedNow().format() + " on " + w.date(arrears.asOf())
                : w.missing("how much is owed");
        w.heading("Please take action to collect the arrears");
        w.opening("to ask you to take action to collect the arrears " + other + " owes, which by my records were "
                + owed);
        String replyBy = w.replyBy(Deadlines.requestReplyBy(facts.letterDate()));
        List<String> asks = new ArrayList<>(steps(w, e, facts.caseDetails().otherParentWork(), other));
        asks.add("Tell me in writing by " + replyBy + " which step you will take, and when.");
        w.requests(asks);
        w.subHeading("How long the arrears have been owed");
        w.paragraph("The oldest of these arrears have been owed since "
                + w.needDate(since, "when the arrears began") + ".");
        w.subHeading("What has been tried");
        if (e.tried().isEmpty()) {
            w.paragraph("As far as I know, no enforcement action has been taken yet.");
        } else {
            w.paragraph("As far as I know, this has been tried:");
            w.bullets(e.tried().stream().map(t -> "You " + t.step().done() + (t.on() == null ? "" : " (I heard of "
                    + "this on " + w.date(t.on()) + ")") + ".").toList());
            if (arrears.owedNow().isPositive()) {
                w.paragraph("The arrears are still unpaid.");
            }
        }
        w.subHeading("What I know about " + other);
        w.paragraph(means(e, facts.caseDetails().otherParentWork(), other));
        w.paragraph("If I have not heard from you by " + replyBy + ", I will make a formal complaint that "
                + "enforcement is too slow.");
        return w.finish();
    }

    /** The step or steps that fit: a liability order once deductions have failed, otherwise the right deduction. */
    private static List<String> steps(DraftWriter w, EnforcementDetails e, WorkSituation work, String other) {
        List<String> steps = new ArrayList<>();
        if (e.triedDeductions() && !e.has(Step.LIABILITY_ORDER)) {
            steps.add("Apply to the magistrates' court for a liability order against " + other
                    + ", as the deductions have not cleared the arrears.");
            return steps;
        }
        if (work == WorkSituation.EMPLOYED && !e.has(Step.DEDUCTION_FROM_EARNINGS)) {
            steps.add("Make a deduction from earnings order, so that " + other + "'s employer pays the maintenance "
                    + "and the arrears to you straight from their pay.");
        }
        if ((work == WorkSituation.SELF_EMPLOYED || e.hasSavings()) && !e.has(Step.DEDUCTION_FROM_ACCOUNT)) {
            steps.add("Make a regular deduction order or a lump sum deduction order, to take the arrears from "
                    + other + "'s bank or building society account.");
        }
        if (work == WorkSituation.ON_BENEFITS) {
            steps.add("Take the maintenance from " + other + "'s benefits.");
        }
        if (steps.isEmpty()) {
            steps.add("Take the enforcement action that fits " + other + "'s circumstances, starting with an "
                    + "arrears notice if you have not sent one.");
        }
        return steps;
    }

    private static String means(EnforcementDetails e, WorkSituation work, String other) {
        String job = switch (work) {
            case EMPLOYED -> other + " is employed" + (e.employer().isEmpty() ? "." : " by " + e.employer() + ".");
            case SELF_EMPLOYED -> other + " is self-employed.";
            case ON_BENEFITS -> other + " receives benefits.";
            case NOT_KNOWN -> "I do not know whether " + other + " is working.";
        };
        return e.hasSavings() ? job + " I believe " + other + " has money in a bank or building society account."
                : job;
    }
}
