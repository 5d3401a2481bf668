package uk.cml.domain.standing;

import java.util.Optional;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.SentLetter;

/**
 * The reply-by date the log watches for a letter the parent sent, counted each time the letter is read. A letter the
 * app wrote whose date is set by law from delivery (a subject access request's month: the rule is handed in, from
 * the one place the writer and the Letters page's form take it) prints the date for first class on its date. Once it
 * is posted, and while it still holds that printed date (the parent typed no date of their own), the date watched is
 * the one the rule gives from its real posting, as the sent-letter form counts it. Counted here rather than stored, a
 * letter logged before the log counted so is watched for the right date everywhere it is shown (the Letters list,
 * Where it stands, What needs doing, the pack) with no saving and no change to the records.
 */
public final class WatchedReply {

    private WatchedReply() {
    }

    /**
     * The letter as the log watches it: with the date {@code lawRule} gives from its real posting, when it is posted
     * and still holds its printed date; otherwise as saved (not posted, no printed date, a date of the parent's own
     * or none, or no rule set by law).
     *
     * <p>Counted from the posting date the parent logged, as it is, even a Sunday or bank holiday: it is a recorded
     * fact (the date on their certificate of posting), not the app's prediction. Until it is logged, a letter's dates
     * count from {@link UkCalendar#postingDay} (the first day Post Offices open on or after its date); once logged,
     * the logged day is the one the letter went, and the sent-letter form's amber warning
     * ({@code PostingDayCheck}) already asks the parent to check a Sunday or bank holiday date, never moving it.
     */
    public static SentLetter of(SentLetter letter, Optional<ReplyRule> lawRule, UkCalendar calendar) {
        if (!holdsPrintedDate(letter) || lawRule.isEmpty()) {
            return letter;
        }
        return letter.replyingBy(Optional.of(calendar.replyBy(letter.posted().get(), letter.method().get(),
                letter.trackedDelivery(), lawRule.get()).date()));
    }

    /** Posted, and still holding the reply-by date it printed: the parent typed no date of their own, nor cleared it. */
    public static boolean holdsPrintedDate(SentLetter letter) {
        return letter.isPosted() && letter.printedReplyBy().isPresent()
                && letter.replyBy().equals(letter.printedReplyBy());
    }
}
