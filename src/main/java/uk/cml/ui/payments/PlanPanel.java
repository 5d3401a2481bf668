package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanInput;
import uk.cml.domain.arrears.PlanRhythm;
import uk.cml.domain.arrears.PlanRules;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.PlanFields;
import uk.cml.ui.common.NewestFirst;
import uk.cml.ui.common.WrappingCells;

/** The payment plans tab: every plan, the date each applies from, and the form to add or correct one. */
final class PlanPanel extends BorderPane {

    private final PaymentsModel model;
    private final TableView<PaymentPlan> table = new TableView<>();
    private final PlanFields fields = new PlanFields();
    private final CheckBox stopped = new CheckBox(Messages.text("payments.planPanel.maintenanceStoppedFromThisDate"));
    private final TextField source = new TextField();
    private final Label sourceError;
    private final Label formTitle = new Label();
    /** Enter saves, but only while this tab is showing (see PaymentsView). */
    final Button save = new Button(Messages.text("payments.planPanel.savePlan"));
    private final Label history = new Label();
    private final Button remove = new Button(Messages.text("payments.adjustmentPanel.moveToBin"));
    private final BinList<PaymentPlan> bin;
    /** The plan open in the form (or none), the case the form is for, and the question before typing is lost. */
    private final RecordInForm<PaymentPlan> inForm;
    /** The form and its buttons, beside the table or (folded if the parent likes) under it. */
    private final FoldingSide side;
    /** Asks before a first due off the payment day of the plan before is saved (PlanRhythm), with its date to use. */
    private final Label offRhythm = new Label();
    private final Button useSuggested = new Button();
    /**
     * The day of the month a monthly plan typed will fall on, said before it is saved (PlanWords.dayOfMonth): a
     * first due of 30 Apr after a plan on the 31st keeps the 31st, which the date alone does not show.
     */
    private final Label monthDay = new Label();
    /** The plan as it was when the question was asked: Save again with it unchanged saves it as typed. */
    private PlanInput offRhythmAt;
    /** The question's room under the first due date: once it goes, kept while the parent is still in the date. */
    private final VBox offRhythmRoom = new VBox(6);

    PlanPanel(PaymentsModel model, uk.cml.ui.common.DraftKeeper drafts) {
        this.model = model;
        // "Nothing was saved. Check the answers marked in red." stayed after every red answer was put right.
        FormGrid.onceNothingIsRed(this, model::formFilledAfresh);
        inForm = new RecordInForm<>(model, "plan", Messages.text("payments.planPanel.noun"), table, save,
                Messages.text("payments.planPanel.savePlan"), remove, this::answers, this::edit);
        table.setId("plans-table");
        table.setAccessibleText(Messages.text("payments.view.paymentPlans"));
        // "Reading your records..." until they are read, then its words for none (as the due payments table).
        uk.cml.ui.common.ReadingPlaceholder.until(table.placeholderProperty(),
                PageLayout.emptyNote(Messages.text("payments.planPanel.noPaymentPlanYetAdd")), model.loaded().isNotNull());
        // The first due and the day the plan falls on, with the weekday, as a CMS letter says "every Friday".
        TableColumn<PaymentPlan, String> from = Columns.text(Messages.text("payments.planPanel.appliesFrom"), p ->
                CalendarText.dayAndDate(p.firstDue()), 142);
        from.setId("plans-applies-from");
        table.getColumns().add(from);
        table.getColumns().add(Columns.money(Messages.text("payments.adjustmentPanel.amount"), p -> p.isStopped()
                ? Messages.text("payments.planPanel.stopped") : p.amount().format(), 90));
        TableColumn<PaymentPlan, String> often = Columns.text(Messages.text("payments.planPanel.howOften"),
                p -> PlanWords.howOften(p, savedPlans()), 168);
        often.setId("plans-how-often");
        // "Monthly, on day 31 of each month (the last day of a shorter month)" read "Monthly, on day 31 o..." at
        // 1366 wide: it wraps, as the source does.
        often.setCellFactory(WrappingCells.table());
        table.getColumns().add(often);
        // "CMS annual review letter dated 2 Sep 2025" is the words to check a plan against: it read "CMS annual
        // review letter d..." beside the form at 1366 wide. It wraps onto more lines, as the letters' list does.
        TableColumn<PaymentPlan, String> cameFrom = Columns.text(Messages.text("payments.planPanel.whereItCameFrom"),
                PaymentPlan::source, 220);
        cameFrom.setId("plans-source");
        cameFrom.setCellFactory(WrappingCells.table());
        table.getColumns().add(cameFrom);
        WrappingCells.refitRowsOnResize(table);
        // "Wed 30 Sep 2026" and the amount always read in full; how often and the source give way by wrapping, but
        // keep room for a few words a line.
        from.setMinWidth(Math.max(from.getMinWidth(), 140)); // "Thu 30 Apr 2026" read "Thu 30 Apr 20..." at 124
        table.getColumns().get(1).setMinWidth(Math.max(table.getColumns().get(1).getMinWidth(), 84));
        often.setMinWidth(Math.max(often.getMinWidth(), 150)); // wraps
        cameFrom.setMinWidth(Math.max(cameFrom.getMinWidth(), 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        FormGrid form = new FormGrid();
        form.getStyleClass().add("side-form"); // beside a table: a narrower label column
        fields.addTo(form, "plan-", Messages.text("payments.planPanel.asYourCmsLetterSays"),
                Messages.text("payments.planPanel.aNewPlanAppliesFrom"));
        fields.addFirstDueHint(monthDayNote());
        fields.addFirstDueHint(offRhythmNote());
        stopped.setId("plan-stopped");
        form.addWide(stopped);
        sourceError = form.add("plan-source", Messages.text("payments.planPanel.whereItCameFrom"), source,
                Messages.text("payments.planPanel.forExampleCmsLetterDated"));
        stopped.selectedProperty().addListener((obs, old, now) -> fields.disableAmount(now));
        formTitle.getStyleClass().add("heading");
        save.setId("plan-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button fresh = new Button(Messages.text("payments.planPanel.newPlan"));
        fresh.setId("plan-new");
        fresh.setOnAction(e -> inForm.beforeLosing(() -> edit(null)));
        remove.setId("plan-remove");
        remove.setOnAction(e -> moveToBin());
        history.setId("plan-history");
        history.setWrapText(true);
        history.getStyleClass().add("field-hint");
        bin = new BinList<>("plan-bin", Messages.text("payments.planPanel.plansInTheBin"),
                p -> UkFormats.shortDate(p.firstDue()) + ", " + p.amount().format() + ", " + p.source(),
                p -> model.change(() -> {
                    model.store.restore(Kind.PLAN, p.id());
                    return p;
                }, Messages.text("payments.planPanel.putThePlanBack"), x -> { }));
        uk.cml.ui.common.KeptForm kept = inForm.keptBy(drafts, "plan", form, PaymentPlan::id);
        VBox editor = new VBox(12, formTitle, kept.notice(), form, history, bin);
        editor.getStyleClass().addAll("side-editor", "plan-editor");
        setCenter(table);
        // Under the table (a small window) the form has the width but not the height: two columns of fields, as on
        // Payments received.
        side = Scrolling.withActions("plan", editor, inForm.question(), save, fresh, remove);
        Scrolling.besideOrBelow(this, side, form::setTwoColumns);
        getStyleClass().add("tab-body");
        model.loaded().addListener((obs, old, now) -> {
            NewestFirst.show(table, now.records().plans());
            long caseId = now.records().caseId();
            model.background.run(() -> model.store.plansInBin(caseId), bin::show, model::showProblem);
            sayMonthDay();
        });
        edit(null);
    }

    void edit(PaymentPlan plan) {
        inForm.open(plan);
        formTitle.setText(plan == null ? Messages.text("payments.planPanel.addAPaymentPlan")
                : Messages.text("payments.planPanel.correctThisPlan"));
        fields.fill(plan);
        stopped.setSelected(plan != null && plan.isStopped());
        source.setText(plan == null ? "" : plan.source());
        FormGrid.show(sourceError, Optional.empty());
        // The payment day question's room, kept while the parent changed the date it asked about, goes with it.
        offRhythm.setText("");
        offRhythmAt = null;
        offRhythmRoom.setManaged(false);
        offRhythmRoom.setMinHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        history.setText("");
        inForm.filled();
        if (plan == null) {
            return;
        }
        side.unfold(); // the plan chosen shows in the form, even if it was folded away to read the list
        model.background.run(() -> model.store.earlierVersions(Kind.PLAN, plan.id()),
                versions -> history.setText(Versions.describe(versions, Versions::plan)), model::showProblem);
    }

    /** Runs {@code then} (a plan begun from elsewhere, say) once the parent agrees to lose their typing. */
    void beforeLosing(Runnable then) {
        inForm.beforeLosing(then);
    }

    /**
     * A new plan begun from a CMS decision: what the decision holds is typed in for the parent to check, and held
     * as typing (closing the app asks first); it is saved only when they press Save plan. How often is the
     * decision's when its words say it (PlanChange reads "a week", "every 2 weeks", "every 4 weeks", "monthly"),
     * otherwise the plan's it follows: the one in force on the day the new amount starts (today, with no day), as
     * soon as the case's plans are read. A plan with maintenance stopped has no how often to keep.
     */
    void begin(Optional<uk.cml.domain.Money> amount, Optional<LocalDate> firstDue, Optional<PaymentFrequency> every,
               String from) {
        edit(null);
        side.unfold();
        amount.ifPresent(a -> fields.amount().setText(a.toPlainString()));
        firstDue.ifPresent(fields.firstDue()::setDate);
        if (every.isPresent()) {
            fields.frequency().setValue(every.get());
        } else {
            LocalDate followed = firstDue.orElseGet(model::today);
            if (model.now().isPresent()) {
                keepHowOften(model.now().get(), followed);
            } else {
                // Begun before the case's plans are read: How often is filled once they are, unless chosen by then.
                javafx.beans.value.ChangeListener<PaymentsModel.Loaded> once =
                        new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends PaymentsModel.Loaded> obs,
                            PaymentsModel.Loaded old, PaymentsModel.Loaded now) {
                        model.loaded().removeListener(this);
                        if (now != null && inForm.opened() == null && fields.frequency().getValue() == null) {
                            keepHowOften(now, followed);
                        }
                    }
                };
                model.loaded().addListener(once);
            }
        }
        source.setText(from);
        // Nothing read from the decision (the Overview's and the Letters page's button guess nothing): not "filled in".
        model.status().say(Messages.text(amount.isEmpty() && firstDue.isEmpty()
                ? "payments.planPanel.typeFromDecision" : "payments.planPanel.filledFromDecision"));
        javafx.scene.control.Control first = amount.isEmpty() ? fields.amount() : fields.firstDue();
        javafx.application.Platform.runLater(first::requestFocus);
    }

    /** How often the plan in force on {@code day} has, in the form; nothing when none is, or it is a stop. */
    private void keepHowOften(PaymentsModel.Loaded loaded, LocalDate day) {
        loaded.schedule().planOn(day).filter(plan -> !plan.isStopped())
                .ifPresent(plan -> fields.frequency().setValue(plan.frequency()));
    }

    /** Back on the page: one left open with nothing typed becomes a fresh form (see RecordInForm). */
    /** Whether the form holds typing not yet saved (closing the app asks first). */
    boolean hasUnsavedTyping() {
        return inForm.typing();
    }

    void afreshUnlessTyping() {
        inForm.afreshUnlessTyping();
    }

    private List<Object> answers() {
        return List.of(fields.amount().getText(), Optional.ofNullable(fields.frequency().getValue()),
                fields.firstDue().typedText(), stopped.isSelected(), source.getText());
    }

    /**
     * The day of the month a monthly plan will fall on, under the first due date, kept up to date as it is typed.
     * Its room is there whenever How often is Monthly, with words before a date is typed: appearing as the date was
     * typed, it moved "Where it came from" down under the parent's click, and what they typed next went nowhere.
     * The room is that of the longer of those words and "Runs on the 31st ... (the last day in shorter months).".
     */
    private javafx.scene.layout.StackPane monthDayNote() {
        monthDay.setId("plan-day");
        monthDay.setWrapText(true);
        monthDay.getStyleClass().add("field-hint");
        monthDay.visibleProperty().bind(monthDay.textProperty().isNotEmpty());
        // After a plan on the 29th to the 31st, a first due may keep its day, which takes about three lines more
        // ("..., as the plan before it: 30 Sep 2026 is its payment day in September. To move payments ..."): the
        // room is that of those words, in the note's look, for as long as such a plan is among the case's.
        keptDayRoom.setText(PlanWords.longestKeptDay());
        keptDayRoom.getStyleClass().setAll("label", "note");
        keptDayRoom.setManaged(false);
        javafx.scene.layout.StackPane room = new javafx.scene.layout.StackPane(
                roomFor(Messages.text("payments.planWords.dayOnceTyped")),
                roomFor(Messages.text("payments.planWords.runs",
                        Messages.text("payments.planWords.runsOnDayOrLast", uk.cml.domain.arrears.PlanDay.nth(31)))),
                keptDayRoom, monthDay);
        room.setId("plan-day-room");
        room.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        room.managedProperty().bind(fields.frequency().valueProperty().isEqualTo(PaymentFrequency.MONTHLY));
        room.visibleProperty().bind(room.managedProperty());
        fields.firstDue().getEditor().textProperty().addListener((obs, old, now) -> sayMonthDay());
        fields.firstDue().valueProperty().addListener((obs, old, now) -> sayMonthDay());
        fields.frequency().valueProperty().addListener((obs, old, now) -> sayMonthDay());
        stopped.selectedProperty().addListener((obs, old, now) -> sayMonthDay());
        return room;
    }

    /** Unseen words that hold the day line's room at their height, as wide as the line. */
    private static Label roomFor(String words) {
        Label unseen = new Label(words);
        unseen.setWrapText(true);
        unseen.getStyleClass().add("field-hint");
        unseen.setVisible(false);
        return unseen;
    }

    /** The room of a day kept from the plan before, while the case has a plan whose day a date may keep. */
    private final Label keptDayRoom = roomFor("");

    private void sayMonthDay() {
        PlanInput input = fields.input(stopped.isSelected(), source.getText());
        PaymentPlan editing = inForm == null ? null : inForm.opened();
        List<PaymentPlan> others = model.now().map(loaded -> loaded.records().plans()).orElse(List.of()).stream()
                .filter(p -> editing == null || p.id() != editing.id()).toList();
        String day = PlanWords.dayOfMonth(input.frequency(), input.firstDue(), input.stopped(), others);
        keptDayRoom.setManaged(PlanWords.mayKeepADay(others));
        boolean noDateYet = input.frequency() == PaymentFrequency.MONTHLY && !input.stopped()
                && input.firstDue() == null;
        monthDay.setText(noDateYet ? Messages.text("payments.planWords.dayOnceTyped") : day);
        // A day kept from the plan before, not the day typed, stands out as the question beside it does.
        monthDay.getStyleClass().removeAll("field-hint", "note");
        monthDay.getStyleClass().add(PlanWords.keepsDayBefore(input.frequency(), input.firstDue(), input.stopped(),
                others) ? "note" : "field-hint");
    }

    /**
     * The question about the payment day, under the first due date; it goes as soon as the plan typed changes, but
     * its room stays while the parent is still in the date, so "Where it came from" does not jump up under the
     * click they aim at it as they finish changing the date.
     */
    private VBox offRhythmNote() {
        offRhythm.setId("plan-first-due-warning");
        offRhythm.setWrapText(true);
        offRhythm.getStyleClass().add("note");
        useSuggested.setId("plan-first-due-use");
        useSuggested.setWrapText(true);
        offRhythmRoom.getChildren().setAll(offRhythm, useSuggested);
        offRhythmRoom.setManaged(false);
        offRhythm.visibleProperty().bind(offRhythm.textProperty().isNotEmpty());
        useSuggested.visibleProperty().bind(offRhythm.visibleProperty());
        offRhythmRoom.visibleProperty().bind(offRhythmRoom.managedProperty());
        // "Not saved yet: see the note under First due on." points at the question: once it goes (the date changed,
        // the form begun afresh or saved), there is nothing to see, and the line goes too. Other words stay.
        offRhythm.textProperty().addListener((obs, old, now) -> {
            if (now.isEmpty() && model.status().text().equals(Messages.text("payments.planPanel.notSavedOffRhythm"))) {
                model.status().clear();
            }
        });
        Runnable goneWhenChanged = () -> {
            if (!offRhythm.getText().isEmpty()
                    && !fields.input(stopped.isSelected(), source.getText()).equals(offRhythmAt)) {
                offRhythmRoom.setMinHeight(offRhythmRoom.getHeight());
                offRhythm.setText("");
                offRhythmAt = null;
            }
        };
        fields.firstDue().getEditor().textProperty().addListener((obs, old, now) -> goneWhenChanged.run());
        fields.frequency().valueProperty().addListener((obs, old, now) -> goneWhenChanged.run());
        stopped.selectedProperty().addListener((obs, old, now) -> goneWhenChanged.run());
        // The empty room goes once the parent leaves the date (or the button that changed it): by then their click
        // has chosen its field, and their keys go to the field that has the focus wherever it is drawn.
        javafx.beans.value.ChangeListener<Boolean> roomGoesOnLeaving = (obs, was, now) -> {
            if (!now && offRhythm.getText().isEmpty() && offRhythmRoom.isManaged()) {
                offRhythmRoom.setManaged(false);
                offRhythmRoom.setMinHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            }
        };
        fields.firstDue().getEditor().focusedProperty().addListener(roomGoesOnLeaving);
        useSuggested.focusedProperty().addListener(roomGoesOnLeaving);
        return offRhythmRoom;
    }

    private void save() {
        if (!inForm.maySave()) {
            return;
        }
        PaymentPlan editing = inForm.opened();
        PlanInput input = fields.input(stopped.isSelected(), source.getText());
        List<PaymentPlan> others = model.now().get().records().plans().stream()
                .filter(p -> editing == null || p.id() != editing.id()).toList();
        Map<String, String> problems = PlanFields.problems(input, fields.hasUnreadableDate(), model.today(), others,
                Optional.empty());
        if (editing != null && PlanRules.sourceMayStayUnsaid(editing, input)) {
            problems.remove(PlanRules.SOURCE);
        }
        fields.show(problems);
        FormGrid.show(sourceError, Optional.ofNullable(problems.get(PlanRules.SOURCE)));
        if (!problems.isEmpty()) {
            model.refuse();
            FirstProblem.reveal(this);
            return;
        }
        Optional<PlanRhythm.OffRhythm> off = PlanRhythm.check(input, others);
        if (off.isPresent() && !input.equals(offRhythmAt)) {
            offRhythmAt = input;
            LocalDate suggested = off.get().suggested();
            offRhythmRoom.setManaged(true);
            offRhythm.setText(Messages.text("payments.planPanel.offRhythmKeep", off.get().message(),
                    UkFormats.shortDate(input.firstDue()), save.getText()));
            useSuggested.setText(Messages.text("payments.planPanel.useSuggested", CalendarText.dayAndDate(suggested)));
            useSuggested.setOnAction(e -> fields.firstDue().setDate(suggested));
            model.status().say(Messages.text("payments.planPanel.notSavedOffRhythm"));
            FirstProblem.bringIntoView(fields.firstDue(), useSuggested);
            useSuggested.requestFocus();
            return;
        }
        PaymentPlan plan = PlanRules.toPlan(input, editing == null ? 0 : editing.id());
        long caseId = model.caseId();
        String what = plan.isStopped() ? Messages.text("payments.planPanel.savedMaintenanceStoppedFrom",
                UkFormats.shortDate(plan.firstDue()))
                : Messages.text("payments.planPanel.savedFrom", plan.amount().format(), plan.frequency().label()
                .toLowerCase(Locale.ROOT), UkFormats.shortDate(plan.firstDue()));
        if (editing == null) {
            model.change(() -> model.store.savePlan(caseId, plan), what, id -> edit(null));
        } else {
            model.correct(() -> Optional.of(plan).filter(p -> model.store.correctPlan(caseId, p)), what,
                    p -> edit(null), () -> edit(editing));
        }
    }

    /** The case's plans as read, oldest first (the table shows them newest first). */
    private List<PaymentPlan> savedPlans() {
        return model.now().map(loaded -> loaded.records().plans()).orElseGet(() -> List.copyOf(table.getItems()));
    }

    private void moveToBin() {
        PaymentPlan plan = inForm.opened();
        if (plan == null) {
            return;
        }
        model.change(() -> {
            model.store.moveToBin(Kind.PLAN, plan.id());
            return plan;
        }, Messages.text("payments.planPanel.movedThePlanFromTo", UkFormats.shortDate(plan.firstDue())),
                p -> edit(null));
    }
}
