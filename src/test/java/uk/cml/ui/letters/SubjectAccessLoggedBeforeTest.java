package uk.cml.ui.letters;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.ui.common.ModelCase;

/**
 * Found by a reviewer: a subject access request the app wrote, logged as posted second class before the log counted
 * the law's month from the real posting, kept the date printed for first class in the Letters list and on Where it
 * stands until the parent opened and saved it. The date watched is now counted as the records are read, from the
 * same rule and the real posting, with no saving; a date of the parent's own is kept.
 *
 * <p>Written Fri 13 Nov 2026 and printed for first class that day: delivered Tue 17 Nov, a month is Thu 17 Dec.
 * Posted second class that day: delivered Thu 19 Nov, a month is Sat 19 Dec, so Mon 21 Dec 2026 (ICO guidance).
 * Real records in a temporary folder, the Letters page's model and the Where it stands store as the app wires them.
 */
class SubjectAccessLoggedBeforeTest {

    static final LocalDate WRITTEN = LocalDate.of(2026, 11, 13);
    static final LocalDate PRINTED = LocalDate.of(2026, 12, 17);
    static final LocalDate LAWS = LocalDate.of(2026, 12, 21);
    static final String TITLE = "Subject access request to CMS";

    @TempDir
    Path folder;
    ModelCase records;
    LettersModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        var s = records.services;
        model = new LettersModel(new LettersView.Stores(s.sentLetters, s.receivedLetters, s.documents, s.addressBook,
                s.standing, s.calls), records.jobs, ModelCase.CLOCK, records.currentCase);
    }

    @AfterEach
    void close() {
        records.close();
    }

    /** Saved as the log kept it before: posting recorded, the reply-by date left as the letter printed it. */
    private long logged(Optional<PostingMethod> how, Optional<LocalDate> replyBy) {
        return records.services.sentLetters.save(new SentLetter(0, records.caseId, WRITTEN,
                how.map(m -> WRITTEN), new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                TITLE, LetterKind.SUBJECT_ACCESS_REQUEST, Optional.empty(), how, ProofOfPostage.NONE, "", replyBy,
                Optional.empty(), Optional.empty(), Optional.of(PRINTED)));
    }

    private SentLetter listed(long id) {
        return model.sent().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    private String listedReply(long id) {
        return LetterTables.reply(listed(id), Set.of(), Set.of(), Map.of(), ModelCase.TODAY).text();
    }

    private Deadline watched(long id) {
        return records.services.standing.report(records.caseId, ModelCase.TODAY).allDeadlines().stream()
                .filter(d -> d.from() instanceof Deadline.From.Sent s && s.letter().id() == id).findFirst()
                .orElseThrow();
    }

    @Test
    void postedSecondClassIsWatchedForTheLawsMonthWithoutSaving() {
        long id = logged(Optional.of(PostingMethod.SECOND_CLASS), Optional.of(PRINTED));
        records.choose();

        assertEquals("Reply due by 21 Dec 2026", listedReply(id), "the Letters list");
        assertEquals(Optional.of(LAWS), listed(id).replyBy(), "the form opens on it");
        assertEquals(Optional.of(PRINTED), listed(id).printedReplyBy(), "what the letter says is kept");
        Deadline d = watched(id);
        assertEquals(LAWS, d.date(), "Where it stands");
        assertEquals("How it is counted: one calendar month after it is treated as delivered on Thu 19 Nov 2026. "
                + "That ends on Sat 19 Dec 2026, a Saturday, so it moves to the next working day, Mon 21 Dec 2026: "
                + "the regulator's rule gives the CMS until then.",
                d.due().explanation(SeededFacts.calendar().holidays()));
        List<TodoItem> late = records.services.sentLetters.todos(records.caseId, LocalDate.of(2026, 12, 18));
        assertTrue(late.stream().noneMatch(t -> t.kind() == TodoKind.REPLY_OVERDUE), "not late on 18 Dec: " + late);
        TodoItem overdue = records.services.sentLetters.todos(records.caseId, LocalDate.of(2026, 12, 22)).stream()
                .filter(t -> t.kind() == TodoKind.REPLY_OVERDUE && t.sourceId() == id).findFirst().orElseThrow();
        assertTrue(overdue.what().contains("21 Dec 2026"), overdue.what());
    }

    @Test
    void postedFirstClassAsPrintedKeepsItsDate() {
        long id = logged(Optional.of(PostingMethod.FIRST_CLASS), Optional.of(PRINTED));
        records.choose();
        assertEquals("Reply due by 17 Dec 2026", listedReply(id));
        assertEquals(PRINTED, watched(id).date());
    }

    @Test
    void aDateOfTheParentsOwnIsKept() {
        LocalDate own = LocalDate.of(2027, 1, 8);
        long id = logged(Optional.of(PostingMethod.SECOND_CLASS), Optional.of(own));
        long cleared = logged(Optional.of(PostingMethod.SECOND_CLASS), Optional.empty());
        records.choose();
        assertEquals("Reply due by 8 Jan 2027", listedReply(id));
        assertEquals(own, watched(id).date());
        assertEquals(Optional.empty(), listed(cleared).replyBy(), "a date the parent cleared stays cleared");
    }

    @Test
    void notPostedYetKeepsThePrintedDateAside() {
        long id = logged(Optional.empty(), Optional.of(PRINTED));
        records.choose();
        assertEquals(Optional.of(PRINTED), listed(id).replyBy());
    }
}
