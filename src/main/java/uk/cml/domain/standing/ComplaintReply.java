package uk.cml.domain.standing;

/** The complaint letter that answers a CMS letter, as {@link ComplaintThreads#replyTo} reads it. */
public enum ComplaintReply {
    /** The letter is not about a complaint: judge it by what else it says. */
    NOT_ABOUT_A_COMPLAINT,
    /** About a complaint, but nothing is the parent's to write yet (or after ICE's own answer). */
    NO_LETTER,
    /** The CMS's reply to the complaint: ask for a senior manager's review. */
    SENIOR_REVIEW,
    /** The CMS's final response: complain to the Independent Case Examiner. */
    ICE
}
