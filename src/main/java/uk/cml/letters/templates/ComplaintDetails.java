package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A complaint as the parent describes it. Dates may be null when they do not apply yet.
 *
 * @param actionWanted      what the parent wants the CMS to do, in their words (used with {@link Remedy#ACTION})
 * @param complainedOn      when the parent first complained (for a review or ICE)
 * @param cmsRepliedOn      the CMS's reply to the complaint (for a review by a senior manager)
 * @param finalResponseOn   the date of the CMS's final response (for ICE)
 * @param contactPreference how the parent would like ICE to get in touch ("by email", "by phone after 3pm")
 * @param adjustments       any adjustments the parent needs (large print, calls only...), empty if none
 * @param whyReplyFails     why the CMS's reply does not settle the complaint (for a senior manager's review)
 * @param kept              the letters of the complaint the records hold a copy or scan of, so a letter can enclose
 *                          them; a date typed by hand has none
 */
public record ComplaintDetails(LocalDate happenedOn, String whatHappened, String whatWentWrong, Set<Remedy> wants,
        String actionWanted, LocalDate complainedOn, LocalDate cmsRepliedOn, LocalDate finalResponseOn,
        String contactPreference, String adjustments, String whyReplyFails, Set<Kept> kept) {

    /** A letter of the complaint that the records hold a copy (or scan) of. */
    public enum Kept {
        COMPLAINT, REPLY, FINAL_RESPONSE
    }

    /** What a complaint can ask for. */
    public enum Remedy {
        APOLOGY, EXPLANATION, ACTION, COMPENSATION
    }

    public ComplaintDetails {
        whatHappened = Text.clean(whatHappened);
        whatWentWrong = Text.clean(whatWentWrong);
        wants = wants == null || wants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(wants));
        actionWanted = Text.clean(actionWanted);
        contactPreference = Text.clean(contactPreference);
        adjustments = Text.clean(adjustments);
        whyReplyFails = Text.clean(whyReplyFails);
        kept = kept == null || kept.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kept));
    }

    /** A complaint of which the records hold no copies. */
    public ComplaintDetails(LocalDate happenedOn, String whatHappened, String whatWentWrong, Set<Remedy> wants,
            String actionWanted, LocalDate complainedOn, LocalDate cmsRepliedOn, LocalDate finalResponseOn,
            String contactPreference, String adjustments, String whyReplyFails) {
        this(happenedOn, whatHappened, whatWentWrong, wants, actionWanted, complainedOn, cmsRepliedOn,
                finalResponseOn, contactPreference, adjustments, whyReplyFails, Set.of());
    }

    /** The same complaint, with the copies the records hold. */
    public ComplaintDetails withKept(Set<Kept> copies) {
        return new ComplaintDetails(happenedOn, whatHappened, whatWentWrong, wants, actionWanted, complainedOn,
                cmsRepliedOn, finalResponseOn, contactPreference, adjustments, whyReplyFails, copies);
    }

    /** The records hold a copy of this letter of the complaint. */
    public boolean holds(Kept letter) {
        return kept.contains(letter);
    }

    /** A complaint with no reply from the CMS yet, so nothing to say about one. */
    public ComplaintDetails(LocalDate happenedOn, String whatHappened, String whatWentWrong, Set<Remedy> wants,
            String actionWanted, LocalDate complainedOn, LocalDate cmsRepliedOn, LocalDate finalResponseOn,
            String contactPreference, String adjustments) {
        this(happenedOn, whatHappened, whatWentWrong, wants, actionWanted, complainedOn, cmsRepliedOn,
                finalResponseOn, contactPreference, adjustments, "");
    }
}
