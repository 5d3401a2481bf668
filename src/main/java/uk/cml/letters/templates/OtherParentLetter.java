package uk.cml.letters.templates;

import java.util.List;
import java.util.Optional;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * 12. To the other parent about missed payments: the money owed and a request to pay or agree a plan. Its words follow
 * how maintenance is arranged: only a private arrangement was agreed between the parents, and only there is the
 * remedy to ask the CMS to arrange maintenance; on Direct Pay the CMS worked the amount out and is told of the missed
 * payments; on Collect and Pay the money goes through the CMS, so the parent knows only what reached them, not what
 * the other parent paid the CMS: the letter says what has not reached them and asks for anything not paid.
 */
final class OtherParentLetter extends TemplateBase {

    private static final String CMS = "the Child Maintenance Service";

    OtherParentLetter() {
        super("other-parent", "Write to the other parent about missed payments",
                "Letter to other parent about missed payments", RecipientRole.OTHER_PARENT);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ArrearsDetails arrears = facts.arrears();
        // Today's arrangement says whom to pay now and what happens next; the dues listed are described as they
        // were arranged when they fell due (none, when they span a move).
        Arrangement arrangement = facts.arrangementToday();
        Optional<Arrangement> dues = ArrangementWords.ofListedDues(facts);
        CmsReports reports = facts.reports();
        if ((arrangement == Arrangement.DIRECT_PAY || ArrangementWords.anyListedUnder(facts, Arrangement.DIRECT_PAY))
                && !reports.toldOfMissedPayments()) {
            w.warn("The CMS only knows about missed Direct Pay payments if you tell it: write to the CMS too "
                    + "(Report missed Direct Pay payments).");
        }
        String children = Text.joinAnd(facts.caseDetails().childrenFirstNames());
        String ours = w.children().replaceFirst("^my ", "our ");
        w.heading(children.isEmpty() ? "Child maintenance" : "Child maintenance for " + children);
        // The whole balance, as the Overview shows it, not only what is short on the dues listed.
        // Owed now, whether on the dues listed or on older ones (the dues listed may all be paid).
        boolean owed = arrears.asOf() != null && arrears.owedNow().isPositive();
        String total = owed ? arrears.owedNow().format() : w.missing("the missed or part payments");
        String by = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        // Under Collect and Pay my records show what the CMS passed on, not what reached the CMS.
        boolean notPaid = dues.filter(d -> d != Arrangement.COLLECT_AND_PAY).isPresent();
        w.opening("about the child maintenance for " + ours + " " + dues.map(OtherParentLetter::which)
                .orElse("that " + CMS + " worked out you should pay") + ", because some of it has "
                + (notPaid ? "not been paid" : "not reached me"));
        // After a move, the day it happened, when the dues listed (or some of them) were arranged the old way.
        ArrangementWords.latestMove(facts).filter(move -> !dues.equals(Optional.of(move.to())))
                .ifPresent(move -> w.paragraph(ArrangementWords.moved(w, move, "Our")));
        w.requests(arrangement == Arrangement.COLLECT_AND_PAY
                ? List.of("Pay " + CMS + " anything you have not paid by " + by + ": by my records, " + total
                                + " has not reached me.",
                        "If you cannot pay it all at once, contact " + CMS + " by " + by + " to agree how you will "
                                + "pay it off as well as the regular payments.")
                : List.of("Pay what you owe by " + by + ": by my records, " + total + ".",
                        "If you cannot pay it all at once, contact me by " + by + " so we can agree a plan to pay "
                                + "it off as well as the regular payments."));
        if (owed || arrears.hasShortLines()) {
            w.paragraph("By my records: " + ArrearsAnnex.summary(arrears) + " "
                    + ArrearsAnnex.tablesIntro(w, arrears));
            ArrearsAnnex.write(w, arrears);
        }
        // What the records say the CMS has been told is said as done, never as a threat.
        String told = arrangement == Arrangement.PRIVATE ? "" : reports.told(w, "it");
        w.paragraph((told.isEmpty() ? "" : "I have already been in touch with " + CMS + ": I " + told + ". ")
                + "If I do not hear from you by " + by + ", I will "
                + (arrangement == Arrangement.DIRECT_PAY && reports.toldOfMissedPayments()
                ? "ask " + CMS + " to move our case to Collect and Pay, so that it collects the maintenance from you"
                : nextStep(arrangement)) + ".");
        return w.finish();
    }

    /** Whose amount it is: agreed between the parents, or worked out by the CMS. */
    private static String which(Arrangement arrangement) {
        return switch (arrangement) {
            case PRIVATE -> "that we agreed you would pay";
            case DIRECT_PAY -> "that " + CMS + " worked out you should pay me through Direct Pay";
            case COLLECT_AND_PAY -> "that " + CMS + " worked out you should pay through its Collect and Pay service";
        };
    }

    /** What the parent can do next: only a private arrangement is replaced by asking the CMS to arrange it. */
    private static String nextStep(Arrangement arrangement) {
        return switch (arrangement) {
            case PRIVATE -> "ask " + CMS + " to arrange maintenance from now on";
            case DIRECT_PAY -> "tell " + CMS + " about the missed payments and ask it to move our case to Collect "
                    + "and Pay, so that it collects the maintenance from you";
            case COLLECT_AND_PAY -> "ask " + CMS + " to take action to collect the arrears from you";
        };
    }
}
