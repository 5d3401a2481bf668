package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.CmsReference;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.WorkSituation;

/**
 * Everything a letter template may print, gathered by the caller from the case, the address book and the logs.
 * Templates never read a store: the UI (or the sample command) fills this. Parts a template does not use may be
 * empty; each template reports what it needs but lacks as {@link MissingFact}s.
 *
 * @param niNumber    the parent's National Insurance number, grouped (AB 12 34 56 C), or "" when not given
 * @param recipient   name and address lines from the address book; empty to use the template's usual recipient
 *                    (only the other parent can be filled from the case)
 * @param decision    a CMS decision the parent asks to be looked at again (mandatory reconsideration)
 * @param enforcement what the parent knows of the paying parent's means and of the steps already tried
 * @param losses      money the parent lost because of the CMS's mistakes or delays, claimed in the complaint letters
 * @param deadlines   the calendar and the time limits the "Where things stand" page counts with, for every date
 *                    a letter prints
 * @param reports     what the records say the CMS has already been told about the missed payments
 * @param awaitedReply the one posted letter the records show waiting for a reply (unanswered, its reply due or late),
 *                    if exactly one is: the letter a chasing letter begun without one chases
 * @param chases      the latest chasing letter the records hold for each of the parent's letters, by that letter's
 *                    id ({@link EarlierLetter#letterId}), so a chasing letter knows one was made, posted or is over
 * @param onRecord    the dates of the letters and decisions the records hold, so the writer can tell the parent when
 *                    a reply answers a letter that is not logged ({@link AnsweredOnRecord})
 * @param cmsFigures  every arrears figure the CMS gave that the records hold, oldest first, each set against the
 *                    records' own figure for its day ({@link uk.cml.domain.arrears.ArrearsSchedule#cmsDifferences}):
 *                    a letter about a day (a call) finds the figure given for that day, not only the latest
 * @param repliesAwaited the replies the parent's posted letters wait for: a chasing letter fits only when one is late
 * @param choices     what the parent chose on the Write a letter page (a complaint said, how it will be posted)
 * @param reconsiderationsAsked the mandatory reconsideration requests the records show posted, each with the date of
 *                    the decision it asked about: a request for the same decision again is warned of (reviewer rv7)
 */
public record LetterFacts(Contact parent, String niNumber, CaseDetails caseDetails, Contact recipient,
        LocalDate letterDate, Optional<CallDetails> call, ArrearsDetails arrears, Optional<EarlierLetter> earlierLetter,
        List<String> effectOnChild, Optional<ComplaintDetails> complaint, Optional<WriteOffDetails> writeOff,
        Optional<SettlementDetails> settlement, Optional<DecisionDetails> decision,
        Optional<EnforcementDetails> enforcement, List<LossItem> losses, Deadlines deadlines, CmsReports reports,
        Optional<EarlierLetter> awaitedReply, java.util.Map<Long, ChaseOnRecord> chases, LettersOnRecord onRecord,
        List<CmsDifference> cmsFigures,
        RepliesAwaited repliesAwaited, LetterChoices choices, List<ReconsiderationAsked> reconsiderationsAsked) {

    public LetterFacts {
        Objects.requireNonNull(parent, "parent");
        niNumber = Objects.requireNonNullElse(niNumber, "");
        Objects.requireNonNull(caseDetails, "caseDetails");
        recipient = Objects.requireNonNullElse(recipient, Contact.NONE);
        Objects.requireNonNull(letterDate, "letterDate");
        call = Objects.requireNonNullElse(call, Optional.empty());
        arrears = Objects.requireNonNullElse(arrears, ArrearsDetails.NONE);
        earlierLetter = Objects.requireNonNullElse(earlierLetter, Optional.empty());
        effectOnChild = effectOnChild == null ? List.of()
                : effectOnChild.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        complaint = Objects.requireNonNullElse(complaint, Optional.empty());
        writeOff = Objects.requireNonNullElse(writeOff, Optional.empty());
        settlement = Objects.requireNonNullElse(settlement, Optional.empty());
        decision = Objects.requireNonNullElse(decision, Optional.empty());
        enforcement = Objects.requireNonNullElse(enforcement, Optional.empty());
        losses = losses == null ? List.of() : List.copyOf(losses);
        Objects.requireNonNull(deadlines, "deadlines: the calendar and time limits the page counts with");
        reports = Objects.requireNonNullElse(reports, CmsReports.NONE);
        awaitedReply = Objects.requireNonNullElse(awaitedReply, Optional.empty());
        chases = chases == null ? java.util.Map.of() : java.util.Map.copyOf(chases);
        onRecord = Objects.requireNonNullElse(onRecord, LettersOnRecord.UNKNOWN);
        cmsFigures = cmsFigures == null ? List.of() : List.copyOf(cmsFigures);
        repliesAwaited = Objects.requireNonNullElse(repliesAwaited, RepliesAwaited.UNKNOWN);
        choices = Objects.requireNonNullElse(choices, LetterChoices.NONE);
        reconsiderationsAsked = reconsiderationsAsked == null ? List.of() : List.copyOf(reconsiderationsAsked);
    }

    /**
     * The CMS's arrears figure for {@code day} when the records hold one: the CMS's latest statement of that day's
     * figure (the last of that day in {@link #cmsFigures}, whose order puts the later statement last).
     */
    public Optional<CmsDifference> cmsFigureOn(LocalDate day) {
        Optional<CmsDifference> found = Optional.empty();
        for (CmsDifference figure : cmsFigures) {
            if (figure.date().equals(day)) {
                found = Optional.of(figure);
            }
        }
        return found;
    }

    /** The latest chase the records hold for the earlier letter, when it was taken from the log. */
    public Optional<ChaseOnRecord> chaseOf(EarlierLetter letter) {
        return letter.inLog().map(chases::get);
    }

    /** The arrangement in force on {@code date}: the letter's date for "today", a due's date for that due. */
    public Arrangement arrangementOn(LocalDate date) {
        return caseDetails.arrangements().on(date);
    }

    /** The arrangement in force on the letter's date. */
    public Arrangement arrangementToday() {
        return arrangementOn(letterDate);
    }

    /** The parent and the case are enough to start; everything else is added with the builder. */
    public static Builder builder(Contact parent, CaseDetails caseDetails, LocalDate letterDate) {
        Builder b = new Builder();
        b.parent = parent;
        b.caseDetails = caseDetails;
        b.letterDate = letterDate;
        return b;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.parent = parent;
        b.niNumber = niNumber;
        b.caseDetails = caseDetails;
        b.recipient = recipient;
        b.letterDate = letterDate;
        b.call = call;
        b.arrears = arrears;
        b.earlierLetter = earlierLetter;
        b.effectOnChild = effectOnChild;
        b.complaint = complaint;
        b.writeOff = writeOff;
        b.settlement = settlement;
        b.decision = decision;
        b.enforcement = enforcement;
        b.losses = losses;
        b.deadlines = deadlines;
        b.reports = reports;
        b.awaitedReply = awaitedReply;
        b.chases = chases;
        b.onRecord = onRecord;
        b.cmsFigures = cmsFigures;
        b.repliesAwaited = repliesAwaited;
        b.choices = choices;
        b.reconsiderationsAsked = reconsiderationsAsked;
        return b;
    }

    /** A name with postal lines (postcode last), and for the parent a phone and email. */
    public record Contact(String name, List<String> addressLines, String phone, String email) {
        public static final Contact NONE = new Contact("", List.of(), "", "");

        public Contact {
            name = Text.clean(name);
            addressLines = Text.cleanLines(addressLines);
            phone = Text.clean(phone);
            email = Text.clean(email);
        }

        public Contact(String name, List<String> addressLines) {
            this(name, addressLines, "", "");
        }

        public boolean isEmpty() {
            return name.isEmpty() && addressLines.isEmpty();
        }

        /**
         * The same name and address, whether the address was kept one line per line or on one line with commas
         * (as the address book's one-line form), ignoring case and spacing.
         */
        public boolean sameAddressAs(Contact other) {
            return name.equalsIgnoreCase(other.name) && oneLine(addressLines).equals(oneLine(other.addressLines));
        }

        private static String oneLine(List<String> lines) {
            return String.join(",", lines).replaceAll("\\s*,\\s*", ",").replaceAll("\\s+", " ")
                    .toLowerCase(java.util.Locale.UK);
        }
    }

    /**
     * The case: who owes, the CMS reference if there is one, how maintenance is paid (each arrangement with the day
     * it began, the Case page's history) and for whom, what the parent knows of the paying parent's work, and the
     * date the paying parent died if they have.
     *
     * @param arrangements   how maintenance has been arranged over time: a letter asks it for the arrangement in
     *                       force on the letter's date and on each due it lists ({@link LetterFacts#arrangementOn})
     * @param addressPrivate the parent keeps their address from the other parent: letters to them carry no
     *                       address, phone or email of the parent
     */
    public record CaseDetails(String otherParentName, List<String> otherParentAddress,
            Optional<CmsReference> cmsReference, ArrangementHistory arrangements, List<String> childrenFirstNames,
            WorkSituation otherParentWork, Optional<LocalDate> otherParentDiedOn, boolean addressPrivate) {
        public CaseDetails {
            otherParentName = Text.clean(otherParentName);
            otherParentAddress = Text.cleanLines(otherParentAddress);
            cmsReference = Objects.requireNonNullElse(cmsReference, Optional.empty());
            Objects.requireNonNull(arrangements, "arrangements");
            childrenFirstNames = Text.cleanLines(childrenFirstNames);
            otherParentWork = Objects.requireNonNullElse(otherParentWork, WorkSituation.NOT_KNOWN);
            otherParentDiedOn = Objects.requireNonNullElse(otherParentDiedOn, Optional.empty());
        }

        /** A case with one arrangement since the start. */
        public CaseDetails(String otherParentName, List<String> otherParentAddress,
                Optional<CmsReference> cmsReference, Arrangement arrangement, List<String> childrenFirstNames,
                WorkSituation otherParentWork, Optional<LocalDate> otherParentDiedOn, boolean addressPrivate) {
            this(otherParentName, otherParentAddress, cmsReference, ArrangementHistory.since(arrangement),
                    childrenFirstNames, otherParentWork, otherParentDiedOn, addressPrivate);
        }

        public CaseDetails(String otherParentName, List<String> otherParentAddress,
                Optional<CmsReference> cmsReference, Arrangement arrangement, List<String> childrenFirstNames,
                boolean addressPrivate) {
            this(otherParentName, otherParentAddress, cmsReference, arrangement, childrenFirstNames,
                    WorkSituation.NOT_KNOWN, Optional.empty(), addressPrivate);
        }

        public CaseDetails(String otherParentName, List<String> otherParentAddress,
                Optional<CmsReference> cmsReference, Arrangement arrangement, List<String> childrenFirstNames) {
            this(otherParentName, otherParentAddress, cmsReference, arrangement, childrenFirstNames, false);
        }

        /** The latest arrangement, as the Case page shows it; a letter asks {@link LetterFacts#arrangementOn}. */
        public Arrangement arrangement() {
            return arrangements.latest();
        }

        public CaseDetails withOtherParentDiedOn(LocalDate diedOn) {
            return new CaseDetails(otherParentName, otherParentAddress, cmsReference, arrangements,
                    childrenFirstNames, otherParentWork, Optional.ofNullable(diedOn), addressPrivate);
        }

        /** The same case, arranged over time as {@code history} says. */
        public CaseDetails withArrangements(ArrangementHistory history) {
            return new CaseDetails(otherParentName, otherParentAddress, cmsReference, history, childrenFirstNames,
                    otherParentWork, otherParentDiedOn, addressPrivate);
        }
    }

    /** Collects facts; each setter replaces that part. */
    public static final class Builder {
        private Contact parent;
        private String niNumber = "";
        private CaseDetails caseDetails;
        private Contact recipient = Contact.NONE;
        private LocalDate letterDate;
        private Optional<CallDetails> call = Optional.empty();
        private ArrearsDetails arrears = ArrearsDetails.NONE;
        private Optional<EarlierLetter> earlierLetter = Optional.empty();
        private List<String> effectOnChild = List.of();
        private Optional<ComplaintDetails> complaint = Optional.empty();
        private Optional<WriteOffDetails> writeOff = Optional.empty();
        private Optional<SettlementDetails> settlement = Optional.empty();
        private Optional<DecisionDetails> decision = Optional.empty();
        private Optional<EnforcementDetails> enforcement = Optional.empty();
        private List<LossItem> losses = List.of();
        private Deadlines deadlines;
        private CmsReports reports = CmsReports.NONE;
        private Optional<EarlierLetter> awaitedReply = Optional.empty();
        private java.util.Map<Long, ChaseOnRecord> chases = java.util.Map.of();
        private LettersOnRecord onRecord = LettersOnRecord.UNKNOWN;
        private List<CmsDifference> cmsFigures = List.of();
        private RepliesAwaited repliesAwaited = RepliesAwaited.UNKNOWN;
        private LetterChoices choices = LetterChoices.NONE;
        private List<ReconsiderationAsked> reconsiderationsAsked = List.of();

        private Builder() {
        }

        public Builder parent(Contact value) {
            parent = value;
            return this;
        }

        public Builder niNumber(String value) {
            niNumber = value;
            return this;
        }

        public Builder caseDetails(CaseDetails value) {
            caseDetails = value;
            return this;
        }

        public Builder recipient(Contact value) {
            recipient = value;
            return this;
        }

        public Builder letterDate(LocalDate value) {
            letterDate = value;
            return this;
        }

        public Builder call(CallDetails value) {
            call = Optional.ofNullable(value);
            return this;
        }

        public Builder arrears(ArrearsDetails value) {
            arrears = value;
            return this;
        }

        /** The one posted letter the records show still waiting for a reply, if exactly one is. */
        public Builder awaitedReply(Optional<EarlierLetter> value) {
            awaitedReply = value;
            return this;
        }

        /** The latest chasing letter for each of the parent's letters, by that letter's id. */
        public Builder chases(java.util.Map<Long, ChaseOnRecord> value) {
            chases = value;
            return this;
        }

        /** The dates of the letters and decisions the records hold. */
        public Builder onRecord(LettersOnRecord value) {
            onRecord = value;
            return this;
        }

        /** Every CMS arrears figure the records hold, oldest first, each against the records' figure that day. */
        public Builder cmsFigures(List<CmsDifference> value) {
            cmsFigures = value;
            return this;
        }

        /** The replies the parent's posted letters wait for, late or still to come, as the Overview counts them. */
        public Builder repliesAwaited(RepliesAwaited value) {
            repliesAwaited = value;
            return this;
        }

        public Builder earlierLetter(EarlierLetter value) {
            earlierLetter = Optional.ofNullable(value);
            return this;
        }

        public Builder effectOnChild(List<String> notes) {
            effectOnChild = notes;
            return this;
        }

        public Builder complaint(ComplaintDetails value) {
            complaint = Optional.ofNullable(value);
            return this;
        }

        public Builder writeOff(WriteOffDetails value) {
            writeOff = Optional.ofNullable(value);
            return this;
        }

        public Builder settlement(SettlementDetails value) {
            settlement = Optional.ofNullable(value);
            return this;
        }

        public Builder decision(DecisionDetails value) {
            decision = Optional.ofNullable(value);
            return this;
        }

        public Builder enforcement(EnforcementDetails value) {
            enforcement = Optional.ofNullable(value);
            return this;
        }

        public Builder losses(List<LossItem> value) {
            losses = value;
            return this;
        }

        /** The calendar and time limits to count with: the ones the "Where things stand" page uses. */
        public Builder deadlines(Deadlines value) {
            deadlines = value;
            return this;
        }

        /** What the records say the CMS has already been told about the missed payments. */
        public Builder reports(CmsReports value) {
            reports = value;
            return this;
        }

        /** What the parent chose on the Write a letter page. */
        public Builder choices(LetterChoices value) {
            choices = value;
            return this;
        }

        /** The reconsideration requests the records show posted, so a second one for a decision is not written. */
        public Builder reconsiderationsAsked(List<ReconsiderationAsked> value) {
            reconsiderationsAsked = value;
            return this;
        }

        public LetterFacts build() {
            return new LetterFacts(parent, niNumber, caseDetails, recipient, letterDate, call, arrears, earlierLetter,
                    effectOnChild, complaint, writeOff, settlement, decision, enforcement, losses, deadlines, reports,
                    awaitedReply, chases, onRecord, cmsFigures, repliesAwaited, choices, reconsiderationsAsked);
        }
    }
}
