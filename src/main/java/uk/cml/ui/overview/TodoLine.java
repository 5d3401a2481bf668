package uk.cml.ui.overview;

import uk.cml.domain.UkFormats;
import uk.cml.domain.todo.TodoItem;
import uk.cml.ui.common.Messages;

/**
 * One line of "What needs doing" as the Overview shows it: its day, then what to do as a sentence with its full stop;
 * the day only once, so not in front when the sentence names it already.
 * The areas word their to-dos as short phrases, some ending in a full stop and some not; the line always has one.
 */
final class TodoLine {

    private TodoLine() {
    }

    static String of(TodoItem item) {
        String day = UkFormats.shortDate(item.due());
        String what = sentence(item.what());
        if (item.fromItsDate()) {
            return Messages.text("overview.todoList.fromAndWhat", day, what);
        }
        // A sentence that already names its day says what the day is ("posted on 5 Nov 2026", "expected by 30 Nov
        // 2026"): the same day again in front of it only made the line longer and harder to read.
        return what.contains(day) ? what : Messages.text("overview.todoList.dueAndWhat", day, what);
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
