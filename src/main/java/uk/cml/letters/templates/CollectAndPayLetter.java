package uk.cml.letters.templates;

import java.util.List;
import uk.cml.domain.caseinfo.Arrangement;

/** 3. Asks for the case to move from Direct Pay to Collect and Pay. */
final class CollectAndPayLetter extends TemplateBase {

    CollectAndPayLetter() {
        super("collect-and-pay", "Ask to move to Collect and Pay",
                "Request for Collect and Pay", RecipientRole.CMS_GENERAL);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        String other = w.otherParent();
        ArrearsDetails arrears = facts.arrears();
        if (facts.caseDetails().arrangement() != Arrangement.DIRECT_PAY) {
            w.warn("This letter is for a case on Direct Pay. Your case is recorded as "
                    + facts.caseDetails().arrangement().label() + ". Check your case details before you send it.");
        }
        String replyBy = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        w.heading("Please move my case to Collect and Pay");
        w.opening("to ask you to move my case from Direct Pay to Collect and Pay, so that you collect the "
                + "maintenance from " + other + " and pass it on to me");
        w.requests(List.of("Move my case from Direct Pay to Collect and Pay.",
                "Tell me in writing by " + replyBy + " when the change will start.",
                "Tell me how you will collect the arrears."));
        StringBuilder why = new StringBuilder(other).append(" has not paid as the CMS worked out.");
        if (arrears.asOf() != null && (arrears.hasShortLines() || arrears.owedNow().isPositive())) {
            why.append(" By my records: ").append(ArrearsAnnex.summary(arrears));
        }
        why.append(" I cannot rely on payments arriving when they should, and my family needs them to.");
        w.paragraph(why.toString());
        if (arrears.hasShortLines()) {
            w.paragraph(ArrearsAnnex.tablesIntro(w, arrears));
            ArrearsAnnex.write(w, arrears);
        }
        w.paragraph("I understand that Collect and Pay has fees, and that a part of what you collect is kept "
                + "as a fee before it is passed to me.");
        w.paragraph("If I have not heard from you by " + replyBy + ", I will phone you. If my case has still not "
                + "moved, I will make a formal complaint.");
        return w.finish();
    }
}
