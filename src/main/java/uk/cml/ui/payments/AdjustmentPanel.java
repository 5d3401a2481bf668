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
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.FeeBasis;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.NewestFirst;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.common.ShownBy;

/** The adjustments tab: CMS-confirmed figures, write-offs, settlements and offsets, each dated with a note. */
final class AdjustmentPanel extends BorderPane {

    /** The tab's least width for the form beside the table: the form's about 680 px and the table's about 600. */
    private static final double BESIDE_FROM = 1280;

    private final PaymentsModel model;
    private final TableView<Adjustment> table = new TableView<>();
    private final ComboBox<AdjustmentKind> kind = new ComboBox<>(FXCollections.observableArrayList(AdjustmentKind.values()));
    private final UkDateField date = new UkDateField();
    private final TextField amount = new TextField();
    private final ComboBox<FeeBasis> basis = new ComboBox<>(FXCollections.observableArrayList(FeeBasis.values()));
    private final TextArea note = uk.cml.ui.common.TabMovesFocus.on(new TextArea());
    private final Label kindError;
    private final Label dateError;
    private final Label amountError;
    private final Label noteError;
    private final Label formTitle = new Label();
    /** Enter saves, but only while this tab is showing (see PaymentsView). */
    final Button save = new Button(Messages.text("payments.adjustmentPanel.save"));
    private final Label history = new Label();
    private final Button remove = new Button(Messages.text("payments.adjustmentPanel.moveToBin"));
    private final BinList<Adjustment> bin;
    /** The adjustment open in the form (or none), the case the form is for, and the question before typing is lost. */
    private final RecordInForm<Adjustment> inForm;
    /** The form and its buttons, beside the table or (folded if the parent likes) under it. */
    private final FoldingSide side;
    private final FormGrid form;
    /** Whether the case is or was under Collect and Pay, so the CMS figure may be before or after its fee. */
    private boolean feeApplies;

    AdjustmentPanel(PaymentsModel model, uk.cml.ui.common.DraftKeeper drafts) {
        this.model = model;
        // "Nothing was saved. Check the answers marked in red." stayed after every red answer was put right.
        FormGrid.onceNothingIsRed(this, model::formFilledAfresh);
        inForm = new RecordInForm<>(model, "adjustment", Messages.text("payments.adjustmentPanel.noun"), table, save,
                Messages.text("payments.adjustmentPanel.save"), remove, this::answers, this::edit);
        table.setId("adjustments-table");
        table.setAccessibleText(Messages.text("payments.adjustmentPanel.adjustments"));
        // "Reading your records..." until they are read, then its words for none (as the due payments table).
        uk.cml.ui.common.ReadingPlaceholder.until(table.placeholderProperty(),
                PageLayout.emptyNote(Messages.text("payments.adjustmentPanel.noAdjustmentsAddOneWhen")), model.loaded().isNotNull());
        table.getColumns().add(Columns.text(Messages.text("payments.adjustmentPanel.date"), a ->
                UkFormats.shortDate(a.date()), 110));
        table.getColumns().add(Columns.text(Messages.text("payments.adjustmentPanel.what"), a -> a.kind().label(),
                260));
        table.getColumns().add(Columns.money(Messages.text("payments.adjustmentPanel.amount"), a -> a.amount()
                .format(), 100));
        table.getColumns().add(Columns.text(Messages.text("payments.adjustmentPanel.note"), Adjustment::note, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        kind.setConverter(ShownBy.words(AdjustmentKind::label));
        uk.cml.ui.common.UnchosenPrompt.on(kind, Messages.text("payments.adjustmentPanel.chooseWhatHappened"));
        FormGrid form = new FormGrid();
        form.getStyleClass().add("side-form"); // beside a table: a narrower label column
        kindError = form.add("adjustment-kind", Messages.text("payments.adjustmentPanel.whatHappened"), kind, null);
        dateError = form.add("adjustment-date", Messages.text("payments.adjustmentPanel.date"), date,
                Messages.text("payments.adjustmentPanel.theDateOnTheCms"));
        // A CMS figure is dated by the day it gives the arrears "as at", which may be before the letter's own date.
        Label dateHint = FormGrid.hintOf(date).orElseThrow();
        dateHint.setId("adjustment-date-hint");
        dateHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> AdjustmentChecks.dateHint(kind.getValue()), kind.valueProperty()));
        amountError = form.add("adjustment-amount", Messages.text("payments.adjustmentPanel.amount"), amount,
                Messages.text("payments.adjustmentPanel.forACmsFigureThe"));
        basis.setConverter(ShownBy.words(FeeBasis::label));
        form.add("adjustment-basis", Messages.text("payments.adjustmentPanel.theCmsFigureIs"), basis,
                Messages.text("payments.adjustmentPanel.underCollectAndPayThe"));
        // Its hint (four sentences) in half the form's width made the field taller than the form's view at 1024 x 700.
        form.acrossInTwoColumns(amount);
        // Its longest choice beside the date or the note needed more than the form's width at 1024.
        form.acrossInTwoColumns(basis);
        basis.disableProperty().bind(kind.valueProperty().isNotEqualTo(AdjustmentKind.CMS_CONFIRMED_FIGURE));
        this.form = form;
        note.setPrefRowCount(2);
        note.setWrapText(true);
        noteError = form.add("adjustment-note", Messages.text("payments.adjustmentPanel.note"), note,
                Messages.text("payments.adjustmentPanel.forExampleWhichLetterOr"));
        formTitle.getStyleClass().add("heading");
        save.setId("adjustment-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button fresh = new Button(Messages.text("payments.adjustmentPanel.newAdjustment"));
        fresh.setId("adjustment-new");
        fresh.setOnAction(e -> inForm.beforeLosing(() -> edit(null)));
        remove.setId("adjustment-remove");
        remove.setOnAction(e -> moveToBin());
        history.setId("adjustment-history");
        history.setWrapText(true);
        history.getStyleClass().add("field-hint");
        bin = new BinList<>("adjustment-bin", Messages.text("payments.adjustmentPanel.adjustmentsInTheBin"),
                a -> UkFormats.shortDate(a.date()) + ", " + a.kind().label() + ", " + a.amount().format(),
                a -> model.change(() -> {
                    model.store.restore(Kind.ADJUSTMENT, a.id());
                    return a;
                }, Messages.text("payments.adjustmentPanel.putTheAdjustmentBack"), x -> { }));
        uk.cml.ui.common.KeptForm kept = inForm.keptBy(drafts, "adjustment", form, Adjustment::id);
        VBox editor = new VBox(12, formTitle, kept.notice(), form, history, bin);
        editor.getStyleClass().addAll("side-editor", "adjustment-editor");
        setCenter(table);
        table.getStyleClass().add("adjustments-table");
        // Under the table (a small window) the form has the width but not the height: two columns of fields, as on
        // Payments received. Its longest choice holds the form about 680 px wide, so beside it at 1366 x 768 the
        // table had 415 px and read "3 Oct ..."; the form goes beside only when the table keeps about 600.
        side = Scrolling.withActions("adjustment", editor, inForm.question(), save, fresh, remove);
        Scrolling.besideOrBelow(this, side, BESIDE_FROM, form::setTwoColumns);
        getStyleClass().add("tab-body");
        model.loaded().addListener((obs, old, now) -> {
            NewestFirst.show(table, now.records().adjustments());
            // The fee question is for a case that is or was under Collect and Pay; on Direct Pay there is no fee.
            feeApplies = now.caseFile().arrangement() == Arrangement.COLLECT_AND_PAY
                    || now.schedule().lines().stream().anyMatch(ScheduleLine::collectAndPay);
            showBasis();
            long caseId = now.records().caseId();
            model.background.run(() -> model.store.adjustmentsInBin(caseId), bin::show, model::showProblem);
        });
        edit(null);
    }

    /** The fee question, where it applies, or for a figure already recorded after the fee. */
    private void showBasis() {
        form.showRow(basis, feeApplies || basis.getValue() == FeeBasis.AFTER_FEE);
    }

    void edit(Adjustment adjustment) {
        inForm.open(adjustment);
        formTitle.setText(adjustment == null ? Messages.text("payments.adjustmentPanel.recordAnAdjustment")
                : Messages.text("payments.adjustmentPanel.correctThisAdjustment"));
        // Nothing chosen for a new one: "CMS confirmed figure" chosen for the parent made a write-off or a settlement
        // skimmed past into a figure that changes nothing (AdjustmentChecks asks for the kind).
        kind.setValue(adjustment == null ? null : adjustment.kind());
        date.setDate(adjustment == null ? null : adjustment.date());
        amount.setText(adjustment == null ? "" : adjustment.amount().toPlainString());
        basis.setValue(adjustment == null ? FeeBasis.BEFORE_FEE : adjustment.basis());
        note.setText(adjustment == null ? "" : adjustment.note());
        showBasis();
        List.of(kindError, dateError, amountError, noteError).forEach(l -> FormGrid.show(l, Optional.empty()));
        history.setText("");
        inForm.filled();
        if (adjustment == null) {
            return;
        }
        side.unfold(); // the adjustment chosen shows in the form, even if it was folded away to read the list
        model.background.run(() -> model.store.earlierVersions(Kind.ADJUSTMENT, adjustment.id()),
                versions -> history.setText(Versions.describe(versions, Versions::adjustment)), model::showProblem);
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
        return List.of(Optional.ofNullable(kind.getValue()), date.typedText(), amount.getText(),
                Optional.ofNullable(basis.getValue()), note.getText());
    }

    private void save() {
        if (!inForm.maySave()) {
            return;
        }
        Map<String, String> problems = AdjustmentChecks.problems(kind.getValue(), date.typedDate(),
                date.hasUnreadableText(), amount.getText(), note.getText(), model.today());
        FormGrid.show(kindError, Optional.ofNullable(problems.get(AdjustmentChecks.KIND)));
        FormGrid.show(dateError, Optional.ofNullable(problems.get(AdjustmentChecks.DATE)));
        FormGrid.show(amountError, Optional.ofNullable(problems.get(AdjustmentChecks.AMOUNT)));
        FormGrid.show(noteError, Optional.ofNullable(problems.get(AdjustmentChecks.NOTE)));
        if (!problems.isEmpty()) {
            model.refuse();
            FirstProblem.reveal(this);
            return;
        }
        Adjustment editing = inForm.opened();
        Adjustment adjustment = new Adjustment(editing == null ? 0 : editing.id(), date.typedDate().orElseThrow(),
                kind.getValue(), AdjustmentChecks.amount(amount.getText()), note.getText(), basis.getValue());
        long caseId = model.caseId();
        String said = Messages.text("payments.adjustmentPanel.savedOn", adjustment.kind().label(),
                UkFormats.shortDate(adjustment.date()));
        if (editing == null) {
            model.change(() -> model.store.saveAdjustment(caseId, adjustment), said, id -> edit(null));
        } else {
            model.correct(() -> Optional.of(adjustment).filter(a -> model.store.correctAdjustment(caseId, a)), said,
                    a -> edit(null), () -> edit(editing));
        }
    }

    private void moveToBin() {
        Adjustment adjustment = inForm.opened();
        if (adjustment == null) {
            return;
        }
        model.change(() -> {
            model.store.moveToBin(Kind.ADJUSTMENT, adjustment.id());
            return adjustment;
        }, Messages.text("payments.adjustmentPanel.movedTheAdjustmentOfTo", UkFormats.shortDate(adjustment.date())),
                a -> edit(null));
    }
}
