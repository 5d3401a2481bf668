package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * The words quick entry puts at the start of a payment's note, "Part arrived (due 30 Sep 2026)" or "Arrived late (due
 * 28 Feb 2026)", and what becomes of them when the payment is corrected. They are the app's words, not the parent's:
 * a correction that makes them untrue (£247.08 corrected to £274.08, all that was owed after the CMS fee) must not
 * leave them in the note, where the Payments page and Payments.csv would go on saying "Part arrived" of money that
 * paid the due in full. So a correction puts what quick entry would say of the payment as it now is in their place,
 * and keeps whatever the parent typed after them. The first version, with the words as first written, is kept in the
 * payment's history like any other correction.
 */
public final class QuickEntryWords {

    /** What quick entry said of the payment. */
    public enum Said {
        /** Part of the due: "Part paid" (paid direct) or "Part arrived" (through the CMS). */
        PART,
        /** All still owed on the due, after the day it was on time by. */
        LATE
    }

    private QuickEntryWords() {
    }

    /** "Part arrived (due 30 Sep 2026)", or "Part paid (due ...)" for a due not under Collect and Pay. */
    public static String part(boolean collectAndPay, LocalDate due) {
        return forDue(Words.text(collectAndPay ? "payments.quickEntry.partArrivedNote"
                : "payments.quickEntry.partPaidNote"), due);
    }

    /** "Arrived late (due 28 Feb 2026)". */
    public static String late(LocalDate due) {
        return forDue(Words.text("payments.quickEntry.arrivedLate"), due);
    }

    /** "{words} (due {day})", as quick entry writes every note. */
    public static String forDue(String words, LocalDate due) {
        return Words.text("payments.quickEntry.due", words, UkFormats.shortDate(due));
    }

    /** The app's words a note starts with, and what they said, for a payment linked to {@code due}. */
    public record Leading(String words, Said said) {
    }

    /** The quick-entry words {@code note} starts with, if it starts with any written for {@code due}. */
    public static Optional<Leading> leading(String note, Optional<LocalDate> due) {
        // Each of the words names the due's day: a note without it (most of them, and every empty one) is left at
        // once, not after three sets of words are made for it. Asked of every payment of a case at each reading of
        // the Overview and the Payments page (PaymentStore), so it must cost next to nothing.
        if (due.isEmpty() || !note.contains(UkFormats.shortDate(due.get()))) {
            return Optional.empty();
        }
        for (Leading words : List.of(new Leading(part(true, due.get()), Said.PART),
                new Leading(part(false, due.get()), Said.PART), new Leading(late(due.get()), Said.LATE))) {
            if (note.startsWith(words.words())) {
                return Optional.of(words);
            }
        }
        return Optional.empty();
    }

    /**
     * The note to keep for a corrected payment. When the note as it was saved starts with the app's words, and the
     * note as corrected still starts with them (the parent did not rewrite them), they are replaced by what quick
     * entry would say of the payment now, worked out from {@code line}, the due it is linked to as the schedule with
     * the correction counts it: "Part ..." while money other than this payment finished it or nothing has (this
     * payment was a part of it); "Arrived late" where it said so and the payment is still late money for the due;
     * otherwise nothing. The parent's own words after them are kept as they are. Any other note is kept as typed.
     *
     * @param saved     the note as saved before the correction
     * @param savedDue  the due the payment was linked to before the correction
     * @param corrected the payment as corrected, with its id
     * @param line      the schedule's line for the due the corrected payment is linked to, if it has one
     * @param countedForIt whether any of the payment's money counted for that due, as the Payments page's "For the
     *                  due" says it ({@link PaymentSpread}): linked to the due, it can still all go to a later one
     *                  when money paid ahead finished the due first, and then "Part ..." of it would be untrue
     */
    public static String afterCorrection(String saved, Optional<LocalDate> savedDue, Payment corrected,
            Optional<ScheduleLine> line, boolean countedForIt) {
        Optional<Leading> was = leading(saved, savedDue);
        String note = corrected.note();
        if (was.isEmpty() || !note.startsWith(was.get().words())) {
            return note;
        }
        String own = note.substring(was.get().words().length());
        String now = "";
        if (line.isPresent() && corrected.forDue().isPresent() && countedForIt) {
            ScheduleLine due = line.get();
            if (due.completedBy() != corrected.id()) {
                now = part(due.collectAndPay(), due.date());
            } else if (was.get().said() == Said.LATE && due.lateBy(corrected.id())) {
                now = late(due.date());
            }
        }
        // With nothing of the app's left, the parent's words stand alone: not after the ". " that followed the app's.
        return now.isEmpty() ? own.replaceFirst("^[\\s.,;:\u2013-]+", "").strip() : now + own;
    }
}
