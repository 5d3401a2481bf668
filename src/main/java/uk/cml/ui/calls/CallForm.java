package uk.cml.ui.calls;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import uk.cml.domain.calendar.CallTimeCheck;
import uk.cml.domain.calendar.PhoneHours;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.EvidenceRules;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.DateInput;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.TabMovesFocus;
import uk.cml.ui.common.UnchosenPrompt;

/** The fields of one call, each with its message beside it. Reads them into a {@link Call} when all are fine. */
final class CallForm {

    private final FormGrid grid = new FormGrid();

    private final Clock clock;
    private final DateInput date = new DateInput();
    private final TextField time = new TextField();
    private final ComboBox<CallDirection> direction =
            new ComboBox<>(FXCollections.observableArrayList(CallDirection.values()));
    private final TextField number = new TextField();
    /** Who called and the number, kept apart so what fills the number in is tested without a window. */
    private final WhoCalled whoCalled = new WhoCalled();
    private final TextField spokeTo = new TextField();
    private final TextField team = new TextField();
    private final TextField staffId = new TextField();
    private final TextArea said = TabMovesFocus.on(new TextArea());
    private final TextArea promised = TabMovesFocus.on(new TextArea());
    private final DateInput promisedBy = new DateInput();
    private final TextArea outcome = TabMovesFocus.on(new TextArea());
    /** Nothing chosen until the parent answers: a "Yes" they did not give would put a false line in a letter. */
    private final ComboBox<MissedPaymentsTold> told =
            new ComboBox<>(FXCollections.observableArrayList(MissedPaymentsTold.values()));
    private final DateInput followUp = new DateInput();
    private final CheckBox followUpDone = new CheckBox(Messages.text("calls.form.iHaveFollowedThisUp"));
    private final CheckBox promiseKept = new CheckBox(Messages.text("calls.form.theyDidWhatTheyPromised"));
    private final UkCalendar calendar;
    private final Label whenCheck = new Label();
    private PhoneHours phoneHours = PhoneHours.WEEKDAYS;
    /** The answers as the form was last filled in (a new call's, or a saved one's), to tell what is typed since. */
    private final AnswersAsFilled asFilled = new AnswersAsFilled(this::answers);
    private final Label dateError;
    private final Label timeError;
    private final Label directionError;
    private final Label numberError;
    private final Label spokeToError;
    private final Label teamError;
    private final Label staffIdError;
    private final Label saidError;
    private final Label promisedError;
    private final Label promisedByError;
    private final Label outcomeError;
    private final Label followUpError;

    CallForm(Clock clock, UkCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
        time.setPromptText("14:05");
        time.setPrefColumnCount(6);
        said.setWrapText(true);
        said.setPrefRowCount(6);
        promised.setWrapText(true);
        promised.setPrefRowCount(2);
        outcome.setWrapText(true);
        outcome.setPrefRowCount(2);
        dateError = grid.add("call-date", Messages.text("calls.form.dateOfTheCall"), date.field(), null);
        timeError = grid.add("call-time", Messages.text("calls.form.time"), time,
                Messages.text("calls.form.24HourClockLike14"));
        whenCheck.setId("call-when-check");
        whenCheck.getStyleClass().add("field-hint");
        whenCheck.setWrapText(true);
        // Wrapped text must keep its full height, or its last line is cut to "...".
        whenCheck.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        whenCheck.managedProperty().bind(whenCheck.visibleProperty());
        whenCheck.setVisible(false);
        date.field().getEditor().textProperty().addListener((obs, old, now) -> whenChanged());
        date.field().valueProperty().addListener((obs, old, now) -> whenChanged());
        time.textProperty().addListener((obs, old, now) -> whenChanged());
        // Leaving a field checks it, as the Payments and Case pages do, rather than leaving it to Save.
        date.field().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                FormGrid.show(dateError, dateProblem());
            }
        });
        time.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                FormGrid.show(timeError, timeProblem());
            }
        });
        // Nothing chosen for a new call: "I called the CMS", chosen for the parent and skimmed past, turned a call
        // from the CMS into one they made, and the letter confirming it said so (WhoCalled).
        UnchosenPrompt.on(direction, Messages.text("calls.form.chooseWhoCalled"));
        direction.valueProperty().bindBidirectional(whoCalled.direction());
        number.textProperty().bindBidirectional(whoCalled.number());
        // The id is not the old "call-direction": a draft kept by the old code held "I called the CMS" for every new
        // call, chosen or not, and would have put it back as if chosen.
        directionError = grid.add("call-who-called", Messages.text("calls.form.whoCalled"), direction, null);
        direction.valueProperty().addListener((obs, old, now) -> {
            if (directionError.isVisible()) {
                FormGrid.show(directionError, whoCalled.problem());
            }
        });
        numberError = grid.add("call-number", Messages.text("calls.form.numberUsed"), number, null);
        Label filledIn = new Label(Messages.text("calls.form.helplineFilledIn"));
        filledIn.setId("call-number-filled-in");
        filledIn.getStyleClass().add("field-hint");
        filledIn.setWrapText(true);
        filledIn.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        filledIn.visibleProperty().bind(whoCalled.helplineFilledIn());
        filledIn.managedProperty().bind(filledIn.visibleProperty());
        FormGrid.addUnder(number, filledIn);
        // The helpline filled in is selected whole as the field gets the keyboard (by Tab or a click), so what is
        // typed replaces it: a click put the caret at its end and the number typed went after it. Later, so the
        // click that gave the focus has placed its caret first.
        number.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && whoCalled.helplineFilledIn().get()) {
                javafx.application.Platform.runLater(() -> {
                    if (number.isFocused() && whoCalled.helplineFilledIn().get()) {
                        number.selectAll();
                    }
                });
            } else if (!focused) {
                FormGrid.show(numberError, whoCalled.numberProblem());
            }
        });
        number.textProperty().addListener((obs, old, now) -> {
            if (numberError.isVisible()) {
                FormGrid.show(numberError, whoCalled.numberProblem());
            }
        });
        spokeToError = grid.add("call-spoke-to", Messages.text("calls.form.whoYouSpokeTo"), spokeTo,
                Messages.text("calls.form.theirNameAsTheyGave"));
        teamError = grid.add("call-team", Messages.text("calls.form.theirTeam"), team, null);
        staffIdError = grid.add("call-staff-id", Messages.text("calls.form.staffId"), staffId,
                Messages.text("calls.form.ifTheyGaveOne"));
        saidError = grid.add("call-said", Messages.text("calls.form.whatWasSaid"), said,
                Messages.text("calls.form.inYourOwnWordsNote"));
        // Right after what was said, where the parent has the call in mind: at the form's end it sat three screens
        // down at 1366 x 768 and went unseen. Optional: a call about something else may be saved unanswered, and an unanswered call is never taken as a
        // report of the missed payments (Call#reportsMissedPayments).
        UnchosenPrompt.on(told, Messages.text("calls.form.chooseToldMissedPayments"));
        grid.add("call-told-missed-payments", Messages.text("calls.form.toldMissedPayments"), told,
                Messages.text("calls.form.toldMissedPaymentsHint"));
        promisedError = grid.add("call-promised", Messages.text("calls.form.whatTheyPromised"), promised, null);
        promisedByError = grid.add("call-promised-by", Messages.text("calls.form.promisedBy"), promisedBy.field(),
                Messages.text("calls.form.promisedByHint"));
        // Reviewer 7: told "within 10 working days", a parent types her own count here, and the letters then said the
        // CMS gave that date. The hint says the date may be hers, and counts from the call on the one calendar.
        FormGrid.hintOf(promisedBy.field()).ifPresent(hint -> {
            hint.setId("call-promised-by-hint");
            hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            date.field().getEditor().textProperty().addListener((obs, old, now) -> hint.setText(promisedByHint()));
            date.field().valueProperty().addListener((obs, old, now) -> hint.setText(promisedByHint()));
            hint.setText(promisedByHint());
        });
        outcomeError = grid.add("call-outcome", Messages.text("calls.form.outcome"), outcome,
                Messages.text("calls.form.outcomeHint"));
        followUpError = grid.add("call-follow-up", Messages.text("calls.form.followUpOn"), followUp.field(),
                Messages.text("calls.form.whenToChaseOrCheck"));
        grid.add("call-follow-up-done", "", followUpDone, null);
        grid.add("call-promise-kept", "", promiseKept, null);
        followUpDone.setAccessibleText(Messages.text("calls.form.iHaveFollowedThisCall"));
        promiseKept.setAccessibleText(Messages.text("calls.form.theCmsDidWhatThey"));
        // The first thing typed in a new form, whichever field, asks about the day and time as they stand.
        List.<javafx.beans.Observable>of(direction.valueProperty(), number.textProperty(), spokeTo.textProperty(),
                team.textProperty(), staffId.textProperty(), said.textProperty(), promised.textProperty(),
                promisedBy.field().getEditor().textProperty(), outcome.textProperty(), told.valueProperty(),
                followUp.field().getEditor().textProperty(), followUpDone.selectedProperty(),
                promiseKept.selectedProperty()).forEach(answer -> answer.addListener(o -> checkWhen()));
        asFilled.whenFilled(this::checkWhen);
    }

    /** A new call's form, filled in by itself (now), until another call is shown. */
    private boolean newForm;
    /** Save was pressed since the form was last filled in. */
    private boolean saveTried;

    /**
     * Empties the form for a new call: now, and nobody chosen as having called. The helpline is filled in only once
     * the parent chooses "I called the CMS".
     */
    void startNew(String helpline) {
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        newForm = true;
        saveTried = false;
        date.set(now.toLocalDate());
        time.setText(now.toLocalTime().toString());
        whoCalled.startNew(helpline);
        List.of(spokeTo, team, staffId).forEach(TextField::clear);
        List.of(said, promised, outcome).forEach(TextArea::clear);
        told.setValue(null);
        promisedBy.set(null);
        followUp.set(null);
        followUpDone.setSelected(false);
        promiseKept.setSelected(false);
        clearProblems();
        asFilled.filled();
    }

    /**
     * The helpline, once known: filled in if the parent has already said they called the CMS and typed no number.
     * An untouched new form has nobody chosen, so nothing is filled in and it stays untouched.
     */
    void offerNumber(String helpline) {
        whoCalled.helplineKnown(helpline);
    }

    void show(Call call) {
        newForm = false;
        saveTried = false;
        date.set(call.happenedAt().toLocalDate());
        time.setText(call.happenedAt().toLocalTime().withSecond(0).withNano(0).toString());
        whoCalled.show(call.direction(), call.number());
        spokeTo.setText(call.spokeTo());
        team.setText(call.team());
        staffId.setText(call.staffId());
        said.setText(call.whatWasSaid());
        promised.setText(call.promised());
        promisedBy.set(call.promisedBy().orElse(null));
        outcome.setText(call.outcome());
        told.setValue(call.toldMissedPayments().orElse(null));
        followUp.set(call.followUpOn().orElse(null));
        followUpDone.setSelected(call.followUpDone());
        promiseKept.setSelected(call.promiseKept());
        clearProblems();
        asFilled.filled();
    }

    /**
     * Brings "Did you tell them about missed payments?" into view and puts the keyboard on it, once the form is laid
     * out and the work under way ({@code work}) has come back: the call was opened from the Overview's to-do asking
     * for the answer.
     */
    void bringToldIntoView(javafx.beans.value.ObservableIntegerValue work) {
        uk.cml.ui.common.SettledInView.bring(told, work);
    }

    /** True when anything has been typed or chosen since the form was filled in: leaving would lose it. */
    boolean hasUnsavedTyping() {
        return asFilled.changed();
    }

    private List<Object> answers() {
        return List.of(date.date(), date.hasUnreadableText(), time.getText(),
                Optional.ofNullable(direction.getValue()), number.getText(), spokeTo.getText(), team.getText(),
                staffId.getText(), said.getText(), promised.getText(), promisedBy.date(),
                promisedBy.hasUnreadableText(), outcome.getText(), Optional.ofNullable(told.getValue()),
                followUp.date(), followUp.hasUnreadableText(), followUpDone.isSelected(), promiseKept.isSelected());
    }

    /** From now on {@code drafts} keeps what is typed here, for the record {@code record} names (see DraftKeeper). */
    uk.cml.ui.common.KeptForm keptBy(uk.cml.ui.common.DraftKeeper drafts, java.util.function.Supplier<String> record) {
        return drafts.keep("call", record, asFilled, grid);
    }

    /** The phone hours from the address book, so the check uses what the parent sees there. */
    void setPhoneHours(PhoneHours hours) {
        phoneHours = hours;
        checkWhen();
    }

    /**
     * As the date or time changes: a message already shown is checked again (so a corrected time loses its red at
     * once, not at the next Save), a call in the future is said to be impossible straight away, beside the field
     * that makes it so, and the question about the CMS's hours is asked only of a call that could have happened.
     */
    private void whenChanged() {
        if (dateError.isVisible() || dateInFuture()) {
            FormGrid.show(dateError, dateProblem());
        }
        if (timeError.isVisible() || timeInFuture()) {
            FormGrid.show(timeError, timeProblem());
        }
        checkWhen();
    }

    /** The date's one problem: missing, unreadable, or in the future. */
    private Optional<String> dateProblem() {
        return EvidenceRules.pastDate(date.date(), date.hasUnreadableText(), LocalDate.now(clock));
    }

    /** The time's one problem: missing, unreadable, or later today (a later day is the date's problem, not its). */
    private Optional<String> timeProblem() {
        Optional<String> problem = EvidenceRules.time(time.getText());
        if (problem.isPresent() || dateProblem().isPresent()) {
            return problem;
        }
        return EvidenceRules.whenCalled(when(), LocalDateTime.now(clock));
    }

    private boolean dateInFuture() {
        return !date.hasUnreadableText() && date.date().filter(d -> d.isAfter(LocalDate.now(clock))).isPresent();
    }

    private boolean timeInFuture() {
        return dateProblem().isEmpty() && EvidenceRules.parseTime(time.getText()).isPresent()
                && when().isAfter(LocalDateTime.now(clock));
    }

    /**
     * "The date they gave, or your count of it.", with 5 and 10 working days from the call's day counted (the spans
     * the CMS most often gives) when the day can be read.
     */
    private String promisedByHint() {
        Optional<LocalDate> day = calendar == null || date.hasUnreadableText() ? Optional.empty() : date.date();
        return day.map(d -> Messages.text("calls.form.promisedByHintCount",
                uk.cml.domain.calendar.CalendarText.dayAndDate(calendar.workingDaysAfter(d, 5)),
                uk.cml.domain.calendar.CalendarText.dayAndDate(calendar.workingDaysAfter(d, 10))))
                .orElse(Messages.text("calls.form.promisedByHint"));
    }

    /** Asks, without blocking the save, about a call logged when the CMS's lines are shut. */
    private void checkWhen() {
        Optional<LocalDate> day = date.date();
        Optional<LocalTime> at = EvidenceRules.parseTime(time.getText());
        // A call in the future cannot be saved: asking "was this call on Sunday? save it as it is" beside the
        // message saying so gave the parent two answers at once.
        // Nor of a new form nobody has touched: "Was this call at 07:42?" about the moment the form was opened asked
        // about a call nobody had logged. Once the parent types anything, or presses Save, the day and time are asked
        // about as they stand, filled in or typed: a call logged on Sunday for Friday, the date left as it was, is
        // the one the question is for.
        boolean untouched = newForm && !saveTried && !hasUnsavedTyping();
        Optional<String> question = day.isEmpty() || at.isEmpty() || dateInFuture() || timeInFuture() || untouched
                ? Optional.empty() : CallTimeCheck.question(day.get().atTime(at.get()), phoneHours, calendar);
        whenCheck.setText(question.orElse(""));
        whenCheck.setVisible(question.isPresent());
    }

    /** The call as typed, or empty after showing each problem beside its field. */
    Optional<Call> read(long id, long caseId) {
        saveTried = true;
        checkWhen();
        boolean ok = FormGrid.show(dateError, dateProblem());
        ok &= FormGrid.show(timeError, timeProblem());
        ok &= FormGrid.show(directionError, whoCalled.problem());
        ok &= FormGrid.show(numberError, whoCalled.numberProblem());
        ok &= FormGrid.show(spokeToError, EvidenceRules.shortText(spokeTo.getText()));
        ok &= FormGrid.show(teamError, EvidenceRules.shortText(team.getText()));
        ok &= FormGrid.show(staffIdError, EvidenceRules.shortText(staffId.getText()));
        ok &= FormGrid.show(saidError, EvidenceRules.longText(said.getText(), true,
                Messages.text("calls.form.writeDownWhatWasSaid")));
        ok &= FormGrid.show(promisedError, EvidenceRules.longText(promised.getText(), false, ""));
        ok &= FormGrid.show(promisedByError, EvidenceRules.optionalDate(promisedBy.hasUnreadableText()));
        ok &= FormGrid.show(outcomeError, EvidenceRules.longText(outcome.getText(), false, ""));
        ok &= FormGrid.show(followUpError, EvidenceRules.optionalDate(followUp.hasUnreadableText()));
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Call(id, caseId, when(), direction.getValue(), number.getText(), spokeTo.getText(),
                team.getText(), staffId.getText(), said.getText(), promised.getText(), promisedBy.date(),
                outcome.getText(), followUp.date(), followUpDone.isSelected(), promiseKept.isSelected(), null,
                Optional.ofNullable(told.getValue())));
    }

    private LocalDateTime when() {
        LocalTime at = EvidenceRules.parseTime(time.getText()).orElseThrow();
        return date.date().orElseThrow().atTime(at);
    }

    private void clearProblems() {
        List.of(dateError, timeError, directionError, numberError, spokeToError, teamError, staffIdError, saidError, promisedError,
                promisedByError, outcomeError, followUpError).forEach(l -> FormGrid.show(l, Optional.empty()));
    }

    /** The question about when the call was; shown beside the Save button, so it is seen before saving. */
    Label whenCheck() {
        return whenCheck;
    }

    FormGrid view() {
        return grid;
    }
}
