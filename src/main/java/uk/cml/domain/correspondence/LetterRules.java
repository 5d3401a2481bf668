package uk.cml.domain.correspondence;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.Words;

/** The checks on a letter's dates and details, each giving one sentence for the parent, or nothing. */
public final class LetterRules {

    private LetterRules() {
    }

    /** A date that must be given and must not be in the future. */
    public static Optional<String> pastDate(Optional<LocalDate> date, boolean unreadable, String what, LocalDate today) {
        if (unreadable) {
            return Optional.of(Words.text("correspondence.rules.unreadableDate"));
        }
        if (date.isEmpty()) {
            return Optional.of(Words.text("correspondence.rules.enter", what));
        }
        return date.get().isAfter(today) ? Optional.of(Words.text("correspondence.rules.dateInFuture"))
                : Optional.empty();
    }

    /** Posting: the date and the method go together, and a letter cannot be posted before it was written. */
    public static Optional<String> posted(Optional<LocalDate> posted, boolean unreadable,
                                          Optional<PostingMethod> method, LocalDate written, LocalDate today) {
        if (unreadable) {
            return Optional.of(Words.text("correspondence.rules.unreadableDate"));
        }
        if (posted.isEmpty()) {
            return method.isPresent() ? Optional.of(Words.text("correspondence.rules.enterPosted")) : Optional.empty();
        }
        if (posted.get().isAfter(today)) {
            return Optional.of(Words.text("correspondence.rules.postedInFuture"));
        }
        if (written != null && posted.get().isBefore(written)) {
            return Optional.of(Words.text("correspondence.rules.sentBeforeWritten"));
        }
        return Optional.empty();
    }

    /**
     * A certificate of posting is issued at the Post Office counter on the day the letter is handed in: its date is
     * the posting date, or the records contradict themselves (and a pack would vouch for both).
     */
    public static Optional<String> certificateDate(Optional<LocalDate> certificate, boolean unreadable,
                                                   Optional<LocalDate> posted) {
        if (unreadable) {
            return Optional.of(Words.text("correspondence.rules.unreadableDate"));
        }
        if (certificate.isEmpty() || certificate.equals(posted)) {
            return Optional.empty();
        }
        return Optional.of(posted.isEmpty() ? Words.text("correspondence.rules.certificateNoPosting")
                : Words.text("correspondence.rules.certificateNotPostingDay",
                uk.cml.domain.UkFormats.shortDate(posted.get())));
    }

    public static Optional<String> method(Optional<LocalDate> posted, Optional<PostingMethod> method) {
        return posted.isPresent() && method.isEmpty() ? Optional.of(Words.text("correspondence.rules.chooseMethod"))
                : Optional.empty();
    }

    public static Optional<String> received(Optional<LocalDate> received, boolean unreadable,
                                            Optional<LocalDate> dated, LocalDate today) {
        Optional<String> basic = pastDate(received, unreadable, Words.text("correspondence.rules.theDateItArrived"),
                today);
        if (basic.isPresent()) {
            return basic;
        }
        if (dated.isPresent() && received.get().isBefore(dated.get())) {
            return Optional.of(Words.text("correspondence.rules.arrivedBeforeDated"));
        }
        return Optional.empty();
    }

    /**
     * A reply cannot be dated, or arrive, before the parent's letter it answers was written, nor before it was posted
     * (the CMS cannot answer a letter it has not been sent): linked so, it would mark that letter answered, tick a
     * complaint's target as met and be quoted as "your reply of" a date before it.
     */
    public static Optional<String> replyAfter(Optional<LocalDate> dated, Optional<LocalDate> received,
                                              SentLetter answers) {
        Optional<LocalDate> itsDay = dated.or(() -> received);
        if (itsDay.isPresent() && itsDay.get().isBefore(answers.written())) {
            return Optional.of(Words.text("correspondence.rules.replyBeforeLetter",
                    uk.cml.domain.UkFormats.shortDate(itsDay.get()),
                    uk.cml.domain.UkFormats.shortDate(answers.written())));
        }
        if (itsDay.isPresent() && answers.posted().filter(itsDay.get()::isBefore).isPresent()) {
            return Optional.of(Words.text("correspondence.rules.replyBeforePosting",
                    uk.cml.domain.UkFormats.shortDate(itsDay.get()),
                    uk.cml.domain.UkFormats.shortDate(answers.written()),
                    uk.cml.domain.UkFormats.shortDate(answers.posted().get())));
        }
        return Optional.empty();
    }

    /**
     * A reply logged as arriving before the parent's letter it answers counts as delivered (posted, by the way it was
     * posted: {@link uk.cml.domain.calendar.UkCalendar#deemedDelivery}): said calmly beside the field, never refused,
     * since a letter can arrive early and the parent may have the dates right. Nothing for a letter not posted, or
     * posted with no way given (its delivery cannot be counted).
     */
    public static Optional<String> arrivedBeforeDelivery(Optional<LocalDate> received, SentLetter answers,
            uk.cml.domain.calendar.UkCalendar calendar) {
        if (received.isEmpty() || answers.posted().isEmpty() || answers.method().isEmpty()) {
            return Optional.empty();
        }
        LocalDate delivered = calendar.deemedDelivery(answers.posted().get(), answers.method().get(),
                answers.trackedDelivery());
        return received.get().isBefore(delivered)
                ? Optional.of(Words.text("correspondence.rules.arrivedBeforeDelivery",
                        uk.cml.domain.UkFormats.shortDate(received.get()),
                        uk.cml.domain.UkFormats.shortDate(answers.written()),
                        uk.cml.domain.UkFormats.shortDate(delivered)))
                : Optional.empty();
    }

    /**
     * The parent's letters a letter received could answer, for "A reply to": those {@link #replyAfter} allows, written
     * and posted on or before the date on it (the day it arrived, when it has none); all while neither day is typed. The one
     * {@code chosen} stays offered whatever its date, so a date typed after choosing never drops the link unseen:
     * the save refuses it and says why.
     */
    public static java.util.List<SentLetter> answerable(java.util.List<SentLetter> letters,
            Optional<LocalDate> dated, Optional<LocalDate> received, Optional<Long> chosen) {
        return letters.stream().filter(l -> chosen.equals(Optional.of(l.id()))
                || replyAfter(dated, received, l).isEmpty()).toList();
    }

    public static Optional<String> required(String text, String what) {
        return text == null || text.isBlank() ? Optional.of(Words.text("correspondence.rules.enter", what))
                : Optional.empty();
    }
}
