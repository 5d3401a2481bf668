package uk.cml.domain.todo;

/** The sorts of thing the Overview asks the parent to do; each has its own button there. */
public enum TodoKind {
    /** A sent letter is written but its posting is not recorded. */
    POST_LETTER,
    /**
     * A letter telling the CMS of missed payments is written but its posting is not recorded: until it goes, the
     * CMS has not been told (what needs doing no longer asks to write one, as it is written).
     */
    POST_REPORT,
    /**
     * A letter written and not posted was made before its records changed (it may say what they no longer do): it
     * is to be made again, then posted.
     */
    MAKE_LETTER_AGAIN,
    /** As {@link #MAKE_LETTER_AGAIN}, for a letter telling the CMS of missed payments (see {@link #POST_REPORT}). */
    MAKE_REPORT_AGAIN,
    /** A letter went by post with no certificate of posting attached. */
    ATTACH_PROOF,
    /**
     * A letter went by post and its certificate of posting is recorded (its date, branch or reference) without the
     * photo of it: the photo is what is missing, not the certificate (the letters log says "Certificate: no photo yet").
     */
    ATTACH_PROOF_PHOTO,
    /** A posted letter's reply is late. */
    REPLY_OVERDUE,
    /** A call's follow-up date has come. */
    FOLLOW_UP_CALL,
    /** The CMS promised on a call to act by a date that has passed. */
    CALL_PROMISE_LATE,
    /**
     * A call in the arrears period has no answer to "Did you tell them about missed payments on this call?" (logged
     * before it was asked): until answered it counts as not told, and the letters leave it out.
     */
    ANSWER_TOLD_MISSED_PAYMENTS,
    /**
     * A CMS case has no reference yet (the parent chose to add it later): letters to the CMS wait for it. Its button
     * opens the Case page.
     */
    ADD_CMS_REFERENCE,
    /** There is no payment plan, so nothing can be worked out. */
    ADD_PLAN,
    /**
     * A CMS calculation is newer than the payment plan's latest change: it may set a new amount, which the plan does
     * not have yet (the source is the decision).
     */
    CHECK_AMOUNT_AFTER_DECISION,
    /** The latest due has not arrived in full. */
    PAYMENT_SHORT,
    /** Several dues in a row have not arrived in full. */
    MISSED_IN_A_ROW,
    /** Under Direct Pay, dues have not arrived in full since the parent last told the CMS about missed payments. */
    TELL_THE_CMS,
    /** Money agreed in a settlement has not all arrived. */
    SETTLEMENT_SHORT,
    /** The CMS's arrears figure differs from the parent's record. */
    CMS_DIFFERENCE,
    /** Typing kept in a form and not saved yet, on the Calls page (a call). */
    TYPING_ON_CALLS,
    /** The same, on the Notes page. */
    TYPING_ON_NOTES,
    /** The same, on the Letters page (a letter sent or received). */
    TYPING_ON_LETTERS,
    /** The same, on the Payments page (a payment, a plan, an adjustment). */
    TYPING_ON_PAYMENTS,
    /** The same, on the Case page (the case's details). */
    TYPING_ON_CASE,
    /** The same, on the Addresses page (an entry of the address book). */
    TYPING_ON_ADDRESSES,
    /** The same, on Where it stands (a step's date, a decision to challenge). */
    TYPING_ON_STANDING,
    /** The same, the words of a letter changed on the Write a letter page and not made into a PDF. */
    TYPING_IN_LETTER,
    /** A date on "Where things stand" (a complaint, a challenge, enforcement). */
    DEADLINE
}
