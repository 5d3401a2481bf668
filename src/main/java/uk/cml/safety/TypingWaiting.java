package uk.cml.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.TodoSource;

/**
 * "What needs doing" names typing kept and not saved yet, with the form it is in: after a log-off, a shutdown or a
 * kill it is put back only when that form is opened again, and a parent who does not open it would never know it is
 * there. Read from the drafts as kept (in memory once read); a draft of another case is that case's.
 */
public final class TypingWaiting implements TodoSource {

    /** Each form's key, the page it is on (which decides the to-do's button), and its words, new or a change. */
    private record Form(TodoKind page, String whenNew, String whenCorrecting) {
    }

    private static final Map<String, Form> FORMS = Map.of(
            "call", new Form(TodoKind.TYPING_ON_CALLS, "todo.typing.call.new", "todo.typing.call.correction"),
            "note", new Form(TodoKind.TYPING_ON_NOTES, "todo.typing.note.new", "todo.typing.note.correction"),
            "sent", new Form(TodoKind.TYPING_ON_LETTERS, "todo.typing.sent.new", "todo.typing.sent.correction"),
            "received", new Form(TodoKind.TYPING_ON_LETTERS, "todo.typing.received.new",
                    "todo.typing.received.correction"),
            "payment", new Form(TodoKind.TYPING_ON_PAYMENTS, "todo.typing.payment.new",
                    "todo.typing.payment.correction"),
            "plan", new Form(TodoKind.TYPING_ON_PAYMENTS, "todo.typing.plan.new", "todo.typing.plan.correction"),
            "adjustment", new Form(TodoKind.TYPING_ON_PAYMENTS, "todo.typing.adjustment.new",
                    "todo.typing.adjustment.correction"));

    private final TypingDrafts drafts;

    public TypingWaiting(TypingDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        List<TodoItem> items = new ArrayList<>();
        String ofCase = "/case-" + caseId + "/";
        new java.util.TreeMap<>(drafts.all()).forEach((key, draft) -> {
            int at = key.indexOf(ofCase);
            Form form = at < 0 ? null : FORMS.get(key.substring(0, at));
            if (form == null) {
                return;
            }
            boolean correction = key.substring(at + ofCase.length()).startsWith("record-");
            String what = Words.text(correction ? form.whenCorrecting() : form.whenNew());
            items.add(new TodoItem(draft.typedAt().toLocalDate(), Words.text("todo.typing.waiting",
                    UkFormats.dateTime(draft.typedAt()), what), form.page(), 0));
        });
        return items;
    }
}
