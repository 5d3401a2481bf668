package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;

/** 3. Asks for the case to move from Direct Pay to Collect and Pay. */
final class CollectAndPayLetter extends TemplateBase {

    CollectAndPayLetter() {
        super("collect-and-pay", "Ask to move to Collect and Pay",
                "Request for Collect and Pay", RecipientRole.CMS_GENERAL);
    }

    /** Only a case on Direct Pay, and not already due to move, can ask to be moved to Collect and Pay. */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        String enforce = " To ask the CMS to collect the arrears, choose \""
                + LetterTemplates.ENFORCEMENT_REQUEST.title() + "\".";
        return switch (facts.arrangementToday()) {
            case COLLECT_AND_PAY -> Optional.of(ArrangementWords.movedToCollectAndPay(facts)
                    .map(move -> "Your case moved to Collect and Pay on " + UkFormats.shortDate(move.on())
                            + ", so there is no move to ask for.")
                    .orElse("Your case has been on Collect and Pay from the start, so there is no move to ask for.")
                    + enforce);
            case PRIVATE -> Optional.of("This letter asks the CMS to move a case from Direct Pay to Collect and Pay, "
                    + "and your case is recorded as a private arrangement. If that is wrong, correct it on the Case "
                    + "page.");
            case DIRECT_PAY -> ArrangementWords.comingMove(facts)
                    .filter(move -> move.to() == Arrangement.COLLECT_AND_PAY)
                    .map(move -> "Your case is due to move to Collect and Pay on " + UkFormats.shortDate(move.on())
                            + ", so there is no move to ask for.");
        };
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        String other = w.otherParent();
        ArrearsDetails arrears = facts.arrears();
        String replyBy = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        w.heading("Please move my case to Collect and Pay");
        w.opening("to ask you to move my case from Direct Pay to Collect and Pay, so that you collect the "
                + "maintenance from " + other + " and pass it on to me");
        // The reason is only what the records show: money owed, or payments that arrived late. With neither, the
        // letter gives none rather than claim that payments are missed or late.
        boolean owed = arrears.asOf() != null && (arrears.hasShortLines() || arrears.owedNow().isPositive());
        // Only dues under Direct Pay: under Collect and Pay the CMS passed the money on, so when it arrived is the
        // CMS's timing, not the other parent's (a case moved back to Direct Pay lists both).
        List<ScheduleLine> direct = arrears.lines().stream()
                .filter(line -> ArrangementWords.of(facts, line) != Arrangement.COLLECT_AND_PAY).toList();
        long late = direct.stream().filter(ScheduleLine::arrivedLate).count();
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
            // The CMS's own figure, as the report and the breakdown request quote it: a letter stating the records'
            // figure without the different one the CMS gave reads as if the parent had not seen it.
            CmsFigureWords.lastFigure(w, arrears).ifPresent(w::paragraph);
        } else if (arrears.asOf() != null && late > 0) {
            int all = direct.size();
            LocalDate since = direct.size() == arrears.lines().size() ? arrears.since()
                    : ArrangementWords.latestMove(facts).map(ArrangementWords.Move::on).orElse(arrears.since());
            String which = all == 1 ? "the payment due on " + w.date(direct.get(0).date())
                    : (late == all ? "all " + all : late + " of the " + all) + " payments due since "
                    + w.date(since);
            // A due part of whose money came on its day arrived late only in part: "arrived late" alone claimed all
            // of it came late, which the bank statement of that day contradicts (ScheduleLine.lateInPart).
            long inPart = direct.stream().filter(ScheduleLine::lateInPart).count();
            String part = inPart == 0 ? "" : inPart == late ? (late == 1 ? ", only in part" : ", each only in part")
                    : " (" + inPart + " of them only in part)";
            w.paragraph("By my records, " + which + " arrived late" + part + "." + rely);
        } else {
            w.warn("Your records show no payment missed or late, so the letter gives no reason for the change. "
                    + "Add your reason to the letter if you have one.");
        }
        // A case on Direct Pay: the dues listed reach back to every one the records show no report of
        // (ArrearsDetails.MOST_MONTHS_LISTED), so this letter, which tells the CMS of them too, names each.
        if (arrears.hasShortLines()) {
            w.paragraph(ArrearsAnnex.tablesIntro(w, arrears));
            ArrearsAnnex.write(w, arrears);
        }
        w.paragraph("I understand that Collect and Pay has fees, and that a part of what you collect is kept "
                + "as a fee before it is passed to me.");
        w.paragraph("If I have not heard from you by " + replyBy + ", I will phone you." + w.ifComplaintChosen(
                "If my case has still not moved by then, " + facts.reports().complaintStep(w, "") + "."));
        return w.finish();
    }
}
