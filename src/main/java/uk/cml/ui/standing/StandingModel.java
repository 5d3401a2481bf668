package uk.cml.ui.standing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
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
    private long reportCase;

    public StandingModel(StandingStore store, Jobs background, Clock clock,
            ObjectProperty<CaseFile> currentCase) {
        this(store, (caseId, today) -> List.of(), background, clock, currentCase);
    }

    /** @param payments what needs doing about payments (the payment store), set against the page's next step */
    public StandingModel(StandingStore store, TodoSource payments, Jobs background, Clock clock,
            ObjectProperty<CaseFile> currentCase) {
        this.store = store;
        this.payments = payments;
        this.background = background;
        this.clock = clock;
        this.currentCase = currentCase;
    }

    public ReadOnlyObjectProperty<StandingReport> report() {
        return report;
    }

    /**
     * What to do before the page's own next step, by the Overview's order ({@link Todos#aheadOfStanding}): telling
     * the CMS of missed payments under Direct Pay; empty when the page's own step comes first. Set before the report.
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

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void load() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null || caseFile.id() != reportCase) {
            justBinned.clear(); // what went to the bin on another case is never put back from this one
        }
        if (caseFile == null) {
            report.set(null);
            return;
        }
        LocalDate today = today();
        background.start(() -> {
            StandingReport read = store.report(caseFile.id(), today);
            return new Loaded(caseFile.id(), read, Todos.aheadOfStanding(read.nextDate(today),
                    payments.todos(caseFile.id(), today), today, read.calendar()));
        }, loaded -> {
            ahead.set(loaded.ahead());
            reportCase = loaded.caseId();
            report.set(loaded.report());
        }, status::problem);
    }

    /** The case whose report is on show: typing kept for one case is never shown against another's records. */
    public long reportCase() {
        return reportCase;
    }

    private record Loaded(long caseId, StandingReport report, Optional<TodoItem> ahead) {
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
        run(() -> store.addDecision(new Decision(0, caseFile.id(), kind, dated.get(), note, Optional.empty())),
                Messages.text("standing.model.addedItsTimeLimitsAre"));
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
        String what = Messages.text("bin.title.decision", decision.kind().label(),
                uk.cml.domain.UkFormats.shortDate(decision.dated()));
        run(() -> {
            store.binDecision(decision.id());
            return 0L;
        }, Messages.text("standing.model.decisionBinned"),
                () -> justBinned.binned(what, () -> putBack(decision.id(), what)));
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
    public void saveCalendar(Path target, uk.cml.domain.calendar.BankHolidays holidays) {
        StandingReport shown = report.get();
        CaseFile caseFile = currentCase.get();
        if (shown == null || caseFile == null) {
            return;
        }
        // A reply the complaint has gone past is not one to be reminded to chase.
        List<Deadline> open = shown.open().stream().filter(d -> !shown.complaint().overtaken(d)).toList();
        justBinned.clear();
        String text = CalendarFile.write(open, caseFile.otherParentName(), clock.instant(), holidays);
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
        justBinned.clear();
        background.start(work, id -> {
            status.done(done);
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
