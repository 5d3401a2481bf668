package uk.cml.ui.payments;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Messages;

/** The records moved to the bin, each with a button to put it back. Hidden while the bin is empty. */
final class BinList<T> extends VBox {

    private final String id;
    private final Function<T, String> describe;
    private final Consumer<T> restore;
    private final Label heading;

    BinList(String id, String title, Function<T, String> describe, Consumer<T> restore) {
        this.id = id;
        this.describe = describe;
        this.restore = restore;
        setId(id);
        heading = new Label(title);
        heading.getStyleClass().add("subheading");
        getStyleClass().add("bin-list");
        managedProperty().bind(visibleProperty());
        show(List.of());
    }

    void show(List<T> items) {
        getChildren().setAll(heading);
        int n = 0;
        for (T item : items) {
            Label what = new Label(describe.apply(item));
            what.setWrapText(true);
            Button putBack = new Button(Messages.text("payments.binList.putBack"));
            putBack.setId(id + "-restore-" + n++);
            putBack.setAccessibleText(Messages.text("payments.binList.putBackNamed", what.getText()));
            putBack.setOnAction(e -> restore.accept(item));
            BorderPane row = new BorderPane(what, null, putBack, null, null);
            BorderPane.setAlignment(what, javafx.geometry.Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        setVisible(!items.isEmpty());
    }
}
