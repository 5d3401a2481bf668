package uk.cml.ui.settings;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Appearance;
import uk.cml.ui.common.Messages;

/** Settings' choice of light, dark or the computer's own setting; the change shows at once. */
public final class AppearanceSetting {

    private final VBox view;

    /**
     * @param chosen saves the choice and switches the theme (asking the computer, off the FX thread, for "Same as
     *               this computer")
     */
    public AppearanceSetting(Appearance current, Consumer<Appearance> chosen) {
        Label heading = new Label(Messages.text("settings.appearanceSetting.howTheAppLooks"));
        heading.getStyleClass().add("heading");
        Label label = new Label(Messages.text("settings.appearanceSetting.colours"));
        ChoiceBox<Appearance> choice = new ChoiceBox<>();
        choice.getItems().setAll(Appearance.values());
        choice.setValue(current);
        choice.setId("settings-appearance");
        choice.setAccessibleText(Messages.text("settings.appearanceSetting.coloursLightDarkOrThe"));
        label.setLabelFor(choice);
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                chosen.accept(now);
            }
        });
        Label hint = new Label(Messages.text("settings.appearanceSetting.sameAsThisComputerFollows"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        HBox row = new HBox(10, label, choice);
        row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT); // "Colours" on the line of the choice
        row.getStyleClass().add("setting-row");
        view = new VBox(8, heading, row, hint);
    }

    public Node view() {
        return view;
    }
}
