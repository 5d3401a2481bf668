package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.PaymentInput;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentRules;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;

/**
 * Quick entry for the due chosen in the schedule: paid in full, missed, part paid, or paid late. Each records an
 * ordinary payment (checked by {@link PaymentRules}); money counts first for the due whose period it arrives in,
 * so a late payment dated after the next due's period began counts for that due first, then for this one. Under
 * Collect and Pay (by the arrangement on the chosen due's date, or the case's when none is chosen) the words say
 * what the parent saw arrive from the CMS: "Arrived in full", "Nothing arrived", "Part arrived", "Arrived late on",
 * as the parent cannot know when or how much the other parent paid the CMS.
 */
final class QuickEntry extends VBox {

    private final PaymentsModel model;
    private final ObservableValue<ScheduleLine> selected;
    private final Label about = new Label();
    private final TextField partAmount = new TextField();
    private final UkDateField lateDate = new UkDateField();
    private final Label error = FormGrid.errorLabel("quick");
    private final FlowPane actions;
    private final Button full;
    private final Button missed;
    private final Button part;
    private final Button late;

    QuickEntry(PaymentsModel model, ObservableValue<ScheduleLine> selected) {
        this.model = model;
        this.selected = selected;
        about.setId("quick-about");
        about.setWrapText(true);
        full = button("quick-paid-full", "", () -> record(ScheduleLine::date, this::owedOn, ""));
        missed = button("quick-missed", "", this::missed);
        partAmount.setId("quick-part-amount");
        partAmount.setAccessibleText(Messages.text("payments.quickEntry.amountReceived"));
        partAmount.setPromptText("£");
        partAmount.setPrefColumnCount(7);
        part = button("quick-part-paid", "", () -> record(ScheduleLine::date, (line, on) -> partAmount.getText(),
                words("payments.quickEntry.partPaidNote", "payments.quickEntry.partArrivedNote")));
        lateDate.setId("quick-late-date");
        lateDate.setAccessibleText(Messages.text("payments.quickEntry.dateTheLatePaymentArrived"));
        lateDate.getStyleClass().add("late-date"); // room for the "e.g. 8 Nov 2026" prompt (app.css)
        late = button("quick-paid-late", "", () -> {
            if (lateDate.typedDate().isEmpty()) {
                FormGrid.show(error, Optional.of(Messages.text("payments.quickEntry.enterTheDateTheMoney")));
                return;
            }
            record(line -> lateDate.typedDate().get(), this::owedOn,
                    words("payments.quickEntry.paidLate", "payments.quickEntry.arrivedLate"));
        });
        actions = new FlowPane(10, 8, full, missed, part, partAmount, late, lateDate);
        actions.setAlignment(Pos.CENTER_LEFT);
        // A problem shows in the place of the line about the chosen due, so no empty line is kept for it below
        // the buttons (at 1024 x 700 that line was most of a row of the due payments table).
        about.visibleProperty().bind(error.visibleProperty().not());
        javafx.scene.layout.StackPane aboutOrProblem = new javafx.scene.layout.StackPane(about, error);
        aboutOrProblem.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(aboutOrProblem, actions);
        getStyleClass().add("quick-entry");
        selected.addListener((obs, old, now) -> show(now));
        show(null);
    }

    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Whether the chosen due (or, with none chosen, the case) is under Collect and Pay. */
    private boolean collectAndPay() {
        ScheduleLine line = selected.getValue();
        return line != null ? line.collectAndPay() : model.usualMethod() == PaymentMethod.THROUGH_CMS;
    }

    /** The Direct Pay or private words, or the Collect and Pay words when the CMS passes the money on. */
    private String words(String paidKey, String arrivedKey) {
        return Messages.text(collectAndPay() ? arrivedKey : paidKey);
    }

    private void show(ScheduleLine line) {
        FormGrid.show(error, Optional.empty());
        full.setText(words("payments.quickEntry.paidInFull", "payments.quickEntry.arrivedInFull"));
        missed.setText(words("payments.quickEntry.missed", "payments.quickEntry.nothingArrived"));
        part.setText(words("payments.quickEntry.partPaidLabel", "payments.quickEntry.partArrivedLabel"));
        late.setText(words("payments.quickEntry.paidLateOn", "payments.quickEntry.arrivedLateOn"));
        boolean open = line != null && line.status().isOwed();
        actions.setDisable(!open);
        if (line == null) {
            about.setText(Messages.text("payments.quickEntry.chooseADuePaymentIn"));
        } else if (open) {
            about.setText(Messages.text("payments.quickEntry.dueStillOwedWhatArrived",
                    UkFormats.shortDate(line.date()), line.due().format(), line.statusText().toLowerCase(Locale.ROOT),
                    line.shortBy().format()));
            partAmount.clear();
            lateDate.setDate(null);
        } else {
            about.setText(Messages.text("payments.quickEntry.dueNothingMoreToRecord", UkFormats.shortDate(line.date()),
                    line.statusText().toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * What is still owed on it; through the CMS, what reaches the parent of it after the CMS's fee, as a payment
     * through the CMS is recorded as what arrived (and worked back to what the CMS collected).
     */
    private String owedOn(ScheduleLine line, LocalDate arrived) {
        Money owed = line.shortBy();
        if (model.usualMethod() == PaymentMethod.THROUGH_CMS && model.now().isPresent()) {
            owed = model.now().get().schedule().passedOnThroughCms(arrived, owed);
        }
        return owed.toPlainString();
    }

    /** Nothing to save: a due with nothing received against it already counts as missed. */
    private void missed() {
        ScheduleLine line = selected.getValue();
        if (line != null) {
            model.status().set(Messages.text("payments.quickEntry.nothingToRecordThePayment",
                    UkFormats.shortDate(line.date()), line.arrivedText()));
        }
    }

    private void record(java.util.function.Function<ScheduleLine, LocalDate> date,
                        java.util.function.BiFunction<ScheduleLine, LocalDate, String> amount, String note) {
        ScheduleLine line = selected.getValue();
        if (line == null || model.now().isEmpty()) {
            return;
        }
        LocalDate on = date.apply(line);
        // The parent chose the due and said what arrived for it: the payment is linked to that due, so the matching
        // never gives it to another (a late payment arriving in the next due's early days paid the next one).
        PaymentInput input = new PaymentInput(amount.apply(line, on), on, model.usualMethod(), "",
                note.isEmpty() ? "" : Messages.text("payments.quickEntry.due", note, UkFormats.shortDate(line.date())),
                Optional.of(line.date()));
        Map<String, String> problems = PaymentRules.problems(input, model.today(), model.now().get().records().plans());
        if (!problems.isEmpty()) {
            FormGrid.show(error, Optional.of(String.join(" ", problems.values())));
            return;
        }
        long caseId = model.caseId();
        Money paid = PaymentRules.toPayment(input, 0).amount();
        model.change(() -> model.store.savePayment(caseId, PaymentRules.toPayment(input, 0)),
                Messages.text("payments.quickEntry.recordedReceivedOn", paid.format(),
                UkFormats.shortDate(input.date())), id -> { });
    }
}
