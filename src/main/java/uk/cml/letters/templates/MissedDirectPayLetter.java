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
        w.heading("Missed Direct Pay payments");
        if (!arrears.hasShortLines()) {
            w.missing("the missed or part payments");
            w.paragraph("I am writing to tell you that " + other + " has not paid all the child maintenance due "
                    + "under Direct Pay.");
        } else {
            w.paragraph("I am writing to tell you that " + other + " has not paid all the child maintenance due "
                    + "under Direct Pay. " + ArrearsAnnex.missedSentence(arrears.shortLines()) + " Of these, "
                    + arrears.shortTotal().format() + " is still unpaid. The table below lists each one.");
        }
        if (arrears.owedNow().isPositive() && arrears.asOf() != null
                && !arrears.owedNow().equals(arrears.shortTotal())) {
            w.paragraph("By my records, " + other + " owed me " + arrears.owedNow().format() + " in arrears on "
                    + w.date(arrears.asOf()) + ".");
        }
        w.subHeading("What I am asking you to do");
        w.paragraph("Please:");
        w.bullets(List.of(
                "ask " + other + " for proof of any payment they say they made;",
                "send " + other + " an arrears notice; and",
                "consider moving my case to Collect and Pay, so that you collect the maintenance and pass it on "
                        + "to me."));
        w.paragraph("Please write to me by " + w.replyBy()
                + " to tell me what you have done and what happens next.");
        if (arrears.hasShortLines()) {
            w.subHeading("Missed and part payments");
            w.table(ArrearsAnnex.table(arrears.shortLines()));
        }
        return w.finish();
    }
}
