package uk.cml.ui.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanInput;
import uk.cml.domain.arrears.PlanRules;

/**
 * A payment plan's amount, how often and first due date, with their messages: the same fields and the same words on
 * the Payments page's plan form and in set-up. The rules are the domain's ({@link PlanRules}).
 */
public final class PlanFields {

    private final TextField amount = new TextField();
    private final ComboBox<PaymentFrequency> frequency =
            new ComboBox<>(FXCollections.observableArrayList(PaymentFrequency.values()));
    private final UkDateField firstDue = new UkDateField();
    private Label amountError;
    private Label frequencyError;
    private Label firstDueError;

    public PlanFields() {
        frequency.setConverter(ShownBy.words(PaymentFrequency::label));
        // No choice until the parent makes one: "Weekly" chosen for them, skimmed past, became a false schedule
        // (and every arrears figure and letter follows from the schedule). Saving without it says so beside it.
        UnchosenPrompt.on(frequency, Messages.text("payments.planPanel.chooseHowOften"));
    }

    /**
     * Adds the three rows to a form, each field with the id {@code idPrefix + "amount"}, {@code "frequency"} and
     * {@code "first-due"}. A hint may be null.
     */
    public void addTo(FormGrid form, String idPrefix, String amountHint, String firstDueHint) {
        amountError = form.add(idPrefix + "amount", Messages.text("payments.planPanel.amountDueEachTime"), amount,
                amountHint);
        frequencyError = form.add(idPrefix + "frequency", Messages.text("payments.planPanel.howOften"), frequency,
                null);
        firstDueError = form.add(idPrefix + "first-due", Messages.text("payments.planPanel.firstDueOn"), firstDue,
                firstDueHint);
    }

    /**
     * The problems of a typed plan by {@link PlanRules} field, as the plan form shows them: the domain's, except that
     * text which is not a date gets its own message rather than "enter the date".
     *
     * @param zeroAdvice what to do instead of a zero amount, on a form without the "Maintenance stopped" choice;
     *                   empty for the domain's own advice
     */
    public static Map<String, String> problems(PlanInput input, boolean unreadableDate, LocalDate today,
            List<PaymentPlan> others, Optional<String> zeroAdvice) {
        Map<String, String> problems = new HashMap<>(zeroAdvice
                .map(advice -> PlanRules.problems(input, today, others, advice))
                .orElseGet(() -> PlanRules.problems(input, today, others)));
        if (unreadableDate) {
            problems.put(PlanRules.FIRST_DUE, Messages.text("payments.adjustmentChecks.thatIsNotADate"));
        }
        return problems;
    }

    /** Shows each field's problem beside it (and clears the others). True when these three fields have none. */
    public boolean show(Map<String, String> problems) {
        boolean ok = FormGrid.show(amountError, Optional.ofNullable(problems.get(PlanRules.AMOUNT)));
        ok &= FormGrid.show(frequencyError, Optional.ofNullable(problems.get(PlanRules.FREQUENCY)));
        return ok & FormGrid.show(firstDueError, Optional.ofNullable(problems.get(PlanRules.FIRST_DUE)));
    }

    /** The plan as typed; no date when the date box is empty or not a date. */
    public PlanInput input(boolean stopped, String source) {
        return new PlanInput(stopped ? "" : amount.getText(), frequency.getValue(),
                firstDue.hasUnreadableText() ? null : firstDue.typedDate().orElse(null), stopped, source);
    }

    public boolean hasUnreadableDate() {
        return firstDue.hasUnreadableText();
    }

    /**
     * Fills the fields from a saved plan, or empties them for a new one (how often not chosen either, nor for a
     * plan that stopped maintenance, which has none), and clears their messages.
     */
    public void fill(PaymentPlan plan) {
        amount.setText(plan == null || plan.isStopped() ? "" : plan.amount().toPlainString());
        frequency.setValue(plan == null || plan.isStopped() ? null : plan.frequency());
        firstDue.setDate(plan == null ? null : plan.firstDue());
        show(Map.of());
    }

    /** Turns off the amount and how often (when maintenance stopped, only the date counts). */
    public void disableAmount(boolean disabled) {
        amount.setDisable(disabled);
        frequency.setDisable(disabled);
    }

    /** Adds a hint under the amount, above its message line, whose words the caller keeps up to date. */
    public void addAmountHint(Label hint) {
        FormGrid.addUnder(amount, hint);
    }

    /** Adds a hint (or a note with its own button) under the first due date, above its message line. */
    public void addFirstDueHint(Node hint) {
        FormGrid.addUnder(firstDue, hint);
    }

    public TextField amount() {
        return amount;
    }

    public ComboBox<PaymentFrequency> frequency() {
        return frequency;
    }

    public UkDateField firstDue() {
        return firstDue;
    }
}
