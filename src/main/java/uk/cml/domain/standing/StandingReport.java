package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;

/**
 * Everything the "Where things stand" page shows for a case, worked out from the records: the complaint thread,
 * each decision's challenge limits, enforcement so far, and every deadline in date order.
 *
 * @param chasesHeldBack the sent letters (ids) whose chasing letter is made and not posted, or posted with its
 *                       reply date still to come, on the day the report is for ({@link Chases#holdsBack}): "chase
 *                       the reply" to them is not what to do now, so it is left out of what is open that day
 * @param promisesNotKept the calls' promises whose day has passed without them being kept, on the day the report is
 *                        for ({@link PromisesRaised#notKept}), those a posted letter raised too, with that letter
 * @param raisedOrKept    the decisions (ids) that raised the amount the parent receives or left it as it was, by the
 *                        payment plans ({@link PlanChange#direction}; {@link #withPlans}): a passed limit to ask for
 *                        their reconsideration is said plainly ({@link #passedQuietly})
 */
public record StandingReport(ComplaintThread complaint, List<DecisionDeadlines> decisions,
                             List<EnforcementRecord> enforcement, Optional<EnforcementRecord> currentStep,
                             long daysAtCurrentStep, Optional<Deadline> enforcementNudge, CmsFacts facts,
                             UkCalendar calendar, List<Deadline> letterReplies, List<Deadline> callDates,
                             java.util.Set<Long> chasesHeldBack, List<PromisesRaised.NotKept> promisesNotKept,
                             java.util.Set<Long> raisedOrKept) {

    public StandingReport {
        letterReplies = List.copyOf(letterReplies);
        callDates = List.copyOf(callDates);
        chasesHeldBack = java.util.Set.copyOf(chasesHeldBack);
        promisesNotKept = List.copyOf(promisesNotKept);
        raisedOrKept = java.util.Set.copyOf(raisedOrKept);
    }

    /** A report with no decision known to have raised or kept the amount (no payment plans set against them). */
    public StandingReport(ComplaintThread complaint, List<DecisionDeadlines> decisions,
                          List<EnforcementRecord> enforcement, Optional<EnforcementRecord> currentStep,
                          long daysAtCurrentStep, Optional<Deadline> enforcementNudge, CmsFacts facts,
                          UkCalendar calendar, List<Deadline> letterReplies, List<Deadline> callDates,
                          java.util.Set<Long> chasesHeldBack, List<PromisesRaised.NotKept> promisesNotKept) {
        this(complaint, decisions, enforcement, currentStep, daysAtCurrentStep, enforcementNudge, facts, calendar,
                letterReplies, callDates, chasesHeldBack, promisesNotKept, java.util.Set.of());
    }

    /**
     * The same report, with each decision set against the case's payment plans ({@link PlanChange#direction}): those
     * that raised the amount or left it as it was are {@link #raisedOrKept}.
     */
    public StandingReport withPlans(List<uk.cml.domain.arrears.PaymentPlan> plans) {
        java.util.Set<Long> notLowered = decisions.stream().map(DecisionDeadlines::decision)
                .filter(d -> PlanChange.direction(d, plans).raisedOrKept()).map(Decision::id)
                .collect(java.util.stream.Collectors.toSet());
        return new StandingReport(complaint, decisions, enforcement, currentStep, daysAtCurrentStep, enforcementNudge,
                facts, calendar, letterReplies, callDates, chasesHeldBack, promisesNotKept, notLowered);
    }

    /**
     * Whether {@code d} is a limit to ask for a mandatory reconsideration, passed on {@code today}, of a decision that
     * raised the amount the parent receives or left it as it was ({@link #raisedOrKept}): nothing to worry about (the
     * receiving parent rarely challenges a rise), so every place says it plainly, in a neutral tone
     * ({@link PassedLimits#endedQuietly}). A decision that lowered it, or one the app cannot tell, keeps the alarm.
     * The one rule the Overview, Where it stands and the evidence pack ask.
     */
    public boolean passedQuietly(Deadline d, LocalDate today) {
        return PassedLimits.optionGone(d, today) && d.from() instanceof Deadline.From.OfDecision of
                && raisedOrKept.contains(of.decision().id());
    }

    /** A report with no promise on a call known not to have been kept. */
    public StandingReport(ComplaintThread complaint, List<DecisionDeadlines> decisions,
                          List<EnforcementRecord> enforcement, Optional<EnforcementRecord> currentStep,
                          long daysAtCurrentStep, Optional<Deadline> enforcementNudge, CmsFacts facts,
                          UkCalendar calendar, List<Deadline> letterReplies, List<Deadline> callDates,
                          java.util.Set<Long> chasesHeldBack) {
        this(complaint, decisions, enforcement, currentStep, daysAtCurrentStep, enforcementNudge, facts, calendar,
                letterReplies, callDates, chasesHeldBack, List.of());
    }

    /** A report with no chase held back. */
    public StandingReport(ComplaintThread complaint, List<DecisionDeadlines> decisions,
                          List<EnforcementRecord> enforcement, Optional<EnforcementRecord> currentStep,
                          long daysAtCurrentStep, Optional<Deadline> enforcementNudge, CmsFacts facts,
                          UkCalendar calendar, List<Deadline> letterReplies, List<Deadline> callDates) {
        this(complaint, decisions, enforcement, currentStep, daysAtCurrentStep, enforcementNudge, facts, calendar,
                letterReplies, callDates, java.util.Set.of());
    }

    /**
     * A decision with the limits that follow from it.
     *
     * @param unclear letters with no link that could answer this decision or another, so its first limit is not
     *                ticked until the parent says which decision each answers, and letters for it not sent yet;
     *                empty once the limit is met
     */
    public record DecisionDeadlines(Decision decision, List<Deadline> deadlines,
                                    List<DecisionAnswers.Unclear> unclear) {
        public DecisionDeadlines {
            deadlines = List.copyOf(deadlines);
            unclear = List.copyOf(unclear);
        }
    }

    public static StandingReport build(UkCalendar calendar, CmsFacts facts, List<SentLetter> sent,
            List<ReceivedLetter> received, List<Decision> decisions, List<EnforcementRecord> enforcement,
            LocalDate today) {
        return build(calendar, facts, sent, received, decisions, enforcement, List.of(), today);
    }

    /** The report with the dates the parent noted on calls to the CMS ({@link CallDates}) among the dates to watch. */
    public static StandingReport build(UkCalendar calendar, CmsFacts facts, List<SentLetter> sent,
            List<ReceivedLetter> received, List<Decision> decisions, List<EnforcementRecord> enforcement,
            List<Call> calls, LocalDate today) {
        return build(calendar, facts, sent, received, decisions, enforcement, calls, java.util.Set.of(), today);
    }

    /**
     * The same, leaving out of the dates to watch (and so of what to chase) the promises of {@code promisesRaised}
     * ({@link PromisesRaised}): a posted letter already raised them, and its reply is watched instead.
     */
    public static StandingReport build(UkCalendar calendar, CmsFacts facts, List<SentLetter> sent,
            List<ReceivedLetter> received, List<Decision> decisions, List<EnforcementRecord> enforcement,
            List<Call> calls, java.util.Set<Long> promisesRaised, LocalDate today) {
        // Which letter raised each is not known here: the promises not kept are those no letter raised.
        return build(calendar, facts, sent, received, decisions, enforcement, calls, promisesRaised,
                PromisesRaised.notKept(calls.stream().filter(c -> !promisesRaised.contains(c.id())).toList(),
                        java.util.Map.of(), today), today);
    }

    /**
     * The same, with the letter that raised each of {@code promisesRaisedIn}'s promises ({@link
     * PromisesRaised#raisedIn}): they are left out of the dates to watch, and are among the promises not kept with
     * that letter named ({@link #promisesNotKept}).
     */
    public static StandingReport build(UkCalendar calendar, CmsFacts facts, List<SentLetter> sent,
            List<ReceivedLetter> received, List<Decision> decisions, List<EnforcementRecord> enforcement,
            List<Call> calls, java.util.Map<Long, SentLetter> promisesRaisedIn, LocalDate today) {
        return build(calendar, facts, sent, received, decisions, enforcement, calls, promisesRaisedIn.keySet(),
                PromisesRaised.notKept(calls, promisesRaisedIn, today), today);
    }

    private static StandingReport build(UkCalendar calendar, CmsFacts facts, List<SentLetter> sent,
            List<ReceivedLetter> received, List<Decision> decisions, List<EnforcementRecord> enforcement,
            List<Call> calls, java.util.Set<Long> promisesRaised, List<PromisesRaised.NotKept> notKept,
            LocalDate today) {
        // Deemed delivery counted with the same facts as the limits: the whole report from one reading of the table.
        calendar = calendar.withDelivery(facts);
        Challenges challenges = new Challenges(calendar, facts);
        DecisionAnswers answers = DecisionAnswers.read(decisions, sent);
        Enforcement steps = new Enforcement(calendar, facts);
        List<EnforcementRecord> ordered = enforcement.stream()
                .sorted(Comparator.comparing((EnforcementRecord r) -> r.step().ordinal())).toList();
        ComplaintThread complaint = new ComplaintThreads(calendar, facts).build(sent, received);
        ReplyRuleBook rules = new ReplyRuleBook(facts);
        Chases chases = Chases.of(sent, calendar, rules);
        return new StandingReport(complaint,
                decisions.stream().map(d -> deadlines(challenges, d, answers.of(d))).toList(), ordered,
                steps.current(ordered), steps.daysAtCurrentStep(ordered, today), steps.nudge(ordered), facts, calendar,
                letterReplies(sent, received, complaint, calendar, rules), CallDates.of(calls, promisesRaised,
                        CallFollowUps.confirmedInWriting(sent)), sent.stream().map(SentLetter::id)
                        .filter(id -> chases.holdsBack(id, today)).collect(java.util.stream.Collectors.toSet()),
                notKept);
    }

    /**
     * The reply each posted letter outside the complaint still waits for, on the reply-by date its log keeps (the
     * date the letter prints, when the app wrote it): the date the Letters page shows as "Reply due by", never one
     * counted again here. A complaint letter's reply is the complaint thread's; a letter answered is left out.
     */
    static List<Deadline> letterReplies(List<SentLetter> sent, List<ReceivedLetter> received,
            ComplaintThread complaint, UkCalendar calendar, ReplyRuleBook rules) {
        java.util.Set<Long> inThread = new java.util.HashSet<>();
        complaint.deadlines().forEach(d -> {
            if (d.from() instanceof Deadline.From.Sent s) {
                inThread.add(s.letter().id());
            }
        });
        java.util.Set<Long> answered = new java.util.HashSet<>();
        received.forEach(r -> r.inReplyTo().ifPresent(answered::add));
        List<Deadline> replies = new ArrayList<>();
        for (SentLetter l : sent) {
            if (!l.isPosted() || l.replyBy().isEmpty() || inThread.contains(l.id()) || answered.contains(l.id())) {
                continue;
            }
            LocalDate by = l.replyBy().get();
            // A subject access request's month is the law's, counted from the real posting: said so (with any move
            // off a weekend or bank holiday) when the log keeps that date, whether the letter printed it or not.
            Optional<uk.cml.domain.calendar.DueDate> law =
                    l.kind() == uk.cml.domain.correspondence.LetterKind.SUBJECT_ACCESS_REQUEST
                    ? Optional.of(calendar.replyBy(l.posted().get(), l.method().get(), l.trackedDelivery(),
                            rules.of(l))).filter(due -> due.date().equals(by))
                    : Optional.empty();
            String why = Words.text(l.printedReplyBy().equals(l.replyBy()) ? "standing.complaint.yourDate"
                    : "standing.letters.logDate");
            replies.add(new Deadline(Words.text("standing.letters.replyDue", UkFormats.shortDate(l.posted().get()),
                    l.title()), Words.text("standing.complaint.chaseAction"), Optional.of("chase-reply"),
                    law.orElse(new uk.cml.domain.calendar.DueDate(by, by, uk.cml.domain.calendar.DueDate.Move.NONE,
                            why)), false,
                    new Deadline.From.Sent(l), Deadline.Timing.ASKED));
        }
        return replies;
    }

    /**
     * A decision's limits, the first ticked when the letter that meets it is logged ({@link DecisionAnswers}); the
     * letters that may answer it are named only while that limit is still open.
     */
    private static DecisionDeadlines deadlines(Challenges challenges, Decision decision,
            DecisionAnswers.Answer answer) {
        List<Deadline> limits = challenges.deadlines(decision, answer.answered());
        boolean open = !limits.isEmpty() && !limits.get(0).done();
        return new DecisionDeadlines(decision, limits, open ? answer.unclear() : List.of());
    }

    /**
     * The letters with no link that may answer the decision a deadline is counted from, and those made for it and not
     * posted (a decision's reply, or the letter to the Independent Case Examiner for its limit), or none.
     */
    public List<DecisionAnswers.Unclear> unclearFor(Deadline deadline) {
        if (!deadline.done() && deadline.from() instanceof Deadline.From.Answer
                && deadline.letter().equals(Optional.of("ice-complaint"))) {
            // The letter to ICE made and not posted: the limit is met by posting it, not by writing another.
            return complaint.iceMade().stream().toList();
        }
        if (!(deadline.from() instanceof Deadline.From.OfDecision of) || deadline.done()) {
            return List.of();
        }
        return decisions.stream().filter(d -> d.decision().id() == of.decision().id()
                && !d.deadlines().isEmpty() && d.deadlines().get(0).sameAs(deadline)).findFirst()
                .map(DecisionDeadlines::unclear).orElse(List.of());
    }

    /**
     * Whether the records hold anything of the CMS's: a complaint letter, a decision or a step it took. A case now
     * under a private arrangement may hold some from when the CMS had it; they stay in sight.
     */
    public boolean holdsCmsRecords() {
        return !complaint.stages().isEmpty() || !decisions.isEmpty() || !enforcement.isEmpty();
    }

    /** Every deadline on the page, earliest first, for the Overview, the timeline and the calendar file. */
    public List<Deadline> allDeadlines() {
        List<Deadline> all = new ArrayList<>(complaint.deadlines());
        decisions.forEach(d -> all.addAll(d.deadlines()));
        enforcementNudge.ifPresent(all::add);
        all.addAll(letterReplies);
        all.addAll(callDates);
        all.sort(Comparator.comparing(Deadline::date));
        return all;
    }

    /**
     * Every deadline on the page in the order its Dates to watch lists them on {@code today}: what is still to come
     * (today or later, not yet met), soonest first, then the rest (gone by, or met), newest first, by the order What
     * needs doing puts days in ({@link uk.cml.domain.todo.Todos#comingThenGone}): in plain date order a promise broken
     * months ago headed the list above a limit ending tomorrow. {@link #allDeadlines} keeps date order for every
     * other use (the next step, the calendar file, the Timeline).
     */
    public List<Deadline> datesToWatch(LocalDate today) {
        return allDeadlines().stream().sorted(Comparator.comparing((Deadline d) -> d.done()
                        || d.date().isBefore(today))
                .thenComparingLong(d -> uk.cml.domain.todo.Todos.comingThenGone(d.date(), today))).toList();
    }

    /**
     * What to do next on the whole page: the earliest limit of the parent's still open from today on, whatever it
     * belongs to (a write-off reply or a mandatory reconsideration is as much the parent's to meet as the complaint's
     * steps); failing that a suggestion whose day has come (asking the CMS to move enforcement on: nothing can be
     * done about it before its day, and it has no clock, so it never pushes a real limit aside) or a CMS target that
     * has passed (chase it); failing that, a CMS target still ahead, as a date to wait for with nothing to do before
     * it; failing that the complaint's own next step (which has no date, or is a limit already passed). A limit of
     * the parent's that has passed stays in the dates to watch, but never heads the page for ever: only a
     * mandatory reconsideration whose month has passed heads it, while a late request can still be made
     * ({@link PassedLimits#lateStillPossible}) and nothing above is to do (not a wait for a CMS target still ahead,
     * nor the complaint's own step, which have no limit of the parent's), said as passed, with what can still be done.
     */
    public ComplaintThread.NextAction next(LocalDate today) {
        return nextOf(open(today).stream().filter(d -> !watchedOnly(d)).toList(), today, complaint.next(), calendar,
                facts, d -> passedQuietly(d, today));
    }

    /**
     * Whether a date is only watched here: a letter's reply, or a date noted on a call. Each is waited for in the
     * dates to watch (and the Timeline and the calendar file), but what to do about it is its own log's to-do (the
     * Letters page's late reply, the Calls page's follow-up and late promise), so it neither heads this page nor
     * becomes a second to-do.
     */
    public boolean watchedOnly(Deadline d) {
        return letterReplies.contains(d) || callDates.contains(d);
    }

    /**
     * The calls' promises whose day has passed and that are still to chase, as the Overview lists them ({@link
     * uk.cml.domain.todo.Todos#callPromiseLate}): each is a date to watch here, shown in red, and what to do about it
     * heads the page when it comes first ({@link uk.cml.domain.todo.Todos#aheadOfStanding}).
     */
    public List<uk.cml.domain.todo.TodoItem> callPromisesLate(LocalDate today) {
        List<uk.cml.domain.todo.TodoItem> late = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Deadline d : callDates) {
            if (d.from() instanceof Deadline.From.OfCall of && seen.add(of.call().id())) {
                uk.cml.domain.todo.Todos.callPromiseLate(of.call(), today).ifPresent(late::add);
            }
        }
        return late;
    }

    /** What to do next on the complaint alone, by the same rule as {@link #next}. */
    public ComplaintThread.NextAction complaintNext(LocalDate today) {
        List<Deadline> open = open(today);
        List<Deadline> onComplaint = complaint.deadlines().stream().filter(open::contains).toList();
        // The letter for the limit made and not posted (the letter to ICE): post it, as the Overview says, not
        // "Write to the Independent Case Examiner" again.
        Optional<ComplaintThread.NextAction> post = chosen(onComplaint, today, calendar, facts)
                .filter(d -> d.timing() == Deadline.Timing.BY && !PassedLimits.passed(d, today))
                .flatMap(d -> unclearFor(d).stream().filter(l -> l.why() == DecisionAnswers.Unclear.Why.NOT_POSTED)
                        .findFirst().map(l -> new ComplaintThread.NextAction(postMade(d, l.written(), today),
                                Optional.empty(), "")));
        return post.orElseGet(() -> nextOf(onComplaint, today, complaint.next(), calendar, facts,
                d -> passedQuietly(d, today)));
    }

    /** "post the letter you made on ..." by the limit, in the Overview's words for the same to-do. */
    private String postMade(Deadline d, LocalDate written, LocalDate today) {
        String made = UkFormats.shortDate(written);
        return d.postBy(calendar).filter(last -> !today.isAfter(last)).flatMap(last -> d.limitAndPostBy(calendar))
                .map(limit -> Words.text("todo.deadlinePostMadeOnReceipt", made, limit, d.what()))
                .orElseGet(() -> Words.text("todo.deadlinePostMade", made, d.what(), UkFormats.shortDate(d.date())));
    }

    /**
     * The date {@link #next} is about, by the same rule, or none when the page's next step is the complaint's own
     * (which has no date): for setting it against what needs doing elsewhere, as the Overview orders it.
     */
    public Optional<Deadline> nextDate(LocalDate today) {
        return chosen(open(today).stream().filter(d -> !watchedOnly(d)).toList(), today, calendar, facts);
    }

    private static ComplaintThread.NextAction nextOf(List<Deadline> open, LocalDate today,
            ComplaintThread.NextAction otherwise, UkCalendar calendar, CmsFacts facts,
            java.util.function.Predicate<Deadline> quietly) {
        return chosen(open, today, calendar, facts).map(d -> {
            if (quietly.test(d)) {
                return new ComplaintThread.NextAction(PassedLimits.endedQuietly(d), d.letter(), d.action());
            }
            if (PassedLimits.passed(d, today)) {
                return new ComplaintThread.NextAction(PassedLimits.headline(d, today, facts), d.letter(),
                        d.action());
            }
            if (d.timing() == Deadline.Timing.BY) {
                return new ComplaintThread.NextAction(d.next(calendar, today), d.letter(), d.action());
            }
            if (d.actionableOn(today, calendar)) {
                return d.isTold() || d.isAsked() ? new ComplaintThread.NextAction(Words.text(d.isTold()
                        ? "standing.next.toldPassed" : "standing.next.askedPassed", UkFormats.shortDate(d.date())),
                        d.letter(), d.action())
                        : action(d.isFrom() ? "standing.next.from" : "standing.next.targetPassed", d);
            }
            return new ComplaintThread.NextAction(waitFor(d, today, calendar), Optional.empty(), "");
        }).orElse(otherwise);
    }

    /**
     * The earliest limit still open from today on; failing that the first date the parent can act on today; failing
     * that a passed limit that can still be met late; failing that a CMS target still ahead, to wait for.
     */
    private static Optional<Deadline> chosen(List<Deadline> open, LocalDate today, UkCalendar calendar,
            CmsFacts facts) {
        Optional<Deadline> limit = open.stream().filter(d -> d.timing() == Deadline.Timing.BY
                && !d.date().isBefore(today)).findFirst();
        if (limit.isPresent()) {
            return limit;
        }
        Optional<Deadline> now = open.stream().filter(d -> d.timing() != Deadline.Timing.BY
                && d.actionableOn(today, calendar)).findFirst();
        if (now.isPresent()) {
            return now;
        }
        Optional<Deadline> late = open.stream().filter(d -> PassedLimits.lateStillPossible(d, today, facts))
                .findFirst();
        return late.isPresent() ? late : open.stream().filter(Deadline::isTarget).findFirst();
    }

    /**
     * Nothing to do until the day after a CMS date. Once the date has gone (a Friday's, at the weekend) it is said
     * in the past tense, with the working day the parent can chase from.
     */
    private static String waitFor(Deadline d, LocalDate today, UkCalendar calendar) {
        String from = CalendarText.dayAndDate(d.actFrom(calendar));
        if (d.date().isBefore(today)) {
            String date = CalendarText.dayAndDate(d.date());
            return d.isTold() ? Words.text("standing.next.waitAfterTold", date, from)
                    : d.isAsked() ? Words.text("standing.next.waitAfterAsked", date, from)
                    : Words.text("standing.next.waitAfterTarget", d.what(), date, from);
        }
        String date = UkFormats.shortDate(d.date());
        return d.isTold() ? Words.text("standing.next.waitForTold", date, UkFormats.shortDate(d.actFrom(calendar)))
                : d.isAsked() ? Words.text("standing.next.waitForAsked", date, UkFormats.shortDate(d.actFrom(calendar)))
                : Words.text("standing.next.waitForTarget", d.what(), date, UkFormats.shortDate(d.actFrom(calendar)));
    }

    private static ComplaintThread.NextAction action(String key, Deadline d) {
        return new ComplaintThread.NextAction(Words.text(key, d.what(), UkFormats.shortDate(d.date())), d.letter(),
                d.action());
    }

    /** The deadlines still to be met. */
    public List<Deadline> open() {
        return allDeadlines().stream().filter(d -> !d.done()).toList();
    }

    /**
     * The deadlines still to be met, less a CMS target overtaken on {@code today}: once a later date counted from the
     * same letter has passed too (the reply to a complaint, after the target to acknowledge it), chasing the later
     * one is what to do; "phone if no acknowledgement has come" six months on is not. The overtaken target stays
     * among the dates to watch. So does a target on a complaint letter the complaint has gone past (a review
     * request or ICE letter made after it, its reply or the final response logged: {@link ComplaintThread#overtaken}),
     * and "chase the reply" to a letter already chased ({@link #chasesHeldBack}).
     */
    public List<Deadline> open(LocalDate today) {
        List<Deadline> open = open();
        return open.stream().filter(d -> !overtaken(d, open, today) && !chaseHeldBack(d)).toList();
    }

    /** "Chase the reply" to a letter whose chase is to post or waited for: left out until that wait is over. */
    private boolean chaseHeldBack(Deadline d) {
        return d.letter().equals(Optional.of("chase-reply")) && d.from() instanceof Deadline.From.Sent s
                && chasesHeldBack.contains(s.letter().id());
    }

    private boolean overtaken(Deadline target, List<Deadline> open, LocalDate today) {
        if (complaint.overtaken(target)) {
            return true;
        }
        if (!target.isTarget() || !(target.from() instanceof Deadline.From.Sent from)) {
            return false;
        }
        return open.stream().anyMatch(later -> later.isTarget()
                && later.from() instanceof Deadline.From.Sent same && same.letter().id() == from.letter().id()
                && later.date().isAfter(target.date()) && later.actionableOn(today, calendar));
    }
}
