package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.letters.templates.SettlementDetails.Decision;

/**
 * 9. Replies about a part payment in full and final settlement. Accepting cannot be undone and clears the arrears
 * only, so an acceptance states its conditions and that regular maintenance carries on.
 */
final class SettlementReplyLetter extends TemplateBase {

    SettlementReplyLetter() {
        super("settlement-reply", "Reply about a part payment to settle arrears",
                "Reply to CMS about part payment offer", RecipientRole.CMS_GENERAL);
    }

    /**
     * The letter answers an offer of a part payment in full and final settlement: the records must hold one (a letter
     * received that reads as one, {@link LetterFacts#settlement()}, or a settlement recorded on the Payments page), or
     * the writer was begun from one. With none, the amount would be a gap that blocks the letter. Facts not read from
     * the records say nothing either way.
     */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        if (facts.settlement().isPresent() || facts.arrears().settlement().isPresent() || !facts.onRecord().known()) {
            return Optional.empty();
        }
        return Optional.of("Your records hold no offer of a part payment in full and final settlement, and this "
                + "letter replies to one. When you are told of an offer, log the letter on the Letters page with "
                + "\"full and final settlement\" in its summary.");
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        SettlementDetails s = facts.settlement().orElse(new SettlementDetails(null, null, null, List.of()));
        // Once a settlement is recorded, what is owed is the agreed sum: the offer was made against the arrears
        // before it, so those are quoted (a later offer is made against what is owed now).
        java.util.Optional<uk.cml.domain.arrears.SettlementStatus> agreed = facts.arrears().settlement()
                .filter(a -> s.offerDate() == null || !s.offerDate().isAfter(a.agreedOn()));
        // The amount from the CMS's letter, else the sum the records say was agreed for this offer: a gap only when
        // the records hold neither.
        Money offered = s.amount() != null ? s.amount()
                : agreed.map(uk.cml.domain.arrears.SettlementStatus::agreed).orElse(null);
        String amount = w.needMoney(offered, "the amount offered");
        // The date is the one on the CMS's letter: the parent was told of the offer when it arrived, days later, so
        // the letter names the CMS's letter by its date, as the CMS files it, and never says "told about on" it.
        String offer = s.offerDate() == null ? "the offer I was told about"
                : "the offer in your letter of " + w.date(s.offerDate());
        String replyBy = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        // The heading says what the letter does with the other parent's offer: "Offer of ..." read as the parent
        // offering (reviewer, rv8).
        w.heading(switch (s.decision()) {
            case ACCEPT -> "Accepting the offer of a part payment in full and final settlement";
            case DECLINE -> "Declining the offer of a part payment in full and final settlement";
            case UNDECIDED -> "Reply to the offer of a part payment in full and final settlement";
        });
        w.opening("to reply to " + offer + ": " + w.otherParent() + " offers to pay "
                + amount + " as a part payment in full and final settlement of the arrears on my case");
        Money byRecords = null;
        if (agreed.isPresent()) {
            byRecords = agreed.get().against();
            w.paragraph("By my records, the arrears were " + agreed.get().against().format() + " when the part "
                    + "payment in full and final settlement was recorded as agreed on " + w.date(agreed.get().agreedOn())
                    + ".");
        } else if (facts.arrears().owedNow().isPositive() && facts.arrears().asOf() != null) {
            byRecords = facts.arrears().owedNow();
            w.paragraph("By my records, the arrears were " + facts.arrears().owedNow().format() + " on "
                    + w.date(facts.arrears().asOf()) + ".");
        }
        // The CMS's own figure, in the words every letter quotes it in; once a settlement is recorded, only a figure
        // from before it (a later one already counts the agreed sum).
        Optional<CmsDifference> cms = facts.arrears().cmsFigure()
                .filter(f -> agreed.isEmpty() || !f.date().isAfter(agreed.get().agreedOn()));
        if (cms.isPresent()) {
            CmsFigureWords.lastFigure(w, facts.arrears()).ifPresent(w::paragraph);
        }
        givenUp(w, offered, byRecords, agreed.isEmpty() ? facts.arrears().asOf() : null, cms);
        if (s.decision() == Decision.ACCEPT) {
            w.warn("Once you, the other parent and the CMS agree, you cannot change your mind. You may want to talk "
                    + "to an adviser before you send this.");
            w.requests(List.of(
                    "Tell me in writing by " + replyBy + " whether you agree to this and, if you do, how and when "
                            + "the payment will be made."));
            // Once agreed it cannot be undone (seed 000): that the money must arrive is a condition of the
            // agreement, not a request to undo it afterwards (reviewer, rv8).
            // The condition that the money arrives is said once: in the parent's words when they typed conditions
            // (the letter's own sentence beside them said the same again), else in the letter's.
            w.paragraph("I accept the offer only on these conditions:");
            List<String> conditions = new ArrayList<>(s.conditions().stream().map(Text::ownSentence).toList());
            if (conditions.isEmpty()) {
                conditions.add("The full " + amount + " reaches my bank account by the date agreed.");
            }
            // The rule (seed 000), not a claim that maintenance has been paid regularly "as before".
            conditions.add("The payment clears the arrears only, not maintenance that falls due after it.");
            w.bullets(conditions);
            // What to do if it is not met, once, whichever words gave the condition (seed 000: if the other parent
            // does not pay, the CMS can cancel the agreement).
            w.paragraph("If the payment is not made as agreed, please cancel the agreement and collect the full "
                    + "arrears.");
        } else if (s.decision() == Decision.DECLINE) {
            w.requests(List.of("Keep the full arrears on my case and collect them.",
                    "Tell me in writing by " + replyBy + " what you will do next."));
            w.paragraph("I do not accept the offer. I believe the arrears can be paid in full.");
            if (!s.conditions().isEmpty()) {
                w.paragraph("I would consider a new offer on these terms:");
                w.bullets(s.conditions().stream().map(Text::ownSentence).toList());
            }
        } else {
            w.requests(List.of(w.missing("whether you accept or decline the offer")));
        }
        w.paragraph("If I have not heard from you by " + replyBy + ", I will phone you.");
        return w.finish();
    }

    /**
     * What accepting would give up: the arrears by the records less the offer, and by the CMS's own figure when that
     * is more than the offer. Said only when both figures of a pair are in the records and the offer is the less.
     */
    private static void givenUp(DraftWriter w, Money offered, Money byRecords, java.time.LocalDate now,
            Optional<CmsDifference> cms) {
        if (offered == null) {
            return;
        }
        List<String> said = new ArrayList<>();
        if (byRecords != null && byRecords.compareTo(offered) > 0) {
            said.add("Accepting the offer of " + offered.format() + " would give up " + byRecords.minus(offered)
                    .format() + " of the arrears by my records (" + byRecords.format() + " less " + offered.format()
                    + ").");
        }
        // The CMS's figure is as at its own day, often weeks before: said as such, beside what the records show owed
        // now, so the smaller sum given up by it is not read as today's (reviewer, rv8).
        boolean older = now != null && byRecords != null;
        cms.filter(f -> f.cmsFigure().compareTo(offered) > 0).ifPresent(f -> said.add((said.isEmpty()
                ? "Accepting the offer of " + offered.format() + " would give up " + f.cmsFigure().minus(offered)
                        .format() + " of the arrears by your figure of " + f.cmsFigure().format() + " as at "
                        + w.date(f.date()) + "."
                : "By your figure of " + f.cmsFigure().format() + " as at " + w.date(f.date())
                        + ", it would give up " + f.cmsFigure().minus(offered).format() + (older
                        && f.date().isBefore(now) ? "; that figure does not count anything that fell due after "
                        + w.date(f.date()) + ", and my records show " + byRecords.format() + " owed now" : "")
                        + ".")));
        if (!said.isEmpty()) {
            w.paragraph(String.join(" ", said));
        }
    }
}
