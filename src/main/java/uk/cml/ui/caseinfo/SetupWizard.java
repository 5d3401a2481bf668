package uk.cml.ui.caseinfo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;

/**
 * The first-run questions, one short page at a time. Every answer lives in the draft, so Back and
 * Cancel never lose what was typed. The wizard saves nothing itself: the caller does, off the FX thread.
 */
public final class SetupWizard {

    private record Step(String title, String intro, Node content, BooleanSupplier check, Runnable onShow) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final BorderPane view = new BorderPane();
    private final StackPane page = new StackPane();
    private final Label stepTitle = new Label();
    private final Label stepIntro = new Label();
    private final Label stepCount = new Label();
    /** On the first run's first step: where the parent's name, address and NI number go (nowhere but here). */
    private final Label staysHere = new Label(Messages.text("caseinfo.setupWizard.staysOnThisComputer"));
    private final Label status = new Label();
    private final Button back = new Button(Messages.text("caseinfo.setupWizard.back"));
    private final Button next = new Button(Messages.text("caseinfo.setupWizard.next"));
    private final Button cancel = new Button(Messages.text("caseinfo.setupWizard.cancel"));
    private final Button closeNow = new Button(Messages.text("caseinfo.setupWizard.close"));
    private final Button keepGoing = new Button(Messages.text("caseinfo.setupWizard.keepGoing"));
    private final Label cancelNote = new Label();
    /**
     * Cancel, Back and Next from left to right, but Tab reaches Next first, then Back, then Cancel: a grid places
     * them by column, and Tab follows the order they were added in. In a row Tab went from the last answer to
     * "Close for now", where Enter asked about closing instead of moving on.
     */
    private final GridPane buttons = new GridPane();
    private final HBox cancelBar = new HBox(10);
    private final CaseDraft draft;
    private final boolean firstRun;
    private int current;
    /** Set by a "Change" link on the check page: Next then goes straight back there. */
    private boolean returnToCheck;

    /**
     * A page another feature adds before "Check your answers" (the privacy questions, say). Its answers are read
     * back there as a part of their own, under its title, with a "Change" link ({@code summary-change-<id>}).
     */
    public record ExtraStep(String id, String title, String intro, Node content, BooleanSupplier check,
                            Runnable onShow, Supplier<List<CaseSummary.Answer>> answers) {
    }

    /**
     * @param askAboutMe false when adding another case: the parent's own details are already known
     */
    public SetupWizard(CaseDraft draft, boolean askAboutMe, Clock clock, Consumer<CaseDraft> onFinish,
                       Consumer<CaseDraft> onCancel) {
        this(draft, askAboutMe, clock, List.of(), onFinish, onCancel);
    }

    public SetupWizard(CaseDraft draft, boolean askAboutMe, Clock clock, List<ExtraStep> extraSteps,
                       Consumer<CaseDraft> onFinish, Consumer<CaseDraft> onCancel) {
        this.draft = draft;
        this.firstRun = askAboutMe;
        int[] stepOf = new int[CaseSummary.Part.values().length];
        if (askAboutMe) {
            stepOf[CaseSummary.Part.ME.ordinal()] = steps.size();
            MyDetailsForm me = new MyDetailsForm(draft);
            steps.add(new Step(Messages.text("caseinfo.caseSummary.aboutYou"),
                    Messages.text("caseinfo.setupWizard.yourNameAndAddressGo"),
                    me.view(), me::validate, () -> me.firstField().requestFocus()));
        }
        stepOf[CaseSummary.Part.OTHER_PARENT.ordinal()] = steps.size();
        OtherParentForm other = new OtherParentForm(draft);
        steps.add(new Step(Messages.text("caseinfo.caseSummary.theOtherParent"),
                Messages.text("caseinfo.setupWizard.theParentWhoShouldBe"),
                other.view(), other::validate, () -> other.firstField().requestFocus()));
        stepOf[CaseSummary.Part.CHILDREN.ordinal()] = steps.size();
        ChildrenForm children = new ChildrenForm(draft, clock);
        steps.add(new Step(Messages.text("caseinfo.caseSummary.yourChildren"),
                Messages.text("caseinfo.setupWizard.theChildrenTheMaintenanceIs"), children.view(),
                children::validate, () -> children.firstField().requestFocus()));
        stepOf[CaseSummary.Part.ARRANGEMENT.ordinal()] = steps.size();
        ArrangementForm arrangement = new ArrangementForm(draft);
        steps.add(new Step(Messages.text("caseinfo.caseSummary.howMaintenanceIsArranged"),
                Messages.text("caseinfo.setupWizard.thisDecidesWhatTheCms"),
                arrangement.view(), arrangement::validate, () -> arrangement.firstField().requestFocus()));
        stepOf[CaseSummary.Part.PLAN.ordinal()] = steps.size();
        PlanForm plan = new PlanForm(draft, clock, next::fire);
        steps.add(new Step(Messages.text("caseinfo.caseSummary.whatShouldBePaid"),
                Messages.text("caseinfo.setupWizard.howMuchTheOtherParent"), plan.view(), plan::validate,
                () -> plan.firstField().requestFocus()));
        List<CaseSummary.ExtraPart> extraParts = new ArrayList<>();
        for (ExtraStep extra : extraSteps) {
            int at = steps.size();
            steps.add(new Step(extra.title(), extra.intro(), extra.content(), extra.check(), extra.onShow()));
            extraParts.add(new CaseSummary.ExtraPart(extra.id(), extra.title(), extra.answers(), () -> {
                returnToCheck = true;
                go(at);
            }));
        }
        CaseSummary summary = new CaseSummary(draft, askAboutMe, clock, part -> {
            returnToCheck = true;
            go(stepOf[part.ordinal()]);
        }, extraParts);
        steps.add(new Step(Messages.text("caseinfo.setupWizard.checkYourAnswers"),
                Messages.text("caseinfo.setupWizard.youCanChangeAnyOf"),
                summary.view(), () -> true, () -> {
                    summary.refresh();
                    next.requestFocus();
                }));

        back.setId("setup-back");
        next.setId("setup-next");
        cancel.setId("setup-cancel");
        next.setDefaultButton(true);
        cancel.setCancelButton(true);
        back.setOnAction(e -> {
            // Back leaves this step unchecked, so Next must walk through it again rather than jump to the check
            // page: an answer left wrong there (an amount that is not an amount) would reach the check unchecked.
            returnToCheck = false;
            go(current - 1);
        });
        next.setOnAction(e -> {
            if (!steps.get(current).check().getAsBoolean()) {
                status.setText(Messages.text("caseinfo.setupWizard.pleaseCheckTheAnswersMarked"));
                FirstProblem.reveal(page);
                return;
            }
            if (current == steps.size() - 1) {
                setBusy(true, Messages.text("caseinfo.setupWizard.savingYourAnswers"));
                onFinish.accept(draft);
            } else if (returnToCheck) {
                go(steps.size() - 1);
            } else {
                go(current + 1);
            }
        });
        cancel.setOnAction(e -> askBeforeClosing());
        closeNow.setId("setup-cancel-close");
        closeNow.setOnAction(e -> onCancel.accept(draft));
        keepGoing.setId("setup-cancel-keep-going");
        keepGoing.setOnAction(e -> view.setBottom(buttons));
        cancelNote.setId("setup-cancel-note");
        cancelNote.setWrapText(true);
        cancelNote.setText(askAboutMe
                ? Messages.text("caseinfo.setupWizard.closeSetUpForNow")
                : Messages.text("caseinfo.setupWizard.stopAddingThisCaseNothing"));
        if (askAboutMe) {
            // On the first run there is nothing behind set-up to go back to: these close the app, and say so.
            cancel.setText(Messages.text("caseinfo.setupWizard.closeForNow"));
            closeNow.setText(Messages.text("caseinfo.setupWizard.closeTheApp"));
        }
        // Enter on any question goes Next, even from a button such as "Add another child" (Space still presses it).
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && view.getBottom() == buttons && !next.isDisabled()
                    && !(e.getTarget() instanceof javafx.scene.control.TextArea) && !pressesItself(e.getTarget())) {
                e.consume();
                next.fire();
            }
        });
        // Once every answer marked in red has been changed, "check the answers marked in red" points at nothing.
        page.addEventFilter(KeyEvent.KEY_RELEASED, e -> forgetRefusalOnceNothingIsRed());
        page.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> forgetRefusalOnceNothingIsRed());
        // A choice picked from a drop-down's list ("How often") is released in the list's own window, not here.
        page.addEventFilter(javafx.event.ActionEvent.ACTION, e -> forgetRefusalOnceNothingIsRed());
        layout(askAboutMe);
        go(0);
    }

    private void forgetRefusalOnceNothingIsRed() {
        Platform.runLater(() -> {
            if (status.getText().equals(Messages.text("caseinfo.setupWizard.pleaseCheckTheAnswersMarked"))
                    && !FormGrid.anyProblemShown(page)) {
                status.setText("");
            }
        });
    }

    /** A "Change" link, Back or Cancel under the keyboard does its own thing on Enter. */
    private boolean pressesItself(Object target) {
        return target instanceof javafx.scene.control.Hyperlink || target == back || target == cancel;
    }

    /** Cancel first says what happens to the answers, so closing never comes as a surprise. */
    private void askBeforeClosing() {
        view.setBottom(cancelBar);
        keepGoing.requestFocus();
    }

    private void layout(boolean firstRun) {
        // The page holder goes in before the buttons and stays there, so Tab and the first focus reach the
        // questions first (replacing a BorderPane's centre would move it after the buttons).
        view.setCenter(page);
        Label welcome = new Label(firstRun ? Messages.text("caseinfo.setupWizard.welcomeToChildMaintenanceLog")
                : Messages.text("caseinfo.setupWizard.addAnotherCase"));
        welcome.getStyleClass().add("title");
        stepTitle.getStyleClass().add("heading");
        stepTitle.setId("setup-step-title");
        stepIntro.setWrapText(true);
        stepCount.getStyleClass().add("field-hint");
        stepCount.setId("setup-step-count");
        staysHere.setId("setup-stays-here");
        staysHere.setWrapText(true);
        VBox header = new VBox(6, welcome, stepCount, stepTitle, stepIntro, staysHere);
        header.getStyleClass().add("page-top");
        status.setId("setup-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        Region gap = new Region();
        buttons.setHgap(10);
        buttons.add(next, 4, 0);
        buttons.add(back, 3, 0);
        buttons.add(cancel, 0, 0);
        buttons.add(status, 1, 0);
        buttons.add(gap, 2, 0);
        GridPane.setHgrow(gap, Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_LEFT);
        cancelBar.setAlignment(Pos.CENTER_LEFT);
        for (Region bar : List.of(buttons, cancelBar)) {
            bar.getStyleClass().addAll("button-bar", "setup-bar");
        }
        HBox.setHgrow(cancelNote, Priority.ALWAYS);
        keepGoing.setDefaultButton(true);
        keepGoing.setCancelButton(true);
        cancelBar.getChildren().setAll(cancelNote, closeNow, keepGoing);
        cancelBar.setId("setup-cancel-bar");
        view.setTop(header);
        view.setBottom(buttons);
        view.getStyleClass().add("setup");
        view.setId("setup-wizard");
    }

    private void go(int index) {
        current = Math.max(0, Math.min(index, steps.size() - 1));
        Step step = steps.get(current);
        stepTitle.setText(step.title());
        stepIntro.setText(step.intro());
        staysHere.setVisible(firstRun && current == 0);
        staysHere.setManaged(staysHere.isVisible());
        stepCount.setText(Messages.text("caseinfo.setupWizard.stepOf", (current + 1), steps.size()));
        status.setText("");
        ScrollPane scroll = new ScrollPane(step.content());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "setup-scroll");
        page.getChildren().setAll(scroll);
        focusWhenShown(scroll, step.onShow());
        back.setDisable(current == 0);
        if (current == steps.size() - 1) {
            returnToCheck = false;
        }
        next.setText(current == steps.size() - 1 ? Messages.text("caseinfo.setupWizard.saveAndStart") : returnToCheck
                ? Messages.text("caseinfo.setupWizard.checkYourAnswers") : Messages.text("caseinfo.setupWizard.next"));
    }

    /**
     * The step's fields join the scene only when the scroll pane gets its skin, during a layout pulse; asking
     * for focus before then does nothing, and JavaFX would give the first focus to a button instead.
     */
    private static void focusWhenShown(ScrollPane scroll, Runnable onShow) {
        if (scroll.getSkin() != null) {
            onShow.run();
            return;
        }
        scroll.skinProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable skin) {
                scroll.skinProperty().removeListener(this);
                Platform.runLater(onShow);
            }
        });
    }

    /** Called by the owner when saving failed: the answers are still all here. */
    public void saveFailed(String message) {
        setBusy(false, message);
    }

    private void setBusy(boolean busy, String message) {
        next.setDisable(busy);
        back.setDisable(busy || current == 0);
        cancel.setDisable(busy);
        status.setText(message);
    }

    public BorderPane view() {
        return view;
    }

    public CaseDraft draft() {
        return draft;
    }
}
