package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.arrears.LineStatus;
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
        // The reason is only what the records show: money owed, or payments that arrived late. With neither, the
        // letter gives none rather than claim that payments are missed or late.
        boolean owed = arrears.asOf() != null && (arrears.hasShortLines() || arrears.owedNow().isPositive());
        long late = arrears.lines().stream().filter(line -> line.status() == LineStatus.PAID_LATE).count();
        List<String> asks = new ArrayList<>(List.of("Move my case from Direct Pay to Collect and Pay.",
                "Tell me in writing by " + replyBy + " when the change will start."));
        if (owed) {
            asks.add("Tell me how you will collect the arrears.");
        }
        w.requests(asks);
        String rely = " I cannot rely on payments arriving when they should, and my family needs them to.";
        if (owed) {
            w.paragraph("I have not received all the maintenance you worked out " + other + " should pay. By my "
                    + "records: " + ArrearsAnnex.summary(arrears) + rely);
        } else if (arrears.asOf() != null && late > 0) {
            int all = arrears.lines().size();
            String which = all == 1 ? "the payment due on " + w.date(arrears.lines().get(0).date())
                    : (late == all ? "all " + all : late + " of the " + all) + " payments due since "
                    + w.date(arrears.since());
            w.paragraph("By my records, " + which + " arrived late." + rely);
        } else {
            w.warn("Your records show no payment missed or late, so the letter gives no reason for the change. "
                    + "Add your reason to the letter if you have one.");
        }
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
