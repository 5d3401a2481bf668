package uk.cml.ui.standing;

import java.time.LocalDate;
import java.util.List;
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
import javafx.scene.layout.GridPane;
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
import uk.cml.domain.standing.StandingReport;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;

/** The lower parts of the page: decisions to challenge, enforcement steps, and how the dates are counted. */
final class StandingPanels {

    private final StandingModel model;
    private final BankHolidays holidays;
    private final Consumer<String> writeLetter;
    /** Opens a letter the parent sent on the Letters page, to say which decision it answers. */
    private final LongConsumer openLetter;
    private final VBox decisionList = new VBox(6);
    private final GridPane steps = new GridPane();
    private final java.util.Map<EnforcementStep, StepRow> stepRows = new java.util.EnumMap<>(EnforcementStep.class);
    /** The steps the grid shows now, in its order. */
    private List<EnforcementStep> laidOut = List.of();
    private final Label atStep = StandingView.wrapped("");
    private final Button nudge = new Button();
    private final GridPane facts = new GridPane();
    /** Names the write-off reply's days from the facts table, once the report is read. */
    private final Label decisionIntro = StandingView.wrapped("");

    StandingPanels(StandingModel model, BankHolidays holidays, Consumer<String> writeLetter, LongConsumer openLetter) {
        this.model = model;
        this.holidays = holidays;
        this.writeLetter = writeLetter;
        this.openLetter = openLetter;
        steps.setId("standing-steps");
        steps.setHgap(12);
        steps.setVgap(4);
        facts.setHgap(12);
        facts.setVgap(4);
        facts.setId("standing-facts");
        atStep.setId("standing-at-step");
        nudge.setId("standing-nudge");
        nudge.managedProperty().bind(nudge.visibleProperty());
    }

    VBox decisions() {
        ComboBox<Decision.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Decision.Kind.values()));
        kind.setId("standing-decision-kind");
        kind.setValue(Decision.Kind.CALCULATION);
        kind.setAccessibleText(Messages.text("standing.panels.kindOfDecision"));
        UkDateField dated = new UkDateField();
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
        Label dateError = messageLine(FormGrid.errorLabel("standing-decision-date", dated));
        Label noteError = messageLine(FormGrid.errorLabel("standing-decision-note", note));
        VBox box = StandingView.box(Messages.text("standing.panels.challengingADecision"), decisionIntro,
                new FlowPane(10, 8, kind, dated, note, add), dateError, noteError, decisionList);
        add.setOnAction(e -> {
            StandingModel.DecisionProblems problems = model.addDecision(kind.getValue(), dated.typedDate(),
                    note.getText());
            FormGrid.show(dateError, problems.date());
            FormGrid.show(noteError, problems.note());
            if (problems.none()) {
                note.clear();
            } else {
                FirstProblem.reveal(box);
            }
        });
        return box;
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
        return StandingView.box(Messages.text("standing.panels.howTheDatesAreCounted"),
                StandingView.wrapped(Messages.text("standing.panels.workingDaysAreMondayTo")),
                StandingView.wrapped(Messages.text("standing.panels.aSubjectAccessRequestIs")),
                facts, new Label(Messages.text("standing.panels.bankHolidaysThisYearAnd")), holidaysBox,
                StandingView.wrapped(Messages.text("standing.panels.oneOffBankHolidaysMade", checked)), changes);
    }

    void show(StandingReport report) {
        decisionIntro.setText(Messages.text("standing.panels.aCalculationOrOtherDecision",
                report.facts().writeOffReplyDays()));
        decisionList.getChildren().clear();
        for (StandingReport.DecisionDeadlines d : report.decisions()) {
            Label said = StandingView.wrapped(Messages.text("standing.panels.dated", d.decision()
                    .kind().label(), UkFormats.shortDate(d.decision().dated()), (d.decision().note().isEmpty() ? ""
                    : ": " + d.decision().note())));
            // Added by mistake, or no longer to be challenged: to the Bin, from where it can be put back.
            Button bin = new Button(Messages.text("standing.panels.decisionToBin"));
            bin.setId("standing-decision-" + d.decision().id() + "-bin");
            bin.setOnAction(e -> model.binDecision(d.decision().id()));
            bin.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.HBox.setHgrow(said, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10, said, bin);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            decisionList.getChildren().add(row);
            for (Deadline deadline : d.deadlines()) {
                Label line = StandingView.wrapped(Messages.text("standing.panels.by", deadline.what(),
                        UkFormats.shortDate(deadline.date()), deadline.due().explanation(holidays)));
                line.getStyleClass().add("field-hint");
                decisionList.getChildren().add(line);
                if (uk.cml.domain.standing.PassedLimits.passed(deadline, model.today())) {
                    // The limit is not "by" a day gone: it has passed, and what can still be done is said.
                    Label passed = StandingView.wrapped(uk.cml.domain.standing.PassedLimits.ended(deadline,
                            model.today(), report.facts()));
                    passed.setId("standing-decision-" + d.decision().id() + "-passed");
                    passed.getStyleClass().add("field-error");
                    decisionList.getChildren().add(passed);
                }
            }
            unclear(d);
        }
        showSteps(report);
        facts.getChildren().clear();
        int row = 0;
        for (CmsFact fact : report.facts().all()) {
            facts.add(StandingView.wrapped(fact.label()), 0, row);
            facts.add(StandingView.wrapped(fact.value()), 1, row);
            Label checked = new Label(fact.lastChecked().map(d -> Messages.text("standing.panels.checked",
                    UkFormats.shortDate(d))).orElse(""));
            checked.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            facts.add(checked, 2, row);
            facts.add(StandingView.wrapped(fact.source()), 3, row++);
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
                steps.add(made.problem, 2, row);
                row++;
            }
            laidOut = offered;
        }
        for (EnforcementStep step : offered) {
            stepRows.get(step).show(report.facts().stepName(step), report.enforcement().stream()
                    .filter(r -> r.step() == step).findFirst());
        }
        atStep.setText(report.currentStep().map(r -> Messages.text("standing.panels.atForDaysSinceYou", report.facts()
                .stepName(r.step()), report.daysAtCurrentStep(), UkFormats.shortDate(r.heardOn())))
                .orElse(Messages.text("standing.panels.noStepTickedYet")));
        nudge.setVisible(report.enforcementNudge().isPresent());
        report.enforcementNudge().ifPresent(d -> nudge.setText(Messages.text("standing.panels.suggestedFrom",
                d.action(), UkFormats.shortDate(d.date()))));
    }

    /**
     * One step's tick box and date, kept from one reading of the report to the next: a reload after a tick never
     * throws away a date the parent is typing, and the date box is never locked. A step may be ticked before or after
     * its date is typed: a date typed after the tick (Enter, or leaving the box) changes the day the step is counted
     * from; ticked with the box empty, it counts from today until a date is typed.
     */
    private final class StepRow {
        final EnforcementStep step;
        final CheckBox box = new CheckBox();
        final UkDateField heard = new UkDateField();
        final Label problem;
        /** The step as recorded, once the report holds it. */
        Optional<EnforcementRecord> ticked = Optional.empty();
        /** A date typed while the tick was being saved, to give the record once it is read back. */
        Optional<LocalDate> typedWhileSaving = Optional.empty();

        StepRow(EnforcementStep step) {
            this.step = step;
            box.setId("standing-step-" + step.name().toLowerCase(java.util.Locale.UK).replace('_', '-'));
            heard.setId(box.getId() + "-date");
            heard.setPromptText(Messages.text("standing.panels.dateYouHeard"));
            // Beside the date: a date that cannot be used, the step left unticked to try again.
            problem = messageLine(FormGrid.errorLabel(heard.getId(), heard));
            box.setOnAction(e -> {
                if (box.isSelected()) {
                    Optional<String> refused = model.tick(step, heard.typedDate(), heard.hasUnreadableText());
                    FormGrid.show(problem, refused);
                    box.setSelected(refused.isEmpty());
                    if (refused.isEmpty() && heard.typedText().isBlank()) {
                        heard.requestFocus(); // the parent may type the day they heard next
                    }
                } else {
                    ticked.ifPresent(r -> model.untick(r.id()));
                    ticked = Optional.empty();
                }
            });
            heard.setOnAction(e -> dateTyped());
            heard.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    dateTyped();
                    if (heard.typedText().isBlank()) {
                        ticked.ifPresent(r -> heard.setDate(r.heardOn()));
                    }
                }
            });
        }

        private void dateTyped() {
            if (ticked.isPresent()) {
                Optional<String> refused = model.redate(ticked.get(), heard.typedDate(), heard.hasUnreadableText());
                FormGrid.show(problem, refused);
                if (refused.isEmpty() && heard.typedDate().isPresent()) {
                    ticked = Optional.of(new EnforcementRecord(ticked.get().id(), ticked.get().caseId(), step,
                            heard.typedDate().get(), ticked.get().note()));
                }
            } else if (box.isSelected() && !heard.hasUnreadableText()) {
                typedWhileSaving = heard.typedDate();
            }
        }

        void show(String name, Optional<EnforcementRecord> recorded) {
            box.setText(name);
            heard.setAccessibleText(Messages.text("standing.panels.dateYouHeardOf", name));
            boolean wasTicked = ticked.isPresent();
            ticked = recorded;
            box.setSelected(recorded.isPresent());
            if (recorded.isPresent() && typedWhileSaving.isPresent()) {
                Optional<LocalDate> typed = typedWhileSaving;
                typedWhileSaving = Optional.empty();
                Optional<String> refused = model.redate(recorded.get(), typed, false);
                FormGrid.show(problem, refused);
                ticked = refused.isPresent() ? recorded : Optional.of(new EnforcementRecord(recorded.get().id(), recorded.get().caseId(), step,
                        typed.get(), recorded.get().note()));
                return;
            }
            if (heard.isFocused()) {
                return; // the parent is typing here
            }
            if (recorded.isPresent()) {
                heard.setDate(recorded.get().heardOn());
            } else if (wasTicked) {
                heard.setValue(null);
                heard.getEditor().clear();
            }
        }
    }
}
