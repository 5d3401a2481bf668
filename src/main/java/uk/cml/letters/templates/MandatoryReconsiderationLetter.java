package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import uk.cml.domain.calendar.DueDate;

/**
 * 13. Asks the CMS to look again at a decision about the calculation (the calculation itself, or a refusal to make
 * or change one; see {@link uk.cml.domain.standing.DecisionReading}): a mandatory reconsideration, due within one
 * calendar month of the date on the decision letter. A complaint cannot change a decision; this can, and it comes
 * before any appeal to a tribunal.
 */
final class MandatoryReconsiderationLetter extends TemplateBase {

    /** The gap for the decision letter's date, which {@link AnsweredOnRecord} reads what the parent typed in. */
    static final String DECISION_DATE = "the date on the decision letter";

    MandatoryReconsiderationLetter() {
        super("mandatory-reconsideration", "Ask the CMS to look again at a decision",
                "Mandatory reconsideration request to CMS", RecipientRole.CMS_GENERAL);
    }

    /** The CMS makes no decision on a case it has never had: nothing to ask it to look at again. */
    @Override
    public java.util.Optional<String> doesNotFit(LetterFacts facts) {
        return ArrangementWords.noCmsDecision(facts);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        DecisionDetails d = facts.decision().orElse(new DecisionDetails(null, "", "", ""));
        String decided = w.needDate(d.decisionDate(), DECISION_DATE);
        // A request already posted for this decision is chased, not made again (reviewer rv7).
        facts.reconsiderationsAsked().stream().filter(a -> a.decisionDate().equals(d.decisionDate()))
                .max(java.util.Comparator.comparing(ReconsiderationAsked::posted))
                .ifPresent(a -> w.warn("You already asked the CMS to look again at this decision: your request was "
                        + "posted on " + w.date(a.posted()) + (a.how().isEmpty() ? "" : " (" + a.how() + ")")
                        + ". Chase that letter instead of writing again: choose it on the Letters page and click "
                        + "\"Chase this letter\"."));
        // Named by the parent's words or the kind they logged, never by their note of the letter it came in.
        String named = d.named();
        String what = named.isEmpty() ? "about " + w.need("", "what the CMS decided") : named;
        w.heading("Mandatory reconsideration of your decision of " + decided);
        String replyBy = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        w.requests(List.of("Look again at your decision of " + decided + " " + what + ".",
                "Confirm in writing by " + replyBy + " that you have received this request.",
                "Send me a mandatory reconsideration notice with the result and your reasons."));
        // In time, the opening says so in the same paragraph; a late request gives its reasons in one of its own.
        String inTime = "";
        String late = "";
        if (d.decisionDate() != null) {
            // The letter quotes where the limit ends; the warning names the day to post by, as the page does.
            DueDate limit = facts.deadlines().mandatoryReconsiderationDue(d.decisionDate());
            LocalDate due = limit.counted();
            int months = facts.deadlines().reconsiderationMonths();
            String period = Deadlines.months(months);
            String the = months == 1 ? "The month" : "The " + period;
            if (facts.letterDate().isAfter(due)) {
                w.warn(the + " to ask ended on " + w.date(due) + ". The CMS may still accept a late request, up "
                        + "to " + Deadlines.months(facts.deadlines().lateReconsiderationMonths())
                        + " after the decision, if you give your reasons.");
                late = the + " to ask for a reconsideration ended on " + w.date(due) + ". I am asking late because "
                        + Text.sentence(w.need(d.whyLate(), "why you are asking late")) + " Please accept my request.";
            } else {
                if (!facts.letterDate().isBefore(limit.date().minusDays(7))) {
                    w.warn(the + " to ask ends on " + w.date(due) + "." + facts.deadlines().postBy(w, limit, "the CMS",
                            facts.letterDate())
                            + " Post it " + facts.deadlines().whenToPost(w, facts.letterDate(),
                                    uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS)
                            + ", with a certificate of posting.");
                }
                inTime = " I am asking within " + period + " of the date on your decision letter. That "
                        + (months == 1 ? "month ends" : period + " end") + " on " + w.date(due) + ".";
            }
        }
        w.opening("to ask for a mandatory reconsideration of your decision of " + decided + " " + what + "."
                + inTime);
        if (!late.isEmpty()) {
            w.paragraph(late);
        }
        w.subHeading("Why the decision is wrong");
        w.paragraph(Text.ownSentence(w.need(d.whatIsWrong(), "why the decision is wrong")));
        w.paragraph("If I disagree with the result, I will appeal to the tribunal within "
                + Deadlines.months(facts.deadlines().appealMonths()) + " of the date on your mandatory "
                + "reconsideration notice.");
        Enclosures.ifKept(w, d.letterKept(), "Copy of your decision letter of " + decided,
                "the decision letter of " + decided, Enclosures.From.CMS);
        return w.finish();
    }
}
