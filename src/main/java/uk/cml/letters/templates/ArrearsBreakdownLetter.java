package uk.cml.letters.templates;

import java.util.List;

/** 4. Asks for the CMS's full breakdown of the arrears, so the parent can check it against their own record. */
final class ArrearsBreakdownLetter implements LetterTemplate {

    /** The adviser in the seed says a breakdown can take up to 6 weeks. */
    private static final int WEEKS = 6;

    @Override
    public String key() {
        return "arrears-breakdown";
    }

    @Override
    public String title() {
        return "Ask for a breakdown of the arrears";
    }

    @Override
    public String fileTitle() {
        return "Request for arrears breakdown";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_GENERAL;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        ArrearsDetails arrears = facts.arrears();
        w.heading("Request for a full breakdown of arrears");
        w.paragraph("Please send me a full breakdown of the arrears you hold on my case. I would like it to show:");
        w.bullets(List.of("each amount of maintenance that fell due, with its date;",
                "each payment you have recorded, with its date;",
                "any change you made to the arrears, and why; and",
                "the total owed now."));
        StringBuilder mine = new StringBuilder();
        if (arrears.asOf() != null) {
            mine.append("My own records show ").append(arrears.owedNow().format()).append(" owed on ")
                    .append(w.date(arrears.asOf())).append('.');
        }
        arrears.cmsFigure().ifPresent(cms -> mine.append(" The last figure you gave me was ")
                .append(cms.cmsFigure().format()).append(", on ").append(w.date(cms.date())).append('.'));
        if (mine.length() > 0) {
            mine.append(" I want to check your figures against mine.");
            w.paragraph(mine.toString().strip());
        }
        w.subHeading("What I am asking you to do");
        w.paragraph("Please send the breakdown by " + w.replyBy() + ", which is "
                + WEEKS + " weeks from when this letter should reach you. If it will take longer, please write and tell me "
                + "why, and when I will get it.");
        w.paragraph("While I wait, please keep taking steps to collect the arrears from " + w.otherParent() + ".");
        return w.finish();
    }
}
