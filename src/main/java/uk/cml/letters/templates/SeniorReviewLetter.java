package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.standing.ComplaintStage.Step;

/** 6. After an unsatisfactory reply, asks for the complaint to be looked at again by a senior manager. */
final class SeniorReviewLetter extends TemplateBase {

    SeniorReviewLetter() {
        super("senior-review", "Ask a senior manager to review a complaint",
                "Complaint review request to CMS", RecipientRole.CMS_COLLECTION);
    }

    @Override
    public boolean claimsMoneyLost() {
        return true;
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ComplaintDetails c = ComplaintParts.of(facts);
        // The complaint's date from the records when the writer was not begun from the CMS's reply: a logged
        // complaint is never left as a gap to fill in.
        String complained = w.needDate(c.complainedOn() != null ? c.complainedOn()
                : facts.reports().complaint().complainedOn().orElse(null), "the date of your complaint");
        String replied = w.needDate(c.cmsRepliedOn(), "the date of the CMS reply");
        w.heading("COMPLAINT: request for a review by a senior manager");
        ComplaintStep.warnIfNotNext(w, facts.reports().complaint(), Step.SENIOR_REVIEW);
        w.opening("to ask for my complaint of " + complained + " to be reviewed by a senior manager, because your "
                + "reply of " + replied + " does not settle it");
        List<String> asks = new ArrayList<>();
        asks.add("Ask a senior manager to review my complaint of " + complained + ".");
        asks.addAll(ComplaintParts.targets(w, "request"));
        asks.add("Say clearly in that reply whether it is your final response to my complaint.");
        asks.addAll(ComplaintParts.remedies(w, c));
        w.requests(asks);
        w.subHeading("Why your reply does not settle my complaint");
        w.paragraph(Text.ownSentence(w.need(c.whyReplyFails(), "why the reply does not settle your complaint")));
        w.subHeading("What my complaint is about");
        w.paragraph(Text.ownSentence(w.need(c.whatWentWrong(), "what the CMS did wrong")));
        ComplaintParts.effectOnChildren(w);
        ComplaintParts.moneyLost(w);
        w.paragraph("If the review does not settle my complaint, I will ask the Independent Case Examiner to look "
                + "into it once you have sent me your final response.");
        Enclosures.ifKept(w, c.holds(ComplaintDetails.Kept.COMPLAINT), "Copy of my complaint of " + complained,
                "your complaint of " + complained);
        Enclosures.ifKept(w, c.holds(ComplaintDetails.Kept.REPLY), "Copy of your reply of " + replied,
                "the CMS reply of " + replied);
        return w.finish();
    }
}
