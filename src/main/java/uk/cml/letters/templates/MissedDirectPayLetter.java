package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.letters.templates.EnforcementDetails.Step;

/** 2. Tells the CMS about missed Direct Pay payments; the CMS only knows when the receiving parent tells it. */
final class MissedDirectPayLetter extends TemplateBase {

    MissedDirectPayLetter() {
        super("missed-direct-pay", "Report missed Direct Pay payments",
                "Missed Direct Pay payments", RecipientRole.CMS_GENERAL);
    }

    /**
     * For a case on Direct Pay, or one moved off it whose listed dues include some due under Direct Pay (the CMS
     * still knows of those only if told). Under Collect and Pay the CMS collects and knows what it passed on: this
     * letter's "only if I tell you" would be untrue.
     */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        Arrangement today = facts.arrangementToday();
        Optional<ArrangementWords.OwedAtMove> back = collectedBeforeMoveBack(facts);
        if (back.filter(split -> !split.since().isPositive()).isPresent()) {
            return Optional.of("All of the " + back.get().before().format() + " owed fell due under Collect and Pay, "
                    + "before your case moved back to Direct Pay on " + UkFormats.shortDate(back.get().move().on())
                    + ". The CMS was collecting it, so it knows of it already. To ask it to collect the arrears, "
                    + "choose \"" + LetterTemplates.ENFORCEMENT_REQUEST.title() + "\".");
        }
        if (today == Arrangement.DIRECT_PAY || ArrangementWords.anyListedUnder(facts, Arrangement.DIRECT_PAY)) {
            return nothingToReport(facts.arrears());
        }
        if (today == Arrangement.PRIVATE) {
            return Optional.of("This letter is for a case on Direct Pay, and your case is recorded as a private "
                    + "arrangement. To write about missed payments, choose \"" + LetterTemplates.OTHER_PARENT.title()
                    + "\". If your case details are wrong, correct them on the Case page.");
        }
        return Optional.of(ArrangementWords.movedToCollectAndPay(facts)
                .map(move -> "Your case moved to Collect and Pay on " + UkFormats.shortDate(move.on())
                        + ", and none of the payments this letter lists fell due under Direct Pay.")
                .orElse("Your case has been on Collect and Pay from the start.")
                + " The CMS collects the maintenance, so it knows what it has not collected. To ask it to collect "
                + "the arrears, choose \"" + LetterTemplates.ENFORCEMENT_REQUEST.title() + "\".");
    }

    /**
     * The letter says "I have not received all the child maintenance due": when the records show nothing short and
     * nothing owed, that is untrue, however its gap is filled. With no payment records the gap is left to the parent.
     */
    private static Optional<String> nothingToReport(ArrearsDetails arrears) {
        if (arrears.asOf() == null || arrears.hasShortLines() || arrears.owedNow().isPositive()) {
            return Optional.empty();
        }
        return Optional.of("By your records nothing is owed on " + UkFormats.shortDate(arrears.asOf())
                + ", so there are no missed payments to report. If payments were missed, record the payment plan "
                + "and the money that arrived on the Payments page first.");
    }

    /** Back on Direct Pay after Collect and Pay, with arrears from before the move: the CMS collected those. */
    private static Optional<ArrangementWords.OwedAtMove> collectedBeforeMoveBack(LetterFacts facts) {
        return ArrangementWords.owedAtMove(facts).filter(split -> ArrangementWords.movedBack(split.move()));
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ArrearsDetails arrears = facts.arrears();
        String other = w.otherParent();
        String replyBy = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        w.heading("Missed Direct Pay payments");
        // What my bank statement shows is what arrived, not what was paid: the CMS asks the paying parent for proof.
        // Told before (the records hold a report or a call, even of dues listed since paid): the letter says when, and
        // does not read as the first.
        CmsReports reports = facts.reports();
        w.opening(reports.toldOfAny()
                ? "to tell you again that I have not received all the child maintenance due from " + other + " under "
                + "Direct Pay. I " + reports.told(w, "you", false)
                : "to tell you that I have not received all the child maintenance due from " + other + " under "
                + "Direct Pay. You will only know about this if I tell you");
        // Something to report: a due of the months listed is short, or older arrears are still owed (the dues
        // listed may all be paid). With neither, the marker stays in the body, so the letter cannot be made.
        boolean owed = arrears.asOf() != null && (arrears.hasShortLines() || arrears.owedNow().isPositive());
        if (!owed) {
            w.paragraph(w.missing("the missed or part payments"));
        } else {
            w.paragraph("By my records on " + w.date(arrears.asOf()) + ": " + ArrearsAnnex.summary(arrears)
                    + " " + ArrearsAnnex.tablesIntro(w, arrears));
            // Listed back at least six months, a recent report's dues come again: said, so they do not read as new.
            ArrearsAnnex.alreadyReported(w, arrears).ifPresent(w::paragraph);
            // The CMS's own figure, as the breakdown request quotes it, so the CMS sees where the two part.
            CmsFigureWords.lastFigure(w, arrears).ifPresent(w::paragraph);
            // What fell due under Collect and Pay the CMS collected, so it knows: only the rest is news to it.
            collectedBeforeMoveBack(facts).ifPresent(split -> w.paragraph("Of what is owed, "
                    + split.before().format() + " fell due under Collect and Pay, before our case moved back to "
                    + "Direct Pay on " + w.date(split.move().on()) + ": you were collecting it, so you know of it "
                    + "already. What I am telling you about is the rest, " + split.since().format()
                    + ", which fell due under Direct Pay since then."));
            // Moved to Collect and Pay with Direct Pay dues not yet reported (the list reaches back to them, however
            // old): what fell due since the move the CMS collects, so it knows of it; the rest is the news.
            ArrangementWords.owedAtMove(facts).filter(split -> split.move().from() == Arrangement.DIRECT_PAY
                    && split.move().to() == Arrangement.COLLECT_AND_PAY && split.since().isPositive())
                    .ifPresent(split -> w.paragraph("Of what is owed, " + split.since().format() + " fell due under "
                            + "Collect and Pay, since our case moved to Collect and Pay on " + w.date(split.move().on())
                            + ": you collect it, so you know of it already. What I am telling you about is the rest, "
                            + split.before().format() + ", which fell due under Direct Pay before then."));
        }
        EnforcementDetails e = facts.enforcement().orElse(new EnforcementDetails(null, "", false, List.of()));
        List<String> asks = new ArrayList<>(List.of(
                "Record on my case what fell due and what I received, as listed in this letter.",
                reports.proofAsked().map(asked -> "Record as unpaid any payment " + other + " cannot prove was "
                        + "made: your letter of " + w.date(asked) + " says you have asked for proof.")
                        .orElse("Ask " + other + " for proof of any payment they say they made.")));
        // Only the steps not yet taken by what the records show: never an arrears notice that is already logged, or
        // that a letter or document on record is about.
        if (!e.heardOf(Step.ARREARS_NOTICE)) {
            asks.add("Send " + other + " an arrears notice.");
        }
        if (!ArrangementWords.collectAndPayReached(e, facts)) {
            asks.add("Consider moving my case to Collect and Pay, so that you collect the maintenance and pass it on "
                    + "to me.");
        } else {
            asks.add("Take the next step to collect the arrears from " + other + ".");
        }
        asks.add("Write to me by " + replyBy + " to tell me what you have done and what happens next.");
        w.requests(asks);
        List<String> tried = ArrangementWords.tried(w, e, facts, other);
        if (!tried.isEmpty()) {
            w.paragraph("As far as I know, you have already taken these steps:");
            w.bullets(tried);
        }
        // Every due not yet reported, however old (ArrearsDetails.MOST_MONTHS_LISTED): the CMS knows of a missed
        // Direct Pay payment only from a report, so none is left inside the balance brought forward.
        if (owed) {
            ArrearsAnnex.write(w, arrears);
        }
        w.paragraph("If I have not heard from you by " + replyBy + ", I will phone you." + w.ifComplaintChosen(
                "If nothing has been done by then, " + reports.complaintStep(w, "") + "."));
        return w.finish();
    }
}
