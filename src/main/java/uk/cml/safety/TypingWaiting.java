package uk.cml.safety;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.TodoSource;
import uk.cml.store.Database;

/**
 * "What needs doing" names typing kept and not saved yet, with the form it is in: after a log-off, a shutdown or a
 * kill it is put back only when that form is opened again, and a parent who does not open it would never know it is
 * there. Read from the drafts as kept (in memory once read); a draft of another case is that case's.
 */
public final class TypingWaiting implements TodoSource {

    /**
     * Each form's key, the page it is on (which decides the to-do's button), the table of the records it corrects,
     * and its words, new or a change.
     */
    private record Form(TodoKind page, String table, String whenNew, String whenCorrecting) {
    }

    private static final String RECORD = "record-";
    /** The letter writer's words: "letter/case-3/complaint", kept with the letter's title (see KeptWords). */
    public static final String LETTER_WRITER = "letter/";
    public static final String LETTER_TITLE = "title";
    /** Stands for the case in the key of a form that is the same under every case: "address/every-case/new". */
    public static final String EVERY_CASE = "every-case/";
    private static final String EVERY_CASE_PART = "/" + EVERY_CASE;

    /** Each enforcement step's row on Where it stands is a form of its own: "standing-step-liability-order". */
    public static final String STANDING_STEP = "standing-step";

    private static final Map<String, Form> FORMS = Map.ofEntries(
            Map.entry("call", new Form(TodoKind.TYPING_ON_CALLS, "call_log", "todo.typing.call.new",
                    "todo.typing.call.correction")),
            Map.entry("note", new Form(TodoKind.TYPING_ON_NOTES, "note", "todo.typing.note.new",
                    "todo.typing.note.correction")),
            Map.entry("sent", new Form(TodoKind.TYPING_ON_LETTERS, "letter_sent", "todo.typing.sent.new",
                    "todo.typing.sent.correction")),
            Map.entry("received", new Form(TodoKind.TYPING_ON_LETTERS, "letter_received", "todo.typing.received.new",
                    "todo.typing.received.correction")),
            Map.entry("payment", new Form(TodoKind.TYPING_ON_PAYMENTS, "payment", "todo.typing.payment.new",
                    "todo.typing.payment.correction")),
            Map.entry("plan", new Form(TodoKind.TYPING_ON_PAYMENTS, "payment_plan", "todo.typing.plan.new",
                    "todo.typing.plan.correction")),
            Map.entry("case", new Form(TodoKind.TYPING_ON_CASE, "case_file", "todo.typing.case", "todo.typing.case")),
            Map.entry("address", new Form(TodoKind.TYPING_ON_ADDRESSES, "address_book", "todo.typing.address.new",
                    "todo.typing.address.correction")),
            Map.entry("adjustment", new Form(TodoKind.TYPING_ON_PAYMENTS, "adjustment", "todo.typing.adjustment.new",
                    "todo.typing.adjustment.correction")),
            Map.entry(STANDING_STEP, new Form(TodoKind.TYPING_ON_STANDING, "enforcement", "todo.typing.step",
                    "todo.typing.step")),
            Map.entry("standing-decision", new Form(TodoKind.TYPING_ON_STANDING, "decision",
                    "todo.typing.decision", "todo.typing.decision")));

    private final TypingDrafts drafts;
    private final Database database;

    /** @param database the records, to leave out typing for a record since moved to the Bin */
    public TypingWaiting(TypingDrafts drafts, Database database) {
        this.drafts = drafts;
        this.database = database;
    }

    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        List<TodoItem> items = new ArrayList<>();
        String ofCase = "/case-" + caseId + "/";
        new java.util.TreeMap<>(drafts.all()).forEach((key, draft) -> {
            // The case's own forms, and the address book's, which is the same under every case.
            String under = key.contains(EVERY_CASE_PART) ? EVERY_CASE_PART : ofCase;
            int at = key.indexOf(under);
            if (at < 0) {
                return; // another case's
            }
            String record = key.substring(at + under.length());
            if (key.startsWith(LETTER_WRITER)) {
                // The letter writer's words, kept by the letter they were typed in (its key), named by its title.
                items.add(new TodoItem(draft.typedAt().toLocalDate(), Words.text("todo.typing.letter",
                        UkFormats.dateTime(draft.typedAt()), draft.fields().getOrDefault(LETTER_TITLE, record)),
                        TodoKind.TYPING_IN_LETTER, 0, java.util.Optional.of(record)));
                return;
            }
            String name = key.substring(0, at);
            Form form = FORMS.get(name.startsWith(STANDING_STEP + "-") ? STANDING_STEP : name);
            if (form == null) {
                return;
            }
            boolean correction = record.startsWith(RECORD);
            // A correction to a record moved to the Bin has no form to open until it is put back (then it shows
            // again: the typing is kept, never thrown away here).
            if (correction && !inRecords(form.table(), record.substring(RECORD.length()))) {
                return;
            }
            String what = Words.text(correction ? form.whenCorrecting() : form.whenNew());
            // A change to a letter sent names the letter: "Open it there" opens it with the typing put back, where
            // the Letters page alone showed only its lists.
            long letter = correction && name.equals("sent") ? Long.parseLong(record.substring(RECORD.length())) : 0;
            items.add(new TodoItem(draft.typedAt().toLocalDate(), Words.text("todo.typing.waiting",
                    UkFormats.dateTime(draft.typedAt()), what), form.page(), letter));
        });
        return items;
    }

    private boolean inRecords(String table, String id) {
        long rowId;
        try {
            rowId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return false;
        }
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table
                    + " WHERE id = ? AND deleted_at IS NULL")) {
                s.setLong(1, rowId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }
}
