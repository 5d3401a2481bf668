package uk.cml.ui.letters.write;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the writer opened to answer a received letter with no letter chosen: none of the templates is the answer to
 * it. The writer says so in one sentence ({@link TemplateChoice#whyNone()}).
 *
 * @param why  what the received letter is, as far as the app can tell
 * @param date the date the CMS's reply to the complaint is due (or was due), for the two reasons that have one
 */
public record NoLetterFits(Why why, Optional<LocalDate> date) {

    /** What the received letter is, as far as the app can tell. */
    public enum Why {
        /** About a complaint the CMS is still dealing with; its reply is due on the date given. */
        COMPLAINT_REPLY_DUE,
        /** About a complaint the CMS is still dealing with; its reply was due by the date given, now past. */
        COMPLAINT_REPLY_LATE,
        /** About a complaint the CMS is still dealing with; no reply date is known. */
        COMPLAINT_WITH_CMS,
        /** The complaint has reached the Independent Case Examiner, the last step the app writes for. */
        ICE_STAGE,
        /** The result of a mandatory reconsideration: the next step is an appeal to the tribunal. */
        RECONSIDERED,
        /** Nothing in the parent's summary matches a letter the app writes. */
        NOTHING_MATCHES
    }

    public NoLetterFits {
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(date, "date");
        boolean dated = why == Why.COMPLAINT_REPLY_DUE || why == Why.COMPLAINT_REPLY_LATE;
        if (dated != date.isPresent()) {
            throw new IllegalArgumentException(why + (dated ? " needs a date" : " has no date"));
        }
    }

    public NoLetterFits(Why why) {
        this(why, Optional.empty());
    }

    /** A complaint the CMS is still dealing with: its reply due by {@code due}, or no date known. */
    public static NoLetterFits complaintWithCms(Optional<LocalDate> due, LocalDate today) {
        return due.map(d -> new NoLetterFits(d.isBefore(today) ? Why.COMPLAINT_REPLY_LATE : Why.COMPLAINT_REPLY_DUE,
                Optional.of(d))).orElse(new NoLetterFits(Why.COMPLAINT_WITH_CMS));
    }
}
