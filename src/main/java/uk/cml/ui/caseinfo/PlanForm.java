package uk.cml.ui.caseinfo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkDates;
import uk.cml.domain.arrears.PlanRules;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PlanFields;

/**
 * Set-up's "What should be paid": the payment plan from the CMS calculation letter or the private agreement, with
 * the Payments page's fields and messages. Optional: left empty, the parent adds it later on the Payments page.
 */
public final class PlanForm {

    private final CaseDraft draft;
    private final Clock clock;
    private final PlanFields fields = new PlanFields();
    private final VBox view;
    /** Where the amount comes from, as the parent says: empty, never filled in for them. */
    private final TextField source = new TextField();
    private final Label sourceError;

    /** @param skip what "I don't know yet" does once it has emptied the fields: go on to the next step */
    public PlanForm(CaseDraft draft, Clock clock, Runnable skip) {
        this.draft = draft;
        this.clock = clock;
        Label note = new Label();
        note.setId("setup-plan-note");
        note.setWrapText(true);
        note.textProperty().bind(byArrangement("caseinfo.planForm.noteCms", "caseinfo.planForm.notePrivate"));
        FormGrid grid = new FormGrid();
        fields.addTo(grid, "setup-plan-", null, null);
        // Under Direct Pay nothing is taken off, so the fee is not mentioned there.
        fields.addAmountHint(hint(Bindings.createStringBinding(() -> Messages.text(
                draft.arrangement.get() == Arrangement.COLLECT_AND_PAY ? "caseinfo.planForm.amountHintCollectAndPay"
                        : draft.involvesCms() ? "caseinfo.planForm.amountHintDirectPay"
                        : "caseinfo.planForm.amountHintPrivate"), draft.arrangement)));
        fields.addFirstDueHint(hint(byArrangement("caseinfo.planForm.firstDueHintCms",
                "caseinfo.planForm.firstDueHintPrivate")));
        sourceError = grid.add("setup-plan-source", Messages.text("payments.planPanel.whereItCameFrom"), source,
                null);
        FormGrid.addUnder(source, hint(byArrangement("caseinfo.planForm.sourceHintCms",
                "caseinfo.planForm.sourceHintPrivate")));
        source.textProperty().bindBidirectional(draft.planSource);
        fields.amount().textProperty().bindBidirectional(draft.planAmount);
        fields.frequency().valueProperty().bindBidirectional(draft.planFrequency);
        String typedDate = draft.planFirstDue.get();
        UkDates.parse(typedDate).ifPresentOrElse(fields.firstDue()::setDate,
                () -> fields.firstDue().getEditor().setText(typedDate));
        Label pastPayments = new Label();
        pastPayments.setId("setup-plan-past-payments");
        pastPayments.setWrapText(true);
        pastPayments.managedProperty().bind(pastPayments.visibleProperty());
        Runnable showPastPayments = () -> {
            Optional<String> words = draft.pastPaymentsHint(LocalDate.now(clock));
            pastPayments.setText(words.orElse(""));
            pastPayments.setVisible(words.isPresent());
        };
        showPastPayments.run();
        // The weekday, as the Overview gives it ("Fri 4 Dec 2026"), to check against a letter's "every Friday".
        Label weekday = new Label();
        weekday.setId("setup-plan-first-due-day");
        weekday.getStyleClass().add("field-hint");
        weekday.setWrapText(true);
        Runnable showWeekday = () -> {
            Optional<LocalDate> day = fields.firstDue().typedDate();
            weekday.setText(day.map(d -> Messages.text("caseinfo.planForm.firstDueDay", CalendarText.dayAndDate(d)))
                    .orElse(" ")); // a space keeps the line, so nothing below moves as a date is typed
        };
        showWeekday.run();
        fields.addFirstDueHint(weekday); // under the date box, above its message line
        shareLineWithMessage(weekday);
        fields.firstDue().getEditor().textProperty().addListener((obs, old, now) -> {
            keepDate();
            showPastPayments.run();
            showWeekday.run();
        });
        Button later = new Button(Messages.text("caseinfo.planForm.later"));
        later.setId("setup-plan-skip");
        later.setWrapText(true);
        later.setOnAction(e -> {
            fields.fill(null);
            source.setText("");
            FormGrid.show(sourceError, Optional.empty());
            keepDate();
            showPastPayments.run();
            skip.run();
        });
        view = new VBox(16, note, grid, pastPayments, later);
        view.setId("setup-plan");
    }

    /**
     * The weekday and the date's message take one line, the message in place of the weekday while it shows: on lines
     * of their own, a message for a date not typed sat under the weekday's empty line, a blank gap above it.
     */
    private static void shareLineWithMessage(Label weekday) {
        if (weekday.getParent() instanceof VBox cell && cell.getChildren().get(cell.getChildren().size() - 1)
                instanceof Label message && message.getStyleClass().contains("field-error")) {
            int at = cell.getChildren().indexOf(weekday);
            cell.getChildren().removeAll(weekday, message);
            javafx.scene.layout.StackPane line = new javafx.scene.layout.StackPane(weekday, message);
            line.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            weekday.visibleProperty().bind(message.visibleProperty().not());
            cell.getChildren().add(at, line);
        }
    }

    private StringBinding byArrangement(String cmsKey, String privateKey) {
        return Bindings.createStringBinding(() -> Messages.text(draft.involvesCms() ? cmsKey
                : privateKey), draft.arrangement);
    }

    private static Label hint(StringBinding words) {
        Label hint = new Label();
        hint.textProperty().bind(words);
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        return hint;
    }

    /** The date box's text into the draft, kept as typed even when it is not a date (so Cancel keeps it too). */
    private void keepDate() {
        draft.planFirstDue.set(fields.firstDue().typedText().strip());
    }

    public VBox view() {
        return view;
    }

    public javafx.scene.control.TextField firstField() {
        return fields.amount();
    }

    /** Shows each answer's problem beside it; true when there is none (or nothing is typed: it is added later). */
    public boolean validate() {
        keepDate();
        var problems = draft.planProblems(LocalDate.now(clock));
        boolean ok = fields.show(problems);
        return ok & FormGrid.show(sourceError, Optional.ofNullable(problems.get(PlanRules.SOURCE)));
    }
}
