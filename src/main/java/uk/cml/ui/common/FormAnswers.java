package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
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
        add(root, answers, false);
        return answers;
    }

    /**
     * As {@link #of}, for a whole page ({@link MovingOn}): also the forms on every tab and which tab shows, the forms
     * either side of a divider, which row each list or table has chosen, and the number in each spinner.
     */
    static List<Object> ofPage(Node root) {
        List<Object> answers = new ArrayList<>();
        add(root, answers, true);
        return answers;
    }

    private static void add(Node node, List<Object> answers, boolean page) {
        if (page && addPagePart(node, answers)) {
            return;
        }
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
                add(scroll.getContent(), answers, page);
            }
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            // A control's insides (its skin) are not answers, and appear only once it is shown.
            parent.getChildrenUnmodifiable().forEach(child -> add(child, answers, page));
        }
    }

    /** A page's tabs, divided parts and chosen rows; false for anything else. */
    private static boolean addPagePart(Node node, List<Object> answers) {
        if (node instanceof TabPane tabs) {
            // Another tab is something else begun on the page, as leaving it is (a reviewer: "Recorded ..." stayed
            // above the due payments).
            answers.add(tabs.getSelectionModel().getSelectedIndex());
            tabs.getTabs().stream().map(Tab::getContent).filter(java.util.Objects::nonNull)
                    .forEach(content -> add(content, answers, true));
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> add(item, answers, true));
        } else if (node instanceof TitledPane titled) {
            if (titled.getContent() != null) {
                add(titled.getContent(), answers, true);
            }
        } else if (node instanceof ListView<?> list) {
            answers.add(new ArrayList<>(list.getSelectionModel().getSelectedItems()));
        } else if (node instanceof TableView<?> table) {
            answers.add(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
        } else if (node instanceof Spinner<?> spinner) {
            answers.add(String.valueOf(spinner.getValue()));
            answers.add(spinner.getEditor().getText());
        } else if (node instanceof PasswordField passcode) {
            // Whether it changed is all that is wanted: no second copy of a passcode is kept.
            answers.add(passcode.getText().hashCode());
        } else {
            return false;
        }
        return true;
    }
}
