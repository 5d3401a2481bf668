package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.SentLetter;

/**
 * The chasing letters the parent made for their letters that got no reply, read from the letters log by the link
 * each keeps to the letter it chases ({@link SentLetter#chases}). Once a chase is made, what is left is to post it;
 * once it is posted, the reply is waited for until the date the chase asks for, and only then is the letter chased
 * again. The reply-by date is the one the chase's log keeps (the date it prints); if the parent cleared it, the date
 * the log suggests for its kind from its posting, by the rule the Letters page suggests it by ({@link ReplyRuleBook},
 * with the facts as the parent may have corrected them), counted by the same calendar as every reply date.
 */
public final class Chases {

    /** Where chasing a letter is. */
    public enum Stage {
        /** No chasing letter is logged for it. */
        NONE,
        /** A chasing letter is made and not posted: post it. */
        MADE,
        /** A chasing letter is posted and the date it asks for a reply by has not passed: wait. */
        WAITING,
        /** A chasing letter is posted and the date it asks for a reply by has passed: chase again. */
        DUE_AGAIN
    }

    private static final Comparator<SentLetter> WRITTEN = Comparator.comparing(SentLetter::written)
            .thenComparing(SentLetter::id);

    private final Map<Long, SentLetter> letters = new HashMap<>();
    private final Map<Long, SentLetter> latest = new HashMap<>();
    private final UkCalendar calendar;
    private final ReplyRuleBook rules;

    private Chases(List<SentLetter> sent, UkCalendar calendar, ReplyRuleBook rules) {
        this.calendar = calendar;
        this.rules = rules;
        sent.forEach(l -> letters.put(l.id(), l));
        for (SentLetter l : sent) {
            l.chases().filter(letters::containsKey).ifPresent(chased -> latest.merge(chased, l,
                    (a, b) -> WRITTEN.compare(a, b) >= 0 ? a : b));
        }
    }

    /**
     * The chases among a case's sent letters (those not in the Bin), a chase's reply counted by {@code rules} when
     * its log keeps no date.
     */
    public static Chases of(List<SentLetter> sent, UkCalendar calendar, ReplyRuleBook rules) {
        return new Chases(sent, calendar, rules);
    }

    /** The latest chasing letter logged for the letter, if any. */
    public Optional<SentLetter> latestOf(long letterId) {
        return Optional.ofNullable(latest.get(letterId));
    }

    /**
     * The letter this one chases, when it is a chasing letter and that letter is in the log: then its reply is that
     * letter's reply, and it is not chased on its own.
     */
    public Optional<SentLetter> chasedBy(SentLetter chase) {
        return chase.chases().map(letters::get);
    }

    /** The date the chase waits for a reply by: its own, or the log's suggestion from its posting; empty until posted. */
    public Optional<LocalDate> replyBy(SentLetter chase) {
        if (!chase.isPosted()) {
            return Optional.empty();
        }
        return chase.replyBy().or(() -> Optional.of(calendar.replyBy(chase.posted().get(), chase.method().get(),
                chase.trackedDelivery(), rules.of(chase)).date()));
    }

    /** Where chasing the letter is on {@code today}. */
    public Stage stage(long letterId, LocalDate today) {
        SentLetter chase = latest.get(letterId);
        if (chase == null) {
            return Stage.NONE;
        }
        if (!chase.isPosted()) {
            return Stage.MADE;
        }
        return replyBy(chase).orElseThrow().isBefore(today) ? Stage.DUE_AGAIN : Stage.WAITING;
    }

    /** Whether chasing the letter is not to be offered on {@code today}: a chase is made, or posted and waited for. */
    public boolean holdsBack(long letterId, LocalDate today) {
        Stage stage = stage(letterId, today);
        return stage == Stage.MADE || stage == Stage.WAITING;
    }

    /** The letters answered: those {@code replied} names, and each letter a chase of it was replied to. */
    public Set<Long> answered(Set<Long> replied) {
        Set<Long> answered = new HashSet<>(replied);
        letters.values().stream().filter(l -> replied.contains(l.id()))
                .forEach(l -> chasedBy(l).ifPresent(chased -> answered.add(chased.id())));
        return answered;
    }
}
