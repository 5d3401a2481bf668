package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.DecisionAnswers;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.standing.LetterWithDecision;
import uk.cml.domain.standing.PassedLimits;
import uk.cml.domain.standing.PromisesRaised;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.standing.TimeLimit;
import uk.cml.domain.timeline.Recorded;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.TodoSource;

/**
 * The "Where things stand" records: the CMS facts it counts with, decisions the parent may challenge and the
 * enforcement steps ticked. The complaint thread is not stored: it is built from the letters each time.
 */
public final class StandingStore implements TimelineSource, TodoSource {

    private static final Logger LOG = Logger.getLogger(StandingStore.class.getName());

    private final Database database;
    private final Clock clock;
    private final UkCalendar calendar;
    private final SentLetterStore sent;
    private final ReceivedLetterStore received;
    private final CallStore calls;
    /** Whether a posted letter's printed words hold a promise's line (the letters layer's rule; PromisesRaised). */
    private final PromisesRaised.Names promiseLines;
    /** The case's payment plans, by case id, to set each decision against ({@link StandingReport#withPlans}). */
    private final java.util.function.LongFunction<List<uk.cml.domain.arrears.PaymentPlan>> plans;

    public StandingStore(Database database, Clock clock, UkCalendar calendar, SentLetterStore sent,
            ReceivedLetterStore received, CallStore calls) {
        this(database, clock, calendar, sent, received, calls, PromisesRaised.NONE);
    }

    /** @param promiseLines whether a posted letter's printed words hold a promise's line */
    public StandingStore(Database database, Clock clock, UkCalendar calendar, SentLetterStore sent,
            ReceivedLetterStore received, CallStore calls, PromisesRaised.Names promiseLines) {
        this(database, clock, calendar, sent, received, calls, promiseLines, caseId -> List.of());
    }

    /**
     * @param promiseLines whether a posted letter's printed words hold a promise's line
     * @param plans        the case's payment plans (not in the bin), by case id: each decision is set against them,
     *                     so a passed limit to challenge one that raised the amount is said plainly
     *                     ({@link StandingReport#passedQuietly})
     */
    public StandingStore(Database database, Clock clock, UkCalendar calendar, SentLetterStore sent,
            ReceivedLetterStore received, CallStore calls, PromisesRaised.Names promiseLines,
            java.util.function.LongFunction<List<uk.cml.domain.arrears.PaymentPlan>> plans) {
        this.plans = plans;
        this.database = database;
        this.clock = clock;
        this.calendar = calendar;
        this.sent = sent;
        this.received = received;
        this.calls = calls;
        this.promiseLines = promiseLines;
    }

    /**
     * The calls whose passed promise a posted letter to the CMS has already raised ({@link PromisesRaised}): not to
     * chase again, on this page or the Overview.
     */
    public java.util.Set<Long> promisesRaised(long caseId) {
        return PromisesRaised.callIds(calls.calls(caseId), sent.letters(caseId), promiseLines);
    }

    /**
     * The calls' to-dos for the Overview, knowing the letters: no "Chase it" for a promise a posted letter raised
     * ({@link PromisesRaised}), and no follow-up for a call a posted letter confirms ({@link
     * uk.cml.domain.standing.CallFollowUps}), by the rules this page leaves them out by.
     */
    public List<TodoItem> callTodos(long caseId, LocalDate today) {
        List<uk.cml.domain.evidence.Call> noted = calls.calls(caseId);
        List<SentLetter> letters = sent.letters(caseId);
        java.util.Set<Long> raised = PromisesRaised.callIds(noted, letters, promiseLines);
        return calls.todos(caseId, today, uk.cml.domain.standing.CallFollowUps.confirmedInWriting(letters)).stream()
                .filter(t -> t.kind() != uk.cml.domain.todo.TodoKind.CALL_PROMISE_LATE
                        || !raised.contains(t.sourceId())).toList();
    }

    /**
     * The same calls, each with the first posted letter that raised its promise: the Calls list says the promise was
     * raised in that letter, by the one rule the Overview and this page leave it out by.
     */
    public java.util.Map<Long, uk.cml.domain.correspondence.SentLetter> promisesRaisedIn(long caseId) {
        return PromisesRaised.raisedIn(calls.calls(caseId), sent.letters(caseId), promiseLines);
    }

    public CmsFacts facts() {
        return facts(database);
    }

    /**
     * The working days after posting on which a letter counts as delivered, for the app's one calendar: the facts
     * table's rows, read when first asked and again after each correction ({@link #correctFact}, made with that
     * calendar), so a figure corrected on Settings moves every date from then on; a row gone fails as
     * {@link #facts(Database)} does, naming it.
     */
    public static uk.cml.domain.calendar.DeliveryDays deliveryDays(Database database) {
        return new FactsDeliveryDays(database);
    }

    /** The facts as kept in the records, for a store that counts with them (the sent letters' watched replies). */
    static CmsFacts facts(Database database) {
        return database.read(c -> {
            List<CmsFact> facts = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM cms_fact ORDER BY id")) {
                while (r.next()) {
                    facts.add(new CmsFact(r.getString("key"), r.getString("label"), r.getString("value"),
                            r.getString("source"), Columns.date(r, "last_checked")));
                }
            }
            return checked(new CmsFacts(facts));
        });
    }

    /**
     * The facts, once every time limit the app counts with is found to have its row with a whole number. The rows
     * the migrations seeded are the one copy of the figures: a row gone or spoilt (only a change made outside the app
     * can do that) is said, naming the limits, and written to the log, never replaced by a figure kept in code. So
     * is an enforcement step's name gone or blank: never replaced by a name made up in code.
     */
    private static CmsFacts checked(CmsFacts facts) {
        List<TimeLimit> missing = facts.missing();
        List<uk.cml.domain.standing.EnforcementStep> steps = facts.missingSteps();
        if (missing.isEmpty() && steps.isEmpty()) {
            return facts;
        }
        LOG.severe("Time limits missing from the facts table or not a whole number: "
                + missing.stream().map(TimeLimit::key).toList() + "; enforcement steps with no name: " + steps);
        java.util.stream.Stream<String> named = java.util.stream.Stream.concat(missing.stream().map(TimeLimit::meaning),
                steps.stream().map(step -> Words.text("store.standing.stepNameMissing", step.label())));
        throw new StoreException(Words.text("store.standing.factsMissing",
                named.collect(java.util.stream.Collectors.joining("; "))));
    }

    /**
     * One earlier version of a fact the parent corrected: the figure, its source and the day it was checked as they
     * were, and when they were replaced.
     */
    public record EarlierFact(String value, String source, Optional<LocalDate> lastChecked, LocalDateTime replacedAt) {
    }

    /**
     * Saves the parent's correction of a fact (its figure, where it was checked and when), keeping the earlier version
     * in amendment as every correction does; the same answers saved again record nothing. Returns whether anything
     * changed. Every count reads the facts table afresh, so the corrected figure is used from now on everywhere.
     */
    public boolean correctFact(String key, String value, String source, Optional<LocalDate> lastChecked) {
        History history = new History(clock);
        try {
            return database.inTransaction(c -> {
                long id = factId(c, key);
                return history.correct(c, "cms_fact", id, cc -> {
                    try (PreparedStatement s = cc.prepareStatement("UPDATE cms_fact SET value = ?, source = ?, "
                            + "last_checked = ?, recorded_at = ? WHERE id = ?")) {
                        s.setString(1, value.strip());
                        s.setString(2, TypedText.within(TextLimit.SHORT, source).strip());
                        Columns.date(s, 3, lastChecked);
                        s.setString(4, LocalDateTime.now(clock).toString());
                        s.setLong(5, id);
                        return s.executeUpdate();
                    }
                });
            });
        } finally {
            // After the change is saved, so no count in between keeps the figure as it was.
            if (calendar.delivery() instanceof FactsDeliveryDays kept) {
                kept.forget();
            }
        }
    }

    /** The fact's earlier versions, oldest first: empty when it was never corrected. */
    public List<EarlierFact> factHistory(String key) {
        return database.read(c -> {
            List<EarlierFact> earlier = new ArrayList<>();
            for (History.EarlierVersion v : History.correctionsOf(c, "cms_fact", factId(c, key))) {
                Map<String, String> was = v.columns();
                earlier.add(new EarlierFact(was.getOrDefault("value", ""), was.getOrDefault("source", ""),
                        Optional.ofNullable(was.get("last_checked")).map(LocalDate::parse), v.amendedAt()));
            }
            return earlier;
        });
    }

    /** The fact as it was before the parent first corrected it; empty when it was never corrected. */
    public Optional<EarlierFact> originalFact(String key) {
        return factHistory(key).stream().findFirst();
    }

    /**
     * Puts back the fact as it was before the parent first corrected it, itself a correction with its history, so
     * the figures the parent typed stay on record. Returns whether anything changed.
     */
    public boolean putBackOriginal(String key) {
        return originalFact(key).map(o -> correctFact(key, o.value(), o.source(), o.lastChecked())).orElse(false);
    }

    private static long factId(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM cms_fact WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException(Words.text("store.standing.noSuchFact", key));
                }
                return r.getLong(1);
            }
        }
    }

    /** Everything the page shows for the case, as of {@code today}. */
    public StandingReport report(long caseId, LocalDate today) {
        List<SentLetter> letters = sent.letters(caseId);
        List<uk.cml.domain.evidence.Call> noted = calls.calls(caseId);
        return StandingReport.build(calendar, facts(), letters, received.letters(caseId), decisions(caseId),
                enforcement(caseId), noted, PromisesRaised.raisedIn(noted, letters, promiseLines), today)
                .withPlans(plans.apply(caseId));
    }

    public List<Decision> decisions(long caseId) {
        return database.read(c -> {
            List<Decision> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM cms_decision WHERE case_id = ? AND "
                    + "deleted_at IS NULL ORDER BY dated, id")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(new Decision(r.getLong("id"), caseId, Decision.Kind.valueOf(r.getString("kind")),
                                LocalDate.parse(r.getString("dated")), r.getString("note"),
                                Columns.date(r, "reconsidered_on"), Optional.of(r.getLong("from_letter"))
                                .filter(id -> id != 0)));
                    }
                }
            }
            return list;
        });
    }

    /** Adds a decision; a note longer than {@link TextLimit#NOTE} is refused, nothing saved. */
    public long addDecision(Decision d) {
        return insert("INSERT INTO cms_decision (case_id, kind, dated, note, reconsidered_on, recorded_at) VALUES "
                + "(?, ?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, d.caseId());
                    s.setString(2, d.kind().name());
                    s.setString(3, d.dated().toString());
                    s.setString(4, TypedText.within(TextLimit.NOTE, d.note()));
                    Columns.date(s, 5, d.reconsideredOn());
                    s.setString(6, LocalDateTime.now(clock).toString());
                });
    }

    /**
     * Moves a decision to the bin: one added by mistake, or no longer to be challenged. Its limits stop counting; the
     * Bin page can put it back ({@link #restoreDecision}).
     */
    public void binDecision(long id) {
        RowColumns.setDeleted(database, "cms_decision", id, LocalDateTime.now(clock).toString());
    }

    public void restoreDecision(long id) {
        RowColumns.setDeleted(database, "cms_decision", id, null);
    }

    public List<EnforcementRecord> enforcement(long caseId) {
        return database.read(c -> {
            List<EnforcementRecord> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM enforcement_step WHERE case_id = ? AND "
                    + "deleted_at IS NULL ORDER BY heard_on, id")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(new EnforcementRecord(r.getLong("id"), caseId,
                                EnforcementStep.valueOf(r.getString("step")), LocalDate.parse(r.getString("heard_on")),
                                r.getString("note")));
                    }
                }
            }
            return list;
        });
    }

    /** Records a step the CMS took; a note longer than {@link TextLimit#NOTE} is refused, nothing saved. */
    public long tick(EnforcementRecord step) {
        return insert("INSERT INTO enforcement_step (case_id, step, heard_on, note, recorded_at) VALUES "
                + "(?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, step.caseId());
                    s.setString(2, step.step().name());
                    s.setString(3, step.heardOn().toString());
                    s.setString(4, TypedText.within(TextLimit.NOTE, step.note()));
                    s.setString(5, LocalDateTime.now(clock).toString());
                });
    }

    /**
     * Changes the day the parent heard of a ticked step: the old row stays, marked removed, and a new one takes its
     * place, in one transaction. Returns the new row's id; the day it has already is no change, and records nothing
     * (its id is returned).
     */
    public long redate(EnforcementRecord ticked, LocalDate heardOn) {
        return database.inTransaction(c -> {
            try (PreparedStatement same = c.prepareStatement("SELECT COUNT(*) FROM enforcement_step WHERE id = ? "
                    + "AND heard_on = ? AND deleted_at IS NULL")) {
                same.setLong(1, ticked.id());
                same.setString(2, heardOn.toString());
                try (ResultSet r = same.executeQuery()) {
                    if (r.next() && r.getInt(1) == 1) {
                        return ticked.id();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE enforcement_step SET deleted_at = ? WHERE id = ?")) {
                s.setString(1, LocalDateTime.now(clock).toString());
                s.setLong(2, ticked.id());
                s.executeUpdate();
            }
            return insert(c, "INSERT INTO enforcement_step (case_id, step, heard_on, note, recorded_at) VALUES "
                    + "(?, ?, ?, ?, ?)", s -> {
                        s.setLong(1, ticked.caseId());
                        s.setString(2, ticked.step().name());
                        s.setString(3, heardOn.toString());
                        s.setString(4, TypedText.within(TextLimit.NOTE, ticked.note()));
                        s.setString(5, LocalDateTime.now(clock).toString());
                    });
        });
    }

    /** Unticks a step: the row stays, marked removed, as everything else the parent deletes. */
    public void untick(long id) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE enforcement_step SET deleted_at = ? WHERE id = ?")) {
                s.setString(1, LocalDateTime.now(clock).toString());
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
    }

    /** Each deadline, each CMS decision and each enforcement step on the case's timeline, dated when it falls. */
    @Override
    public List<TimelineEntry> timeline(long caseId) {
        LocalDate today = LocalDate.now(clock);
        StandingReport report = report(caseId, today);
        List<TimelineEntry> entries = deadlines(report);
        entries.addAll(records(caseId, report, true));
        return entries;
    }

    /**
     * For the evidence pack's chronology: what happened, the CMS's decisions and the enforcement steps, each on its
     * date. The dates to act by are worked out to the day the pack is made and given on its "Where things stand"
     * page (in a pack for an MP only), not among what happened: a CMS letter with a decision gives the decision, not
     * the parent's limit to challenge it, which a pack for the CMS would only volunteer as a date missed.
     */
    @Override
    public List<TimelineEntry> timeline(long caseId, LocalDate until) {
        return records(caseId, report(caseId, LocalDate.now(clock)), false);
    }

    private List<TimelineEntry> deadlines(StandingReport report) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Deadline d : report.allDeadlines()) {
            // A limit is placed on the limit itself; its words say the day to act (or post) by.
            entries.add(new TimelineEntry(TimelineKind.DEADLINE, d.dated().atStartOfDay(), Recorded.once(now),
                    deadlineTitle(d), Words.text("timeline.deadline.detail", d.explanation(calendar), d.action()), 0,
                    d.timing().label()));
        }
        return entries;
    }

    /** A date as the Timeline's line says it: "Ask for a mandatory reconsideration — Limit Wed 16 Dec 2026". */
    private String deadlineTitle(Deadline d) {
        // Met late is not met: its words say so ("not met, the reply is dated ..."), never "(met)" after them.
        return d.metInTime() ? Words.text("timeline.deadline.met", d.what()) : d.done() ? d.what()
                : d.limitAndPostBy(calendar)
                .or(() -> d.due().limitAndActBy(calendar.holidays()))
                .map(limit -> Words.text("timeline.deadline.limitActBy", d.what(), limit)).orElse(d.what());
    }

    /** @param limits a letter with a decision says the decision's first limit too (the Timeline page's) */
    private List<TimelineEntry> records(long caseId, StandingReport report, boolean limits) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<TimelineEntry> entries = new ArrayList<>();
        // A decision logged with the letter it came in is that letter's entry, with its first limit: the letter's
        // own area leaves it out (ReceivedLetterStore#timeline). One whose letter is not there (in the Bin) is its own.
        Map<Long, TimelineEntry> letters = new java.util.HashMap<>();
        Map<Long, String> summaries = new java.util.HashMap<>();
        if (report.decisions().stream().anyMatch(d -> d.decision().fromLetter().isPresent())) {
            received.entries(caseId).forEach(e -> letters.put(e.sourceId(), e));
            received.letters(caseId).forEach(l -> summaries.put(l.id(), l.summary()));
        }
        List<Decision> decisions = new ArrayList<>();
        for (StandingReport.DecisionDeadlines dd : report.decisions()) {
            Decision d = dd.decision();
            Optional<TimelineEntry> letter = d.fromLetter().map(letters::get);
            if (letter.isPresent()) {
                entries.add(LetterWithDecision.entry(letter.get(), summaries.getOrDefault(d.fromLetter().get(), ""),
                        d, limits ? dd.deadlines().stream().findFirst().map(this::deadlineTitle) : Optional.empty()));
            }
            // The result of a reconsideration came on a later notice: still its own entry, on its own date.
            decisions.add(d);
        }
        entries.addAll(decisionEntries(decisions, letters.keySet(),
                database.read(c -> RecordedTimes.of(c, "cms_decision", caseId)), now));
        Map<Long, Recorded> recorded = database.read(c -> RecordedTimes.of(c, "enforcement_step", caseId));
        for (EnforcementRecord r : report.enforcement()) {
            String heard = UkFormats.shortDate(r.heardOn());
            entries.add(new TimelineEntry(TimelineKind.ENFORCEMENT, r.heardOn().atStartOfDay(),
                    recorded.getOrDefault(r.id(), Recorded.once(now)),
                    report.facts().stepName(r.step()), r.note().isEmpty()
                    ? Words.text("timeline.enforcement.heard", heard)
                    : Words.text("timeline.enforcement.heardWithNote", heard, r.note()), r.id()));
        }
        return entries;
    }

    /**
     * Each CMS decision on the date printed on its letter, in plain words ("A calculation of maintenance: Annual
     * review: £85.50 a week"), and the result of a mandatory reconsideration of it on the date of the notice: the
     * story of the case has the decisions its limits count from, not only the limits.
     */
    static List<TimelineEntry> decisionEntries(List<Decision> decisions, java.util.Set<Long> inTheirLetters,
            Map<Long, Recorded> recorded, LocalDateTime now) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Decision d : decisions) {
            Recorded when = recorded.getOrDefault(d.id(), Recorded.once(now));
            String said = Decision.saidShort(d.note());
            String title = LetterWithDecision.named(d);
            String detail = Words.text("timeline.decision.dated", UkFormats.shortDate(d.dated()))
                    // Only a note cut short in the title is said again whole: the pack prints the title and the detail.
                    + (said.equals(d.note().replaceAll("\\s+", " ")) ? "" : " " + d.note());
            if (!d.fromLetter().filter(inTheirLetters::contains).isPresent()) {
                entries.add(new TimelineEntry(TimelineKind.CMS_DECISION, d.dated().atStartOfDay(), when, title,
                        detail, d.id()));
            }
            d.reconsideredOn().ifPresent(notice -> entries.add(new TimelineEntry(TimelineKind.CMS_DECISION,
                    notice.atStartOfDay(), when, Words.text("timeline.decision.reconsidered",
                    UkFormats.shortDate(d.dated())), Words.text("timeline.decision.reconsideredDetail",
                    UkFormats.shortDate(notice), d.title()), d.id())));
        }
        return entries;
    }

    /**
     * Each deadline still to meet, with its own action, for the Overview's "What needs doing". A day to act from is
     * already said as what to do ("Post the letter: ..."), so it is shown as it is, not inside its action's brackets.
     */
    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        StandingReport report = report(caseId, today);
        // A letter's late reply, a call's follow-up and late promise are their own logs' to-dos, once.
        return report.open(today).stream().filter(d -> !report.watchedOnly(d))
                // A reconsideration is an option, not a duty: once its month has gone it is listed as one (last, by
                // Todos.gather) while a late request may still be made, then not at all, unless a letter for it is made.
                .filter(d -> !PassedLimits.optionGone(d, today) || madeNotPosted(report, d).isPresent()
                        || PassedLimits.lateStillPossible(d, today, report.facts()))
                .map(d -> madeNotPosted(report, d).map(letter -> posting(d, letter, today))
                        .orElseGet(() -> passedOrDue(d, today, d.isFrom() ? d.what()
                        // A decision that raised the amount or kept it: said plainly, as every place says it.
                        : report.passedQuietly(d, today) ? PassedLimits.endedQuietly(d)
                        : PassedLimits.optionGone(d, today) ? PassedLimits.lateOption(d, report.facts())
                        : PassedLimits.passed(d, today) ? PassedLimits.todo(d, today, report.facts())
                        : d.isTarget() ? Words.text("todo.deadlineTarget", d.action(), d.what(),
                                UkFormats.shortDate(d.date()))
                        // A limit met when the CMS gets the letter: the same line as heads Where it stands.
                        : d.postingAdvice(calendar, today).map(advice -> d.next(calendar, today))
                        .orElseGet(() -> Words.text("todo.deadline", d.action(), d.what(),
                                UkFormats.shortDate(d.date())))))).toList();
    }

    /**
     * A date as a to-do ({@link TodoItem#of}); a limit that has passed is dated by the limit it was, not by the last
     * day to post for it (a limit met on receipt acts from that day while it is still open).
     */
    private TodoItem passedOrDue(Deadline d, LocalDate today, String what) {
        TodoItem item = TodoItem.of(d, what, calendar);
        return PassedLimits.passed(d, today) ? new TodoItem(d.date(), what, item.kind(), item.sourceId(),
                item.letter(), item.deadline()) : item;
    }

        /**
     * The letter made for a decision's limit and not posted yet: the limit is met by posting it, so "Write the reply"
     * would send the parent to write a letter they have already made.
     */
    private static Optional<DecisionAnswers.Unclear> madeNotPosted(
            StandingReport report, Deadline d) {
        return report.unclearFor(d).stream()
                .filter(l -> l.why() == DecisionAnswers.Unclear.Why.NOT_POSTED)
                .max(Comparator.comparing(DecisionAnswers.Unclear::written)
                        .thenComparing(DecisionAnswers.Unclear::letterId));
    }

    /**
     * The limit as the letter to post by its date, opening that letter to record the posting; once the date has
     * passed, said as passed ({@link PassedLimits}), never "by" a day gone: post it as soon as possible.
     */
    private TodoItem posting(Deadline d, DecisionAnswers.Unclear letter, LocalDate today) {
        String written = UkFormats.shortDate(letter.written());
        Optional<java.time.LocalDate> postBy = d.postBy(calendar);
        return new TodoItem(PassedLimits.passed(d, today) ? d.date() : d.actFrom(calendar), PassedLimits.passed(d, today)
                ? Words.text("todo.deadlinePostMadePassed", written, d.what(), UkFormats.shortDate(d.due().counted()))
                // Met when the CMS gets it: the last day to post it 1st class, or once that has gone, what posting
                // today gives.
                : postBy.filter(last -> !today.isAfter(last)).map(last -> Words.text("todo.deadlinePostMadeOnReceipt",
                        written, d.limitAndPostBy(calendar).orElseThrow(), d.what()))
                .or(() -> postBy.flatMap(last -> d.postingAdvice(calendar, today)).map(advice -> Words.text(
                        "todo.deadlinePostMadeLate", written, d.what(), advice)))
                .orElseGet(() -> Words.text("todo.deadlinePostMade", written, d.what(),
                        UkFormats.shortDate(d.date()))),
                TodoKind.POST_LETTER, letter.letterId(), Optional.empty(), Optional.of(d));
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private long insert(String sql, Binder binder) {
        return database.inTransaction(c -> insert(c, sql, binder));
    }

    private static long insert(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            binder.bind(s);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
