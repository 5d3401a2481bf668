package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.evidence.Call;

/**
 * The dates a parent noted on a call to the CMS, as dates to watch: the day the CMS promised to act by (a date the
 * CMS told them: waited for, then chased from the next working day, as a letter's reply date is) and the day they
 * mean to follow the call up (their own day to act from). Each is the date as noted on the Calls page, never one
 * counted again; a promise marked kept or followed up ({@link Call#promiseToChase}) or a follow-up done ({@link
 * CallFollowUps#due}: ticked done, the promise kept, or a posted letter confirming the call) is left out, as a
 * letter's answered reply is.
 */
public final class CallDates {

    /** A promise is quoted whole in the line while it is this short and one line; longer ones up to here, then "…". */
    static final int QUOTED_PROMISE = 80;

    private CallDates() {
    }

    public static List<Deadline> of(List<Call> calls) {
        return of(calls, java.util.Set.of());
    }

    /** The same, without the promises of the calls {@code promisesRaised} ({@link PromisesRaised}). */
    public static List<Deadline> of(List<Call> calls, java.util.Set<Long> promisesRaised) {
        return of(calls, promisesRaised, java.util.Set.of());
    }

    /**
     * The same, without the follow-ups of the calls {@code confirmedInWriting}, which a posted letter confirms
     * ({@link CallFollowUps}: the one rule for this and the Overview's to-do).
     */
    public static List<Deadline> of(List<Call> calls, java.util.Set<Long> promisesRaised,
            java.util.Set<Long> confirmedInWriting) {
        List<Deadline> dates = new ArrayList<>();
        for (Call call : calls) {
            String when = UkFormats.shortDate(call.happenedAt().toLocalDate());
            Deadline.From from = new Deadline.From.OfCall(call);
            call.promiseToChase().filter(by -> !promisesRaised.contains(call.id())).ifPresent(by -> dates.add(new Deadline(
                    promise(call, by, when), Words.text("standing.calls.chaseAction"), Optional.empty(),
                    exact(by, Words.text("standing.calls.promisedRule")), false, from, Deadline.Timing.TOLD)));
            CallFollowUps.due(call, confirmedInWriting).ifPresent(on -> dates.add(Deadline.suggestedFrom(
                    Words.text("standing.calls.followUp", when), Words.text("standing.calls.followUpAction"),
                    Optional.empty(), exact(on, Words.text("standing.calls.followUpRule")), from)));
        }
        return dates;
    }

    /**
     * "On your call of 3 Dec 2026 you noted: "call me back", by Tue 15 Dec 2026": the parent's own note of the
     * promise, quoted as hers (the promise and its day are her notes of the call, not the CMS's words), so each
     * promise in the list says which it is. Words longer than a line, or of more than one
     * line, are quoted up to the last whole word that fits, with "…" (a reviewer saw one promise quoted and the next
     * only as "promised to act", and could not tell which was which).
     */
    private static String promise(Call call, LocalDate by, String when) {
        String words = call.promised().strip();
        int lineEnd = words.indexOf('\n');
        boolean cut = lineEnd >= 0 || words.length() > QUOTED_PROMISE;
        if (lineEnd >= 0) {
            words = words.substring(0, lineEnd).strip();
        }
        if (words.length() > QUOTED_PROMISE) {
            int lastSpace = words.lastIndexOf(' ', QUOTED_PROMISE);
            words = words.substring(0, lastSpace > 0 ? lastSpace : QUOTED_PROMISE);
        }
        while (!words.isEmpty() && ".;:,".indexOf(words.charAt(words.length() - 1)) >= 0) {
            words = words.substring(0, words.length() - 1).strip();
        }
        String day = CalendarText.dayAndDate(by);
        return words.isEmpty() ? Words.text("standing.calls.promised", day, when)
                : Words.text("standing.calls.promisedWhat", cut ? words + "\u2026" : words, day, when);
    }

    private static DueDate exact(LocalDate date, String rule) {
        return new DueDate(date, date, DueDate.Move.NONE, rule);
    }
}
