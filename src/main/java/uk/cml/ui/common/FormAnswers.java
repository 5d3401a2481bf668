package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;

/**
 * Every answer a page of fields holds, read from the fields themselves (texts, dates as typed, choices, ticks), for
 * {@link AnswersAsFilled}: the Case page's answers are spread over several forms and their corrections of a day, and
 * a list made by hand would miss the next field added.
 */
public final class FormAnswers {

    private FormAnswers() {
    }

    public static List<Object> of(Node root) {
        List<Object> answers = new ArrayList<>();
        add(root, answers);
        return answers;
    }

    private static void add(Node node, List<Object> answers) {
        if (node instanceof TextInputControl text) {
            answers.add(text.getText());
        } else if (node instanceof DatePicker date) {
            answers.add(date.getEditor().getText());
        } else if (node instanceof ComboBoxBase<?> choice) {
            answers.add(String.valueOf(choice.getValue()));
        } else if (node instanceof Toggle toggle) {
            answers.add(toggle.isSelected());
        } else if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                add(scroll.getContent(), answers);
            }
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            // A control's insides (its skin) are not answers, and appear only once it is shown.
            parent.getChildrenUnmodifiable().forEach(child -> add(child, answers));
        }
    }
}
