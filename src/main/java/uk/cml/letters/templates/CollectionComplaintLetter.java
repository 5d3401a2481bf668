package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * 5. A complaint about how arrears are being collected: repayment too slow, or enforcement too slow. It says there
 * are arrears only when the records show money owed ({@link ArrearsDetails#showsMoneyOwed()}); otherwise it complains
 * about how the CMS handles collection, and the parent is warned before sending.
 */
final class CollectionComplaintLetter extends TemplateBase {

    CollectionComplaintLetter() {
        super("collection-complaint", "Complain about how arrears are collected",
                "Complaint to CMS", RecipientRole.CMS_COLLECTION);
    }

    @Override
    public boolean claimsMoneyLost() {
        return true;
    }

    /** The CMS is not involved in a private arrangement: nothing of its to write to it about. */
    @Override
    public java.util.Optional<String> doesNotFit(LetterFacts facts) {
        return ArrangementWords.cmsNeverInvolved(facts);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ComplaintDetails c = ComplaintParts.of(facts);
        ArrearsDetails arrears = facts.arrears();
        w.heading(fileTitle());
        List<String> dues = arrears.showsMoneyOwed() ? ComplaintParts.duesStillOwed(w) : List.of();
        ComplaintStep.warnIfNotNext(w, facts.reports().complaint(), Step.COMPLAINT);
        // The figure owed here; "What happened" names the dues still owed that the CMS knows of (collected by it, or
        // named in a report on record: ComplaintParts.duesStillOwed). Naming missed Direct Pay payments it has not
        // been told of is the report's job (MissedDirectPayLetter, every one), or the enforcement request's when none
        // is on record.
        if (arrears.showsMoneyOwed()) {
            String owed = ComplaintParts.owed(w);
            w.opening("to make a formal complaint about how you are " + (collecting(facts) ? "collecting" : "dealing with")
                    + " the arrears on my case." + owed);
            // The CMS's own figure beside the records', as every letter stating the records' figure gives it.
            if (arrears.owedNow().isPositive()) {
                CmsFigureWords.lastFigure(w, arrears).ifPresent(w::paragraph);
            }
            // How the money was matched to the dues that "What happened" names, as the other letters say it.
            ComplaintParts.howMatched(w, dues);
        } else {
            // With no arrears in the records the letter does not say any are being collected: it complains about how
            // the CMS handles collection (say, a refusal to move to Collect and Pay), which holds either way.
            w.warn("Your payment records show nothing owed, so the letter does not say the CMS is collecting "
                    + "arrears: it complains about how the CMS is handling the collection of child maintenance on "
                    + "your case. If money is owed, record the payments due on the Payments page first.");
            w.opening("to make a formal complaint about how you are handling the collection of child maintenance on "
                    + "my case.");
        }
        List<String> asks = new ArrayList<>(ComplaintParts.targets(w, "complaint"));
        asks.addAll(ComplaintParts.remedies(w, c));
        w.requests(asks);
        // No step to collect the arrears heard of since the CMS was told: what the records hold, said as such.
        EnforcementDetails e = facts.enforcement().orElse(new EnforcementDetails(null, "", false, List.of()));
        boolean noStepHeardOf = arrears.owedNow().isPositive() && facts.reports().toldOfAny()
                && !e.callsMention() && ArrangementWords.tried(w, e, facts, "").isEmpty();
        ComplaintParts.whatHappenedFromRecords(w, c, noStepHeardOf, dues);
        ComplaintParts.effectOnChildren(w);
        ComplaintParts.moneyLost(w);
        w.paragraph("If your reply does not settle my complaint, or I have no reply by "
                + w.date(facts.deadlines().complaintReplyBy(facts.letterDate(), w.postedBy())) + ", I will ask for my complaint to be "
                + "reviewed by a senior manager.");
        facts.earlierLetter().ifPresent(earlier -> Enclosures.earlierLetter(w, earlier));
        return w.finish();
    }

    /**
     * Whether the CMS is collecting the arrears: the case is on Collect and Pay, or the records hold a step it took
     * to enforce them. Under Direct Pay with no step on record the CMS collects nothing (the parent is paid direct),
     * so the letter complains about how it is dealing with the arrears, which holds either way.
     */
    private static boolean collecting(LetterFacts facts) {
        return facts.arrangementToday() == uk.cml.domain.caseinfo.Arrangement.COLLECT_AND_PAY
                || facts.enforcement().map(e -> !e.tried().isEmpty()).orElse(false);
    }
}
