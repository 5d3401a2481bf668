package uk.cml.letters.pack;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a pack is made for, which decides what of the parent's own is in it. The parent's limits and to-dos (the month
 * to ask for a mandatory reconsideration, the day to post a reply by, "Date passed") are the parent's working notes:
 * in a pack for the CMS or a tribunal they only volunteer the parent's own missed dates to the body deciding the case,
 * and the Independent Case Examiner looks at how the CMS handled the case, not at the parent's dates. So only a pack
 * for an MP, who acts for the parent, gives them. Every pack keeps the CMS's decisions, the dates on its letters and
 * its own targets (acknowledging and replying to a complaint), whoever it is for.
 */
public enum PackFor {
    CMS,
    ICE,
    MP,
    /** A tribunal sends each party the other's papers. */
    TRIBUNAL;

    /**
     * Whether the pack gives the parent's own time limits and what to do by them, passed or not. A reconsideration
     * limit passed is said to an MP alone: the CMS weighs a late request on the reasons the request itself gives,
     * ICE does not look at decisions (those go to reconsideration and appeal), and a tribunal counts an appeal from
     * the mandatory reconsideration notice, whose date every pack gives; to each it would only volunteer the parent's
     * own lateness.
     */
    public boolean showsParentsOwnLimits() {
        return this == MP;
    }

    /** The value of {@code export-pack --for}: "cms", "ice", "mp" or "tribunal". */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The recipient named by {@code export-pack --for}, in any case. */
    public static Optional<PackFor> ofOption(String text) {
        for (PackFor each : values()) {
            if (each.option().equalsIgnoreCase(text.strip())) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }
}
