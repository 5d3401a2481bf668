package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * What a letter to the CMS is about. A kind carries no reply time of its own: every reply is watched by a rule the
 * facts table holds ({@code standing.ReplyRuleBook}), which the parent can see and correct on Settings, so one
 * corrected figure changes every date. A complaint to the CMS is watched by the CMS's published target
 * ({@code complaint.reply.working_days}); a subject access request by the law's month ({@code subject_access.months});
 * a reply to a proposal to write off arrears by the CMS's decision once that proposal's days ({@code
 * write_off.reply.days}, from the date on its letter) are over; and a
 * request ({@link #request()}) by the app's own suggestion, the rule its request letters print
 * ({@code request.reply.working_days}), so a letter logged by hand and one the app wrote, of the same kind, the same
 * day and posted the same way, are watched to the same day. The records keep a kind by its name
 * ({@code letter_sent.kind}): add kinds, never rename or remove one, or older records stop reading.
 */
public enum LetterKind implements Labelled {
    FOLLOW_UP_TO_CALL,
    ARREARS_REPORT,
    /**
     * Asking the CMS to collect or enforce payment: to move the case to Collect and Pay, or to take a step against
     * the arrears (both are steps on the CMS's enforcement ladder, {@code standing.EnforcementStep}). No published
     * CMS target: the request rule, the same as a report of missed payments, the letter this one usually follows
     * (and the kind an enforcement request was logged as before), so a parent chasing either waits the same time.
     */
    COLLECTION_REQUEST,
    COMPLAINT,
    /**
     * Asking the CMS to look again at a decision about the calculation (mandatory reconsideration), the step
     * before an appeal. The facts hold a time limit for asking (one month from the decision), none for the CMS's
     * answer: so the request rule, the 10 working days the app's own reconsideration letter asks for.
     */
    RECONSIDERATION_REQUEST,
    REQUEST_FOR_INFORMATION,
    REPLY,
    /**
     * The parent's reasons against a proposal to write off arrears, sent within the 30 days the proposal allows: its
     * own kind so that the limit it meets is ticked. No published target for the CMS's decision, which it makes
     * once the proposal's days are over, counted from the date on the CMS's letter (the fact
     * {@code write_off.reply.days}), never from the reply's own delivery: a reply logged by hand is watched, as the
     * app's own reply asks, for the request rule's working days from whichever is later, its delivery or the end of
     * those days ({@code standing.ReplyRuleBook#writeOffDecision}).
     */
    WRITE_OFF_REPLY,
    /**
     * A subject access request under UK GDPR for the parent's own CMS records: the answer is due one calendar month
     * after the CMS receives it (ICO guidance), not a count of working days, so a request logged by hand is given
     * the same date as the one the app's letter prints.
     */
    SUBJECT_ACCESS_REQUEST,
    OTHER;

    /**
     * Whether a letter of this kind asks the CMS to do or answer something with no published target or legal limit
     * for its reply: it is watched by the request rule the app's own request letters print (10 working days after
     * deemed delivery, {@code request.reply.working_days}). Not a complaint (the CMS's own target), a subject access
     * request (the law's month) or a reply to a write-off proposal (a decision after the proposal's days end).
     */
    public boolean request() {
        return this == FOLLOW_UP_TO_CALL || this == ARREARS_REPORT || this == COLLECTION_REQUEST
                || this == RECONSIDERATION_REQUEST || this == REQUEST_FOR_INFORMATION || this == REPLY
                || this == OTHER;
    }

    /**
     * Whether the reply time of this kind is a CMS published target (a complaint's, in the facts table), which holds
     * only for a letter to the CMS or ICE; every other kind's is the app's own prompt to chase, or the law's.
     */
    public boolean cmsTarget() {
        return this == COMPLAINT;
    }

    /**
     * Whether a letter of this kind tells the CMS of missed payments: the report, and a request to collect or enforce
     * (under Direct Pay the CMS only knows if the parent tells it). One list for what needs doing and Where it stands.
     */
    public boolean tellsTheCmsOfArrears() {
        return this == ARREARS_REPORT || this == COLLECTION_REQUEST;
    }

    /**
     * Whether a letter of this kind is only ever a letter to the CMS about its own work: a complaint, a request to
     * collect or enforce, a mandatory reconsideration, a reply to its proposal to write off arrears, a report of
     * missed payments it is to act on, or a request for the records it holds. None of them fits a case the CMS has
     * never had.
     */
    public boolean toTheCmsOnly() {
        return this == COMPLAINT || this == COLLECTION_REQUEST || this == RECONSIDERATION_REQUEST
                || this == WRITE_OFF_REPLY || this == ARREARS_REPORT || this == SUBJECT_ACCESS_REQUEST;
    }

    /**
     * The kinds the Letters page offers for a letter the parent logs: every kind once the CMS has had the case; for a
     * case only ever private, only those that fit a letter to the other parent or anyone else. The kind of a letter on
     * record ({@code kept}) is always among them, shown as it is, never dropped or changed.
     */
    public static java.util.List<LetterKind> offered(boolean everWithCms, java.util.Optional<LetterKind> kept) {
        return java.util.Arrays.stream(values()).filter(k -> everWithCms || !k.toTheCmsOnly()
                || kept.equals(java.util.Optional.of(k))).toList();
    }

    @Override
    public String toString() {
        return label();
    }
}
