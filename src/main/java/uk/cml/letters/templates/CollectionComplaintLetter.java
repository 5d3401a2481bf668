package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;

/** 5. A complaint about how arrears are being collected: repayment too slow, or enforcement too slow. */
final class CollectionComplaintLetter extends TemplateBase {

    CollectionComplaintLetter() {
        super("collection-complaint", "Complain about how arrears are collected",
                "Complaint to CMS", RecipientRole.CMS_COLLECTION);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ComplaintDetails c = ComplaintParts.of(facts);
        ArrearsDetails arrears = facts.arrears();
        w.heading("COMPLAINT");
        String owed = arrears.owedNow().isPositive() && arrears.asOf() != null
                ? " By my records, " + w.otherParent() + " owed " + arrears.owedNow().format() + " in arrears on "
                + w.date(arrears.asOf()) + "." : "";
        w.opening("to make a formal complaint about how you are collecting the arrears on my case." + owed);
        List<String> asks = new ArrayList<>(ComplaintParts.targets(w, "complaint"));
        asks.addAll(ComplaintParts.remedies(w, c));
        w.requests(asks);
        ComplaintParts.whatHappened(w, c);
        ComplaintParts.effectOnChildren(w);
        ComplaintParts.moneyLost(w);
        w.paragraph("If your reply does not settle my complaint, or I have no reply by "
                + w.date(facts.deadlines().complaintReplyBy(facts.letterDate())) + ", I will ask for my complaint to be "
                + "reviewed by a senior manager.");
        facts.earlierLetter().ifPresent(earlier -> Enclosures.earlierLetter(w, earlier));
        return w.finish();
    }
}
