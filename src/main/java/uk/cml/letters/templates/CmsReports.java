package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.standing.ComplaintPosition;

/**
 * What the CMS has already been told about the missed payments, as the records show, so that a letter does not read as
 * the first report or threaten what has been done. Each list is oldest first.
 *
 * @param letters     the parent's posted letters that told the CMS of the missed payments (a report, or a request to
 *                    move to Collect and Pay or to enforce), by the date they were written
 * @param calls       the days of calls the parent made (or logged as neither's) since then on which, by the
 *                    parent's own Yes to "Did you tell them about missed payments on this call?", the missed payments
 *                    were reported ({@code Call#reportsMissedPayments}): "I told you by phone on ..."; nothing the
 *                    parent wrote about a call is taken as a report, nor a call with no answer
 * @param complaint   how far the parent's complaint has gone ({@link ComplaintPosition#read}); every letter that says
 *                    what the parent will do next reads it through {@link ComplaintStep}
 * @param proofAsked  the date of a CMS letter saying it has asked the paying parent for proof of payment
 * @param wentWrong   what the parent's complaint letter ({@code complaint}'s) says the CMS did wrong, when it was made
 *                    in this app and its kept copy reads whole ({@link PrintedComplaint}); "" when not known
 * @param whatHappened what the same letter says happened, with the day it began as the letter gives it, read the
 *                    same way; "" when not known
 * @param onRecord    the complaint the records are at, read from every complaint letter as the Where things stand page
 *                    reads it, even one made before the arrears owed now began (which {@code complaint} leaves out):
 *                    whether a review request or an ICE complaint fits the case at all; {@code complaint} when not given
 * @param theyPhoned  the days of calls the CMS made on which, by the parent's Yes to the same question, they
 *                    reported the missed payments: "I told you when you phoned me on ..."
 * @param posted      the parent's posted letters to the CMS about the missed payments (of the reporting kinds, or
 *                    following up a call that reported them), by the day posted, with the proof of postage the
 *                    records hold: the letters name them, as the strongest proof the CMS was told; empty when the
 *                    facts were not read from the records (then {@code letters} alone is said, by the day written)
 * @param cmsLetters  the letters the CMS sent in the same period, with the parent's own summary of each
 * @param promises    what the CMS promised on the parent's calls of the same period by a date now passed, with the
 *                    promise not marked kept ({@code Call#promiseLate}), oldest first: what went wrong, by the
 *                    parent's own record of the call
 * @param effect      what the same complaint letter says under its "The effect on ..." heading, the heading's words
 *                    first, read the same way; "" when not known
 * @param owedSince   the day the arrears owed now have been owed without a break, when the lists above reach back
 *                    before it (to the first due the letters list): a report before it told the CMS of dues the
 *                    letters list, not of the arrears owed now ({@link #toldOfMissedPayments}); null when the lists
 *                    begin there, or nothing is owed
 */
public record CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
        Optional<LocalDate> proofAsked, String wentWrong, String whatHappened, ComplaintPosition onRecord,
        List<LocalDate> theyPhoned, List<Posted> posted, List<CmsLetter> cmsLetters, List<Promise> promises,
        String effect, LocalDate owedSince, List<Posted> complaints) {

    public static final CmsReports NONE = new CmsReports(List.of(), List.of(), ComplaintPosition.NONE,
            Optional.empty());

    /**
     * A letter the parent posted to the CMS about the missed payments.
     *
     * @param on          the day it was posted
     * @param followsCall the day of the reporting call it follows up, when it is a letter confirming a call
     * @param certificate the records hold a Post Office certificate of posting for it
     * @param subject     the letter's subject as the letters log holds it ("Missed Direct Pay payments"), "" if none
     * @param method      how it was sent, as the log holds it, for the day it counts as delivered
     * @param tracked     the day its tracking shows it delivered, if recorded
     */
    public record Posted(LocalDate on, Optional<LocalDate> followsCall, boolean certificate, String subject,
            Optional<uk.cml.domain.correspondence.PostingMethod> method, Optional<LocalDate> tracked) {
        public Posted {
            java.util.Objects.requireNonNull(on, "on");
            followsCall = followsCall == null ? Optional.empty() : followsCall;
            subject = Text.clean(subject);
            method = method == null ? Optional.empty() : method;
            tracked = tracked == null ? Optional.empty() : tracked;
        }

        /** A posted letter whose way of sending is not known: counted as sent first class. */
        public Posted(LocalDate on, Optional<LocalDate> followsCall, boolean certificate, String subject) {
            this(on, followsCall, certificate, subject, Optional.empty(), Optional.empty());
        }

        /** The day the CMS is deemed to have it: by how it was sent, first class when not known. */
        LocalDate delivered(Deadlines deadlines) {
            return deadlines.delivered(on, method.orElse(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                    tracked);
        }

        /** A posted letter whose subject is not known. */
        public Posted(LocalDate on, Optional<LocalDate> followsCall, boolean certificate) {
            this(on, followsCall, certificate, "");
        }
    }

    /**
     * A promise the CMS made on one of the parent's calls, as the parent logged it, not marked kept by a day now
     * passed.
     *
     * @param call      the day of the call
     * @param direction who rang whom, as the record says
     * @param spokeTo   the name of the person the parent spoke to, "" if not taken
     * @param team      their team, "" if not noted
     * @param promised  what the CMS said it would do, in the parent's words
     * @param by        the day it said it would be done by
     */
    public record Promise(LocalDate call, uk.cml.domain.evidence.CallDirection direction, String spokeTo,
            String team, String promised, LocalDate by) {
        public Promise {
            java.util.Objects.requireNonNull(call, "call");
            java.util.Objects.requireNonNull(by, "by");
            direction = direction == null ? uk.cml.domain.evidence.CallDirection.OTHER : direction;
            spokeTo = Text.clean(spokeTo);
            team = Text.clean(team);
            promised = Text.clean(promised);
        }

        /**
         * "17 Nov 2026: when I phoned you, I understood from Sam (Direct Pay arrears team) that you would do this by
         * 19 Nov 2026: A caseworker would phone me back about the arrears. My records do not show that it was done."
         * The promise and its day are the parent's notes of the call (the day may be her own count of "10 working
         * days"), so the line says what she understood and does not quote them as the CMS's words (reviewer 7), as
         * the letter confirming a call says it. Unmarked is only "not known to be kept", so the line says no more than
         * that the records do not show it done.
         */
        String line(DraftWriter w) {
            String how = switch (direction) {
                case I_CALLED -> "when I phoned you";
                case CMS_CALLED -> "when you phoned me";
                case OTHER -> "on the phone";
            };
            String from = spokeTo.isEmpty() ? "" : " from " + spokeTo
                    + (team.isEmpty() ? "" : " (" + Text.team(team) + ")");
            return w.date(call) + ": " + how + ", I understood" + from + UNDERSTOOD_BY + w.date(by) + ": "
                    + Text.ownSentence(promised) + " " + NOT_SHOWN_DONE;
        }

        /**
         * What every letter says of a promise whose day has passed with it not marked kept ({@code Call#promiseLate}):
         * no more than that the records do not show it done. The enforcement request and complaints say it in their
         * lists ({@link #line}), the letter confirming the call in its request and its record of the call.
         */
        static final String NOT_SHOWN_DONE = "My records do not show that it was done.";

        /** What {@link #line} prints before the day: " that you would do this by ". */
        private static final String UNDERSTOOD_BY = " that you would do this by ";

        /**
         * What the line printed before the day until it said what the parent understood: letters already posted keep
         * their words, and still raised the promise ({@link #printedIn}).
         */
        private static final String TOLD_ME_BY = " told me you would do this by ";

        /**
         * Whether printed lines (a posted letter's, one line or list item each) hold the line {@link #line} prints for
         * the promise made on the call of {@code call} to be done by {@code by}, in its words now or in the words it
         * had before ("... told me you would do this by ..."): the letter raised it with the CMS.
         */
        public static boolean printedIn(List<String> lines, LocalDate call, LocalDate by) {
            String starts = uk.cml.domain.UkFormats.shortDate(call) + ": ";
            String day = uk.cml.domain.UkFormats.shortDate(by) + ": ";
            return lines.stream().anyMatch(line -> line.startsWith(starts)
                    && (line.contains(UNDERSTOOD_BY + day) || line.contains(TOLD_ME_BY + day)));
        }
    }

    /**
     * A letter from the CMS as the records hold it.
     *
     * @param dated    the date printed on it, if logged
     * @param received the day it came
     * @param summary  what the parent wrote of it, in their own words; "" for none
     * @param decision the decision the parent logged with it, if any: the letter is then named by its decision, and
     *                 the parent's note of it (often their own shorthand of the new figures) is not sent
     */
    public record CmsLetter(Optional<LocalDate> dated, LocalDate received, String summary,
            Optional<uk.cml.domain.standing.Decision.Kind> decision) {
        public CmsLetter {
            java.util.Objects.requireNonNull(received, "received");
            dated = dated == null ? Optional.empty() : dated;
            summary = Text.clean(summary);
            decision = decision == null ? Optional.empty() : decision;
        }

        /** A letter with no decision logged with it. */
        public CmsLetter(Optional<LocalDate> dated, LocalDate received, String summary) {
            this(dated, received, summary, Optional.empty());
        }

        /** What the letter said in the parent's words, or by the decision it brought: ". My note of it: “…”". */
        String said() {
            if (decision.isPresent()) {
                return switch (decision.get()) {
                    case CALCULATION -> ", with a calculation of maintenance.";
                    case REFUSAL -> ", refusing to make or change a calculation.";
                    case WRITE_OFF -> ", proposing to write off arrears.";
                };
            }
            return summary.isEmpty() ? "." : ". My note of it: \u201c" + Text.sentence(summary) + "\u201d";
        }

        /** The day the letter is known by: its printed date, else the day it came. */
        public LocalDate day() {
            return dated.orElse(received);
        }
    }

    public CmsReports {
        letters = letters == null ? List.of() : letters.stream().sorted().toList();
        calls = calls == null ? List.of() : calls.stream().sorted().toList();
        theyPhoned = theyPhoned == null ? List.of() : theyPhoned.stream().sorted().toList();
        posted = posted == null ? List.of() : posted.stream().sorted(java.util.Comparator.comparing(Posted::on))
                .toList();
        cmsLetters = cmsLetters == null ? List.of() : cmsLetters.stream()
                .sorted(java.util.Comparator.comparing(CmsLetter::day)).toList();
        promises = promises == null ? List.of() : promises.stream()
                .sorted(java.util.Comparator.comparing(Promise::call)).toList();
        complaint = complaint == null ? ComplaintPosition.NONE : complaint;
        proofAsked = proofAsked == null ? Optional.empty() : proofAsked;
        wentWrong = Text.clean(wentWrong);
        whatHappened = Text.clean(whatHappened);
        effect = Text.clean(effect);
        onRecord = onRecord == null ? complaint : onRecord;
        complaints = complaints == null ? List.of() : complaints.stream()
                .sorted(java.util.Comparator.comparing(Posted::on)).toList();
    }

    /** What the CMS has been told, with no complaint letters in detail. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong, String whatHappened, ComplaintPosition onRecord,
            List<LocalDate> theyPhoned, List<Posted> posted, List<CmsLetter> cmsLetters, List<Promise> promises,
            String effect, LocalDate owedSince) {
        this(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned, posted,
                cmsLetters, promises, effect, owedSince, List.of());
    }

    /** The same, with the parent's complaint letters to the CMS posted in the period, as the records hold them. */
    public CmsReports withComplaintLetters(List<Posted> posted) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned,
                this.posted, cmsLetters, promises, effect, owedSince, posted);
    }

    /** What the CMS has been told, all of it about the arrears owed now. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong, String whatHappened, ComplaintPosition onRecord,
            List<LocalDate> theyPhoned, List<Posted> posted, List<CmsLetter> cmsLetters, List<Promise> promises,
            String effect) {
        this(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned, posted,
                cmsLetters, promises, effect, null);
    }

    /**
     * The same, with the day the arrears owed now began, when the lists reach back before it: only a report from that
     * day on told the CMS of them.
     */
    public CmsReports withOwedSince(LocalDate day) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned,
                posted, cmsLetters, promises, effect, day, complaints);
    }

    /** What the CMS has been told, with no promises from the calls in detail. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong, String whatHappened, ComplaintPosition onRecord,
            List<LocalDate> theyPhoned, List<Posted> posted, List<CmsLetter> cmsLetters) {
        this(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned, posted,
                cmsLetters, List.of(), "");
    }

    /** The same, with the promises from the calls not known to be kept by their day. */
    public CmsReports withPromises(List<Promise> notKept) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned,
                posted, cmsLetters, notKept, effect, owedSince, complaints);
    }

    /** What the CMS has been told, with no posted letters or CMS letters in detail. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong, String whatHappened, ComplaintPosition onRecord,
            List<LocalDate> theyPhoned) {
        this(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned, List.of(),
                List.of());
    }

    /** What the CMS has been told, with the reporting calls the parent made only. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong, String whatHappened, ComplaintPosition onRecord) {
        this(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, List.of());
    }

    /** The same, with the days of the CMS's calls on which the parent reported the missed payments. */
    public CmsReports withTheyPhoned(List<LocalDate> days) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, days,
                posted, cmsLetters, promises, effect, owedSince, complaints);
    }

    /** The same, with the posted letters about the missed payments and the CMS's letters, as the records hold them. */
    public CmsReports withLetters(List<Posted> postedLetters, List<CmsLetter> fromTheCms) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned,
                postedLetters, fromTheCms, promises, effect, owedSince, complaints);
    }

    /** What the CMS has been told, with what the complaint letter says went wrong, and nothing of what happened. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong) {
        this(letters, calls, complaint, proofAsked, wentWrong, "", complaint);
    }

    /** What the CMS has been told, and the complaint the records are at, with no words of the complaint letter. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked, String wentWrong, ComplaintPosition onRecord) {
        this(letters, calls, complaint, proofAsked, wentWrong, "", onRecord);
    }

    /** What the CMS has been told, with no words of the complaint letter known. */
    public CmsReports(List<LocalDate> letters, List<LocalDate> calls, ComplaintPosition complaint,
            Optional<LocalDate> proofAsked) {
        this(letters, calls, complaint, proofAsked, "");
    }

    /** The same, with what the complaint letter says the CMS did wrong. */
    public CmsReports withWentWrong(String words) {
        return new CmsReports(letters, calls, complaint, proofAsked, words, whatHappened, onRecord, theyPhoned,
                posted, cmsLetters, promises, effect, owedSince, complaints);
    }

    /** The same, with what the complaint letter says under "The effect on ...", its heading's words first. */
    public CmsReports withEffect(String words) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, whatHappened, onRecord, theyPhoned,
                posted, cmsLetters, promises, words, owedSince, complaints);
    }

    /** The same, with what the complaint letter says happened. */
    public CmsReports withWhatHappened(String words) {
        return new CmsReports(letters, calls, complaint, proofAsked, wentWrong, words, onRecord, theyPhoned,
                posted, cmsLetters, promises, effect, owedSince, complaints);
    }

    /** The CMS has been written to or phoned about the missed payments, or complained to. */
    public boolean any() {
        return toldOfMissedPayments() || complaint.made();
    }

    /**
     * What the records say the parent did, as a sentence after "I", oldest first: "complained to you on 23 October
     * 2026, wrote to you about the missed payments on 3 November 2026, and told you by phone on 9 November 2026" (the
     * date the complaint was made, not each letter that took it on; a letter to ICE was not sent to the CMS), with
     * {@code cms} the CMS as the letter calls it ("you", "it"); empty when the records hold none of these.
     */
    String told(DraftWriter w, String cms) {
        return told(w, cms, true);
    }

    /**
     * As above, leaving out the complaints when {@code complaints} is false (a report of missed payments). Oldest
     * first, as {@link #dealings} lists them: each telling by its day (on one day, a call before a letter, as there),
     * and tellings of one kind that come together said together ("told you by phone on 3 Nov 2026 and 9 Nov 2026"),
     * so a call is never named before an older letter.
     */
    String told(DraftWriter w, String cms, boolean withComplaints) {
        enum How { WROTE, PHONED, THEY_PHONED, POSTED, COMPLAINED }
        record Told(LocalDate on, int order, How how, String text) {
        }
        List<Told> all = new java.util.ArrayList<>();
        calls.forEach(day -> all.add(new Told(day, 0, How.PHONED, w.date(day))));
        theyPhoned.forEach(day -> all.add(new Told(day, 0, How.THEY_PHONED, w.date(day))));
        if (posted.isEmpty()) {
            letters.forEach(day -> all.add(new Told(day, 1, How.WROTE, w.date(day))));
        }
        // The posted letters, each with its proof of postage when one is recorded. A report leaving out the complaints
        // ("complained to you on") still names the complaint letters among the letters that told the CMS of the
        // missed payments, by the day posted: they are written reports of them.
        posted.forEach(p -> all.add(new Told(p.on(), 1, How.POSTED, posted(w, p, List.of()))));
        if (!withComplaints) {
            complaints.forEach(c -> all.add(new Told(c.on(), 1, How.POSTED, posted(w, c,
                    List.of(complaintNamed(c))))));
        }
        complaint.firstToTheCms().filter(day -> withComplaints)
                .ifPresent(day -> all.add(new Told(day, 1, How.COMPLAINED, w.date(day))));
        all.sort(java.util.Comparator.comparing(Told::on).thenComparing(Told::order));
        List<String> parts = new java.util.ArrayList<>();
        // "about the missed payments" is said once: a later letter is "wrote to you again" (reviewer, rv8: said
        // twice in one sentence).
        boolean aboutSaid = false;
        int i = 0;
        while (i < all.size()) {
            How how = all.get(i).how();
            List<String> together = new java.util.ArrayList<>();
            for (; i < all.size() && all.get(i).how() == how; i++) {
                together.add(all.get(i).text());
            }
            String when = Text.joinAnd(together);
            String about = aboutSaid ? " again" : " about the missed payments";
            parts.add(switch (how) {
                case WROTE -> "wrote to " + cms + about + " on " + when;
                case PHONED -> "told " + cms + " by phone on " + when;
                case THEY_PHONED -> "told " + cms + " when " + cms + " phoned me on " + when;
                case POSTED -> "wrote to " + cms + about + " in my " + (together.size() == 1
                        ? "letter" : "letters") + " posted on " + when;
                case COMPLAINED -> "complained to " + cms + " on " + when;
            });
            aboutSaid |= how == How.WROTE || how == How.POSTED;
        }
        return parts.size() < 3 ? Text.joinAnd(parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
    }

    /**
     * What passed between the parent and the CMS about the missed payments, as the records hold it, one dated line
     * each, oldest first: the parent's reporting calls and posted letters (with the proof of postage recorded), the
     * complaint letters they posted to the CMS (a complaint is a written report of the missed payments, often the
     * first), each by the day posted and said as posted, and the CMS's letters (with the parent's summary quoted as theirs). Nothing is said that the records do not hold.
     */
    List<String> dealings(DraftWriter w) {
        record Line(LocalDate on, int order, String text) {
        }
        List<Line> lines = new java.util.ArrayList<>();
        calls.forEach(day -> lines.add(new Line(day, 0, w.date(day) + ": I phoned you and told you of the missed "
                + "payments.")));
        theyPhoned.forEach(day -> lines.add(new Line(day, 0, w.date(day) + ": you phoned me, and I told you of the "
                + "missed payments.")));
        if (posted.isEmpty()) {
            letters.forEach(day -> lines.add(new Line(day, 1, w.date(day) + ": I wrote to you about the missed "
                    + "payments.")));
        }
        posted.forEach(p -> lines.add(new Line(p.on(), 1, postedLine(w, p))));
        complaints.forEach(c -> lines.add(new Line(c.on(), 1, complaintLine(w, c))));
        cmsLetters.forEach(l -> lines.add(new Line(l.day(), 2, w.date(l.day()) + ": your letter"
                + l.dated().filter(d -> !d.equals(l.received())).map(d -> ", which reached me on "
                + w.date(l.received())).orElse(l.dated().isPresent() ? "" : " reached me")
                + l.said())));
        return lines.stream().sorted(java.util.Comparator.comparing(Line::on).thenComparing(Line::order))
                .map(Line::text).toList();
    }

    /**
     * "12 Nov 2026: I posted my letter “Missed Direct Pay payments” to you about the missed payments, following up my
     * call of 10 Nov 2026. I have its Post Office certificate of posting.": the letter by its subject when the log
     * holds one, "a letter" when not.
     */
    static String postedLine(DraftWriter w, Posted p) {
        String letter = p.subject().isEmpty() ? "a letter" : "my letter \u201c" + p.subject() + "\u201d";
        return w.date(p.on()) + ": I posted " + letter + " to you about the missed payments"
                + p.followsCall().map(call -> ", following up my call of " + w.date(call)).orElse("") + "."
                + (p.certificate() ? " I have its Post Office certificate of posting." : "");
    }

    /**
     * "5 Oct 2026: I posted my complaint “Complaint about missed and part payments” to you. I have its Post Office
     * certificate of posting.": a complaint letter as {@link #dealings} lists it, by the day posted, said as such.
     */
    static String complaintLine(DraftWriter w, Posted c) {
        return w.date(c.on()) + ": I posted " + complaintNamed(c) + " to you."
                + (c.certificate() ? " I have its Post Office certificate of posting." : "");
    }

    /** "my complaint “Complaint about missed payments”", by its subject in the letters log when it has one. */
    private static String complaintNamed(Posted c) {
        return "my complaint" + (c.subject().isEmpty() ? "" : " \u201c" + c.subject() + "\u201d");
    }

    /**
     * The posted letters' lines as {@link #dealings} gives them, for the letters posted on or before {@code upTo}
     * (every one when null): what a review of a complaint adds to the complaint's own list when it lacks them.
     */
    List<String> postedLines(DraftWriter w, LocalDate upTo) {
        return posted.stream().filter(p -> upTo == null || !p.on().isAfter(upTo)).map(p -> postedLine(w, p))
                .toList();
    }

    /** Each promise from the calls not known to be kept by its day, one dated line each, oldest first. */
    List<String> promiseLines(DraftWriter w) {
        return promises.stream().map(p -> p.line(w)).toList();
    }

    /**
     * The first day the records show the CMS had been told of the missed payments owed now ({@link #owedSince} on):
     * the day of a call the parent
     * answered Yes on (told them), or the day a letter counts as delivered ({@link Posted#delivered}: by how it was
     * sent, not the day it was posted; a letter known only by the day written, first class from then).
     */
    Optional<LocalDate> firstTold(Deadlines deadlines) {
        // Only a telling since the arrears owed now began: a call of 2 Nov about dues paid on 3 Nov is no ground for
        // saying nothing was done about arrears that began on 30 Nov (the CMS could answer there was nothing owed).
        java.util.function.Predicate<LocalDate> since = day -> owedSince == null || !day.isBefore(owedSince);
        java.util.stream.Stream<LocalDate> byLetter = posted.isEmpty()
                ? letters.stream().filter(since).map(deadlines::deemedReceipt)
                : posted.stream().filter(p -> since.test(p.on())).map(p -> p.delivered(deadlines));
        // A complaint about the missed payments told the CMS of them in writing too, from when it counts as delivered.
        java.util.stream.Stream<LocalDate> byComplaint = complaints.stream().filter(p -> since.test(p.on()))
                .map(p -> p.delivered(deadlines));
        return java.util.stream.Stream.of(calls.stream().filter(since), theyPhoned.stream().filter(since), byLetter,
                byComplaint).flatMap(d -> d).min(LocalDate::compareTo);
    }

    /** "12 Nov 2026 (following up my call of 10 Nov 2026; I have its certificate of posting)". */
    static String posted(DraftWriter w, Posted p) {
        return posted(w, p, List.of());
    }

    /** The same, with what the letter was first in the brackets ("my complaint “…”"). */
    static String posted(DraftWriter w, Posted p, List<String> was) {
        List<String> about = new java.util.ArrayList<>(was);
        p.followsCall().ifPresent(call -> about.add("following up my call of " + w.date(call)));
        if (p.certificate()) {
            about.add("I have its certificate of posting");
        }
        return w.date(p.on()) + (about.isEmpty() ? "" : " (" + String.join("; ", about) + ")");
    }

    /**
     * A CMS letter's summary, as the parent logged it, saying the CMS has asked for proof of payment ("Says they have
     * asked Jordan for proof of payment"): asked, not only promised, and not denied.
     */
    public static boolean asksForProof(String summary) {
        String s = summary.toLowerCase(java.util.Locale.UK);
        return s.contains("proof of payment") && s.contains("asked") && !s.contains("not ") && !s.contains("n't");
    }

    /**
     * What the parent will do if the CMS does not act, for every letter that ends with it, by how far the complaint
     * has gone ({@link ComplaintStep}): "I will make a formal complaint" followed by {@code about} (" about the
     * delay"), or "I will add this to my complaint of 23 October 2026", and so on. No full stop.
     */
    String complaintStep(DraftWriter w, String about) {
        return ComplaintStep.next(w, complaint, about, null);
    }

    /** The same for a letter chasing the parent's letter of {@code chased}, which may be a complaint letter itself. */
    String complaintStep(DraftWriter w, String about, LocalDate chased) {
        return ComplaintStep.next(w, complaint, about, chased);
    }

    /**
     * The CMS has been told of the missed payments since the arrears owed now began ({@link #owedSince}), by a posted
     * letter of the reporting kinds or a call the parent answered Yes (told them of the missed payments): a letter
     * tells it again, not the first time, and need not name the dues it was told of.
     */
    public boolean toldOfMissedPayments() {
        java.util.function.Predicate<LocalDate> since = day -> owedSince == null || !day.isBefore(owedSince);
        return letters.stream().anyMatch(since) || calls.stream().anyMatch(since)
                || theyPhoned.stream().anyMatch(since) || posted.stream().map(Posted::on).anyMatch(since);
    }

    /**
     * The CMS has been told of missed payments among the dues the letters list, since or before the arrears owed now
     * began, by a report, a call or a complaint letter: what {@link #told} and {@link #dealings} say. A report of dues since paid is not a report of the arrears
     * owed now ({@link #toldOfMissedPayments}), but it is one the letters do not leave out.
     */
    public boolean toldOfAny() {
        return !letters.isEmpty() || !calls.isEmpty() || !theyPhoned.isEmpty() || !posted.isEmpty()
                || !complaints.isEmpty();
    }
}
