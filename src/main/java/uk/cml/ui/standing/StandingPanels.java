package uk.cml.ui.standing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.geometry.Pos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.BankHoliday;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.calendar.OneOffChange;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.DecisionAnswers;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.standing.PlanChange;
import uk.cml.domain.standing.StandingReport;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.DraftField;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.KeptForm;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.JustBinnedLine;
import uk.cml.ui.common.SafeFocus;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;

/** The lower parts of the page: decisions to challenge, enforcement steps, and how the dates are counted. */
final class StandingPanels {

    private final StandingModel model;
    private final BankHolidays holidays;
    private final Consumer<String> writeLetter;
    /** Opens a letter the parent sent on the Letters page, to say which decision it answers. */
    private final LongConsumer openLetter;
    /** Keeps what is typed in the step rows and the decision form through a kill, and puts it back. */
    private final DraftKeeper drafts;
    private final VBox decisionList = new VBox(6);
    /** Where the keyboard goes after a decision is added or binned: never onto a row's "Move to bin". */
    private final UkDateField decisionDate = new UkDateField();
    /** The decision form's typing, for the case its report is on show (kept and put back by {@link #drafts}). */
    private DecisionTyping decisionTyping;
    private final GridPane steps = new GridPane();
    private final java.util.Map<EnforcementStep, StepRow> stepRows = new java.util.EnumMap<>(EnforcementStep.class);
    /** The steps the grid shows now, in its order. */
    private List<EnforcementStep> laidOut = List.of();
    /** The case the step rows were last filled for. */
    private long stepsCase = Long.MIN_VALUE;
    /** Steps ticked or dated and not saved, on cases not shown now, by case: put back when the case is shown again. */
    private final Map<Long, Map<EnforcementStep, List<Object>>> typingOfOtherCases = new java.util.HashMap<>();
    private final Label atStep = StandingView.wrapped("");
    private final Button nudge = new Button();
    private final GridPane facts = new GridPane();
    /** How a subject access request is counted, with the table's months: filled in once the report is read. */
    private final Label subjectAccess = StandingView.wrapped("");
    /** Working days and deemed delivery, with the facts table's figures ({@link StandingModel#howDatesAreCounted}). */
    private final Label workingDays = StandingView.wrapped("");
    /** Takes the parent to Settings, where a figure the dates are counted with is corrected. */
    private Runnable correctFacts = () -> { };
    /** Names the write-off reply's days from the facts table, once the report is read. */
    private final Label decisionIntro = StandingView.wrapped("");
    {
        decisionIntro.setId("standing-decision-intro");
    }
    /** Opens the Payments page's plan form begun from a calculation just added (nothing saved there unasked). */
    private final Consumer<PlanChange> changePlan;
    /** Under the form after a calculation is added: what it means for the payment plan, and the way to change it. */
    final Label planSays = StandingView.wrapped("");
    private final Button planChangeButton = new Button(Messages.text("standing.planChange.button"));
    final HBox planRow = new HBox(10, planSays, planChangeButton);

    StandingPanels(StandingModel model, BankHolidays holidays, Consumer<String> writeLetter, LongConsumer openLetter,
                   DraftKeeper drafts, Consumer<PlanChange> changePlan) {
        this.model = model;
        this.changePlan = changePlan;
        this.drafts = drafts;
        this.holidays = holidays;
        this.writeLetter = writeLetter;
        this.openLetter = openLetter;
        steps.setId("standing-steps");
        steps.setHgap(12);
        steps.setVgap(4);
        // The names take a third of the width and wrap; the date keeps its width; Save and any message
        // beside it have the rest. Unwrapped, a message squeezed every date box to "31/02/" (seen at 1366 wide).
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(34);
        ColumnConstraints dates = new ColumnConstraints();
        dates.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints beside = new ColumnConstraints();
        beside.setHgrow(Priority.ALWAYS);
        beside.setMinWidth(0);
        steps.getColumnConstraints().setAll(names, dates, beside);
        facts.setHgap(16);
        facts.setVgap(6);
        facts.setId("standing-facts");
        // What each figure means, the figure, and where it comes from with the day it was checked under it. With the
        // day in a column of its own and the value column as wide as the longest step's name, the meanings had about
        // 180 px at 1024 x 700 and took up to five lines: they have two fifths of the width now, in three lines at most.
        ColumnConstraints meaning = new ColumnConstraints();
        meaning.setPercentWidth(40);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(27);
        ColumnConstraints source = new ColumnConstraints();
        source.setHgrow(Priority.ALWAYS);
        source.setMinWidth(0);
        facts.getColumnConstraints().setAll(meaning, value, source);
        atStep.setId("standing-at-step");
        nudge.setId("standing-nudge");
        nudge.managedProperty().bind(nudge.visibleProperty());
    }

    VBox decisions() {
        ComboBox<Decision.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Decision.Kind.values()));
        kind.setId("standing-decision-kind");
        // Nothing chosen for the parent: the time limits follow from the kind (StandingModel.addDecision asks for it).
        uk.cml.ui.common.UnchosenPrompt.on(kind, Messages.text("standing.panels.chooseKindOfDecision"));
        kind.setAccessibleText(Messages.text("standing.panels.kindOfDecision"));
        UkDateField dated = decisionDate;
        dated.setId("standing-decision-date");
        dated.setAccessibleText(Messages.text("standing.panels.dateOnTheDecisionLetter"));
        dated.setPromptText(Messages.text("standing.panels.dateOnTheLetter"));
        TextField note = new TextField();
        note.setId("standing-decision-note");
        note.setPromptText(Messages.text("standing.panels.whatItDecidedOptional"));
        note.setPrefColumnCount(18); // wide enough for its prompt, which would otherwise be cut
        note.setAccessibleText(Messages.text("standing.panels.whatItDecided"));
        Button add = new Button(Messages.text("standing.panels.addDecision"));
        add.setId("standing-decision-add");
        // Under the row, each message tied to its field (outlined in red), taking no room while there is none.
        Label kindError = messageLine(FormGrid.errorLabel("standing-decision-kind", kind));
        Label dateError = messageLine(FormGrid.errorLabel("standing-decision-date", dated));
        Label noteError = messageLine(FormGrid.errorLabel("standing-decision-note", note));
        FlowPane form = new FlowPane(10, 8, kind, dated, note, add);
        decisionTyping = new DecisionTyping(drafts, form, kind, dated, note);
        planPrompt();
        VBox box = StandingView.box(Messages.text("standing.panels.challengingADecision"), decisionIntro,
                form, decisionTyping.notice(), kindError, dateError, noteError, planRow,
                new JustBinnedLine("standing-decision", model.justBinned(), dated), decisionList);
        add.setOnAction(e -> {
            StandingModel.DecisionProblems problems = model.addDecision(kind.getValue(), dated.typedDate(),
                    note.getText());
            FormGrid.show(kindError, problems.kind());
            FormGrid.show(dateError, problems.date());
            FormGrid.show(noteError, problems.note());
            if (problems.none()) {
                // Empty for the next decision, as the app's other forms are once a record is saved.
                kind.setValue(null);
                dated.setDate(null); // its memory of the typing too, or leaving the box put the date back
                note.clear();
                decisionTyping.added();
                // The words about the plan went with the add (a calculation says them again once saved): the room
                // kept for them left a gap under the form. The form, where the pointer is, sits above them; the
                // list under it changes with the add anyway.
                releasePlanRoom();
                // Back on the form: a Space or Enter left on Add added the same decision again, once per key.
                keyboardToForm();
            } else {
                FirstProblem.reveal(box);
            }
        });
        return box;
    }

    /**
     * After a calculation is added, what it means for the payment plan, with "Change the plan" unless the amount
     * stays the same; hidden once the parent moves on (its room kept, see StandingView#roomOnceShown).
     */
    private void planPrompt() {
        planSays.setId("standing-plan-prompt");
        planSays.getStyleClass().add("note");
        planChangeButton.setId("standing-plan-change");
        planChangeButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(planSays, Priority.ALWAYS);
        planSays.setMaxWidth(Double.MAX_VALUE);
        planRow.setAlignment(Pos.CENTER_LEFT);
        planRow.setId("standing-plan-row");
        model.planChange().addListener((obs, old, now) -> {
            now.ifPresent(change -> {
                planSays.setText(model.planChangeWords(change)); // first: the page keeps the form in place
                planChangeButton.setOnAction(e -> changePlan.accept(change));
                planRow.setManaged(true);
                planRow.setVisible(true);
            });
            planSays.setVisible(now.isPresent());
            planChangeButton.setVisible(now.map(PlanChange::offered).orElse(false));
        });
        planSays.setVisible(false);
        planChangeButton.setVisible(false);
    }

    /**
     * The page shown again: the room kept for the words about the plan (so rows never slid under the pointer while
     * the parent worked on the page) is given back while they say nothing.
     */
    void releasePlanRoom() {
        if (!planSays.isVisible()) {
            planRow.setManaged(false);
            planRow.setVisible(false);
        }
    }

    /** What the link under the figures does: takes the parent to Settings, at the time limits. */
    void onCorrectFacts(Runnable go) {
        correctFacts = go;
    }

    /** The keyboard goes to the decision's date, its text chosen: a key pressed next changes nothing saved. */
    private void keyboardToForm() {
        decisionDate.requestFocus();
        decisionDate.getEditor().selectAll();
    }

    private static Label messageLine(Label error) {
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    VBox enforcement() {
        nudge.setOnAction(e -> writeLetter.accept("enforcement-request"));
        return StandingView.box(Messages.text("standing.panels.whatTheCmsHasDone"),
                StandingView.wrapped(Messages.text("standing.panels.tickEachStepAsThe")), steps, atStep, nudge);
    }

    VBox howCounted() {
        VBox holidaysBox = new VBox(4);
        holidaysBox.setId("standing-holidays");
        int year = model.today().getYear();
        for (int y = year; y <= year + 1; y++) {
            for (BankHoliday h : holidays.inYear(y)) {
                holidaysBox.getChildren().add(new Label(CalendarText.dayAndDate(h.date()) + "  " + h.name()));
            }
        }
        VBox changes = new VBox(4);
        changes.setId("standing-one-off");
        for (OneOffChange c : holidays.oneOffChanges()) {
            changes.getChildren().add(new Label(Messages.text("standing.panels.oneOffChange",
                    UkFormats.shortDate(c.date()), c.name(), c.what())));
        }
        String checked = holidays.tableChecked().map(d -> Messages.text("standing.panels.lastCheckedAgainstGovUk",
                UkFormats.shortDate(d))).orElse("");
        javafx.scene.control.Hyperlink correct = new javafx.scene.control.Hyperlink(
                Messages.text("standing.panels.correctAFigure"));
        correct.setId("standing-correct-facts");
        workingDays.setId("standing-working-days");
        correct.setOnAction(e -> correctFacts.run());
        return StandingView.box(Messages.text("standing.panels.howTheDatesAreCounted"),
                workingDays,
                subjectAccess,
                facts, correct, new Label(Messages.text("standing.panels.bankHolidaysThisYearAnd")), holidaysBox,
                StandingView.wrapped(Messages.text("standing.panels.oneOffBankHolidaysMade", checked)), changes);
    }

    void show(StandingReport report) {
        subjectAccess.setText(StandingModel.subjectAccessRule(report.facts()));
        workingDays.setText(StandingModel.howDatesAreCounted(report.facts()));
        // Each decision has its own limits (a newer calculation does not end an older one's), and only those logged
        // count: a CMS letter typed only as a payment plan's source has none (reviewer rv3: the Overview and this page
        // showed only the decision of 20 Oct 2026, the one of 10 Jul being only the first plan's source).
        decisionIntro.setText(Messages.text("standing.panels.aCalculationOrOtherDecision",
                report.facts().writeOffReplyDays(), report.facts().lateReconsiderationMonths()));
        decisionTyping.show(model.reportCase());
        SafeFocus.offRows(decisionList, decisionDate);
        decisionList.getChildren().clear();
        for (StandingReport.DecisionDeadlines d : report.decisions()) {
            Label said = StandingView.wrapped(Messages.text("standing.panels.dated", d.decision()
                    .kind().label(), UkFormats.shortDate(d.decision().dated()), (d.decision().note().isEmpty() ? ""
                    : ": " + d.decision().note())));
            // Added by mistake, or no longer to be challenged: to the Bin, from where it can be put back.
            Button bin = SafeFocus.onlyWhenAimedAt(new Button(Messages.text("standing.panels.decisionToBin")));
            bin.setId("standing-decision-" + d.decision().id() + "-bin");
            bin.setOnAction(e -> {
                // Once only, and the keyboard back on the form before the row goes: never onto the next row's bin.
                keyboardToForm();
                bin.setDisable(true);
                model.binDecision(d.decision());
            });
            bin.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.HBox.setHgrow(said, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10, said, bin);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            decisionList.getChildren().add(row);
            if (d.decision().kind() == Decision.Kind.WRITE_OFF) {
                // Not a decision to reconsider or appeal (cms-facts: "No appeal, but a complaint is possible").
                Label applies = StandingView.wrapped(Messages.text("standing.panels.writeOffNoReconsideration",
                        report.facts().writeOffReplyDays()));
                applies.setId("standing-decision-" + d.decision().id() + "-no-reconsideration");
                applies.getStyleClass().add("field-hint");
                decisionList.getChildren().add(applies);
            }
            for (Deadline deadline : d.deadlines()) {
                uk.cml.domain.calendar.UkCalendar calendar = report.calendar();
                // A limit met on receipt: the limit and the last day to post, as every other place words them.
                Label line = StandingView.wrapped(deadline.limitAndPostBy(calendar)
                        .map(both -> Messages.text("standing.panels.limitPostBy", deadline.what(), both,
                                deadline.explanation(calendar)))
                        .orElseGet(() -> Messages.text("standing.panels.by", deadline.what(),
                                UkFormats.shortDate(deadline.actBy(calendar)), deadline.explanation(calendar))));
                line.getStyleClass().add("field-hint");
                decisionList.getChildren().add(line);
                if (deadline.done() && deadline.countsOnReceipt()) {
                    // Met: the letter is logged as sent, so "post your letter by" is no longer a thing to do.
                    Label met = StandingView.wrapped(Messages.text("standing.panels.limitMet"));
                    met.setId("standing-decision-" + d.decision().id() + "-met");
                    met.getStyleClass().add("field-hint");
                    decisionList.getChildren().add(met);
                }
                if (uk.cml.domain.standing.PassedLimits.passed(deadline, model.today())) {
                    // The limit is not "by" a day gone: it has passed, and what can still be done is said; for a
                    // decision that raised the amount or kept it, plainly that the time ended, with no alarm.
                    boolean quietly = report.passedQuietly(deadline, model.today());
                    Label passed = StandingView.wrapped(quietly
                            ? uk.cml.domain.standing.PassedLimits.endedQuietly(deadline)
                            : uk.cml.domain.standing.PassedLimits.ended(deadline, model.today(), report.facts()));
                    passed.setId("standing-decision-" + d.decision().id() + "-passed");
                    passed.getStyleClass().add(quietly ? "field-hint" : "field-error");
                    decisionList.getChildren().add(passed);
                }
            }
            unclear(d);
        }
        showSteps(report);
        facts.getChildren().clear();
        int row = 0;
        for (CmsFact fact : report.facts().all()) {
            facts.add(StandingView.wrapped(fact.meaning()), 0, row);
            facts.add(StandingView.wrapped(fact.value()), 1, row);
            VBox whence = new VBox(1, StandingView.wrapped(fact.source()));
            fact.lastChecked().ifPresent(d -> {
                Label checked = StandingView.wrapped(Messages.text("standing.panels.checked", UkFormats.shortDate(d)));
                checked.getStyleClass().add("field-hint");
                whence.getChildren().add(checked);
            });
            facts.add(whence, 2, row++);
        }
        // Each row's words start on its first line, as a reader's eye goes along it.
        for (javafx.scene.Node cell : facts.getChildren()) {
            GridPane.setValignment(cell, javafx.geometry.VPos.TOP);
        }
    }

    /**
     * A letter with no link that could answer this decision or another, or one not sent yet, leaves its limit
     * unticked: says so, with a button that opens the letter for the parent to choose its decision or record the day
     * it was sent.
     */
    private void unclear(StandingReport.DecisionDeadlines d) {
        for (DecisionAnswers.Unclear letter : d.unclear()) {
            String id = "standing-decision-" + d.decision().id() + "-letter-" + letter.letterId();
            String written = UkFormats.shortDate(letter.written());
            boolean unsent = letter.why() == DecisionAnswers.Unclear.Why.NOT_POSTED;
            Label why = StandingView.wrapped(Messages.text(unsent ? "standing.panels.unsentLetter"
                    : "standing.panels.unclearLetter", written));
            why.setId(id);
            why.getStyleClass().add("field-error");
            Button choose = new Button(Messages.text(unsent ? "standing.panels.openUnsent"
                    : "standing.panels.chooseDecision", written));
            choose.setId(id + "-open");
            choose.setOnAction(e -> openLetter.accept(letter.letterId()));
            decisionList.getChildren().addAll(why, choose);
        }
    }

    private void showSteps(StandingReport report) {
        long caseId = model.reportCase();
        if (caseId != stepsCase) {
            // Kept on file under the case they were typed on, for a kill while another case is shown.
            stepRows.values().forEach(r -> r.kept.setAside());
            // Another case: its rows are filled from its own records, and typing left in the last case's kept aside.
            Map<EnforcementStep, List<Object>> left = new java.util.EnumMap<>(EnforcementStep.class);
            stepRows.values().stream().filter(r -> r.asFilled.changed()).forEach(r -> left.put(r.step, r.typing()));
            if (left.isEmpty()) {
                typingOfOtherCases.remove(stepsCase);
            } else {
                typingOfOtherCases.put(stepsCase, left);
            }
        }
        Map<EnforcementStep, List<Object>> putBack = caseId != stepsCase ? typingOfOtherCases.remove(caseId) : null;
        boolean fresh = caseId != stepsCase;
        stepsCase = caseId;
        // Only the steps that can still happen for the case's arrangement, and any ticked: laid out again only when
        // that list changes (another case), so a reload after a tick never takes away a date being typed.
        List<EnforcementStep> offered = model.steps(report);
        if (!offered.equals(laidOut)) {
            steps.getChildren().clear();
            int row = 0;
            for (EnforcementStep step : offered) {
                StepRow made = stepRows.computeIfAbsent(step, StepRow::new);
                steps.add(made.box, 0, row);
                steps.add(made.heard, 1, row);
                steps.add(made.beside, 2, row);
                row++;
            }
            laidOut = offered;
        }
        for (java.util.Map.Entry<EnforcementStep, StepRow> entry : stepRows.entrySet()) {
            EnforcementStep step = entry.getKey();
            if (!offered.contains(step) && !fresh) {
                continue; // out of the grid: its typing was kept aside when the case changed, so nothing is lost
            }
            StepRow shown = entry.getValue();
            shown.show(report.facts().stepName(step), report.enforcement().stream().filter(r -> r.step() == step)
                    .findFirst(), fresh);
            if (putBack != null && putBack.containsKey(step)) {
                shown.putBack(putBack.get(step));
            }
        }
        atStep.setText(report.currentStep().map(r -> Messages.text("standing.panels.atForDaysSinceYou", report.facts()
                .stepName(r.step()), report.daysAtCurrentStep(), UkFormats.shortDate(r.heardOn())))
                .orElse(Messages.text("standing.panels.noStepTickedYet")));
        nudge.setVisible(report.enforcementNudge().isPresent());
        report.enforcementNudge().ifPresent(d -> nudge.setText(Messages.text("standing.panels.suggestedFrom",
                d.action(), UkFormats.shortDate(d.date()))));
    }

    /** A step ticked or dated and not saved yet, on this case or another: closing the app asks first. */
    boolean holdsUnsavedTyping() {
        return !typingOfOtherCases.isEmpty() || stepRows.values().stream().anyMatch(r -> r.asFilled.changed())
                || decisionTyping != null && decisionTyping.holdsTyping();
    }

    /**
     * One step's tick box and date, kept from one reading of the report to the next. Nothing is saved until the
     * parent presses Save (or Enter in the date): ticking offers today in the box, in view, for them to confirm or
     * change. Until then the row says it is not saved, and its typing stays through a reload, another page or a
     * date refused (its message beside it), as typing does on the Calls and Case pages ({@link AnswersAsFilled}).
     */
    private final class StepRow {
        final EnforcementStep step;
        final CheckBox box = new CheckBox();
        final UkDateField heard = new UkDateField();
        final Button save = new Button(Messages.text("standing.panels.saveStep"));
        final Label problem;
        final Label notSaved = new Label(Messages.text("standing.panels.stepNotSaved"));
        /** Save, the date's message and "not saved yet", beside the date. */
        final HBox beside;
        /** The row as last filled from the records: typing since then is not saved yet. */
        final AnswersAsFilled asFilled = new AnswersAsFilled(this::typing);
        /** The step as recorded, once the report holds it. */
        Optional<EnforcementRecord> ticked = Optional.empty();
        /** Saved, and the records not yet read back: a second press would tick the step twice. */
        boolean saving;
        /** The row's tick and date kept through a kill, under the case the rows are filled for. */
        final KeptForm kept;

        StepRow(EnforcementStep step) {
            this.step = step;
            box.setId("standing-step-" + step.name().toLowerCase(java.util.Locale.UK).replace('_', '-'));
            // A long name wraps rather than being cut short ("Deduction order from a bank or build...").
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
            heard.setId(box.getId() + "-date");
            heard.setPromptText(Messages.text("standing.panels.dateYouHeard"));
            // Wide enough for "Date you heard" and "30 Nov 2026", and never squeezed by a message beside it to
            // "31/02/" or "Date y"; no wider, so the message has room at 1024 wide.
            heard.setPrefWidth(190);
            heard.setMinWidth(Region.USE_PREF_SIZE);
            save.setId(box.getId() + "-save");
            save.setMinWidth(Region.USE_PREF_SIZE);
            save.managedProperty().bind(save.visibleProperty());
            problem = messageLine(FormGrid.errorLabel(heard.getId(), heard));
            notSaved.setId(heard.getId() + "-note");
            notSaved.getStyleClass().add("field-hint");
            notSaved.managedProperty().bind(notSaved.visibleProperty());
            kept = drafts.keep(box.getId(), () -> stepsCase == Long.MIN_VALUE ? null : "case-" + stepsCase + "/step",
                    asFilled, null, java.util.stream.Stream.of(box, heard).flatMap(n -> DraftField.under(n).stream())
                            .toArray(DraftField[]::new));
            VBox messages = new VBox(2, problem, notSaved, kept.notice());
            for (Label line : List.of(problem, notSaved)) {
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                line.setPrefWidth(1); // wraps to the room left, never widening the grid
                line.setMaxWidth(Double.MAX_VALUE);
            }
            HBox.setHgrow(messages, Priority.ALWAYS);
            messages.setMinWidth(0);
            beside = new HBox(8, save, messages);
            beside.setAlignment(Pos.CENTER_LEFT);
            box.setOnAction(e -> ticked());
            save.setOnAction(e -> save());
            // Enter in the date saves, as on the other pages; words that are no date are explained, not skipped.
            heard.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER && asFilled.changed()) {
                    save();
                }
            });
            box.selectedProperty().addListener(o -> refresh());
            heard.getEditor().textProperty().addListener(o -> refresh());
            heard.valueProperty().addListener(o -> refresh());
            refresh();
        }

        /** What the parent has set in the row: the tick, and the date as typed (a date, or the words). */
        List<Object> typing() {
            Object date = heard.typedDate().<Object>map(d -> d).orElse(heard.typedText().strip());
            return List.of(box.isSelected(), date);
        }

        private void ticked() {
            if (box.isSelected()) {
                if (ticked.isEmpty() && heard.typedText().isBlank()) {
                    heard.setDate(model.today()); // offered, in view, for the parent to confirm or change
                }
                heard.requestFocus();
                heard.getEditor().selectAll();
            } else if (ticked.isPresent()) {
                model.untick(ticked.get().id());
            } else {
                // A tick not saved, taken back: the row as it was. The date the tick offered goes with it, from the
                // field's memory of typing too, or it stayed as "typing not saved yet" and was saved as heard.
                heard.setDate(null);
                FormGrid.show(problem, Optional.empty());
            }
        }

        private void save() {
            if (saving) {
                return; // saved once already: the records are being read back
            }
            Optional<String> refused = ticked.isPresent()
                    ? model.redate(ticked.get(), heard.typedDate(), heard.hasUnreadableText())
                    : model.tick(step, heard.typedDate(), heard.hasUnreadableText());
            FormGrid.show(problem, refused);
            if (refused.isEmpty()) {
                heard.requestFocus(); // Save goes once saved: the keyboard stays on the row, never passed on
            }
            if (refused.isEmpty() && ticked.isPresent() && heard.typedDate().equals(Optional.of(
                    ticked.get().heardOn()))) {
                fill(ticked); // the same day again: nothing to save
            }
            if (refused.isEmpty()) {
                box.setSelected(true);
                saving = !asFilledNow();
            }
        }

        private boolean asFilledNow() {
            return !asFilled.changed();
        }

        private void refresh() {
            boolean changed = asFilled.changed();
            save.setVisible(changed);
            notSaved.setVisible(changed);
        }

        void show(String name, Optional<EnforcementRecord> recorded, boolean anotherCase) {
            box.setText(name);
            heard.setAccessibleText(Messages.text("standing.panels.dateYouHeardOf", name));
            Optional<EnforcementRecord> before = ticked;
            ticked = recorded;
            // Typing not saved yet stays, unless the records now hold just what was typed (it was saved).
            if (!anotherCase && asFilled.changed() && !savedAsTyped(before, recorded)) {
                refresh();
                return;
            }
            fill(recorded);
        }

        /**
         * The records hold the row as typed: ticked on the day in the box, or unticked after being ticked. A date
         * typed with no tick is still typing: a reload (the page shown again, a decision added) must not take it
         * away, nor a start that has just put it back after a kill.
         */
        private boolean savedAsTyped(Optional<EnforcementRecord> before, Optional<EnforcementRecord> recorded) {
            return box.isSelected() == recorded.isPresent() && (recorded.isPresent()
                    ? heard.typedDate().equals(Optional.of(recorded.get().heardOn()))
                    : before.isPresent() || heard.typedText().isBlank());
        }

        private void fill(Optional<EnforcementRecord> recorded) {
            box.setSelected(recorded.isPresent());
            heard.setDate(recorded.map(EnforcementRecord::heardOn).orElse(null));
            FormGrid.show(problem, Optional.empty());
            saving = false;
            asFilled.filled();
            refresh();
        }

        /** Typing left in this case's row before another case was shown, put back as the parent left it. */
        void putBack(List<Object> typing) {
            box.setSelected((Boolean) typing.get(0));
            if (typing.get(1) instanceof LocalDate date) {
                heard.setDate(date);
            } else {
                heard.setValue(null);
                heard.getEditor().setText(String.valueOf(typing.get(1)));
            }
            refresh();
        }
    }
}
