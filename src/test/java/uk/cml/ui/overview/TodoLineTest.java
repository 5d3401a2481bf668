package uk.cml.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;

/** Each line of "What needs doing" is a sentence ending in a full stop, however its area worded it: no window. */
class TodoLineTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 25);

    private static String line(String what) {
        return TodoLine.of(new TodoItem(DUE, what, TodoKind.FOLLOW_UP_CALL, 1));
    }

    @Test
    void aLineWithoutAFullStopGetsOne() {
        assertEquals("25 Nov 2026: Follow up the call of 10 Nov 2026 (Priya, Arrears team).",
                line("Follow up the call of 10 Nov 2026 (Priya, Arrears team)"));
        assertEquals("25 Nov 2026: Typing not saved yet, kept on 24 Nov 2026: a new note, on the Notes page. Open it "
                + "there to save it or clear it.", line("Typing not saved yet, kept on 24 Nov 2026: a new note, on the "
                + "Notes page. Open it there to save it or clear it"));
    }

    @Test
    void aLineThatIsAlreadyASentenceIsLeftAsItIs() {
        assertEquals("25 Nov 2026: No payment plan yet: add the amounts from your CMS letter.",
                line("No payment plan yet: add the amounts from your CMS letter."));
        assertEquals("25 Nov 2026: Is this right?", line("Is this right?"));
        assertEquals("25 Nov 2026: Ends in a quote.\u201d", line("Ends in a quote.\u201d"));
        assertEquals("25 Nov 2026: Stray spaces.", line("Stray spaces  "));
    }

    /** The sample case's reviewers read "5 Nov 2026: ... the letter posted on 5 Nov 2026: ...": the day once only. */
    @Test
    void aSentenceThatNamesItsOwnDayIsNotPrefixedWithItAgain() {
        assertEquals("Attach the certificate of posting for your letter \u201cMissed payments\u201d, posted on 25 Nov "
                + "2026.", line("Attach the certificate of posting for your letter \u201cMissed payments\u201d, posted on "
                + "25 Nov 2026."));
        assertEquals("25 Nov 2026: Follow up your call of 10 Nov 2026 (Priya).", line("Follow up your call of 10 Nov "
                + "2026 (Priya)."));
    }

    @Test
    void aDayFromWhichToActSaysFrom() {
        Deadline from = Deadline.suggestedFrom("Arrears notice", "Ask the CMS to take the next step",
                Optional.empty(), new DueDate(DUE, DUE, DueDate.Move.NONE, "a month after the step"), new Deadline.From.Nothing());
        TodoItem item = new TodoItem(DUE, "If nothing has happened since the CMS's \"Arrears notice\" step, ask them "
                + "to take the next one", TodoKind.DEADLINE, 0, Optional.empty(), Optional.of(from));
        assertEquals("From 25 Nov 2026: If nothing has happened since the CMS's \"Arrears notice\" step, ask them to "
                + "take the next one.", TodoLine.of(item));
    }
}
