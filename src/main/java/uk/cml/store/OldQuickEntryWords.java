package uk.cml.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * For V033 only, frozen: quick entry's words as the app wrote them up to V032 ("Part arrived (due 30 Sep 2026)", "Part
 * paid (due ...)", "Arrived late (due ...)": messages.properties and QuickEntryWords as of 5 Dec 2026), and the rule
 * V033 re-says them by (QuickEntryWords.afterCorrection as of that day). V033 looks for these words in the notes a
 * V032 records file holds and writes these words, so the live wording or rule changing later cannot change what V033
 * does to a parent who upgrades from V032 after it. Never change it: a changed rule would upgrade two copies of the
 * same records differently. What the schedule says of the due (which payment finished it, whether this one's money
 * arrived late for it) is given to it: see {@link OldRecordsRepair}.
 */
final class OldQuickEntryWords {

    private static final String PART_ARRIVED = "Part arrived";
    private static final String PART_PAID = "Part paid";
    private static final String ARRIVED_LATE = "Arrived late";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private OldQuickEntryWords() {
    }

    /** What the words said of the payment. */
    enum Said {
        /** Part of the due. */
        PART,
        /** All still owed on the due, after the day it was on time by. */
        LATE
    }

    /** The words a note starts with, and what they said. */
    record Leading(String words, Said said) {
    }

    /**
     * What the schedule says of the due the payment is linked to, as the app's calculator counts it.
     *
     * @param collectAndPay the due is under Collect and Pay ("Part arrived"; otherwise "Part paid")
     * @param date          the due's date
     * @param countedForIt  some of this payment's money counted for the due (the Payments page's "For the due")
     * @param finishedByIt  this payment's money finished the due
     * @param lateMoneyOfIt this payment's money was counted for the due and arrived after it was on time by
     */
    record Due(boolean collectAndPay, LocalDate date, boolean countedForIt, boolean finishedByIt,
            boolean lateMoneyOfIt) {
    }

    static String part(boolean collectAndPay, LocalDate due) {
        return forDue(collectAndPay ? PART_ARRIVED : PART_PAID, due);
    }

    static String late(LocalDate due) {
        return forDue(ARRIVED_LATE, due);
    }

    private static String forDue(String words, LocalDate due) {
        return words + " (due " + DAY.format(due) + ")";
    }

    /** The words {@code note} starts with, if it starts with any written for {@code due}. */
    static Optional<Leading> leading(String note, Optional<LocalDate> due) {
        if (due.isEmpty()) {
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

    /** Words as {@link #leading} finds them, with the due they name. */
    record Named(String words, Said said, LocalDate due) {
    }

    private static final java.util.regex.Pattern ANY_DUE = java.util.regex.Pattern.compile(
            "^(Part arrived|Part paid|Arrived late) \\(due (\\d{1,2} [A-Z][a-z]{2} \\d{4})\\)");

    /** The words {@code note} starts with, written for any due: for the payment's history, where V033 moved them. */
    static Optional<Named> leadingForAnyDue(String note) {
        java.util.regex.Matcher m = ANY_DUE.matcher(note);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate due = LocalDate.parse(m.group(2), DAY);
            return leading(note, Optional.of(due)).map(l -> new Named(l.words(), l.said(), due));
        } catch (java.time.format.DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /**
     * The note with the words it starts with (written for {@code wordsDue}) made true of the payment: none where none
     * of its money counted for the due; "Part ..." while its money did not finish the due; "Arrived late" where it said so and its money is still late money for the due;
     * otherwise nothing, and the parent's own words after them stand alone. A note not starting with them as it is.
     *
     * @param due the due the payment is linked to now, if the schedule has it (empty: linked to none, or no such due)
     */
    static String trueOf(String note, Optional<LocalDate> wordsDue, Optional<Due> due) {
        Optional<Leading> was = leading(note, wordsDue);
        if (was.isEmpty()) {
            return note;
        }
        String own = note.substring(was.get().words().length());
        String now = "";
        if (due.isPresent() && due.get().countedForIt()) {
            if (!due.get().finishedByIt()) {
                now = part(due.get().collectAndPay(), due.get().date());
            } else if (was.get().said() == Said.LATE && due.get().lateMoneyOfIt()) {
                now = late(due.get().date());
            }
        }
        return now.isEmpty() ? own.replaceFirst("^[\\s.,;:\u2013-]+", "").strip() : now + own;
    }
}
