package uk.cml.ui.overview;

import uk.cml.domain.UkFormats;
import uk.cml.domain.todo.TodoItem;
import uk.cml.ui.common.Messages;

/**
 * One line of "What needs doing" as the Overview shows it: its day, then what to do as a sentence with its full stop.
 * The areas word their to-dos as short phrases, some ending in a full stop and some not; the line always has one.
 */
final class TodoLine {

    private TodoLine() {
    }

    static String of(TodoItem item) {
        return Messages.text(item.fromItsDate() ? "overview.todoList.fromAndWhat" : "overview.todoList.dueAndWhat",
                UkFormats.shortDate(item.due()), sentence(item.what()));
    }

    /** The words with a full stop at their end, unless they already end a sentence (also inside a closing quote). */
    static String sentence(String words) {
        String text = words.strip();
        String end = text.replaceAll("[\u201d\u2019\"')]+$", "");
        if (text.isEmpty() || end.endsWith(".") || end.endsWith("?") || end.endsWith("!")) {
            return text;
        }
        return text + ".";
    }
}
