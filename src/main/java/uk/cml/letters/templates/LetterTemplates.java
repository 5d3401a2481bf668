package uk.cml.letters.templates;

import java.util.List;
import java.util.Optional;
import uk.cml.domain.caseinfo.Arrangement;

/** The letters, in the order the parent sees them. */
public final class LetterTemplates {

    public static final LetterTemplate CONFIRM_CALL = new ConfirmCallLetter();
    public static final LetterTemplate MISSED_DIRECT_PAY = new MissedDirectPayLetter();
    public static final LetterTemplate COLLECT_AND_PAY = new CollectAndPayLetter();
    public static final LetterTemplate ARREARS_BREAKDOWN = new ArrearsBreakdownLetter();
    public static final LetterTemplate COLLECTION_COMPLAINT = new CollectionComplaintLetter();
    public static final LetterTemplate SENIOR_REVIEW = new SeniorReviewLetter();
    public static final LetterTemplate ICE_COMPLAINT = new IceComplaintLetter();
    public static final LetterTemplate WRITE_OFF_REPLY = new WriteOffReplyLetter();
    public static final LetterTemplate SETTLEMENT_REPLY = new SettlementReplyLetter();
    public static final LetterTemplate SUBJECT_ACCESS = new SubjectAccessLetter();
    public static final LetterTemplate CHASE_REPLY = new ChaseReplyLetter();
    public static final LetterTemplate OTHER_PARENT = new OtherParentLetter();
    public static final LetterTemplate MANDATORY_RECONSIDERATION = new MandatoryReconsiderationLetter();
    public static final LetterTemplate ENFORCEMENT_REQUEST = new EnforcementRequestLetter();

    private static final List<LetterTemplate> ALL = List.of(CONFIRM_CALL, MISSED_DIRECT_PAY, COLLECT_AND_PAY,
            ARREARS_BREAKDOWN, ENFORCEMENT_REQUEST, COLLECTION_COMPLAINT, SENIOR_REVIEW, ICE_COMPLAINT,
            MANDATORY_RECONSIDERATION, WRITE_OFF_REPLY, SETTLEMENT_REPLY, SUBJECT_ACCESS, CHASE_REPLY, OTHER_PARENT);

    private LetterTemplates() {
    }

    public static List<LetterTemplate> all() {
        return ALL;
    }

    /**
     * The letter about missed payments for how maintenance is arranged: under a private arrangement to the other
     * parent; on Direct Pay the report to the CMS, which knows of missed payments only when told; under Collect and
     * Pay the CMS already knows (it collects), so the request to enforce them. That holds after a move from Direct
     * Pay too: the request says apart what was missed before the move, which the CMS knows of only if told, tells it
     * when the records show no report, and asks whether it is collecting that part ({@link ArrangementWords#owedAtMove}).
     * The report of missed Direct Pay payments would call the payments missed since the move Direct Pay ones.
     */
    public static LetterTemplate forMissedPayments(Arrangement arrangement) {
        return switch (arrangement) {
            case PRIVATE -> OTHER_PARENT;
            case DIRECT_PAY -> MISSED_DIRECT_PAY;
            case COLLECT_AND_PAY -> ENFORCEMENT_REQUEST;
        };
    }

    /**
     * As {@link #forMissedPayments(Arrangement)}, read with the case's records: when all that is owed was missed
     * under a private arrangement, the CMS cannot collect or enforce any of it (the enforcement request does not fit,
     * {@link ArrangementWords#onlyPrivateArrears}), so the letter to the other parent, who owes it to the parent.
     */
    public static LetterTemplate forMissedPayments(LetterFacts facts) {
        LetterTemplate chosen = forMissedPayments(facts.arrangementToday());
        // Only for arrears the CMS cannot collect: with nothing owed the request does not fit either, but the letter
        // to the other parent would not fit better (the writer says why the request does not).
        return chosen == ENFORCEMENT_REQUEST && ArrangementWords.onlyPrivateArrears(facts).isPresent() ? OTHER_PARENT
                : chosen;
    }

    /**
     * Letters about one call, letter or decision, which the log does not record: made again, the app cannot tell
     * which one an earlier copy was about, so a new one never takes an earlier one's place by itself.
     */
    private static final java.util.Set<LetterTemplate> ABOUT_ONE_RECORD = java.util.Set.of(CONFIRM_CALL, CHASE_REPLY,
            MANDATORY_RECONSIDERATION, WRITE_OFF_REPLY);

    /** Whether the letter is about one call, letter or decision the log does not link it to. */
    public static boolean aboutOneRecord(LetterTemplate template) {
        return ABOUT_ONE_RECORD.contains(template);
    }

    /** The template a letter in the log was made from, by the title it was logged under; none for one typed in. */
    public static Optional<LetterTemplate> madeAs(String loggedTitle) {
        return ALL.stream().filter(t -> t.fileTitle().equals(loggedTitle)).findFirst();
    }

    /**
     * The letter in the parent's log that a letter made from this template chases: for the chasing letter, the one it
     * was begun for or the one awaited reply it picked, when taken from the log; none for any other letter, or one
     * whose earlier letter was typed in.
     */
    public static Optional<Long> chases(LetterTemplate template, LetterFacts facts) {
        return template == CHASE_REPLY ? ChaseReplyLetter.chased(facts).flatMap(EarlierLetter::inLog)
                : Optional.empty();
    }

    public static Optional<LetterTemplate> byKey(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
