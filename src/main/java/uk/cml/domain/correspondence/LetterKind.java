package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * What a letter to the CMS is about. Each kind carries the working days (or, for a subject access request, the
 * calendar month) the app allows for a reply once the letter is delivered. Only the complaint figure is a published CMS target (15 working days);
 * the others are a sensible prompt to chase, and the parent can change any reply-by date. The records keep a
 * kind by its name ({@code letter_sent.kind}): add kinds, never rename or remove one, or older records stop reading.
 */
public enum LetterKind implements Labelled {
    FOLLOW_UP_TO_CALL(10),
    ARREARS_REPORT(15),
    /**
     * Asking the CMS to collect or enforce payment: to move the case to Collect and Pay, or to take a step against
     * the arrears (both are steps on the CMS's enforcement ladder, {@code standing.EnforcementStep}). No published
     * CMS target: 15 working days, the same as a report of missed payments, the letter this one usually follows
     * (and the kind an enforcement request was logged as before), so a parent chasing either waits the same time.
     */
    COLLECTION_REQUEST(15),
    COMPLAINT(15),
    /**
     * Asking the CMS to look again at a decision about the calculation (mandatory reconsideration), the step
     * before an appeal. No published CMS target for the answer: 20 working days, as for a request for
     * information, since the CMS looks at the whole decision again, which takes longer than answering a letter.
     */
    RECONSIDERATION_REQUEST(20),
    REQUEST_FOR_INFORMATION(20),
    REPLY(15),
    /**
     * The parent's reasons against a proposal to write off arrears, sent within the 30 days the proposal allows: its
     * own kind so that the limit it meets is ticked. No published target for the CMS's decision: 15 working days, as
     * for any other reply.
     */
    WRITE_OFF_REPLY(15),
    /**
     * A subject access request under UK GDPR for the parent's own CMS records: the answer is due one calendar month
     * after the CMS receives it (ICO guidance), not a count of working days, so a request logged by hand is given
     * the same date as the one the app's letter prints.
     */
    SUBJECT_ACCESS_REQUEST(0, 1),
    OTHER(20);

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
