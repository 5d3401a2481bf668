package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.UkDates;
import uk.cml.letters.LetterBlock;

/**
 * Whether the letter a reply answers is in the records. A reply about writing off arrears or about a part payment,
 * and a request for a mandatory reconsideration, answer a CMS letter; a chasing letter chases one of the parent's own.
 * Any of them can be made when the records hold no letter of the date it quotes: the parent may hold a real letter
 * not logged yet, so this is never a reason not to make it, only something to tell them. The date is the one the
 * facts give or, when they gave none, the one the parent typed where the letter left a gap for it.
 *
 * <p>What counts as logged: for the write-off reply, a received letter with that date on it, or a proposal to write
 * off arrears of that date on "Where things stand"; for a reconsideration request, a received letter of that date or
 * another decision of that date; for the reply about a part payment, a received letter of that date; for a chasing
 * letter, one of the parent's letters written that day (or the letter it was begun from, which is in the log).
 */
public final class AnsweredOnRecord {

    /** Whose letter it is: the CMS's, which a reply answers, or the parent's own, which a chasing letter chases. */
    public enum From {
        CMS, PARENT
    }

    /**
     * A letter of this date the records do not hold.
     *
     * @param undatedReceivedOn the day a letter logged without its printed date arrived, on or within a month after
     *                          {@code date}: it may be this letter, logged without its date
     */
    public record NotLogged(From from, LocalDate date, Optional<LocalDate> undatedReceivedOn) {
    }

    /** What a template answers: whose letter, its date as the facts give it (or null), and the gap left for it. */
    private record Answers(From from, LocalDate date, String field, boolean inLog) {
    }

    /** A date at the start of what the parent typed: "3 November 2026", "Tue 3 Nov 2026", "3/11/2026", "2026-11-03". */
    private static final Pattern DATE_AT_START = Pattern.compile("^\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?"
            + "(\\d{1,2}(?:st|nd|rd|th)?[ -]+[a-z]+\\.?,?[ -]+\\d{4}(?!\\d)"
            + "|\\d{1,2}(?:st|nd|rd|th)?[ -]+[a-z]+\\.?,?[ -]+\\d{2}(?!\\d)"
            + "|\\d{1,2}([/.-])\\d{1,2}\\2(?:\\d{4}|\\d{2})(?!\\d)"
            + "|\\d{4}-\\d{1,2}-\\d{1,2})", Pattern.CASE_INSENSITIVE);

    /** The words before a gap looked for in a paragraph the parent changed elsewhere: "letter of ". */
    private static final int ANCHOR = 15;

    private AnsweredOnRecord() {
    }

    /**
     * The letter the reply on screen answers when the records do not hold it; empty when they do, when no date is
     * given or typed yet, for a letter that answers none, or for facts not read from the records.
     *
     * @param drafted the template's draft from {@code facts}, with its gaps
     * @param edited  the same draft as the parent has changed it
     */
    public static Optional<NotLogged> check(LetterTemplate template, LetterFacts facts, LetterDraft drafted,
            LetterDraft edited) {
        LettersOnRecord records = facts.onRecord();
        Optional<Answers> answers = answers(template, facts);
        if (!records.known() || answers.isEmpty() || answers.get().inLog()) {
            return Optional.empty();
        }
        Answers a = answers.get();
        Optional<LocalDate> date = a.date() != null ? Optional.of(a.date())
                : a.field() == null ? Optional.empty() : typed(drafted, edited, new MissingFact(a.field()).marker());
        if (date.isEmpty() || logged(template, date.get(), records)) {
            return Optional.empty();
        }
        LocalDate on = date.get();
        Optional<LocalDate> undated = a.from() == From.PARENT ? Optional.empty()
                : records.undatedReceived().stream().filter(r -> !r.isBefore(on) && !r.isAfter(on.plusMonths(1)))
                        .findFirst();
        return Optional.of(new NotLogged(a.from(), on, undated));
    }

    private static Optional<Answers> answers(LetterTemplate template, LetterFacts facts) {
        if (template == LetterTemplates.WRITE_OFF_REPLY) {
            return Optional.of(new Answers(From.CMS, facts.writeOff().map(WriteOffDetails::proposalDate).orElse(null),
                    WriteOffReplyLetter.PROPOSAL_DATE, false));
        } else if (template == LetterTemplates.SETTLEMENT_REPLY) {
            // The letter asks for no date it lacks: with none, it speaks of "the offer I was told about".
            return Optional.of(new Answers(From.CMS, facts.settlement().map(SettlementDetails::offerDate)
                    .orElse(null), null, false));
        } else if (template == LetterTemplates.MANDATORY_RECONSIDERATION) {
            return Optional.of(new Answers(From.CMS, facts.decision().map(DecisionDetails::decisionDate)
                    .orElse(null), MandatoryReconsiderationLetter.DECISION_DATE, false));
        } else if (template == LetterTemplates.CHASE_REPLY) {
            Optional<EarlierLetter> chased = ChaseReplyLetter.chased(facts);
            return Optional.of(new Answers(From.PARENT, chased.map(EarlierLetter::date).orElse(null),
                    ChaseReplyLetter.EARLIER_DATE, chased.flatMap(EarlierLetter::inLog).isPresent()));
        }
        return Optional.empty();
    }

    private static boolean logged(LetterTemplate template, LocalDate date, LettersOnRecord records) {
        if (template == LetterTemplates.CHASE_REPLY) {
            return records.ownLetters().contains(date);
        }
        boolean letter = records.cmsLetters().contains(date);
        if (template == LetterTemplates.WRITE_OFF_REPLY) {
            return letter || records.writeOffProposals().contains(date);
        }
        if (template == LetterTemplates.MANDATORY_RECONSIDERATION) {
            return letter || records.decisions().contains(date);
        }
        return letter;
    }

    /**
     * The date the parent typed where the draft left {@code marker}: read in the heading first, then each block, from
     * just after the words before the gap. Empty while every gap is still there or nothing typed reads as a date.
     */
    static Optional<LocalDate> typed(LetterDraft drafted, LetterDraft edited, String marker) {
        List<String> was = texts(drafted);
        List<String> now = texts(edited);
        int places = was.size() == now.size() ? was.size() : 1;
        for (int i = 0; i < places; i++) {
            if (was.get(i).contains(marker) && !now.get(i).contains(marker)) {
                Optional<LocalDate> read = read(was.get(i), now.get(i), marker);
                if (read.isPresent()) {
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> read(String was, String now, String marker) {
        String before = was.substring(0, was.indexOf(marker));
        int start;
        if (now.startsWith(before)) {
            start = before.length();
        } else {
            String anchor = before.substring(Math.max(0, before.length() - ANCHOR));
            int found = anchor.isBlank() ? -1 : now.indexOf(anchor);
            if (found < 0) {
                return Optional.empty();
            }
            start = found + anchor.length();
        }
        Matcher m = DATE_AT_START.matcher(now.substring(start));
        return m.find() ? UkDates.parse(m.group(1)) : Optional.empty();
    }

    /** The heading, then each block's words (a table's none), as the parent can change them. */
    private static List<String> texts(LetterDraft draft) {
        List<String> texts = new ArrayList<>();
        texts.add(draft.heading());
        for (LetterBlock block : draft.body()) {
            texts.add(block instanceof LetterBlock.Paragraph p ? p.text()
                    : block instanceof LetterBlock.SubHeading s ? s.text()
                    : block instanceof LetterBlock.RequestBox r ? String.join("\n", r.items())
                    : block instanceof LetterBlock.BulletList b ? String.join("\n", b.items()) : "");
        }
        return texts;
    }
}
