package uk.cml.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The small screens the window shows instead of the records: already open elsewhere, a problem, a restore done. */
final class StartScreens {

    private StartScreens() {
    }

    /** A second copy: calm, small, and only a Close button. */
    static Parent alreadyOpen(Stage stage) {
        Label text = new Label("Its window has been brought to the front. Only one copy can be open at a time, so "
                + "that nothing is saved twice.");
        text.setMaxWidth(400);
        Parent box = screen(stage, "Child Maintenance Log is already open", text, "Close", 14, 24);
        box.lookup(".title").setId("already-open");
        box.lookup("#screen-close").setId("already-open-close");
        return box;
    }

    static Parent problem(Stage stage, String message) {
        Label text = new Label(message);
        text.setId("startup-problem");
        text.setMaxWidth(520);
        Parent box = screen(stage, "Your records could not be opened", text, "Close", 18, 40);
        box.lookup("#screen-close").setId("startup-close");
        return box;
    }

    /** After a restore the records are closed: say so, and offer only closing the app. */
    static Parent restored(Stage stage, String message) {
        Label text = new Label(message);
        text.setId("restored-message");
        text.setMaxWidth(560);
        Parent box = screen(stage, "Your backup has been restored", text, "Close the app", 18, 40);
        box.lookup("#screen-close").setId("restored-close");
        return box;
    }

    private static Parent screen(Stage stage, String title, Label text, String closeText, double gap, double padding) {
        text.setWrapText(true);
        Button close = new Button(closeText);
        close.setId("screen-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        VBox box = new VBox(gap, heading, text, close);
        box.setPadding(new Insets(padding));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
