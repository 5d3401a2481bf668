package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * What the records say of the replies the parent's posted letters wait for, as the Overview counts them on the
 * letter's date: how many are late (their reply date passed with no reply logged), and the first reply date still to
 * come. A chasing letter fits only when one is late.
 *
 * @param known   the records were read; false for a letter written from typed facts alone (it then fits)
 * @param late    how many letters' replies are late, as What needs doing lists them
 * @param nextDue the earliest reply date still to come, when none is late
 */
public record RepliesAwaited(boolean known, int late, Optional<LocalDate> nextDue, Optional<Asked> cmsAsked,
        List<Asked> unansweredByCms) {

    /**
     * A letter posted to the CMS still waiting for its reply, its reply date still to come.
     *
     * @param postedOn the day it was posted
     * @param replyBy  the day a reply was asked for by
     */
    public record Asked(LocalDate postedOn, LocalDate replyBy) {
        public Asked {
            Objects.requireNonNull(postedOn, "postedOn");
            Objects.requireNonNull(replyBy, "replyBy");
        }
    }

    /** With no letter to the CMS said to have gone unanswered past its reply date. */
    public RepliesAwaited(boolean known, int late, Optional<LocalDate> nextDue, Optional<Asked> cmsAsked) {
        this(known, late, nextDue, cmsAsked, List.of());
    }

    /**
     * The same, with {@code unanswered}: each letter posted to the CMS whose reply date has passed with no reply
     * logged, oldest first, whether chased or not, for a complaint's "What went wrong" (reviewer, rv6).
     */
    public RepliesAwaited withUnansweredByCms(List<Asked> unanswered) {
        return new RepliesAwaited(known, late, nextDue, cmsAsked, unanswered);
    }

    /** No letter to the CMS said to be waiting. */
    public RepliesAwaited(boolean known, int late, Optional<LocalDate> nextDue) {
        this(known, late, nextDue, Optional.empty());
    }

    /** The records were not read: nothing is said either way. */
    public static final RepliesAwaited UNKNOWN = new RepliesAwaited(false, 0, Optional.empty());

    /** No posted letter waits for a reply by a date. */
    public static final RepliesAwaited NONE_WAITING = new RepliesAwaited(true, 0, Optional.empty());

    public RepliesAwaited {
        Objects.requireNonNull(nextDue, "nextDue");
        cmsAsked = Objects.requireNonNullElse(cmsAsked, Optional.empty());
        unansweredByCms = unansweredByCms == null ? List.of() : unansweredByCms.stream()
                .sorted(java.util.Comparator.comparing(Asked::postedOn)).toList();
    }

    /**
     * None late; the first reply date the records wait for is {@code nextDue}, and {@code cmsAsked} the letter to the
     * CMS with the first reply date still to come, if any: a complaint made before it is answered may cross it.
     */
    public static RepliesAwaited notLateYet(LocalDate nextDue, Optional<Asked> cmsAsked) {
        return new RepliesAwaited(true, 0, Optional.of(nextDue), cmsAsked);
    }

    /** None late; the first reply date the records wait for is {@code nextDue}. */
    public static RepliesAwaited notLateYet(LocalDate nextDue) {
        return new RepliesAwaited(true, 0, Optional.of(nextDue));
    }

    /** {@code count} letters' replies are late. */
    public static RepliesAwaited late(int count) {
        return new RepliesAwaited(true, count, Optional.empty());
    }
}
