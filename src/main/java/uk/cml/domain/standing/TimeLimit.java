package uk.cml.domain.standing;

import java.util.Optional;
import uk.cml.domain.Words;

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
    ENFORCEMENT_NUDGE("enforcement.nudge.weeks");

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

    /** What it is, in plain words, from the words bundle. */
    public String meaning() {
        return Words.text(WORDS + key);
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
