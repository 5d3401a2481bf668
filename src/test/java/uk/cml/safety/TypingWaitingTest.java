package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;

/** Typing kept and not saved is named in "What needs doing", with the form and page it is in, for its own case. */
class TypingWaitingTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T05:04:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Test
    void eachFormsTypingIsNamedWithItsPageForItsCaseOnly() throws Exception {
        TypingDrafts drafts = new TypingDrafts(folder, CLOCK);
        drafts.keep("sent/case-3/new", Map.of("sent-subject", "Change of address for Jordan"));
        drafts.keep("call/case-3/record-12", Map.of("call-said", "Ring back Friday"));
        drafts.keep("note/case-4/new", Map.of("note-text", "Another case's note"));

        List<TodoItem> items = new TypingWaiting(new TypingDrafts(folder, CLOCK)).todos(3, LocalDate.of(2026, 12, 4));
        assertEquals(List.of("Typing not saved yet, kept on 4 Dec 2026, 05:04: a change to a call, on the Calls "
                        + "page. Open it there to save it or clear it",
                "Typing not saved yet, kept on 4 Dec 2026, 05:04: a letter you sent, on the Letters page (press Log a "
                        + "letter you sent). Open it there to save it or clear it"),
                items.stream().map(TodoItem::what).toList());
        assertEquals(List.of(TodoKind.TYPING_ON_CALLS, TodoKind.TYPING_ON_LETTERS),
                items.stream().map(TodoItem::kind).toList());
        assertEquals(LocalDate.of(2026, 12, 4), items.get(0).due());
    }

    @Test
    void noTypingKeptNothingToDo() {
        assertEquals(List.of(), new TypingWaiting(new TypingDrafts(folder, CLOCK)).todos(3, LocalDate.of(2026, 12, 4)));
    }
}
