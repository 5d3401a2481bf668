package uk.cml.letters.templates;

import java.util.List;

/** 2. Tells the CMS about missed Direct Pay payments; the CMS only knows when the receiving parent tells it. */
final class MissedDirectPayLetter implements LetterTemplate {

    @Override
    public String key() {
        return "missed-direct-pay";
    }

    @Override
    public String title() {
        return "Report missed Direct Pay payments";
    }

    @Override
    public String fileTitle() {
        return "Missed Direct Pay payments";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_GENERAL;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        ArrearsDetails arrears = facts.arrears();
        String other = w.otherParent();
        String replyBy = w.date(Deadlines.requestReplyBy(facts.letterDate()));
        w.heading("Missed Direct Pay payments");
        w.opening("to tell you that " + other + " has not paid all the child maintenance due under Direct Pay. "
                + "You will only know about this if I tell you");
        if (!arrears.hasShortLines()) {
            w.missing("the missed or part payments");
        } else {
            w.paragraph(ArrearsAnnex.missedSentence(arrears.shortLines()) + " Of these, "
                    + arrears.shortTotal().format() + " is still unpaid. The table below lists each one.");
        }
        if (arrears.owedNow().isPositive() && arrears.asOf() != null
                && !arrears.owedNow().equals(arrears.shortTotal())) {
            w.paragraph("By my records, " + other + " owed me " + arrears.owedNow().format() + " in arrears on "
                    + w.date(arrears.asOf()) + ".");
        }
        w.requests(List.of(
                "Record on my case the missed and part payments listed in this letter.",
                "Ask " + other + " for proof of any payment they say they made.",
                "Send " + other + " an arrears notice.",
                "Consider moving my case to Collect and Pay, so that you collect the maintenance and pass it on to me.",
                "Write to me by " + replyBy + " to tell me what you have done and what happens next."));
        if (arrears.hasShortLines()) {
            w.subHeading("Missed and part payments");
            w.table(ArrearsAnnex.table(arrears.shortLines()));
        }
        w.paragraph("If I have not heard from you by " + replyBy + ", I will phone you. If nothing has been done "
                + "by then, I will make a formal complaint.");
        return w.finish();
    }
}
