package uk.cml.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Messages;

/**
 * The calm banner across the top of the main window when the check made after opening found something that does not
 * match ({@link StartCheckModel}): what was found (the first thing in full: which record, what its history keeps and
 * what it says now), that nothing was changed, and a way to Check records. Binds to the
 * model; takes no room while it has nothing to say.
 */
public final class StartCheckBanner extends HBox {

    /**
     * @param openCheck takes the parent to Check records, showing what the check found
     */
    public StartCheckBanner(StartCheckModel model, Runnable openCheck) {
        super(16);
        setId("start-check-banner");
        getStyleClass().add("start-check-banner");
        setAlignment(Pos.CENTER_LEFT);
        Label heading = wrapped("start-check-heading");
        heading.getStyleClass().add("subheading");
        heading.textProperty().bind(model.heading());
        Label found = wrapped("start-check-found");
        found.textProperty().bind(model.found());
        Label finding = wrapped("start-check-finding");
        finding.getStyleClass().add("start-check-finding");
        finding.textProperty().bind(model.finding());
        Label whatToDo = wrapped("start-check-what-to-do");
        whatToDo.textProperty().bind(model.whatToDo());
        VBox words = new VBox(4, heading, found, finding, whatToDo);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button open = new Button(Messages.text("shell.startCheck.open"));
        open.setId("start-check-open");
        open.getStyleClass().add("primary");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> {
            model.hide();
            openCheck.run();
        });
        Button hide = new Button(Messages.text("shell.startCheck.hide"));
        hide.setId("start-check-hide");
        hide.setAccessibleText(Messages.text("shell.startCheck.hideHint"));
        hide.setMinWidth(Region.USE_PREF_SIZE);
        hide.setOnAction(e -> model.hide());
        getChildren().addAll(words, open, hide);
        visibleProperty().bind(model.shown());
        managedProperty().bind(model.shown());
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        // Wrapped text keeps its full height, or the last line is cut to "...".
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
