package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.letters.templates.EnforcementDetails.Step;

/**
 * What the letters say about how maintenance is arranged, all read from the case's one arrangement history: the
 * arrangement in force on the letter's date, the one each listed due fell under, and the move that began the
 * arrangement in force, so a letter written after a move says the case moved, and on which day.
 */
final class ArrangementWords {

    /** A move from one arrangement to another, in force from {@code on}. */
    record Move(Arrangement from, Arrangement to, LocalDate on) {
    }

    private ArrangementWords() {
    }

    /**
     * After a figure outstanding before the Collect and Pay fee: what of it should have reached the parent after the
     * fee and did not ("; after your Collect and Pay fee, about £381.64 of it should have reached me and had not"),
     * the Payments page's figure; empty when no fee is on it. What reaches the parent is after the fee, so the figure
     * before it is never said to be what "had not reached me"; and under Collect and Pay the parent does not know
     * whether it was paid to the CMS, so never that it was not paid.
     *
     * @param whose "your" to the CMS, "the" to the other parent
     * @param tense "had" or "has"
     */
    static String shouldHaveReachedMe(Money beforeFee, Money afterFee, String whose, String tense) {
        return afterFee == null || afterFee.equals(beforeFee) ? ""
                : "; after " + whose + " Collect and Pay fee, about " + afterFee.format()
                        + " of it should have reached me and " + tense + " not";
    }

    /** The move that began the arrangement in force on the letter's date; empty when it has been so from the start. */
    static Optional<Move> latestMove(LetterFacts facts) {
        List<ArrangementHistory.Period> periods = facts.caseDetails().arrangements().periods();
        for (int i = periods.size() - 1; i > 0; i--) {
            if (!periods.get(i).starts().isAfter(facts.letterDate())) {
                return Optional.of(new Move(periods.get(i - 1).arrangement(), periods.get(i).arrangement(),
                        periods.get(i).starts()));
            }
        }
        return Optional.empty();
    }

    /** A move recorded for a day after the letter's date (the CMS wrote that it will move the case then). */
    static Optional<Move> comingMove(LetterFacts facts) {
        List<ArrangementHistory.Period> periods = facts.caseDetails().arrangements().periods();
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).starts().isAfter(facts.letterDate())) {
                return Optional.of(new Move(periods.get(i - 1).arrangement(), periods.get(i).arrangement(),
                        periods.get(i).starts()));
            }
        }
        return Optional.empty();
    }

    /** The case moved to Collect and Pay, and is on it on the letter's date. */
    static Optional<Move> movedToCollectAndPay(LetterFacts facts) {
        return latestMove(facts).filter(move -> move.to() == Arrangement.COLLECT_AND_PAY);
    }

    /**
     * What is owed now, split at a move to Collect and Pay: what is still owed of the payments missed before the
     * move, under the arrangement before it, and what of the payments due since has not reached the parent.
     *
     * @param before what is owed now less {@code since}
     * @param since  what fell due since the move less what arrived since, by totals
     */
    record OwedAtMove(Move move, Money before, Money since) {
    }

    /** A move back from Collect and Pay to Direct Pay: what was missed before it the CMS was collecting. */
    static boolean movedBack(Move move) {
        return move.from() == Arrangement.COLLECT_AND_PAY && move.to() == Arrangement.DIRECT_PAY;
    }

    /**
     * For a case on Collect and Pay after a move, or back on Direct Pay after Collect and Pay ({@link #movedBack}),
     * with arrears still owed from before the move: the split of what is owed now. Totals only, what a bank statement bears out: since the move, what fell due less what arrived (money
     * since the move counts first for the payments due since, as the CMS passes on what it collects); the rest of
     * what is owed is from before the move (a write-off, offset or settlement is of the arrears, so it lowers that
     * part). Empty when the figures lack the move's day, nothing is owed now, or all of it fell due since the move.
     */
    static Optional<OwedAtMove> owedAtMove(LetterFacts facts) {
        ArrearsDetails arrears = facts.arrears();
        Money now = arrears.owedNow();
        if (arrears.asOf() == null || !now.isPositive()) {
            return Optional.empty();
        }
        return latestMove(facts).filter(move -> move.to() == Arrangement.COLLECT_AND_PAY || movedBack(move))
                .flatMap(move -> arrears.shortSince(move.on()).map(since -> {
            Money newer = since.min(now);
            return new OwedAtMove(move, now.minus(newer), newer);
        })).filter(split -> split.before().isPositive());
    }

    /**
     * For a case on the CMS's books after a move from a private arrangement, with arrears owed: what of them was
     * missed under the private arrangement, which the CMS cannot collect or enforce (seed 000), and what fell due
     * since the move, by the same totals as {@link #owedAtMove}. The latest move out of a private arrangement counts,
     * whichever arrangement it went to. Empty when there is no such move or nothing is owed.
     */
    static Optional<OwedAtMove> privateArrears(LetterFacts facts) {
        ArrearsDetails arrears = facts.arrears();
        Money now = arrears.owedNow();
        if (arrears.asOf() == null || !now.isPositive() || facts.arrangementToday() == Arrangement.PRIVATE) {
            return Optional.empty();
        }
        List<ArrangementHistory.Period> periods = facts.caseDetails().arrangements().periods();
        for (int i = periods.size() - 1; i > 0; i--) {
            ArrangementHistory.Period period = periods.get(i);
            if (periods.get(i - 1).arrangement() == Arrangement.PRIVATE
                    && !period.starts().isAfter(facts.letterDate())) {
                Move move = new Move(Arrangement.PRIVATE, period.arrangement(), period.starts());
                return arrears.shortSince(move.on()).map(since -> new OwedAtMove(move, now.minus(since.min(now)),
                        since.min(now)));
            }
        }
        return Optional.empty();
    }

    /**
     * Why the CMS can be asked to collect or enforce none of what is owed: the case has only ever been a private
     * arrangement, or all that is owed was missed under one before the case came to the CMS (seed 000: the CMS
     * cannot make the other parent pay arrears of a private arrangement). One sentence for the parent, naming what to
     * write instead; empty when some of it is the CMS's to collect, or nothing is owed after a move.
     */
    /**
     * Why a letter to the CMS about its own work (a complaint, a breakdown of arrears, a reconsideration) does not fit
     * a case that has been a private arrangement all along, up to the letter's date: the CMS is not involved in it.
     * Empty once the case has been with the CMS.
     */
    static Optional<String> cmsNeverInvolved(LetterFacts facts) {
        boolean everWithCms = facts.caseDetails().arrangements().periods().stream()
                .anyMatch(p -> p.arrangement().involvesCms() && !p.starts().isAfter(facts.letterDate()));
        return everWithCms ? Optional.empty() : Optional.of("Your case is recorded as a private arrangement, so the "
                + "CMS is not involved and this letter to it does not fit. To ask the other parent to pay, choose \""
                + LetterTemplates.OTHER_PARENT.title() + "\". To have the CMS arrange maintenance from now on, "
                + "contact it. If your case details are wrong, correct them on the Case page.");
    }

    /**
     * Why asking the CMS to look again at a decision does not fit a case that has been a private arrangement all
     * along, up to the letter's date: the CMS makes a decision only once it has the case, and then the Case page
     * should say so. Empty once the case has been with the CMS.
     */
    static Optional<String> noCmsDecision(LetterFacts facts) {
        return cmsNeverInvolved(facts).map(why -> "Your case is recorded as a private arrangement, so there is no CMS "
                + "decision to ask it to look at again: the CMS makes decisions only once it has your case. If the "
                + "CMS has your case now, change how maintenance is arranged on the Case page first.");
    }

    static Optional<String> onlyPrivateArrears(LetterFacts facts) {
        String instead = " To ask the other parent to pay, choose \"" + LetterTemplates.OTHER_PARENT.title() + "\".";
        List<ArrangementHistory.Period> periods = facts.caseDetails().arrangements().periods();
        if (periods.stream().noneMatch(p -> p.arrangement() != Arrangement.PRIVATE
                && !p.starts().isAfter(facts.letterDate()))) {
            return Optional.of("Your case is recorded as a private arrangement, and the CMS cannot collect or "
                    + "enforce the arrears of a private arrangement." + instead + " To have the CMS arrange "
                    + "maintenance from now on, contact it. If your case details are wrong, correct them on the Case "
                    + "page.");
        }
        return privateArrears(facts).filter(split -> !split.since().isPositive())
                .map(split -> "All of the " + split.before().format() + " owed is from payments missed under your "
                        + "private arrangement, before your case moved to " + name(split.move().to()) + " on "
                        + UkFormats.shortDate(split.move().on()) + ". The CMS cannot collect or enforce arrears of a "
                        + "private arrangement, so there is nothing to ask it to enforce." + instead);
    }

    /** The arrangement the due fell under: the one in force on its date. */
    static Arrangement of(LetterFacts facts, ScheduleLine line) {
        return facts.arrangementOn(line.date());
    }

    /** Whether any due the letter lists fell under {@code arrangement}. */
    static boolean anyListedUnder(LetterFacts facts, Arrangement arrangement) {
        return facts.arrears().lines().stream().anyMatch(line -> of(facts, line) == arrangement);
    }

    /**
     * The one arrangement every due the letter lists fell under; with no dues listed, the one in force on the
     * letter's date; empty when the dues listed span a move.
     */
    static Optional<Arrangement> ofListedDues(LetterFacts facts) {
        List<Arrangement> under = facts.arrears().lines().stream().map(line -> of(facts, line)).distinct().toList();
        return under.isEmpty() ? Optional.of(facts.arrangementToday())
                : under.size() == 1 ? Optional.of(under.get(0)) : Optional.empty();
    }

    /** "Direct Pay", "Collect and Pay", "a private arrangement", to follow "from" or "to". */
    static String name(Arrangement arrangement) {
        return switch (arrangement) {
            case PRIVATE -> "a private arrangement";
            case DIRECT_PAY -> "Direct Pay";
            case COLLECT_AND_PAY -> "Collect and Pay";
        };
    }

    /** "Our case moved from Direct Pay to Collect and Pay on 3 December 2026." */
    static String moved(DraftWriter w, Move move, String whose) {
        return whose + " case moved from " + name(move.from()) + " to " + name(move.to()) + " on " + w.date(move.on())
                + ".";
    }

    /**
     * What the CMS has done, as far as the parent knows: each step they ticked and, when the case is on Collect and
     * Pay after a move the history records and the move is not ticked as a step, that move on its day; then each
     * letter received or document filed whose words name a step no tick covers, by its date (what it is about, not
     * what it says was done). Oldest first.
     */
    static List<String> tried(DraftWriter w, EnforcementDetails e, LetterFacts facts, String other) {
        // A move to Collect and Pay ticked on a case that was never arranged otherwise (Collect and Pay from the
        // start) cannot have happened: the case's history says so, and the letter does not tell the CMS it did.
        EnforcementDetails said = couldHaveMoved(facts) ? e : e.without(Step.COLLECT_AND_PAY);
        List<String> sentences = new ArrayList<>(said.triedSentences(w, other));
        // The day of each sentence so far (a step with no date has none), to put later ones in their place.
        List<LocalDate> days = new ArrayList<>(said.tried().stream().map(EnforcementDetails.Tried::on).toList());
        Optional<Move> move = movedToCollectAndPay(facts).filter(m -> !said.has(Step.COLLECT_AND_PAY));
        if (move.isPresent()) {
            LocalDate on = move.get().on();
            int at = placeOf(days, on);
            sentences.add(at, "You " + Step.COLLECT_AND_PAY.done(other) + " on " + w.date(on) + ".");
            days.add(at, on);
        }
        for (EnforcementDetails.Notice notice : said.untickedNotices(facts.letterDate())) {
            int at = placeOf(days, notice.dated());
            sentences.add(at, EnforcementDetails.noticeSentence(w, notice, other));
            days.add(at, notice.dated());
        }
        return sentences;
    }

    /** In its place among the days, after those on or before it; a sentence with no date stays where it is. */
    private static int placeOf(List<LocalDate> days, LocalDate on) {
        int at = 0;
        while (at < days.size() && (days.get(at) == null || !days.get(at).isAfter(on))) {
            at++;
        }
        return at;
    }

    /**
     * Whether the case could have been moved to Collect and Pay by the letter's date: it was arranged some other way
     * at some time up to then (Direct Pay, or a private arrangement before the CMS took it on).
     */
    static boolean couldHaveMoved(LetterFacts facts) {
        return facts.caseDetails().arrangements().periods().stream().anyMatch(p -> p.arrangement()
                != Arrangement.COLLECT_AND_PAY && !p.starts().isAfter(facts.letterDate()));
    }

    /** Whether the case is on Collect and Pay after a move, or the parent ticked that step (or one after it). */
    static boolean collectAndPayReached(EnforcementDetails e, LetterFacts facts) {
        return e.reached(Step.COLLECT_AND_PAY) || movedToCollectAndPay(facts).isPresent();
    }
}
