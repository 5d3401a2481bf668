package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.templates.EnforcementDetails.Step;

/**
 * 14. Asks the CMS to take the next enforcement step after those the records show it has taken, fitting what the
 * parent knows of the paying parent: a deduction from earnings order for someone employed, deduction orders against
 * a bank account for someone self-employed or with savings, a liability order once deductions have been tried and
 * the arrears are still unpaid, and then what a liability order allows.
 */
final class EnforcementRequestLetter extends TemplateBase {

    /**
     * Sent to Child Maintenance Service 21, Mail Handling Site A, Wolverhampton, on any arrangement: seed 000 gives it
     * for a parent who thinks the CMS is "being too slow to take enforcement action" or is not happy with how it plans
     * to collect the arrears, under Direct Pay as under Collect and Pay.
     */
    EnforcementRequestLetter() {
        super("enforcement-request", "Ask the CMS to enforce the arrears",
                "Enforcement request to CMS", RecipientRole.CMS_COLLECTION);
    }

    /**
     * The CMS cannot collect or enforce the arrears of a private arrangement (seed 000): never ask it to. Nor when the
     * records show nothing owed: there are no arrears to enforce, and the letter would be all gaps.
     */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        return ArrangementWords.onlyPrivateArrears(facts).or(() -> nothingOwed(facts.arrears()));
    }

    private static Optional<String> nothingOwed(ArrearsDetails arrears) {
        if (arrears.asOf() == null || arrears.owedNow().isPositive()) {
            return Optional.empty();
        }
        return Optional.of("By your records nothing is owed on " + uk.cml.domain.UkFormats.shortDate(arrears.asOf())
                + ", so there are no arrears to ask the CMS to enforce. If payments were missed, record the payment "
                + "plan and the money that arrived on the Payments page first.");
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        EnforcementDetails e = facts.enforcement().orElse(new EnforcementDetails(null, "", false, List.of()));
        ArrearsDetails arrears = facts.arrears();
        String other = w.otherParent();
        // From the running balance of the whole record, not any matching of payments to dues: the CMS attributes
        // payments by its own rules, so "the oldest payment still owed" is its call; this date holds either way.
        LocalDate since = e.owedSince() != null ? e.owedSince() : arrears.owedSince();
        // What was missed under a private arrangement is never asked for: only what fell due since the case came to
        // the CMS, and the unbroken run of the whole balance (which began under the private arrangement) is not said.
        Optional<ArrangementWords.OwedAtMove> privatePart = ArrangementWords.privateArrears(facts)
                .filter(p -> p.before().isPositive());
        Money collectable = privatePart.map(ArrangementWords.OwedAtMove::since).orElse(arrears.owedNow());
        boolean known = collectable.isPositive() && arrears.asOf() != null;
        String unknown = known ? "" : w.missing("how much is owed");
        // Under Collect and Pay the records show what the CMS passed on, not what the other parent paid it: what has
        // not reached the parent may not have been collected, or may have been collected and not passed on.
        boolean collects = facts.arrangementToday() == Arrangement.COLLECT_AND_PAY;
        String began = (e.owedSince() == null && since != null ? "the payment due on " : "")
                // The records' date is a due's (a weekend due's, not the Monday it was on time by); a date the
                // parent typed is said as given.
                + w.needDate(since, "when the arrears began");
        String sinceMove = privatePart.map(p -> ", all from payments due since our case moved to "
                + ArrangementWords.name(p.move().to()) + " on " + w.date(p.move().on())).orElse("");
        if (collects) {
            w.heading("Child maintenance that has not reached me");
            // Dues are counted before the fee, as every letter counts them. What reaches the parent is after the fee,
            // so with a fee that figure is what is outstanding, and what should have reached them is said apart; the
            // parent does not know whether it was paid to the CMS, so never that it was not paid.
            Money afterFee = privatePart.map(p -> arrears.shortSinceAfterFee(p.move().on()).orElse(p.since()))
                    .orElse(arrears.owedAfterFee());
            boolean fee = !afterFee.equals(collectable);
            w.opening("to ask you to collect the child maintenance that has not reached me. By my records, "
                    + (!known ? unknown + " had not reached me" : fee ? collectable.format()
                            + " of the maintenance due was outstanding on " + w.date(arrears.asOf())
                            : collectable.format() + " of the maintenance due had not reached me by "
                            + w.date(arrears.asOf()))
                    + sinceMove
                    + (known ? ArrangementWords.shouldHaveReachedMe(collectable, afterFee, "your", "had") : "")
                    + (privatePart.isPresent() ? "" : ". It has been owed to me without a break since " + began));
        } else {
            w.heading("Please take action to collect the arrears");
            w.opening("to ask you to take action to collect the arrears " + other + " owes, which by my records were "
                    + (known ? collectable.format() + " on " + w.date(arrears.asOf()) : unknown)
                    + (privatePart.isPresent() ? sinceMove
                    : ". The arrears have been owed without a break since " + began));
        }
        privatePart.ifPresent(p -> w.paragraph("I am also owed " + p.before().format() + " from payments missed "
                + "under our private arrangement, before our case moved to " + ArrangementWords.name(p.move().to())
                + ". I know you cannot collect arrears of a private arrangement, so I do not ask you to."));
        // An agreed part payment not yet paid is part of what is owed, not cleared: said, so the CMS can act on it.
        SettlementWords.notPaid(arrears).ifPresent(s -> w.paragraph(SettlementWords.ofWhatIsOwed(s, arrears.owedNow())
                + " The arrears it covers are cleared only when it is paid. If it is not paid, please cancel the "
                + "agreement and collect those arrears."));
        String replyBy = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        // After a move to Collect and Pay the CMS knows what it has not collected since, but of what was missed under
        // Direct Pay only what the parent told it (seed 000): the letter says that part apart, tells the CMS of it if
        // the records show no report, and asks whether the CMS is collecting it (the letter to the other parent
        // cannot know). Private arrears were said apart above, and not asked for.
        Optional<ArrangementWords.OwedAtMove> split = ArrangementWords.owedAtMove(facts)
                .filter(s -> s.move().from() == Arrangement.DIRECT_PAY);
        boolean directPayPart = split.isPresent();
        CmsReports reports = facts.reports();
        split.ifPresent(s -> w.paragraph(beforeTheMove(w, s, reports)));
        // What fell due under Collect and Pay and has not reached the parent: the CMS is asked which it is.
        Money notReached = collects ? split.map(ArrangementWords.OwedAtMove::since).orElse(collectable) : Money.ZERO;
        boolean askWhich = notReached.isPositive() && arrears.asOf() != null;
        if (askWhich) {
            w.paragraph("Under Collect and Pay I only see what you pass on to me, not what " + other + " pays you. "
                    + "So I do not know whether the " + notReached.format() + (split.isPresent()
                    ? " that fell due since the move" : "") + " was not collected from " + other
                    + ", or was collected and not passed on to me.");
        }
        List<String> asks = new ArrayList<>();
        if (askWhich) {
            asks.add("Tell me whether you have collected the " + notReached.format() + " from " + other
                    + ". If you have, pass it on to me.");
        }
        if (directPayPart && !reports.toldOfMissedPayments()) {
            asks.add("Record on my case the " + split.get().before().format() + " missed under Direct Pay, and ask "
                    + other + " for proof of any payment they say they made.");
        }
        asks.addAll(steps(w, e, arrears, facts.caseDetails().otherParentWork(), other));
        // What the CMS said on the parent's calls it would do, by a day now passed, not marked kept: listed below by
        // the complaint's own lines (CmsReports#promiseLines), and asked after as the letter confirming a call does.
        List<String> promises = reports.promiseLines(w);
        if (!promises.isEmpty()) {
            asks.add("Tell me whether what I understood from my calls that you would do (listed below) has been done, "
                    + "and if it has not, do it now.");
        }
        // What the records hold of enforcement is only what the parent was told, up to a day: what came of it since
        // is the CMS's to say.
        e.sinceLatestNews(w, facts.letterDate(), other).ifPresent(asks::add);
        asks.add("Tell me in writing by " + replyBy + (askWhich ? " what you find and, if it was not collected, "
                : " ") + "which step you will take, and when"
                + (directPayPart ? ", and whether you are collecting the " + split.get().before().format()
                + " missed under Direct Pay." : "."));
        w.requests(asks);
        // Missed Direct Pay payments the records show no report of: the CMS knows of them only when told (seed 000),
        // and a total does not tell it which payments they were, so the letter names each one, with the tables of
        // the missed Direct Pay report (ArrearsDetails reaches back to every such due). With a report on record the
        // letter says when it was made instead, as the arrears the CMS already knows of are only quoted by total; and
        // under Collect and Pay alone the CMS holds the record of each due itself.
        boolean tellsOfDirectPay = !reports.toldOfMissedPayments() && arrears.asOf() != null
                && arrears.owedNow().isPositive() && ArrangementWords.anyListedUnder(facts, Arrangement.DIRECT_PAY)
                && (directPayPart || facts.arrangementToday() == Arrangement.DIRECT_PAY);
        // Here, after what the letter says of them and before what has been tried, so the tables follow the words.
        if (tellsOfDirectPay) {
            w.paragraph(ArrearsAnnex.tablesIntro(w, arrears));
            ArrearsAnnex.write(w, arrears);
        }
        w.subHeading("What has been tried, as far as I know");
        // When the CMS was told is the key fact (under Direct Pay it knows of missed payments only then), and what it
        // wrote back: each dated, the CMS's letters by the parent's own note of them.
        List<String> dealings = reports.dealings(w);
        if (!dealings.isEmpty()) {
            w.paragraph("What I have told you about the missed payments, and the letters I have had from you, as my "
                    + "records show:");
            w.bullets(dealings);
        }
        if (!promises.isEmpty()) {
            w.paragraph("What I understood from my calls that you would do, by a day now passed:");
            w.bullets(promises);
        }
        List<String> tried = ArrangementWords.tried(w, e, facts, other);
        if (tried.isEmpty()) {
            // What the CMS has done is in its records, not mine: the letter says only what the parent's records hold.
            // A call's notes naming a step are free words, not said as a fact, but then the records are not empty:
            // the letter says only that no letter from the CMS names one.
            w.paragraph(e.callsMention() ? "I have no letter from you about any enforcement action so far."
                    : "I have no record of being told of any enforcement action so far.");
        } else {
            // Under a lead-in of their own, never as more lines of what was promised on the calls (reviewer, rv6).
            w.paragraph("What you have done so far to collect the arrears, as far as I know:");
            w.bullets(tried);
            if (arrears.owedNow().isPositive()) {
                w.paragraph("The arrears are still unpaid.");
            }
        }
        List<Step> onlyInCalls = e.onlyInCalls();
        if (!onlyInCalls.isEmpty()) {
            // A call's notes are the parent's free words: the letter never says what was said on the phone as a fact.
            w.warn("Your notes of a call mention " + String.join(" and ", onlyInCalls.stream()
                    .map(step -> step.about(other)).toList()) + ". This letter does not say that the CMS took that step. "
                    + "If the CMS told you it has taken that step, tick it on \u201cWhere things stand\u201d with "
                    + "the day you heard, and the letter will name it.");
        }
        w.subHeading("What I know about " + other);
        w.paragraph(means(e, facts.caseDetails().otherParentWork(), other));
        String complaint = w.ifComplaintChosen("If I have not heard from you by " + replyBy + ", "
                + facts.reports().complaintStep(w, collects ? " about the money that has not reached me"
                        : " that enforcement is too slow") + ".");
        if (!complaint.isEmpty()) {
            w.paragraph(complaint.strip());
        }
        return w.finish();
    }

    /** What was owed when the case moved from Direct Pay to Collect and Pay, said apart from the arrears since. */
    private static String beforeTheMove(DraftWriter w, ArrangementWords.OwedAtMove split, CmsReports reports) {
        String part = (split.since().isPositive() ? "Of this, " + split.before().format() + " is" : "All of it is")
                + " from payments missed under ";
        String when = ", before our case moved to Collect and Pay on " + w.date(split.move().on());
        String told = reports.told(w, "you", false);
        return part + "Direct Pay" + when + (split.since().isPositive() ? "; the rest fell due since then." : ".")
                + (reports.toldOfMissedPayments() ? " I " + told + "."
                : " You only know about missed Direct Pay payments if I tell you, and my records do not show that I "
                        + "have, so I am telling you now.");
    }

    /**
     * The next step after those already taken: what a liability order allows once there is one, a liability order
     * once deductions have been tried, otherwise the deduction that fits the paying parent's work.
     */
    private static List<String> steps(DraftWriter w, EnforcementDetails e, ArrearsDetails arrears, WorkSituation work,
            String other) {
        if (e.reached(Step.LIABILITY_ORDER)) {
            return List.of(afterLiabilityOrder(e.furthest().orElseThrow(), other));
        }
        List<String> steps = new ArrayList<>();
        if (e.triedDeductions()) {
            steps.add("Apply to the magistrates' court for a liability order against " + other
                    + sinceTheDeductions(w, e, arrears) + ".");
            return steps;
        }
        // A letter or document on record about the order, with no tick that it was made: whether it is in place is
        // the CMS's to say, so the letter asks for it only if it is not.
        if (work == WorkSituation.EMPLOYED) {
            steps.add((e.noticeAbout(Step.DEDUCTION_FROM_EARNINGS) ? "If there is no deduction from earnings order "
                    + "in place, make one" : "Make a deduction from earnings order") + ", so that " + other
                    + "'s employer takes the maintenance and an amount towards the arrears from their pay and sends "
                    + "it to you to pass on to me.");
        }
        if (work == WorkSituation.SELF_EMPLOYED || e.hasSavings()) {
            steps.add((e.noticeAbout(Step.DEDUCTION_FROM_ACCOUNT) ? "If there is no deduction order against "
                    + other + "'s bank or building society account in place, make a regular deduction order or a "
                    + "lump sum deduction order" : "Make a regular deduction order or a lump sum deduction order")
                    + ", to take the arrears from " + other + "'s bank or building society account.");
        }
        if (work == WorkSituation.ON_BENEFITS) {
            steps.add("Take the maintenance from " + other + "'s benefits.");
        }
        if (steps.isEmpty()) {
            steps.add(e.reached(Step.ARREARS_NOTICE)
                    ? "Take the next enforcement step that fits " + other + "'s circumstances, such as a deduction "
                            + "from earnings order or a deduction order against their bank account."
                    : "Take the enforcement action that fits " + other + "'s circumstances, starting with an "
                            + "arrears notice if you have not sent one.");
        }
        return steps;
    }

    /**
     * Why a liability order, from the figures, never assumed (reviewer, rv6): what the arrears were by the end of the
     * period in which the parent heard of the latest deduction order (the balance on the day before the next due,
     * the first balance the schedule gives after it), against what they are on the letter's date. ": since I heard of
     * the deduction from earnings order on 17 Sep 2026, the arrears have not gone down: £616.39 on 27 Sep 2026 and
     * £616.39 on 6 Dec 2026", "have gone up, from ... to ...", "have come down only from ... to ...". With no balance
     * after the step in the dues listed, or no day heard, only what is owed now: "; by my records £616.39 is still
     * owed".
     */
    private static String sinceTheDeductions(DraftWriter w, EnforcementDetails e, ArrearsDetails arrears) {
        Optional<EnforcementDetails.Tried> latest = e.tried().stream().filter(t -> t.step().isDeduction())
                .filter(t -> t.on() != null).max(java.util.Comparator.comparing(EnforcementDetails.Tried::on));
        if (arrears.asOf() == null) {
            return "";
        }
        Money now = arrears.owedNow();
        String owedNow = "; by my records " + now.format() + " is still owed";
        if (latest.isEmpty()) {
            return owedNow;
        }
        LocalDate heard = latest.get().on();
        Optional<uk.cml.domain.arrears.ScheduleLine> then = arrears.lines().stream()
                .filter(l -> !l.date().isAfter(heard) && l.balanceOn() != null && l.balanceOn().isBefore(arrears.asOf()))
                .reduce((a, b) -> b);
        if (then.isEmpty()) {
            return owedNow;
        }
        Money was = then.get().balanceAfter();
        String on = then.get().balanceOn().equals(heard) ? "" : " on " + w.date(then.get().balanceOn());
        String since = ": since I heard of " + latest.get().step().about("").replaceFirst("^an? ", "the ") + " on " + w.date(heard) + ", the arrears ";
        int compared = Long.compare(now.pence(), was.pence());
        if (compared == 0) {
            return since + "have not gone down: " + was.format() + on + " and " + now.format() + " on "
                    + w.date(arrears.asOf());
        }
        return since + (compared > 0 ? "have gone up, from " : "have come down only from ") + was.format() + on
                + " to " + now.format() + " on " + w.date(arrears.asOf());
    }

    /** What the court's powers allow after the furthest step taken, one step on. */
    private static String afterLiabilityOrder(Step furthest, String other) {
        return switch (furthest) {
            case LIABILITY_ORDER -> "Use the liability order to collect the arrears from " + other
                    + ", for example through enforcement agents or a charging order on property they own.";
            case ENFORCEMENT_AGENTS -> "Apply for a charging order on property " + other + " owns, or ask the "
                    + "court to disqualify " + other + " from driving or holding a passport.";
            case CHARGING_ORDER, THIRD_PARTY_DEBT_ORDER -> "Ask the court to disqualify " + other
                    + " from driving or holding a passport.";
            case DISQUALIFICATION -> "Ask the court to consider committing " + other + " to prison for not paying.";
            default -> "Tell me what more you can do to collect the arrears from " + other + ".";
        };
    }

    private static String means(EnforcementDetails e, WorkSituation work, String other) {
        String job = switch (work) {
            case EMPLOYED -> other + " is employed" + (e.employer().isEmpty() ? "." : " by " + e.employer() + ".");
            case SELF_EMPLOYED -> other + " is self-employed.";
            case ON_BENEFITS -> other + " receives benefits.";
            case NOT_KNOWN -> "I do not know whether " + other + " is working.";
        };
        return e.hasSavings() ? job + " I believe " + other + " has money in a bank or building society account."
                : job;
    }
}
