package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * What a letter to the CMS is about. Each kind carries the working days (or, for a subject access request, the
 * calendar month) the app allows for a reply once the letter is delivered. Only the complaint figure is a published
 * CMS target (15 working days) and the subject access month is the law's (ICO); the others are the app's prompt to
 * chase, and the parent can change any reply-by date. A request ({@link #request()}) is watched by the one rule the
 * app's own request letters print (10 working days after deemed delivery, the facts row
 * {@code request.reply.working_days}), so a letter logged by hand and one the app wrote, of the same kind, the
 * same day and posted the same way, are watched to the same day; the figures here are that rule's defaults. The records keep a
 * kind by its name ({@code letter_sent.kind}): add kinds, never rename or remove one, or older records stop reading.
 */
public enum LetterKind implements Labelled {
    FOLLOW_UP_TO_CALL(10),
    ARREARS_REPORT(10),
    /**
     * Asking the CMS to collect or enforce payment: to move the case to Collect and Pay, or to take a step against
     * the arrears (both are steps on the CMS's enforcement ladder, {@code standing.EnforcementStep}). No published
     * CMS target: the request rule, the same as a report of missed payments, the letter this one usually follows
     * (and the kind an enforcement request was logged as before), so a parent chasing either waits the same time.
     */
    COLLECTION_REQUEST(10),
    COMPLAINT(15),
    /**
     * Asking the CMS to look again at a decision about the calculation (mandatory reconsideration), the step
     * before an appeal. The facts hold a time limit for asking (one month from the decision), none for the CMS's
     * answer: so the request rule, the 10 working days the app's own reconsideration letter asks for.
     */
    RECONSIDERATION_REQUEST(10),
    REQUEST_FOR_INFORMATION(10),
    REPLY(10),
    /**
     * The parent's reasons against a proposal to write off arrears, sent within the 30 days the proposal allows: its
     * own kind so that the limit it meets is ticked. No published target for the CMS's decision: 15 working days.
     * The app's own reply asks for a decision a fixed time after the proposal's days end, not from delivery, so
     * it is not a request watched by the request rule.
     */
    WRITE_OFF_REPLY(15),
    /**
     * A subject access request under UK GDPR for the parent's own CMS records: the answer is due one calendar month
     * after the CMS receives it (ICO guidance), not a count of working days, so a request logged by hand is given
     * the same date as the one the app's letter prints.
     */
    SUBJECT_ACCESS_REQUEST(0, 1),
    OTHER(10);

    private final int replyWorkingDays;
    private final int replyMonths;

    LetterKind(int replyWorkingDays) {
        this(replyWorkingDays, 0);
    }

    LetterKind(int replyWorkingDays, int replyMonths) {
        this.replyWorkingDays = replyWorkingDays;
        this.replyMonths = replyMonths;
    }

    /** The working days allowed for a reply; 0 for a kind answered in calendar months ({@link #replyMonths()}). */
    public int replyWorkingDays() {
        return replyWorkingDays;
    }

    /** The calendar months allowed for a reply, counted from delivery; 0 for a kind counted in working days. */
    public int replyMonths() {
        return replyMonths;
    }

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
     * Whether the reply time of this kind is a CMS published target (a complaint's 15 working days), which holds
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
