package uk.cml.ui.settings;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Appearance;

/** Settings' choice of light, dark or the computer's own setting; the change shows at once. */
public final class AppearanceSetting {

    private final VBox view;

    /**
     * @param chosen saves the choice and switches the theme (asking the computer, off the FX thread, for "Same as
     *               this computer")
     */
    public AppearanceSetting(Appearance current, Consumer<Appearance> chosen) {
        Label heading = new Label("How the app looks");
        heading.getStyleClass().add("heading");
        Label label = new Label("Colours");
        ChoiceBox<Appearance> choice = new ChoiceBox<>();
        choice.getItems().setAll(Appearance.values());
        choice.setValue(current);
        choice.setId("settings-appearance");
        choice.setAccessibleText("Colours: light, dark or the same as this computer");
        label.setLabelFor(choice);
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                chosen.accept(now);
            }
        });
        Label hint = new Label("\"Same as this computer\" follows your computer's light or dark setting when the app "
                + "opens.");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        HBox row = new HBox(10, label, choice);
        row.getStyleClass().add("setting-row");
        view = new VBox(8, heading, row, hint);
    }

    public Node view() {
        return view;
    }
}
