package uk.cml.ui.overview;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.domain.todo.TodoItem;
import uk.cml.ui.common.Messages;
import uk.cml.ui.shell.Navigator;

/** "What needs doing", gathered from every area, oldest first, each with a button that does it on its own page. */
final class TodoList extends VBox {

    private final Navigator navigator;
    /** The parent says a to-do needs nothing doing (see {@link OverviewModel#dismiss}). */
    private final java.util.function.Consumer<TodoItem> dismiss;
    private final Label heading = new Label(Messages.text("overview.todoList.whatNeedsDoing"));

    TodoList(Navigator navigator, java.util.function.Consumer<TodoItem> dismiss) {
        this.navigator = navigator;
        this.dismiss = dismiss;
        heading.getStyleClass().add("heading");
        setId("overview-todos");
        getStyleClass().add("card");
    }

    void show(List<TodoItem> items) {
        getChildren().setAll(heading);
        if (items.isEmpty()) {
            Label none = new Label(Messages.text("overview.todoList.nothingNeedsDoingToday"));
            none.setId("overview-todo-none");
            getChildren().add(none);
            return;
        }
        int n = 0;
        for (TodoItem item : items) {
            TodoActions.Action action = TodoActions.of(item);
            Label what = new Label(TodoLine.of(item));
            what.setWrapText(true);
            what.setId("overview-todo-" + n);
            Button go = new Button(action.label());
            go.setId("overview-todo-open-" + n++);
            go.setMinWidth(Region.USE_PREF_SIZE);
            go.setAccessibleText(Messages.text("overview.todoList.actionFor", action.label(), item.what()));
            go.setOnAction(e -> navigator.go(action.destination()));
            javafx.scene.Node buttons = go;
            if (OverviewModel.dismissable(item)) {
                // A decision may leave the amount as it was: the parent says so, and the to-do goes (kept, with history).
                Button unchanged = new Button(Messages.text("overview.todoActions.amountDidNotChange"));
                unchanged.setId("overview-todo-dismiss-" + (n - 1));
                unchanged.setMinWidth(Region.USE_PREF_SIZE);
                unchanged.setAccessibleText(Messages.text("overview.todoList.actionFor", unchanged.getText(),
                        item.what()));
                unchanged.setOnAction(e -> {
                    unchanged.setDisable(true);
                    dismiss.accept(item);
                });
                javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(8, go, unchanged);
                both.setAlignment(Pos.CENTER_RIGHT);
                both.setMinWidth(Region.USE_PREF_SIZE);
                buttons = both;
            }
            BorderPane row = new BorderPane(what, null, buttons, null, null);
            BorderPane.setAlignment(what, Pos.CENTER_LEFT);
            BorderPane.setAlignment(buttons, Pos.CENTER_RIGHT);
            // Room between the sentence and its button: without it the words ran up against the button's edge.
            BorderPane.setMargin(buttons, new Insets(0, 0, 0, 16));
            getChildren().add(row);
        }
    }
}
