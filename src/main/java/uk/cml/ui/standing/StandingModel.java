package uk.cml.ui.standing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.cml.domain.TextLimit;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.standing.CalendarFile;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.standing.PlanChange;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoSource;
import uk.cml.domain.todo.Todos;
import uk.cml.store.StandingStore;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.JustBinned;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.common.Problems;

/**
 * The "Where things stand" page without a window: loads the report for the current case off the FX thread and
 * carries out the parent's commands (add a decision, tick a step, save the calendar file), reloading after each.
 */
public final class StandingModel {

    /**
     * How a subject access request is counted, with the months the facts table gives (as the parent may have
     * corrected them), never figures of the words' own.
     */
    static String subjectAccessRule(uk.cml.domain.standing.CmsFacts facts) {
        return Messages.text("standing.panels.aSubjectAccessRequestIs",
                new uk.cml.domain.calendar.ReplyRule.CalendarMonths(facts.subjectAccessMonths()).words(),
                new uk.cml.domain.calendar.ReplyRule.CalendarMonths(facts.subjectAccessExtensionMonths()).words());
    }

    /**
     * How working days and deemed delivery are counted, with the working days after posting the facts table gives
     * for each Royal Mail service (as the parent may have corrected them), never figures of the words' own.
     */
    static String howDatesAreCounted(uk.cml.domain.standing.CmsFacts facts) {
        java.util.function.Function<uk.cml.domain.correspondence.PostingMethod, String> days = method ->
                new uk.cml.domain.calendar.ReplyRule.WorkingDays(facts.deliveryWorkingDays(method)).words();
        return Messages.text("standing.panels.workingDaysAreMondayTo",
                days.apply(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                days.apply(uk.cml.domain.correspondence.PostingMethod.SECOND_CLASS),
                days.apply(uk.cml.domain.correspondence.PostingMethod.SIGNED_FOR),
                days.apply(uk.cml.domain.correspondence.PostingMethod.SPECIAL_DELIVERY));
    }

    private final StandingStore store;
    /** What needs doing about payments, which may come before the page's own next step. */
    private final TodoSource payments;
    private final Jobs background;
    private final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final ObjectProperty<StandingReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<TodoItem>> ahead = new SimpleObjectProperty<>(Optional.empty());
    private final PageStatus status = new PageStatus();
    /** A decision just moved to the bin, said beside the list with "Put it back" until the next action. */
    private final JustBinned justBinned = new JustBinned();
    /** The decision said in {@link #justBinned}, and the reads of the records begun before it went to the bin. */
    private long binnedId;
    private long binnedAfterLoad;
    /** Reads of the records begun, in order. */
    private long loads;
    /**
     * What a calculation just added means for the payment plan, said under the form until the parent's next action
     * on the page, another case, or leaving the page; empty for any other decision.
     */
    private final ObjectProperty<Optional<PlanChange>> planChange = new SimpleObjectProperty<>(Optional.empty());
    private long reportCase;
    /** The case's payment plans, by case id, read in the background. */
    private final java.util.function.LongFunction<List<uk.cml.domain.arrears.PaymentPlan>> plans;

    public StandingModel(StandingStore store, Jobs background, Clock clock,
            ObjectProperty<CaseFile> currentCase) {
        this(store, (caseId, today) -> List.of(), background, clock, currentCase);
    }

    /** @param payments what needs doing about payments (the payment store), set against the page's next step */
    public StandingModel(StandingStore store, TodoSource payments, Jobs background, Clock clock,
            ObjectProperty<CaseFile> currentCase) {
        this(store, payments, caseId -> List.of(), background, clock, currentCase);
    }

    /**
     * As above, with the case's payment plans, by case id: a calculation whose amount the plan already has from the
     * day it starts offers no new plan ({@link PlanChange#against}).
     */
    public StandingModel(StandingStore store, TodoSource payments,
            java.util.function.LongFunction<List<uk.cml.domain.arrears.PaymentPlan>> plans, Jobs background,
            Clock clock, ObjectProperty<CaseFile> currentCase) {
        this.store = store;
        this.payments = payments;
        this.plans = plans;
        this.background = background;
        this.clock = clock;
        this.currentCase = currentCase;
    }

    public ReadOnlyObjectProperty<StandingReport> report() {
        return report;
    }

    /**
     * What to do before the page's own next step, by the Overview's order ({@link Todos#aheadOfStanding}): telling
     * the CMS of missed payments under Direct Pay, or chasing a call's promise whose day has passed; empty when the
     * page's own step comes first. Set before the report.
     */
    public ReadOnlyObjectProperty<Optional<TodoItem>> ahead() {
        return ahead;
    }

    /** What the page's status line says: what was just saved goes once the parent moves on. */
    public PageStatus status() {
        return status;
    }

    /** What was just moved to the bin from the page's list, to put back from beside it. */
    public JustBinned justBinned() {
        return justBinned;
    }

    /**
     * What the calculation just added means for the payment plan: its new amount and start where the decision's
     * words hold them ({@link PlanChange}). Empty for any other decision, and once the parent moves on.
     */
    public ReadOnlyObjectProperty<Optional<PlanChange>> planChange() {
        return planChange;
    }

    /** The words under the form for {@code change}: what to do next about the payment plan. */
    public String planChangeWords(PlanChange change) {
        if (change.sameAmount()) {
            return Messages.text("standing.planChange.sameAmount");
        }
        if (change.inPlan().isPresent()) {
            uk.cml.domain.arrears.PaymentPlan plan = change.inPlan().get();
            return Messages.text("standing.planChange.alreadyInPlan", plan.amount().format(),
                    plan.frequency().label().toLowerCase(java.util.Locale.UK),
                    uk.cml.domain.UkFormats.shortDate(plan.firstDue()));
        }
        if (change.amount().isEmpty()) {
            return Messages.text("standing.planChange.noAmount");
        }
        String amount = change.amount().get().format();
        return change.startsOn().map(day -> Messages.text("standing.planChange.newAmountFrom", amount,
                uk.cml.domain.UkFormats.shortDate(day))).orElseGet(() -> Messages.text("standing.planChange.newAmount",
                amount));
    }

    /** Where the plan begun from {@code change} says it came from: the decision's letter. */
    public String planChangeSource(PlanChange change) {
        return Messages.text("standing.planChange.source", uk.cml.domain.UkFormats.shortDate(change.decision()
                .dated()));
    }

    /** The parent went to change the plan: the offer has been taken up, and goes. */
    public void planChangeTaken() {
        planChange.set(Optional.empty());
    }

    /** The parent came back to the page: what was said about the last decision added was for then. */
    public void shownAgain() {
        planChange.set(Optional.empty());
        load();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void load() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null || caseFile.id() != reportCase) {
            justBinned.clear(); // what went to the bin on another case is never put back from this one
            planChange.set(Optional.empty());
        }
        if (caseFile == null) {
            report.set(null);
            return;
        }
        LocalDate today = today();
        long number = ++loads;
        background.start(() -> {
            StandingReport read = store.report(caseFile.id(), today);
            // A call's promise gone by heads the page as it heads the Overview's list, by the same rule.
            List<TodoItem> elsewhere = new ArrayList<>(payments.todos(caseFile.id(), today));
            elsewhere.addAll(read.callPromisesLate(today));
            return new Loaded(caseFile.id(), read, Todos.aheadOfStanding(read.nextDate(today), elsewhere, today,
                    read.calendar()), number);
        }, loaded -> {
            ahead.set(loaded.ahead());
            reportCase = loaded.caseId();
            if (loaded.number() > binnedAfterLoad && justBinned.canPutBack() && loaded.report().decisions().stream()
                    .anyMatch(d -> d.decision().id() == binnedId)) {
                // Put back elsewhere (the Bin page) since: there is nothing here to put back.
                justBinned.clear();
            }
            report.set(loaded.report());
        }, status::problem);
    }

    /** The case whose report is on show: typing kept for one case is never shown against another's records. */
    public long reportCase() {
        return reportCase;
    }

    /** @param number which read of the records this was ({@link #loads}) */
    private record Loaded(long caseId, StandingReport report, Optional<TodoItem> ahead, long number) {
    }

    /** What is wrong with a decision as typed, by field: both empty when it was accepted. */
    public record DecisionProblems(Optional<String> kind, Optional<String> date, Optional<String> note) {
        public boolean none() {
            return kind.isEmpty() && date.isEmpty() && note.isEmpty();
        }
    }

    /**
     * Adds a decision; returns the problems to show beside the kind, the date and the note, none when it was
     * accepted. The kind is never assumed: a refusal or a write-off saved as the calculation chosen for the parent
     * gave the wrong time limits.
     */
    public DecisionProblems addDecision(Decision.Kind kind, Optional<LocalDate> dated, String note) {
        Optional<String> date = dated.isEmpty() ? Optional.of(Messages.text("standing.model.enterTheDatePrintedOn"))
                : dated.get().isAfter(today()) ? Optional.of(Messages.text("standing.model.letterDateInFuture"))
                : Optional.empty();
        DecisionProblems problems = new DecisionProblems(kind == null
                ? Optional.of(Messages.text("standing.model.chooseTheKindOfDecision")) : Optional.empty(), date,
                TextLimit.NOTE.problem(note));
        if (!problems.none()) {
            return problems;
        }
        CaseFile caseFile = currentCase.get();
        Decision typed = new Decision(0, caseFile.id(), kind, dated.get(), note, Optional.empty());
        List<Optional<PlanChange>> change = new ArrayList<>(List.of(Optional.empty()));
        // A calculation that may change the amount due says so in the status line, pointing to the prompt under the
        // form: a reviewer who saw only "its time limits are listed below" left the plan, and the arrears, wrong.
        // One whose amount the plan already has from the day it starts says nothing of the kind (reviewer rv5).
        run(() -> {
            long id = store.addDecision(typed);
            change.set(0, PlanChange.of(new Decision(id, typed.caseId(), typed.kind(), typed.dated(),
                    typed.note(), typed.reconsideredOn()), plans.apply(typed.caseId())));
            return id;
        }, () -> Messages.text(change.get(0).filter(PlanChange::offered).isPresent()
                ? "standing.model.addedMayChangeThePlan" : "standing.model.addedItsTimeLimitsAre"),
                () -> planChange.set(change.get(0)));
        return problems;
    }

    /**
     * Ticks a step with the day the parent heard of it; returns the problem to show beside the date, or empty when it
     * was accepted. The day is never assumed: with none typed nothing is saved and the parent is asked for it (the
     * page offers today in the box, for them to see and confirm). {@code unreadable} when the box holds text that is
     * not a date.
     */
    public Optional<String> tick(EnforcementStep step, Optional<LocalDate> heard, boolean unreadable) {
        Optional<String> problem = dayProblem(heard, unreadable);
        if (problem.isPresent()) {
            return problem;
        }
        CaseFile caseFile = currentCase.get();
        run(() -> store.tick(new EnforcementRecord(0, caseFile.id(), step, heard.get(), "")),
                Messages.text("standing.model.stepTicked"));
        return Optional.empty();
    }

    /**
     * Changes the day the parent heard of a step already ticked; returns the problem to show beside the date, or
     * empty when it was accepted or nothing changed (the day it has already: nothing is recorded, and the page says
     * so). An empty box is refused, as for a tick: the day stays as it was.
     */
    public Optional<String> redate(EnforcementRecord ticked, Optional<LocalDate> heard, boolean unreadable) {
        Optional<String> problem = dayProblem(heard, unreadable);
        if (problem.isPresent()) {
            return problem;
        }
        if (heard.get().equals(ticked.heardOn())) {
            status.nothingChanged();
            return problem;
        }
        run(() -> store.redate(ticked, heard.get()), Messages.text("standing.model.stepRedated",
                uk.cml.domain.UkFormats.shortDate(heard.get())));
        return Optional.empty();
    }

    private Optional<String> dayProblem(Optional<LocalDate> heard, boolean unreadable) {
        if (unreadable) {
            return Optional.of(Messages.text("evidence.rules.unreadableDate"));
        }
        if (heard.isEmpty()) {
            return Optional.of(Messages.text("standing.model.stepDateMissing"));
        }
        if (heard.get().isAfter(today())) {
            return Optional.of(Messages.text("standing.model.stepDateInFuture"));
        }
        return Optional.empty();
    }

    /**
     * Moves a decision to the bin: its limits stop counting. What went is said beside the list with "Put it back"
     * ({@link #justBinned}), and the Bin page can put it back too.
     */
    public void binDecision(Decision decision) {
        String what = decision.title();
        run(() -> {
            store.binDecision(decision.id());
            return 0L;
        }, Messages.text("standing.model.decisionBinned"), () -> {
            justBinned.binned(what, () -> putBack(decision.id(), what));
            binnedId = decision.id();
            binnedAfterLoad = loads; // a read begun before it went still holds it
        });
    }

    private void putBack(long id, String what) {
        run(() -> {
            store.restoreDecision(id);
            return id;
        }, Messages.text("bin.model.putBack", what));
    }

    public void untick(long id) {
        run(() -> {
            store.untick(id);
            return 0L;
        }, Messages.text("standing.model.stepUnticked"));
    }

    /** Writes every open deadline to a new calendar file; never over an existing one. */
    public void saveCalendar(Path target) {
        StandingReport shown = report.get();
        CaseFile caseFile = currentCase.get();
        if (shown == null || caseFile == null) {
            return;
        }
        // A reply the complaint has gone past is not one to be reminded to chase.
        List<Deadline> open = shown.open().stream().filter(d -> !shown.complaint().overtaken(d)).toList();
        justBinned.clear();
        planChange.set(Optional.empty());
        String text = CalendarFile.write(open, caseFile.otherParentName(), clock.instant(),
                shown.calendar());
        background.start(() -> Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW),
                path -> status.done(Messages.text("standing.model.savedDeadlinesToOpenIt", open.size(), path)),
                error -> status.say(error instanceof java.nio.file.FileAlreadyExistsException
                        ? Messages.text("standing.model.aFileWithThatName") : Problems.forParent(error)));
    }

    private void run(java.util.concurrent.Callable<Long> work, String done) {
        run(work, done, () -> { });
    }

    /** Any command is the parent's next action: what was just binned is no longer offered back. */
    private void run(java.util.concurrent.Callable<Long> work, String done, Runnable then) {
        run(work, () -> done, then);
    }

    /** As above, with what is said once done worked out after the work. */
    private void run(java.util.concurrent.Callable<Long> work, java.util.function.Supplier<String> done,
            Runnable then) {
        justBinned.clear();
        planChange.set(Optional.empty());
        background.start(work, id -> {
            status.done(done.get());
            then.run();
            load();
        }, status::problem);
    }

    /** Whether the CMS is involved in the current case today: not under a private arrangement. */
    public boolean cmsInvolved() {
        CaseFile caseFile = currentCase.get();
        return caseFile == null || caseFile.arrangement().involvesCms();
    }

    /**
     * Whether the page shows the complaint, decisions and the CMS's steps: for a case the CMS has, or one whose
     * records hold some from when it did. Under a private arrangement alone there are none to follow.
     */
    public boolean showsCmsParts(StandingReport shown) {
        return cmsInvolved() || shown.holdsCmsRecords();
    }

    /** What a parent with a private arrangement can do next (seed 000: the CMS can arrange maintenance from now on). */
    public String privateNext() {
        return Messages.text("standing.model.privateNext");
    }

    /**
     * The steps to offer for the current case: those that can still happen for its arrangement, and any it has
     * ticked ({@link EnforcementStep#offered}).
     */
    List<EnforcementStep> steps(StandingReport shown) {
        CaseFile caseFile = currentCase.get();
        List<EnforcementStep> ticked = shown.enforcement().stream().map(EnforcementRecord::step).toList();
        return caseFile == null ? List.of(EnforcementStep.values())
                : EnforcementStep.offered(caseFile.arrangement(), ticked);
    }
}
