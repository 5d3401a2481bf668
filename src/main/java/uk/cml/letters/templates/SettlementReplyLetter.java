package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import uk.cml.letters.templates.SettlementDetails.Decision;

/**
 * 9. Replies about a part payment in full and final settlement. Accepting cannot be undone and clears the arrears
 * only, so an acceptance states its conditions and that regular maintenance carries on.
 */
final class SettlementReplyLetter implements LetterTemplate {

    @Override
    public String key() {
        return "settlement-reply";
    }

    @Override
    public String title() {
        return "Reply about a part payment to settle arrears";
    }

    @Override
    public String fileTitle() {
        return "Reply to CMS about part payment offer";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_GENERAL;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        SettlementDetails s = facts.settlement().orElse(new SettlementDetails(null, null, null, List.of()));
        String amount = w.needMoney(s.amount(), "the amount offered");
        String offered = s.offerDate() == null ? "" : " on " + w.date(s.offerDate());
        w.heading("Offer of a part payment in full and final settlement");
        String owed = facts.arrears().owedNow().isPositive()
                ? " The arrears now stand at " + facts.arrears().owedNow().format() + "." : "";
        w.paragraph("I was told" + offered + " that " + w.otherParent() + " offers to pay " + amount + " as a part "
                + "payment in full and final settlement of the arrears on my case." + owed);
        if (s.decision() == Decision.ACCEPT) {
            w.warn("Once you, the other parent and the CMS agree, you cannot change your mind. You may want to talk "
                    + "to an adviser before you send this.");
            w.paragraph("I accept the offer, on these conditions:");
            List<String> conditions = new ArrayList<>(s.conditions().stream().map(Text::sentence).toList());
            conditions.add("The payment clears the arrears only. Regular maintenance carries on as before.");
            conditions.add("If the payment is not made in full, the agreement ends and the full arrears are owed.");
            w.bullets(conditions);
            w.subHeading("What I am asking you to do");
            w.paragraph("Please confirm the agreement in writing, with how and when the payment will be made. "
                    + "Please write to me by " + w.replyBy() + ".");
        } else if (s.decision() == Decision.DECLINE) {
            w.paragraph("I do not accept the offer. I believe the arrears can be paid in full.");
            if (!s.conditions().isEmpty()) {
                w.paragraph("I would consider a new offer on these terms:");
                w.bullets(s.conditions().stream().map(Text::sentence).toList());
            }
            w.subHeading("What I am asking you to do");
            w.paragraph("Please carry on collecting the full arrears, and tell me in writing by "
                    + w.replyBy() + " what you will do next.");
        } else {
            w.paragraph(w.missing("whether you accept or decline the offer"));
        }
        return w.finish();
    }
}
