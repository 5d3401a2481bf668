package uk.cml.ui.payments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentInput;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentRules;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.NewestFirst;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.common.AttachmentField;

/** The payments received tab: the list, the form to record or correct one, its history, and the bin. */
final class PaymentsPanel extends BorderPane {

    private final PaymentsModel model;
    private final TableView<Payment> table = new TableView<>();
    private final UkDateField date = new UkDateField();
    private final TextField amount = new TextField();
    private final ComboBox<PaymentMethod> method = new ComboBox<>(FXCollections.observableArrayList(PaymentMethod.values()));
    private final TextField reference = new TextField();
    private final TextArea note = new TextArea();
    private final AttachmentField evidence;
    private final Label dateError;
    private final Label dateWarning = new Label();
    private final Label amountError;
    private final Label methodError;
    private final Label formTitle = new Label();
    /** Enter saves, but only while this tab is showing (see PaymentsView). */
    final Button save = new Button("Save payment");
    private final Label history = new Label();
    private final Button remove = new Button("Move to bin");
    private final BinList<Payment> bin;
    private Payment editing;

    /** @param evidence the bank statement or screenshot showing the money arrived; it adds files to Documents */
    PaymentsPanel(PaymentsModel model, AttachmentField evidence) {
        this.model = model;
        this.evidence = evidence;
        table.setId("payments-table");
        table.setAccessibleText("Payments received");
        table.setPlaceholder(new Label("No payments recorded yet."));
        table.getColumns().add(Columns.text("Date", p -> UkFormats.shortDate(p.date()), 100));
        table.getColumns().add(Columns.money("Amount", p -> p.amount().format(), 80));
        table.getColumns().add(Columns.text("How", p -> p.method().label(), 120));
        table.getColumns().add(Columns.text("Reference", Payment::reference, 100));
        table.getColumns().add(Columns.text("Evidence", p -> model.now().filter(l -> l.withEvidence().contains(p.id()))
                .map(l -> "Attached").orElse(""), 75));
        // The date and the amount must always read in full; the other columns give way in a narrow window.
        table.getColumns().get(0).setMinWidth(104);
        table.getColumns().get(1).setMinWidth(72);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                edit(p);
            }
        });
        method.setConverter(Labels.of(PaymentMethod::label));
        FormGrid form = new FormGrid();
        form.getStyleClass().add("side-form"); // beside a table: a narrower label column
        dateError = form.add("payment-date", "Date received", date, "The day the money reached you.");
        dateWarning.setId("payment-date-warning");
        dateWarning.setWrapText(true);
        dateWarning.getStyleClass().add("field-hint");
        dateWarning.managedProperty().bind(dateWarning.textProperty().isNotEmpty());
        date.focusedProperty().addListener((obs, was, now) -> {
            if (!now && model.now().isPresent()) {
                dateWarning.setText(PaymentRules.warning(date.typedDate().orElse(null),
                        model.now().get().records().plans()).orElse(""));
            }
        });
        form.addWide(dateWarning);
        amountError = form.add("payment-amount", "Amount", amount, "What you actually received, for example 43.21.");
        methodError = form.add("payment-method", "How it was paid", method, null);
        form.add("payment-reference", "Reference", reference, "As it appears on your bank statement, if any.");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        form.add("payment-note", "Note", note, null);
        form.add("payment-evidence", "Evidence (optional)", evidence,
                "A bank statement or screenshot. Kept in Documents too.");
        formTitle.getStyleClass().add("heading");
        save.setId("payment-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button fresh = new Button("New payment");
        fresh.setId("payment-new");
        fresh.setOnAction(e -> edit(null));
        remove.setId("payment-remove");
        remove.setOnAction(e -> moveToBin());
        history.setId("payment-history");
        history.setWrapText(true);
        history.getStyleClass().add("field-hint");
        bin = new BinList<>("payment-bin", "Payments in the bin",
                p -> UkFormats.shortDate(p.date()) + ", " + p.amount().format() + ", " + p.method().label(),
                p -> model.change(() -> {
                    model.store.restore(Kind.PAYMENT, p.id());
                    return p;
                }, "Put back the payment of " + p.amount().format() + ".", x -> loadBin()));
        VBox editor = new VBox(12, formTitle, form, history, bin);
        editor.getStyleClass().add("side-editor");
        // The buttons stay below the scrolling form, so Save is always in view, even after problems are shown.
        HBox buttons = new HBox(10, save, fresh, remove);
        buttons.getStyleClass().add("side-actions");
        BorderPane side = new BorderPane(Scrolling.wrap(editor), null, null, buttons, null);
        side.getStyleClass().add("payment-side");
        setCenter(table);
        Scrolling.besideOrBelow(this, side);
        getStyleClass().add("tab-body");
        model.loaded().addListener((obs, old, now) -> {
            NewestFirst.show(table, now.records().payments());
            loadBin();
        });
        edit(null);
    }

    private void loadBin() {
        if (model.caseFile().isEmpty()) {
            return;
        }
        long caseId = model.caseId();
        model.background.run(() -> model.store.paymentsInBin(caseId), bin::show, model::showProblem);
    }

    void edit(Payment payment) {
        editing = payment;
        formTitle.setText(payment == null ? "Record a payment" : "Correct this payment");
        date.setDate(payment == null ? null : payment.date());
        amount.setText(payment == null ? "" : payment.amount().toPlainString());
        method.setValue(payment == null ? model.usualMethod() : payment.method());
        reference.setText(payment == null ? "" : payment.reference());
        note.setText(payment == null ? "" : payment.note());
        List.of(dateError, amountError, methodError).forEach(l -> FormGrid.show(l, Optional.empty()));
        dateWarning.setText("");
        remove.setDisable(payment == null);
        history.setText("");
        evidence.show(Optional.empty());
        if (payment == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        model.background.run(() -> model.store.evidenceOf(payment.id()), found -> {
            if (editing == payment) {
                evidence.show(found);
            }
        }, model::showProblem);
        model.background.run(() -> model.store.earlierVersions(Kind.PAYMENT, payment.id()),
                versions -> history.setText(Versions.describe(versions, Versions::payment)), model::showProblem);
    }

    private void save() {
        if (model.now().isEmpty()) {
            return;
        }
        PaymentInput input = new PaymentInput(amount.getText(),
                date.hasUnreadableText() ? null : date.typedDate().orElse(null), method.getValue(),
                reference.getText(), note.getText());
        Map<String, String> problems = PaymentRules.problems(input, model.today(), model.now().get().records().plans());
        FormGrid.show(dateError, Optional.ofNullable(date.hasUnreadableText()
                ? "That is not a date the app can read. Type it like 22/11/2026." : problems.get(PaymentRules.DATE)));
        dateWarning.setText(PaymentRules.warning(input.date(), model.now().get().records().plans()).orElse(""));
        FormGrid.show(amountError, Optional.ofNullable(problems.get(PaymentRules.AMOUNT)));
        FormGrid.show(methodError, Optional.ofNullable(problems.get(PaymentRules.METHOD)));
        if (!problems.isEmpty() || date.hasUnreadableText()) {
            model.status().set("Nothing was saved. Check the answers marked in red.");
            return;
        }
        Payment payment = PaymentRules.toPayment(input, editing == null ? 0 : editing.id());
        long caseId = model.caseId();
        Money paid = payment.amount();
        Optional<Long> shownBy = evidence.documentId();
        String warning = PaymentRules.warning(payment.date(), model.now().get().records().plans())
                .map(w -> " " + w).orElse("");
        Payment before = editing;
        String said = (before == null ? "Recorded " : "Corrected: ") + paid.format() + " received on "
                + UkFormats.shortDate(payment.date()) + "." + warning;
        model.change(() -> {
            Optional<Long> evidenceBefore = before == null ? Optional.empty() : model.store.evidenceOf(before.id());
            return new Saved(model.store.savePayment(caseId, payment, shownBy), evidenceBefore);
        }, said, done -> {
            edit(null);
            offerUndo(caseId, before, said, done);
        });
    }

    private record Saved(long id, Optional<Long> evidenceBefore) {
    }

    /** Undo moves a new payment to the bin, or saves the payment as it was before (figures and evidence) again. */
    private void offerUndo(long caseId, Payment before, String said, Saved done) {
        model.savedNotice().ifPresent(notice -> {
            if (before == null) {
                notice.added("payment-saved-undo", said, () -> {
                    model.store.moveToBin(Kind.PAYMENT, done.id());
                    return done.id();
                }, this::reloadThen);
            } else {
                notice.amended("payment-saved-undo", said, () -> model.store.savePayment(caseId, before,
                        done.evidenceBefore()), this::reloadThen);
            }
        });
    }

    private void reloadThen(Runnable then) {
        model.reload();
        then.run();
    }

    private void moveToBin() {
        Payment payment = editing;
        if (payment == null) {
            return;
        }
        model.change(() -> {
            model.store.moveToBin(Kind.PAYMENT, payment.id());
            return payment;
        }, "Moved the payment of " + payment.amount().format() + " on " + UkFormats.shortDate(payment.date())
                + " to the bin. You can put it back from the list below the form.", p -> edit(null));
    }
}
