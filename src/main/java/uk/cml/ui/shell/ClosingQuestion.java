package uk.cml.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import uk.cml.ui.common.Messages;

/**
 * Asked when the parent closes the window while a form holds typing not yet saved: "Keep what I typed" (the safe
 * answer, on Enter and on Escape, and where the keyboard starts) or "Close without saving". It does not wait: the
 * window stays open until the parent chooses to close.
 */
final class ClosingQuestion {

    private final Window owner;

    ClosingQuestion(Window owner) {
        this.owner = owner;
    }

    /** Asks about typing on the page {@code pageTitle}; runs {@code close} only if the parent chooses to close. */
    void ask(String pageTitle, Runnable close) {
        ButtonType keep = new ButtonType(Messages.text("common.losingQuestion.keepWhatITyped"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType closeAnyway = new ButtonType(Messages.text("shell.closingQuestion.closeWithoutSaving"),
                ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING,
                Messages.text("shell.closingQuestion.notSavedOnPage", pageTitle), closeAnyway, keep);
        alert.initOwner(owner);
        alert.setTitle(owner instanceof javafx.stage.Stage stage ? stage.getTitle() : "");
        alert.setHeaderText(Messages.text("shell.closingQuestion.closeWithoutSavingQuestion"));
        DialogPane pane = alert.getDialogPane();
        pane.setId("closing-question");
        // The app's own look, dark theme included: a dialog's scene does not take its owner's stylesheets.
        if (owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Button keepButton = (Button) pane.lookupButton(keep);
        keepButton.setId("closing-keep-typing");
        keepButton.setDefaultButton(true);
        keepButton.getStyleClass().add("primary");
        Button closeButton = (Button) pane.lookupButton(closeAnyway);
        closeButton.setId("closing-close-anyway");
        closeButton.setDefaultButton(false);
        // Each button as wide as its words: the bar's uniform width cut "Close without saving" short.
        for (Button button : new Button[] {keepButton, closeButton}) {
            ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        pane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.setPrefWidth(480);
        alert.setOnShown(e -> keepButton.requestFocus());
        alert.resultProperty().addListener((obs, old, chosen) -> {
            if (chosen == closeAnyway) {
                close.run();
            }
        });
        uk.cml.ui.common.ScreenFit.dialog(alert).show();
    }
}
