package uk.cml.domain.standing;

import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * The CMS time limits the app counts with, each by the key of its row in the facts table. The figures live only in
 * those rows (seeded by the migrations, corrected by the parent on Settings); this names which rows must be there.
 * What each means is in the words bundle under {@code cmsFact.} and its key, not in the table's label column.
 */
public enum TimeLimit {
    COMPLAINT_ACKNOWLEDGE("complaint.acknowledge.working_days"),
    COMPLAINT_REPLY("complaint.reply.working_days"),
    ICE("ice.months"),
    OMBUDSMAN("phso.months"),
    RECONSIDERATION("reconsideration.months"),
    LATE_RECONSIDERATION("reconsideration.late.months"),
    APPEAL("appeal.months"),
    WRITE_OFF_REPLY("write_off.reply.days"),
    SUBJECT_ACCESS("subject_access.months"),
    SUBJECT_ACCESS_EXTENSION("subject_access.extension.months"),
    REQUEST_REPLY("request.reply.working_days"),
    ARREARS_BREAKDOWN("arrears_breakdown.weeks"),
    ENFORCEMENT_NUDGE("enforcement.nudge.weeks"),
    POST_FIRST_CLASS("post.first_class.working_days"),
    POST_SECOND_CLASS("post.second_class.working_days"),
    POST_SIGNED_FOR("post.signed_for.working_days"),
    POST_SPECIAL_DELIVERY("post.special_delivery.working_days"),
    /**
     * Under Collect and Pay, the working days after a due's on-time day its money may take to reach the parent (the
     * CMS passes on what the paying parent paid it) and still be on time: the app's own suggestion, 0 allowed.
     */
    COLLECT_AND_PAY_PASS_ON("collect_and_pay.pass_on.working_days");

    /** The start of the words' keys: {@code cmsFact.ice.months}. */
    public static final String WORDS = "cmsFact.";

    private final String key;

    TimeLimit(String key) {
        this.key = key;
    }

    /** The key of its row in the facts table. */
    public String key() {
        return key;
    }

    /** What it counts, from the end of its key. */
    public FactUnit unit() {
        return FactUnit.of(key).orElseThrow();
    }

    /**
     * The least figure a correction may give it: its unit's ({@link FactUnit#least()}), but 0 for the days the CMS may
     * take to pass on a Collect and Pay payment, for a parent whose dates are the days the money reaches them.
     */
    public int least() {
        return this == COLLECT_AND_PAY_PASS_ON ? 0 : unit().least();
    }

    /** What it is, in plain words, from the words bundle. */
    public String meaning() {
        return Words.text(WORDS + key);
    }

    /**
     * The row giving the working days after posting on which a letter sent by {@code method} counts as delivered;
     * only a Royal Mail service has one ({@link PostingMethod#byPost()}).
     */
    public static TimeLimit deliveredAfter(PostingMethod method) {
        return switch (method) {
            case FIRST_CLASS -> POST_FIRST_CLASS;
            case SECOND_CLASS -> POST_SECOND_CLASS;
            case SIGNED_FOR -> POST_SIGNED_FOR;
            case SPECIAL_DELIVERY -> POST_SPECIAL_DELIVERY;
            case BY_HAND, ONLINE_ACCOUNT, EMAIL -> throw new IllegalArgumentException(
                    "counts as delivered the day sent, not after working days: " + method);
        };
    }

    /** The time limit whose row has this key, if the app counts with one. */
    public static Optional<TimeLimit> of(String key) {
        for (TimeLimit limit : values()) {
            if (limit.key.equals(key)) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }
}
