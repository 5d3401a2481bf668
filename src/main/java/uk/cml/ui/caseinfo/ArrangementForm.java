package uk.cml.ui.caseinfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import uk.cml.domain.CmsReference;
import uk.cml.domain.UkDates;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.store.CorrectedDays;
import uk.cml.ui.common.DateInput;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;

/** How maintenance is arranged, and the CMS reference when the CMS is involved. */
public final class ArrangementForm {

    private final CaseDraft draft;
    private final ToggleGroup choice = new ToggleGroup();
    private final TextField reference = new TextField();
    private final CheckBox later = new CheckBox(Messages.text("caseinfo.arrangementForm.referenceLater"));
    private final TextField fee = new TextField();
    /** Beside the choices while none is chosen: the app never chooses how maintenance is arranged for the parent. */
    private final Label choiceError;
    private final Label referenceError;
    private final Label feeError;
    private final DateInput feeFrom = new DateInput();
    private final Label feeFromError;
    private final BooleanBinding feeChanged;
    private final DateInput movedOn = new DateInput();
    private final Label movedOnError;
    private final BooleanBinding moving;
    private final LatestChangeDay latestMove;
    private final LatestChangeDay latestRate;
    private final VBox view;
    private final RadioButton firstOption;

    public ArrangementForm(CaseDraft draft) {
        this.draft = draft;
        VBox options = new VBox(10);
        RadioButton first = null;
        for (Arrangement arrangement : Arrangement.values()) {
            RadioButton option = new RadioButton(arrangement.label());
            option.setId("arrangement-" + arrangement.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            option.setUserData(arrangement);
            option.setToggleGroup(choice);
            option.setAccessibleText(arrangement.label() + ". " + arrangement.explanation());
            Label explanation = new Label(arrangement.explanation());
            explanation.getStyleClass().add("field-hint");
            explanation.setWrapText(true);
            options.getChildren().add(new VBox(2, option, explanation));
            if (arrangement == draft.arrangement.get()) {
                option.setSelected(true);
            }
            first = first == null ? option : first;
        }
        this.firstOption = first;
        // For a parent not sure which applies: the one question that tells the three apart, in plain words.
        Label notSure = new Label(Messages.text("caseinfo.arrangementForm.notSure"));
        notSure.setId("arrangement-not-sure");
        notSure.getStyleClass().add("field-hint");
        notSure.setWrapText(true);
        options.getChildren().add(notSure);
        choiceError = FormGrid.errorLabel("arrangement", first);
        options.getChildren().add(choiceError);
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                draft.arrangement.set((Arrangement) now.getUserData());
                FormGrid.show(choiceError, Optional.empty());
            }
        });
        // The CMS's own questions wait until the parent says the CMS is involved.
        BooleanBinding cmsChosen = Bindings.createBooleanBinding(draft::involvesCms, draft.arrangement);
        // A saved case moved to another arrangement moved on a day: the dues before it keep the arrangement of theirs.
        moving = Bindings.createBooleanBinding(draft::moving, draft.arrangement);
        FormGrid moveGrid = new FormGrid();
        UkDates.parse(draft.movedOn.get()).ifPresent(movedOn::set);
        movedOnError = moveGrid.add("arrangement-moved-on", Messages.text("caseinfo.arrangementMove.movedOn"),
                movedOn.field(), Messages.text("caseinfo.arrangementMove.movedOnHint"));
        moveGrid.visibleProperty().bind(moving);
        moveGrid.managedProperty().bind(moveGrid.visibleProperty());
        Label soFar = new Label(draft.move.map(ArrangementMove::historyText).orElse(""));
        soFar.setId("arrangement-history");
        soFar.setWrapText(true);
        soFar.getStyleClass().add("field-hint");
        soFar.setVisible(draft.move.isPresent());
        soFar.setManaged(soFar.isVisible());
        latestMove = new LatestChangeDay(new String[] {"arrangement-correct-move", "arrangement-latest-move-on"},
                new String[] {draft.move.map(ArrangementMove::correctLatestMoveText).orElse(""),
                        draft.move.map(ArrangementMove::latestMoveLabel).orElse(""),
                        Messages.text("caseinfo.arrangementMove.latestMoveOnHint")},
                draft.move.map(m -> m.saved().latestSince()).orElse(LocalDate.MIN),
                draft.move.map(ArrangementMove::canCorrectLatestMove).orElse(false), moving);
        reference.textProperty().bindBidirectional(draft.cmsReference);
        fee.textProperty().bindBidirectional(draft.feePercent);
        FormGrid grid = new FormGrid();
        referenceError = grid.add("cms-reference", Messages.text("caseinfo.arrangementForm.cmsCaseReference"),
                reference,
                Messages.text("caseinfo.arrangementForm.the12DigitNumberOn"));
        feeError = grid.add("collection-fee", Messages.text("caseinfo.arrangementForm.collectAndPayFee"), fee,
                Messages.text("caseinfo.arrangementForm.theShareTheCmsKeeps"));
        // A check, never a refusal: references begin with 121 in practice, but an older case's may not.
        Label unusual = new Label();
        unusual.setId("cms-reference-check");
        unusual.getStyleClass().addAll("field-hint", "field-warning");
        unusual.setWrapText(true);
        unusual.managedProperty().bind(unusual.visibleProperty());
        unusual.textProperty().bind(Bindings.createStringBinding(() -> draft.referenceCheck().orElse(""),
                draft.cmsReference, draft.arrangement));
        unusual.visibleProperty().bind(unusual.textProperty().isNotEmpty());
        FormGrid.addUnder(reference, unusual);
        // A warning, never a refusal: two cases may share a reference for a reason, but usually one is mistyped.
        Label same = new Label();
        same.setId("cms-reference-same");
        same.getStyleClass().addAll("field-hint", "field-warning");
        same.setWrapText(true);
        same.managedProperty().bind(same.visibleProperty());
        same.textProperty().bind(Bindings.createStringBinding(() -> draft.sameReferenceAs(reference.getText())
                .map(other -> Messages.text("caseinfo.arrangementForm.sameReference", other.otherParentName()))
                .orElse(""),
                reference.textProperty(), draft.arrangement));
        same.visibleProperty().bind(same.textProperty().isNotEmpty());
        FormGrid.addUnder(reference, same);
        // The parent without the CMS letter to hand says so, and can finish: never an empty reference without it.
        later.setId("cms-reference-later");
        later.selectedProperty().bindBidirectional(draft.referenceLater);
        later.setWrapText(true);
        FormGrid.addUnder(reference, later);
        Label laterNote = new Label(Messages.text("caseinfo.arrangementForm.referenceLaterNote"));
        laterNote.setId("cms-reference-later-note");
        laterNote.getStyleClass().add("field-hint");
        laterNote.setWrapText(true);
        laterNote.visibleProperty().bind(later.selectedProperty());
        laterNote.managedProperty().bind(laterNote.visibleProperty());
        FormGrid.addUnder(reference, laterNote);
        reference.disableProperty().bind(later.selectedProperty());
        later.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                FormGrid.show(referenceError, Optional.empty());
            }
        });
        grid.visibleProperty().bind(cmsChosen);
        grid.managedProperty().bind(grid.visibleProperty());
        // A saved case's new fee starts on a day: the payments before it stay at the rate they came at.
        feeChanged = Bindings.createBooleanBinding(draft::feeChanged, draft.feePercent, draft.arrangement);
        FormGrid fromGrid = new FormGrid();
        UkDates.parse(draft.feeFrom.get()).ifPresent(feeFrom::set);
        feeFromError = fromGrid.add("collection-fee-from", Messages.text("caseinfo.arrangementForm.newFeeFrom"),
                feeFrom.field(), Messages.text("caseinfo.arrangementForm.newFeeFromHint"));
        fromGrid.visibleProperty().bind(feeChanged);
        fromGrid.managedProperty().bind(fromGrid.visibleProperty());
        Label feeSoFar = new Label(Messages.text("caseinfo.arrangementForm.feeSoFar",
                FeeHistoryText.describe(draft.savedFee)));
        feeSoFar.setId("collection-fee-history");
        feeSoFar.setWrapText(true);
        feeSoFar.getStyleClass().add("field-hint");
        if (!draft.savedFee.percentFrom().isEmpty() && fee.getParent() instanceof VBox feeCell) {
            // Under the fee's hint, above its message line: the rates a saved case has had, with their dates.
            feeCell.getChildren().add(feeCell.getChildren().size() - 1, feeSoFar);
        }
        LatestRate rate = new LatestRate(draft.savedFee);
        latestRate = new LatestChangeDay(new String[] {"collection-fee-correct-day", "collection-fee-latest-from"},
                new String[] {rate.correctText(), rate.label(), Messages.text("caseinfo.latestRate.hint")},
                draft.savedFee.latestRateSince(), rate.canCorrect(), feeChanged);
        // Only Collect and Pay has a fee: under Direct Pay the question (greyed, with its three lines) was noise.
        grid.showRow(fee, draft.arrangement.get() == Arrangement.COLLECT_AND_PAY);
        draft.arrangement.addListener((obs, old, now) -> grid.showRow(fee, now == Arrangement.COLLECT_AND_PAY));
        reference.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                showGroupedWhenValid();
            }
        });
        Label privateNote = new Label(Messages.text("caseinfo.arrangementForm.underAPrivateArrangementThe"));
        privateNote.setWrapText(true);
        privateNote.getStyleClass().add("note");
        privateNote.visibleProperty().bind(draft.arrangement.isEqualTo(Arrangement.PRIVATE));
        privateNote.managedProperty().bind(privateNote.visibleProperty());
        VBox feeCorrection = new VBox(16, latestRate.ask(), latestRate.field());
        feeCorrection.visibleProperty().bind(cmsChosen);
        feeCorrection.managedProperty().bind(feeCorrection.visibleProperty());
        view = new VBox(16, options, soFar, latestMove.ask(), latestMove.field(), moveGrid, grid, feeCorrection,
                fromGrid, privateNote);
    }

    public VBox view() {
        return view;
    }

    /** The day the case moved, once {@link #validate} has passed; empty when the arrangement is unchanged. */
    public Optional<LocalDate> moveStart() {
        return moving.get() ? movedOn.date() : Optional.empty();
    }

    /** The corrected first days of the latest move and of the latest rate, once {@link #validate} has passed. */
    public CorrectedDays correctedDays() {
        return new CorrectedDays(latestMove.corrected(), latestRate.corrected());
    }

    /** The day a changed fee starts, once {@link #validate} has passed; empty when the fee is unchanged. */
    public Optional<LocalDate> feeStart() {
        return feeChanged.get() ? feeFrom.date() : Optional.empty();
    }

    /** The chosen arrangement's button, or the first one while none is chosen. */
    public RadioButton firstField() {
        return choice.getSelectedToggle() == null ? firstOption : (RadioButton) choice.getSelectedToggle();
    }

    private void showGroupedWhenValid() {
        var parsed = CmsReference.parse(reference.getText());
        if (parsed.isOk()) {
            reference.setText(parsed.value().grouped());
        }
    }

    public boolean validate() {
        if (!FormGrid.show(choiceError, draft.arrangement.get() == null
                ? Optional.of(Messages.text("caseinfo.arrangementForm.chooseHowArranged")) : Optional.empty())) {
            return false;
        }
        boolean moveOk = FormGrid.show(movedOnError, moving.get() ? draft.move.orElseThrow()
                .problem(movedOn.date(), movedOn.hasUnreadableText()) : Optional.empty());
        moveOk &= latestMove.validate((day, unreadable) -> draft.move.orElseThrow().latestMoveProblem(day, unreadable));
        moveOk &= latestRate.validate(new LatestRate(draft.savedFee)::problem);
        return moveOk & validateCms();
    }

    private boolean validateCms() {
        if (!draft.arrangement.get().involvesCms()) {
            FormGrid.show(referenceError, Optional.empty());
            return FormGrid.show(feeError, Optional.empty());
        }
        boolean ok = FormGrid.show(referenceError, draft.referenceProblem());
        if (ok && !draft.referenceLater.get()) {
            showGroupedWhenValid();
        }
        // The fee is asked only under Collect and Pay (hidden otherwise, so a message there could not be seen).
        ok &= FormGrid.show(feeError, draft.arrangement.get() == Arrangement.COLLECT_AND_PAY
                ? feeProblem(fee.getText()) : Optional.empty());
        return ok & FormGrid.show(feeFromError, feeChanged.get()
                ? feeFromProblem(feeFrom.date(), feeFrom.hasUnreadableText()) : Optional.empty());
    }

    static Optional<String> feeFromProblem(Optional<LocalDate> date, boolean unreadable) {
        if (unreadable) {
            return Optional.of(Messages.text("caseinfo.arrangementForm.feeDateNotReadable"));
        }
        return date.isPresent() ? Optional.empty()
                : Optional.of(Messages.text("caseinfo.arrangementForm.enterTheDateTheNewFee"));
    }

    /**
     * A percentage between 0 and 50 with at most two decimals. A comma is refused, as it is in money (a comma there
     * only ever separates thousands), but the message says what to type: "4,5" gets "4.5".
     */
    static Optional<String> feeProblem(String typed) {
        String text = typed == null ? "" : typed.strip().replace("%", "").strip();
        if (text.contains(",")) {
            return Optional.of(percent(text.replace(',', '.'))
                    .map(p -> Messages.text("caseinfo.arrangementForm.feeUseFullStop", p.toPlainString()))
                    .orElse(Messages.text("caseinfo.arrangementForm.enterAPercentageBetween0")));
        }
        return percent(text).isPresent() ? Optional.empty()
                : Optional.of(Messages.text("caseinfo.arrangementForm.enterAPercentageBetween0"));
    }

    /** The percentage when the text is one the fee can be: 0 to 50, at most two decimals. */
    private static Optional<BigDecimal> percent(String text) {
        try {
            BigDecimal percent = new BigDecimal(text);
            return percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(50)) > 0 || percent.scale() > 2
                    ? Optional.empty() : Optional.of(percent);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
