package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * 12. To the other parent about missed payments: the money owed and a request to pay or agree a plan. Its words follow
 * how maintenance is arranged: only a private arrangement was agreed between the parents, and only there is the
 * remedy to ask the CMS to arrange maintenance; on Direct Pay the CMS worked the amount out and is told of the missed
 * payments; on Collect and Pay the money goes through the CMS, so the parent knows only what reached them, not what
 * the other parent paid the CMS: the letter says what has not reached them and asks for anything not paid. After a
 * move to Collect and Pay, what was missed before the move is asked for apart, never as money to pay the CMS
 * ({@link #afterMove}).
 */
final class OtherParentLetter extends TemplateBase {

    private static final String CMS = "the Child Maintenance Service";

    OtherParentLetter() {
        super("other-parent", "Write to the other parent about missed payments",
                "Letter to other parent about missed payments", RecipientRole.OTHER_PARENT);
    }

    /**
     * The letter says some maintenance has not been paid (or has not reached the parent) and asks for it: when the
     * records show nothing owed now, both would be untrue, so it does not fit. With no payment records at all the
     * amount is left for the parent to give, as the enforcement request leaves it.
     */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        ArrearsDetails arrears = facts.arrears();
        if (arrears.asOf() == null || arrears.owedNow().isPositive()) {
            return Optional.empty();
        }
        String other = facts.caseDetails().otherParentName();
        return Optional.of("By your records nothing is owed on " + uk.cml.domain.UkFormats.shortDate(arrears.asOf())
                + ", so there are no missed payments to ask " + (Text.blank(other) ? "the other parent" : other)
                + " to pay. If payments were missed, record the payment plan and the money that arrived on the "
                + "Payments page first.");
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
        if (LetterFrame.hidesMyAddress(RecipientRole.OTHER_PARENT, facts)
                && !LetterFrame.repliesThroughTheCms(RecipientRole.OTHER_PARENT, facts)) {
            // No address, phone or email, and no CMS case to reply through: the letter asks for contact it gives no
            // way to make. The parent is told, never left to find out from an unanswered letter.
            // A CMS case whose reference is to be added later (reviewer rv10) has a CMS case: only not its number.
            w.warn("Your address, phone and email are kept out of this letter, and " + (arrangement.involvesCms()
                    ? "until your CMS reference is added on the Case page" : "with no CMS case")
                    + " it cannot say to reply through the CMS, so it gives " + w.otherParent() + " no way to "
                    + "contact you. Add a way in the letter, or turn off keeping your address private on the Case "
                    + "page.");
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
        Optional<ArrangementWords.OwedAtMove> split = ArrangementWords.owedAtMove(facts);
        w.requests(split.isPresent() ? afterMove(w, split.get(), arrears, by) : arrangement == Arrangement.COLLECT_AND_PAY
                ? List.of(notReachedThroughTheCms(total + " of the maintenance due", owed ? arrears.owedNow() : null,
                                owed ? arrears.owedAfterFee() : null, by),
                        "If you cannot pay it all at once, contact " + CMS + " by " + by + " to agree how you will "
                                + "pay it off as well as the regular payments.")
                : List.of("Pay what you owe by " + by + ": by my records, " + total + ".",
                        "If you cannot pay it all at once, " + contactMe(w) + " by " + by + " so we can agree a plan to pay "
                                + "it off as well as the regular payments."));
        // The same dues as the letters to the CMS list (ArrearsDetails: under Direct Pay every due not yet reported,
        // else six months at most), so the two letters agree line for line; older arrears are in the balance brought
        // forward, and the total asked for is the whole balance either way.
        if (owed || arrears.hasShortLines()) {
            // When some of the dues listed fell under Collect and Pay, this reader paid the CMS, not me: the totals
            // say what reached me and what has not, never that it is owed or was paid (the CMS letters' words).
            ArrearsAnnex.Owed words = !ArrangementWords.anyListedUnder(facts, Arrangement.COLLECT_AND_PAY)
                    && !(arrears.lines().isEmpty() && arrangement == Arrangement.COLLECT_AND_PAY)
                    ? ArrearsAnnex.Owed.OWED
                    : dues.equals(Optional.of(Arrangement.COLLECT_AND_PAY))
                    ? ArrearsAnnex.Owed.NOT_REACHED_ME_THROUGH_THE_CMS : ArrearsAnnex.Owed.NOT_REACHED_ME;
            w.paragraph("By my records: " + ArrearsAnnex.summary(arrears, words) + " "
                    + ArrearsAnnex.tablesIntro(w, arrears, words));
            ArrearsAnnex.write(w, arrears, words);
        }
        // What the records say the CMS has been told is said as done, never as a threat.
        String told = arrangement == Arrangement.PRIVATE ? "" : reports.told(w, "it");
        w.paragraph((told.isEmpty() ? "" : "I have already been in touch with " + CMS + ": I " + told + ". ")
                + "If I do not hear from you by " + by + ", I will "
                + (arrangement == Arrangement.DIRECT_PAY && reports.toldOfMissedPayments()
                ? "ask " + CMS + " to move our case to Collect and Pay, so that it collects the maintenance from you"
                : split.isPresent() && ArrangementWords.onlyPrivateArrears(facts).isPresent()
                ? "think about what else I can do to get the money"
                : nextStep(arrangement)) + ".");
        return w.finish();
    }

    /**
     * "contact me", or, when the letter keeps the parent's address from the other parent and asks for replies through
     * the CMS, "contact me through the Child Maintenance Service": the letter gives no other way to reach them.
     */
    private static String contactMe(DraftWriter w) {
        return LetterFrame.repliesThroughTheCms(RecipientRole.OTHER_PARENT, w.facts()) ? "contact me through " + CMS
                : "contact me";
    }

    /**
     * After a move to Collect and Pay, what to pay whom, kept apart. What fell due since the move is collected by the
     * CMS, and the parent knows only what has not reached them through it, not what the other parent paid it or had
     * taken from their pay: the letter says what has not reached them and asks for it, to the CMS, only if it has not
     * been paid ({@link #notReachedThroughTheCms}). What was missed before it was owed to the parent directly. Direct Pay arrears go to the
     * CMS only once it has taken them on for collection (it knows of them only when the parent tells it, then asks
     * the other parent for proof: seed 000), and nothing in the records says it has, so the letter does not say it
     * has: pay me, unless the CMS has told you it is collecting them. The CMS cannot collect the arrears of a private
     * arrangement at all (seed 000), so those are to be paid to the parent.
     */
    private static List<String> afterMove(DraftWriter w, ArrangementWords.OwedAtMove split, ArrearsDetails arrears,
            String by) {
        // What fell due since the move, after the fee: each due less its own fee (the rest owed is from before it).
        uk.cml.domain.Money sinceAfterFee = arrears.shortSinceAfterFee(split.move().on()).orElse(split.since())
                .min(split.since()).min(arrears.owedAfterFee());
        if (ArrangementWords.movedBack(split.move())) {
            return backOnDirectPay(w, split, arrears.owedAfterFee().minus(sinceAfterFee), by);
        }
        boolean since = split.since().isPositive();
        boolean wasPrivate = split.move().from() == Arrangement.PRIVATE;
        String older = wasPrivate ? "our private arrangement" : "Direct Pay";
        String missed = split.before().format() + " missed under " + older + ", before "
                + (since ? "the move" : "our case moved to Collect and Pay on " + w.date(split.move().on()));
        List<String> asks = new ArrayList<>();
        if (since) {
            // Since the move the money goes through the CMS: what has not reached me, asked for only if not paid.
            asks.add(notReachedThroughTheCms(split.since().format() + " of the maintenance due since our case moved to "
                    + "Collect and Pay on " + w.date(split.move().on()), split.since(), sinceAfterFee, by));
        }
        if (wasPrivate) {
            asks.add("Pay me the " + missed + ", by " + by + ". It was owed to me directly, and " + CMS
                    + " cannot collect it.");
        } else {
            asks.add("Pay the " + missed + ", by " + by + ". It was owed to me directly, so pay it to me, unless "
                    + CMS + " has told you that it is collecting it: then pay it as " + CMS + " tells you.");
        }
        if (!since) {
            asks.add("If you cannot pay it all at once, " + contactMe(w) + " by " + by + " so we can agree a plan to pay it off "
                    + "as well as the regular payments" + (wasPrivate ? "." : ", or contact " + CMS
                    + " if it is collecting it."));
        } else {
            asks.add("If you cannot pay it all at once, contact " + CMS + " by " + by + " to agree how you will pay "
                    + "it off as well as the regular payments. " + (wasPrivate
                    ? "About the arrears of our private arrangement, " + contactMe(w) + " by then, so we can agree a plan."
                    : "If it is not collecting the Direct Pay arrears, " + contactMe(w) + " by then about those, so we can "
                            + "agree a plan."));
        }
        return asks;
    }

    /**
     * Back on Direct Pay after Collect and Pay, the mirror of {@link #afterMove}: what fell due since the move is paid
     * to the parent directly. What fell due under Collect and Pay the CMS was collecting: the parent knows only what
     * reached them, not what the other parent paid the CMS, so the letter asks for it to be paid to the CMS only if
     * it has not been, never to the parent.
     */
    private static List<String> backOnDirectPay(DraftWriter w, ArrangementWords.OwedAtMove split,
            uk.cml.domain.Money beforeAfterFee, String by) {
        boolean since = split.since().isPositive();
        String moved = "our case moved back to Direct Pay on " + w.date(split.move().on());
        List<String> asks = new ArrayList<>();
        if (since) {
            asks.add("Pay me what you owe since " + moved + ", by " + by + ": by my records, "
                    + split.since().format() + " of what fell due since then has not been paid.");
        }
        // The same words as a move to Collect and Pay says of what fell due since it: what has not reached me
        // through the CMS, asked for only if it has not been paid to it.
        asks.add(notReachedThroughTheCms(split.before().format() + " of the maintenance due under Collect and Pay, "
                + "before " + (since ? "the move" : moved) + ",", split.before(), beforeAfterFee, by));
        asks.add(since ? "If you cannot pay it all at once, " + contactMe(w) + " by " + by + " so we can agree a plan to pay off "
                + "what fell due since the move, and contact " + CMS + " about what it was collecting."
                : "If you cannot pay it all at once, contact " + CMS + " by " + by + " to agree how you will pay it "
                        + "off.");
        return asks;
    }

    /**
     * Under Collect and Pay, what has not reached the parent through the CMS, and the ask to pay it only if it has not
     * been paid: the parent cannot know whether the other parent paid the CMS (or had it taken from their pay under an
     * earnings order) and the CMS did not pass it on, so the letter never says the other parent owes it (reviewer,
     * rv6). "By my records, £616.39 of the maintenance due has not reached me through the Child Maintenance Service;
     * after the Collect and Pay fee, about £591.74 of it should have reached me and has not. If you have paid it to
     * the Child Maintenance Service, or it was taken from your pay, you need not pay it again. If not, please pay it
     * to the Child Maintenance Service by 22 Dec 2026." After a move to Collect and Pay, {@code what} is the part
     * that fell due since the move ("£210.50 of the maintenance due since our case moved to Collect and Pay on
     * 15 Oct 2026"); what was missed before it, under Direct Pay, was paid to the parent directly, who knows it was
     * missed, and is asked for in its own words. Back on Direct Pay, it is the part that fell due under Collect and
     * Pay ("£210.50 of the maintenance due under Collect and Pay, before the move,"), said the same way.
     */
    private static String notReachedThroughTheCms(String what, uk.cml.domain.Money beforeFee,
            uk.cml.domain.Money afterFee, String by) {
        return "By my records, " + what + " has not reached me through " + CMS
                + (beforeFee == null ? "" : ArrangementWords.shouldHaveReachedMe(beforeFee, afterFee, "the", "has"))
                + ". If you have paid it to " + CMS + ", or it was taken from your pay, you need not pay it again. "
                + "If not, please pay it to " + CMS + " by " + by + ".";
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
            // The money may have reached the CMS and not been passed on: never "the arrears from you".
            case COLLECT_AND_PAY -> "ask " + CMS + " to find out what has happened to the money and to collect "
                    + "anything you have not paid";
        };
    }
}
