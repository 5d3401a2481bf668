package uk.cml.ui.overview;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.todo.TodoItem;

/** "What needs doing", gathered from every area, oldest first, each with a button to the page where it is done. */
final class TodoList extends VBox {

    private final Consumer<String> open;
    private final Label heading = new Label("What needs doing");

    TodoList(Consumer<String> open) {
        this.open = open;
        heading.getStyleClass().add("heading");
        setSpacing(8);
        setId("overview-todos");
        getStyleClass().add("card");
    }

    void show(List<TodoItem> items) {
        getChildren().setAll(heading);
        if (items.isEmpty()) {
            Label none = new Label("Nothing needs doing today.");
            none.setId("overview-todo-none");
            getChildren().add(none);
            return;
        }
        int n = 0;
        for (TodoItem item : items) {
            Label what = new Label(UkFormats.shortDate(item.due()) + ": " + item.what());
            what.setWrapText(true);
            what.setId("overview-todo-" + n);
            Button go = new Button("Open");
            go.setId("overview-todo-open-" + n++);
            go.setAccessibleText("Open the page for: " + item.what());
            go.setOnAction(e -> open.accept(item.section()));
            BorderPane row = new BorderPane(what, null, go, null, null);
            BorderPane.setAlignment(what, Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }
}
