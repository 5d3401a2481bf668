package uk.cml.letters.templates;

import java.util.List;
import java.util.Optional;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.standing.TimeLimit;

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

    /**
     * The logged call a letter made from this template confirms: for the letter confirming a call, the call chosen
     * from the calls log; none for any other letter, or one made with no call chosen.
     */
    public static Optional<Long> confirms(LetterTemplate template, LetterFacts facts) {
        return template == CONFIRM_CALL ? facts.call().flatMap(CallDetails::logId) : Optional.empty();
    }

    /**
     * The parts of the records each letter's words are drawn from, so that a change elsewhere does not mark a letter
     * made before it "Records changed: make it again". Every letter prints names, addresses, the reference and the
     * NI number (case details, address book). A letter that quotes the arrears draws on payments, plans, CMS figures
     * and fees, and on letters received too: a CMS figure carries the date of the CMS letter it came from, and goes
     * with it to the Bin. "I will make a formal complaint" and the steps after it are read from the complaint letters
     * and the CMS's replies (letters received). "I spoke to you by phone on ..." lists the days of calls logged since
     * the arrears began; the steps the CMS has taken to collect are enforcement. What the CMS was told lists the
     * parent's posted reports and complaints, and a report names the dues the last one did (letters sent, only those
     * letters: {@link uk.cml.domain.correspondence.DrawnFrom#letters}). A CMS decision counts only for a letter that
     * quotes one (reviewer rv5: a letter about missed payments was marked changed by a calculation it never names).
     */
    private static final java.util.Map<LetterTemplate, java.util.Set<RecordArea>> DRAWS_ON = java.util.Map.ofEntries(
            // The call it confirms; when it chases a promise, the complaint step (letters received); and whether it
            // agrees with a CMS figure recorded for the call's day (CMS figures).
            java.util.Map.entry(CONFIRM_CALL, areas(RecordArea.CALLS, RecordArea.LETTERS_RECEIVED,
                    RecordArea.CMS_FIGURES)),
            // The arrears, the days of calls since they began, the CMS letter asking for proof, the steps taken, the
            // letters that told the CMS; no decision.
            java.util.Map.entry(MISSED_DIRECT_PAY, java.util.EnumSet.complementOf(java.util.EnumSet.of(
                    RecordArea.DECISIONS))),
            java.util.Map.entry(COLLECT_AND_PAY, withArrears(RecordArea.LETTERS_RECEIVED)),
            java.util.Map.entry(ARREARS_BREAKDOWN, withArrears(RecordArea.LETTERS_RECEIVED)),
            // As the report, with the steps taken (decisions) and the days of calls.
            java.util.Map.entry(ENFORCEMENT_REQUEST, java.util.EnumSet.allOf(RecordArea.class)),
            // With the steps the CMS has taken to collect.
            java.util.Map.entry(COLLECTION_COMPLAINT, withArrears(RecordArea.LETTERS_RECEIVED, RecordArea.ENFORCEMENT)),
            java.util.Map.entry(SENIOR_REVIEW, withArrears(RecordArea.LETTERS_RECEIVED)),
            java.util.Map.entry(ICE_COMPLAINT, withArrears(RecordArea.LETTERS_RECEIVED)),
            // The decision it asks about, from the decisions or the CMS letter it was begun from. No figures.
            java.util.Map.entry(MANDATORY_RECONSIDERATION, areas(RecordArea.DECISIONS, RecordArea.LETTERS_RECEIVED)),
            // The proposal (a decision or the CMS letter), what is owed by the records, the complaint step.
            java.util.Map.entry(WRITE_OFF_REPLY, withArrears(RecordArea.DECISIONS, RecordArea.LETTERS_RECEIVED)),
            // The offer in a CMS letter, against what is owed.
            java.util.Map.entry(SETTLEMENT_REPLY, withArrears(RecordArea.LETTERS_RECEIVED)),
            // Names, addresses and the reference only.
            java.util.Map.entry(SUBJECT_ACCESS, areas()),
            // The letter it chases (the parent's own letters are not a part of the records that changes a letter's
            // words) and the complaint step.
            java.util.Map.entry(CHASE_REPLY, areas(RecordArea.LETTERS_RECEIVED)),
            // The arrears, and under Direct Pay what the CMS has been told: days of calls, a complaint.
            java.util.Map.entry(OTHER_PARENT, withArrears(RecordArea.CALLS, RecordArea.LETTERS_RECEIVED)));

    /** The parts of the records a letter made from {@code template} draws its words from. */
    public static java.util.Set<RecordArea> drawsOn(LetterTemplate template) {
        return DRAWS_ON.getOrDefault(template, java.util.EnumSet.allOf(RecordArea.class));
    }

    /**
     * As {@link #drawsOn(LetterTemplate)}, knowing whether the call the letter confirms (or, where the log cannot
     * tell which, a call it may confirm) holds a promise not marked kept. A letter confirming a call reads the letters
     * received only for the complaint step it adds when it chases such a promise; with none, a CMS letter logged
     * after it leaves its words as they were, so it does not count. A CMS figure does: the letter says whether it
     * agrees with the one recorded for the call's day.
     */
    public static java.util.Set<RecordArea> drawsOn(LetterTemplate template, boolean aPromiseNotKept) {
        return template == CONFIRM_CALL && !aPromiseNotKept ? areas(RecordArea.CALLS, RecordArea.CMS_FIGURES)
                : drawsOn(template);
    }

    /**
     * Case details and the address book, which every letter prints, the bank holidays and the CMS time limits its
     * dates are counted with (the reply-by date, the day it counts as delivered: only a day among those counts, see
     * {@code DrawnFrom#calendarDays}, and only a limit it counted with, {@link #countsWith}), and {@code more}.
     */
    private static java.util.Set<RecordArea> areas(RecordArea... more) {
        java.util.Set<RecordArea> set = java.util.EnumSet.of(RecordArea.CASE_DETAILS, RecordArea.ADDRESSES,
                RecordArea.BANK_HOLIDAYS, RecordArea.TIME_LIMITS);
        set.addAll(java.util.List.of(more));
        return java.util.Collections.unmodifiableSet(set);
    }

    /** As {@link #areas}, with what the arrears are counted from: payments, plans, CMS figures and fees. */
    private static java.util.Set<RecordArea> withArrears(RecordArea... more) {
        java.util.Set<RecordArea> set = java.util.EnumSet.copyOf(areas(more));
        set.addAll(java.util.EnumSet.of(RecordArea.PAYMENTS, RecordArea.PLANS, RecordArea.CMS_FIGURES,
                RecordArea.FEES, RecordArea.LETTERS_SENT));
        return java.util.Collections.unmodifiableSet(set);
    }

    /**
     * The facts table's time limits each letter's printed dates are counted with, besides the day it counts as
     * delivered by how it is posted ({@link #countsWith}): the rule of its reply-by date ({@link ReplyRules}), the
     * limits it quotes or counts a date from, ICE's months where it says the next step of a complaint (ICE, or a new
     * complaint once they have ended), and every way of posting where it says when an earlier letter counted as
     * delivered (a complaint's "since I first told you", the reply a chase waits for, a complaint's reply target).
     * {@code LetterTimeLimitsUsedTest} drafts every reviewed letter with each limit changed, so none is left out.
     */
    private static final java.util.Map<LetterTemplate, java.util.Set<TimeLimit>> COUNTS_WITH = java.util.Map.ofEntries(
            java.util.Map.entry(CONFIRM_CALL, limits(TimeLimit.REQUEST_REPLY, TimeLimit.ICE)),
            java.util.Map.entry(MISSED_DIRECT_PAY, limits(TimeLimit.REQUEST_REPLY, TimeLimit.ICE)),
            java.util.Map.entry(COLLECT_AND_PAY, limits(TimeLimit.REQUEST_REPLY, TimeLimit.ICE)),
            java.util.Map.entry(ARREARS_BREAKDOWN, limits(TimeLimit.ARREARS_BREAKDOWN)),
            java.util.Map.entry(ENFORCEMENT_REQUEST, limits(TimeLimit.REQUEST_REPLY, TimeLimit.ICE)),
            java.util.Map.entry(COLLECTION_COMPLAINT, withDeliveries(TimeLimit.COMPLAINT_REPLY,
                    TimeLimit.COMPLAINT_ACKNOWLEDGE)),
            java.util.Map.entry(SENIOR_REVIEW, withDeliveries(TimeLimit.COMPLAINT_REPLY,
                    TimeLimit.COMPLAINT_ACKNOWLEDGE)),
            java.util.Map.entry(ICE_COMPLAINT, withDeliveries(TimeLimit.REQUEST_REPLY, TimeLimit.ICE)),
            java.util.Map.entry(MANDATORY_RECONSIDERATION, limits(TimeLimit.REQUEST_REPLY, TimeLimit.RECONSIDERATION,
                    TimeLimit.LATE_RECONSIDERATION, TimeLimit.APPEAL)),
            java.util.Map.entry(WRITE_OFF_REPLY, withDeliveries(TimeLimit.REQUEST_REPLY, TimeLimit.WRITE_OFF_REPLY,
                    TimeLimit.ICE)),
            java.util.Map.entry(SETTLEMENT_REPLY, limits(TimeLimit.REQUEST_REPLY)),
            java.util.Map.entry(SUBJECT_ACCESS, limits(TimeLimit.SUBJECT_ACCESS, TimeLimit.SUBJECT_ACCESS_EXTENSION)),
            java.util.Map.entry(CHASE_REPLY, withDeliveries(TimeLimit.REQUEST_REPLY, TimeLimit.ICE,
                    TimeLimit.COMPLAINT_REPLY, TimeLimit.SUBJECT_ACCESS, TimeLimit.WRITE_OFF_REPLY,
                    TimeLimit.ARREARS_BREAKDOWN)),
            java.util.Map.entry(OTHER_PARENT, limits(TimeLimit.REQUEST_REPLY)));

    /**
     * The facts table's time limits a letter made from {@code template} counted its printed dates with, posted by
     * {@code postedBy} (as the parent said on the Write a letter page; 1st class where it did not ask): a limit
     * corrected in Settings after the letter was made changes its dates only if it is among these, so only then is
     * the letter flagged. Every limit for a template this does not know.
     */
    public static java.util.Set<TimeLimit> countsWith(LetterTemplate template, PostingMethod postedBy) {
        java.util.Set<TimeLimit> used = java.util.EnumSet.copyOf(COUNTS_WITH.getOrDefault(template,
                java.util.EnumSet.allOf(TimeLimit.class)));
        if (postedBy.byPost()) {
            used.add(TimeLimit.deliveredAfter(postedBy));
        }
        // Which Collect and Pay payments were late, in a letter quoting the payments, counts with the days the CMS
        // may take to pass the money on.
        if (drawsOn(template).contains(RecordArea.PAYMENTS)) {
            used.add(TimeLimit.COLLECT_AND_PAY_PASS_ON);
        }
        return java.util.Collections.unmodifiableSet(used);
    }

    private static java.util.Set<TimeLimit> limits(TimeLimit first, TimeLimit... more) {
        return java.util.Collections.unmodifiableSet(java.util.EnumSet.of(first, more));
    }

    /** As {@link #limits}, with the delivery days of every way of posting. */
    private static java.util.Set<TimeLimit> withDeliveries(TimeLimit first, TimeLimit... more) {
        java.util.Set<TimeLimit> set = java.util.EnumSet.of(first, more);
        set.addAll(java.util.EnumSet.of(TimeLimit.POST_FIRST_CLASS, TimeLimit.POST_SECOND_CLASS,
                TimeLimit.POST_SIGNED_FOR, TimeLimit.POST_SPECIAL_DELIVERY));
        return java.util.Collections.unmodifiableSet(set);
    }

    public static Optional<LetterTemplate> byKey(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
