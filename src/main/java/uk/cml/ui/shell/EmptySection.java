package uk.cml.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A page with nothing in it yet: it says what will be there and offers the first thing to do. */
public final class EmptySection extends NamedSection {

    private final VBox view;

    public EmptySection(String key, String title, String whatGoesHere, String actionText, Runnable action) {
        super(key, title);
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        Label explanation = new Label(whatGoesHere);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("empty-text");
        explanation.setId(key + "-empty-text");
        view = new VBox(14, heading, explanation);
        if (actionText != null) {
            Button first = new Button(actionText);
            first.setId(key + "-first-action");
            first.getStyleClass().add("primary");
            first.setOnAction(e -> action.run());
            view.getChildren().add(first);
        }
        view.setAlignment(Pos.TOP_LEFT);
        view.getStyleClass().add("empty-section");
    }

    @Override
    public Node view() {
        return view;
    }
}
