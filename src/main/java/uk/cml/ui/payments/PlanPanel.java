package uk.cml.ui.payments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanInput;
import uk.cml.domain.arrears.PlanRules;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.NewestFirst;
import uk.cml.ui.common.UkDateField;

/** The payment plans tab: every plan, the date each applies from, and the form to add or correct one. */
final class PlanPanel extends BorderPane {

    private final PaymentsModel model;
    private final TableView<PaymentPlan> table = new TableView<>();
    private final TextField amount = new TextField();
    private final ComboBox<PaymentFrequency> frequency =
            new ComboBox<>(FXCollections.observableArrayList(PaymentFrequency.values()));
    private final UkDateField firstDue = new UkDateField();
    private final CheckBox stopped = new CheckBox("Maintenance stopped from this date");
    private final TextField source = new TextField();
    private final Label amountError;
    private final Label frequencyError;
    private final Label firstDueError;
    private final Label sourceError;
    private final Label formTitle = new Label();
    /** Enter saves, but only while this tab is showing (see PaymentsView). */
    final Button save = new Button("Save plan");
    private final Label history = new Label();
    private final Button remove = new Button("Move to bin");
    private final BinList<PaymentPlan> bin;
    private PaymentPlan editing;

    PlanPanel(PaymentsModel model) {
        this.model = model;
        table.setId("plans-table");
        table.setAccessibleText("Payment plans");
        table.setPlaceholder(new Label("No payment plan yet. Add the amount from your CMS calculation letter."));
        table.getColumns().add(Columns.text("Applies from", p -> UkFormats.shortDate(p.firstDue()), 110));
        table.getColumns().add(Columns.money("Amount", p -> p.isStopped() ? "Stopped" : p.amount().format(), 90));
        table.getColumns().add(Columns.text("How often", p -> p.isStopped() ? "" : p.frequency().label(), 110));
        table.getColumns().add(Columns.text("Where it came from", PaymentPlan::source, 240));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                edit(p);
            }
        });
        frequency.setConverter(Labels.of(PaymentFrequency::label));
        FormGrid form = new FormGrid();
        form.getStyleClass().add("side-form"); // beside a table: a narrower label column
        amountError = form.add("plan-amount", "Amount due each time", amount, "As your CMS letter says, e.g. 43.21.");
        frequencyError = form.add("plan-frequency", "How often", frequency, null);
        firstDueError = form.add("plan-first-due", "First due on", firstDue,
                "A new plan applies from this date. Earlier dues keep the plan before it. A due of the plan before "
                        + "that falls on this date is not owed: the new plan (or the stop) takes its place.");
        stopped.setId("plan-stopped");
        form.addWide(stopped);
        sourceError = form.add("plan-source", "Where it came from", source, "For example: CMS letter dated 3 Mar 2025.");
        stopped.selectedProperty().addListener((obs, old, now) -> {
            amount.setDisable(now);
            frequency.setDisable(now);
        });
        formTitle.getStyleClass().add("heading");
        save.setId("plan-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button fresh = new Button("New plan");
        fresh.setId("plan-new");
        fresh.setOnAction(e -> edit(null));
        remove.setId("plan-remove");
        remove.setOnAction(e -> moveToBin());
        history.setId("plan-history");
        history.setWrapText(true);
        history.getStyleClass().add("field-hint");
        bin = new BinList<>("plan-bin", "Plans in the bin",
                p -> UkFormats.shortDate(p.firstDue()) + ", " + p.amount().format() + ", " + p.source(),
                p -> model.change(() -> {
                    model.store.restore(Kind.PLAN, p.id());
                    return p;
                }, "Put the plan back.", x -> { }));
        VBox editor = new VBox(12, formTitle, form, new HBox(10, save, fresh, remove), history, bin);
        editor.getStyleClass().addAll("side-editor", "plan-editor");
        setCenter(table);
        Scrolling.besideOrBelow(this, Scrolling.wrap(editor));
        getStyleClass().add("tab-body");
        model.loaded().addListener((obs, old, now) -> {
            NewestFirst.show(table, now.records().plans());
            long caseId = now.records().caseId();
            model.background.run(() -> model.store.plansInBin(caseId), bin::show, model::showProblem);
        });
        edit(null);
    }

    void edit(PaymentPlan plan) {
        editing = plan;
        formTitle.setText(plan == null ? "Add a payment plan" : "Correct this plan");
        amount.setText(plan == null || plan.isStopped() ? "" : plan.amount().toPlainString());
        frequency.setValue(plan == null ? PaymentFrequency.WEEKLY : plan.frequency());
        firstDue.setDate(plan == null ? null : plan.firstDue());
        stopped.setSelected(plan != null && plan.isStopped());
        source.setText(plan == null ? "" : plan.source());
        List.of(amountError, frequencyError, firstDueError, sourceError).forEach(l -> FormGrid.show(l, Optional.empty()));
        remove.setDisable(plan == null);
        history.setText("");
        if (plan == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        model.background.run(() -> model.store.earlierVersions(Kind.PLAN, plan.id()),
                versions -> history.setText(Versions.describe(versions, Versions::plan)), model::showProblem);
    }

    private void save() {
        if (model.now().isEmpty()) {
            return;
        }
        PlanInput input = new PlanInput(stopped.isSelected() ? "" : amount.getText(), frequency.getValue(),
                firstDue.hasUnreadableText() ? null : firstDue.typedDate().orElse(null), stopped.isSelected(),
                source.getText());
        List<PaymentPlan> others = model.now().get().records().plans().stream()
                .filter(p -> editing == null || p.id() != editing.id()).toList();
        Map<String, String> problems = PlanRules.problems(input, model.today(), others);
        FormGrid.show(amountError, Optional.ofNullable(problems.get(PlanRules.AMOUNT)));
        FormGrid.show(frequencyError, Optional.ofNullable(problems.get(PlanRules.FREQUENCY)));
        FormGrid.show(firstDueError, Optional.ofNullable(firstDue.hasUnreadableText()
                ? "That is not a date the app can read. Type it like 22/11/2026." : problems.get(PlanRules.FIRST_DUE)));
        FormGrid.show(sourceError, Optional.ofNullable(problems.get(PlanRules.SOURCE)));
        if (!problems.isEmpty() || firstDue.hasUnreadableText()) {
            model.status().set("Nothing was saved. Check the answers marked in red.");
            return;
        }
        PaymentPlan plan = PlanRules.toPlan(input, editing == null ? 0 : editing.id());
        long caseId = model.caseId();
        String what = plan.isStopped() ? "Saved: maintenance stopped from " + UkFormats.shortDate(plan.firstDue()) + "."
                : "Saved: " + plan.amount().format() + " " + plan.frequency().label().toLowerCase() + " from "
                        + UkFormats.shortDate(plan.firstDue()) + ".";
        model.change(() -> model.store.savePlan(caseId, plan), what, id -> edit(null));
    }

    private void moveToBin() {
        PaymentPlan plan = editing;
        if (plan == null) {
            return;
        }
        model.change(() -> {
            model.store.moveToBin(Kind.PLAN, plan.id());
            return plan;
        }, "Moved the plan from " + UkFormats.shortDate(plan.firstDue()) + " to the bin. Its dues no longer count.",
                p -> edit(null));
    }
}
