package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;

/** 4. Asks for the CMS's full breakdown of the arrears, so the parent can check it against their own record. */
final class ArrearsBreakdownLetter extends TemplateBase {

    ArrearsBreakdownLetter() {
        super("arrears-breakdown", "Ask for a breakdown of the arrears",
                "Request for arrears breakdown", RecipientRole.CMS_GENERAL);
    }

    /** The CMS is not involved in a private arrangement: nothing of its to write to it about. */
    @Override
    public java.util.Optional<String> doesNotFit(LetterFacts facts) {
        return ArrangementWords.cmsNeverInvolved(facts);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ArrearsDetails arrears = facts.arrears();
        // The weeks run from when the CMS receives it: counted from how the parent says they will post it.
        String due = w.replyBy(facts.deadlines().breakdownHopedFor(facts.letterDate(), w.postedBy()));
        w.heading("Request for a full breakdown of arrears");
        w.opening("to ask for a full breakdown of the arrears you hold on my case, so that I can check it against "
                + "my own records. I would like it to show:");
        // The weeks are an adviser's estimate (seed 004), not a CMS time limit or target: the parent's understanding.
        List<String> asks = new ArrayList<>(List.of("Send me a full breakdown of the arrears on my case. I "
                        + "understand this can take up to " + facts.deadlines().breakdownWeeks() + " weeks, so I hope "
                        + "to have it by " + due + ".",
                "If it will take longer, write and tell me why, and when I will get it."));
        // Asked only when my records do not show nothing owed, and without saying the CMS is already collecting.
        if (arrears.asOf() == null || arrears.owedNow().isPositive()) {
            asks.add("Do not wait for the breakdown to take steps to collect the arrears from " + w.otherParent()
                    + ".");
        }
        w.requests(asks);
        w.bullets(List.of("each amount of maintenance that fell due, with its date;",
                "each payment you have recorded, with its date;",
                "any change you made to the arrears, and why; and",
                "the total owed now."));
        // Totals only, no list of dues: the letter asks the CMS for its own list, due by due, to check against mine;
        // telling it of missed Direct Pay payments is the report's job (MissedDirectPayLetter names every one).
        StringBuilder mine = new StringBuilder();
        if (arrears.asOf() != null) {
            mine.append("My own records show ").append(CmsFigureWords.owed(arrears.owedNow())).append(" on ")
                    .append(w.date(arrears.asOf())).append('.');
        }
        CmsFigureWords.lastFigure(w, arrears).ifPresent(cms -> mine.append(' ').append(cms));
        if (mine.length() > 0) {
            w.paragraph(mine.toString().strip());
        }
        w.paragraph("If I have not had the breakdown or heard from you by " + due + ", I will write again to ask "
                + "when I will get it.");
        return w.finish();
    }
}
