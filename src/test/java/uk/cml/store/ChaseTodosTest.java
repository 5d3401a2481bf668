package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.Todos;

/**
 * "Chase the reply" once a chase is made: a complaint posted on Friday 23 October 2026, its reply late, chased by the
 * app's chasing letter (logged with the link {@code letter_sent.chases}, V018). Made and not posted, the Overview says
 * to post it; posted on Monday 23 November asking for a reply by Monday 7 December, nothing is chased until that
 * date has passed; then the complaint's late reply is listed again, naming the chase. Real SQLite in a temp folder.
 */
class ChaseTodosTest extends WithJordanReedsCase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate CHASE_POSTED = LocalDate.of(2026, 11, 23);
    static final LocalDate CHASE_REPLY_BY = LocalDate.of(2026, 12, 7);
    static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service",
            "PO Box 249\nMitcheldean\nGL17 1AJ");

    StandingStore standing;
    SentLetterStore sent;
    ReceivedLetterStore received;
    long complaint;

    @BeforeEach
    void open() {
        sent = records.sentLetters();
        received = records.receivedLetters();
        standing = records.standing();
        LocalDate posted = LocalDate.of(2026, 10, 23);
        complaint = sent.save(new SentLetter(0, caseId, posted, Optional.of(posted), CMS,
                "Complaint about slow collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 11, 13)),
                Optional.empty()));
    }

    private SentLetter chase(Optional<LocalDate> posted) {
        return new SentLetter(0, caseId, TODAY, posted, CMS, "Chasing letter to CMS", LetterKind.OTHER,
                Optional.empty(), posted.map(p -> PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.of(CHASE_REPLY_BY), Optional.empty(), Optional.empty(), Optional.of(CHASE_REPLY_BY))
                .chasing(Optional.of(complaint));
    }

    private List<TodoItem> overview(LocalDate today) {
        List<TodoItem> items = new ArrayList<>(sent.todos(caseId, today));
        items.addAll(standing.todos(caseId, today));
        return Todos.gather(items, today);
    }

    private static List<TodoItem> chasing(List<TodoItem> items) {
        return items.stream().filter(i -> i.kind() == TodoKind.REPLY_OVERDUE
                || i.letter().equals(Optional.of("chase-reply"))).toList();
    }

    @Test
    @DisplayName("the link is saved and read back, and kept through a correction")
    void theLinkRoundTrips() {
        long id = sent.save(chase(Optional.empty()));
        assertEquals(Optional.of(complaint), sent.find(id).orElseThrow().chases());
        sent.correct(sent.find(id).orElseThrow());
        assertEquals(Optional.of(complaint), sent.find(id).orElseThrow().chases());
    }

    @Test
    @DisplayName("a chase made and not posted: the to-do is to post the chase, and nothing offers to write another")
    void madeNotPosted() {
        assertEquals(1, chasing(overview(TODAY)).size(), "before the chase, its late reply: " + overview(TODAY));
        long chaseId = sent.save(chase(Optional.empty()));
        List<TodoItem> all = overview(TODAY);
        assertEquals(List.of(), chasing(all), all.toString());
        TodoItem post = all.stream().filter(i -> i.kind() == TodoKind.POST_LETTER && i.sourceId() == chaseId)
                .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Post the chasing letter you made on 22 Nov 2026 about your letter \u201cComplaint about slow "
                + "collection\u201d to Child Maintenance Service, posted on 23 Oct 2026. Then record when you posted "
                + "it and the proof of postage.", post.what());
        assertFalse(standing.report(caseId, TODAY).next(TODAY).letter().equals(Optional.of("chase-reply")),
                "Where things stand does not say to chase either");
    }

    @Test
    @DisplayName("a chase posted: nothing is chased until the date it asks for has passed, then the late reply is"
            + " listed once, from that date, naming the chase")
    void postedThenDueAgain() {
        long chaseId = sent.save(chase(Optional.of(CHASE_POSTED)));
        assertEquals(List.of(), chasing(overview(CHASE_POSTED.plusDays(1))), overview(CHASE_POSTED.plusDays(1))
                .toString());
        assertEquals(List.of(), chasing(overview(CHASE_REPLY_BY)), "the reply date itself is not late yet");

        LocalDate after = CHASE_REPLY_BY.plusDays(1);
        List<TodoItem> late = chasing(overview(after));
        assertEquals(1, late.size(), late.toString());
        assertEquals(complaint, late.get(0).sourceId(), "the letter chased, not the chase");
        assertEquals(CHASE_REPLY_BY, late.get(0).due());
        assertEquals("No reply yet to your letter \u201cComplaint about slow collection\u201d to Child Maintenance "
                + "Service, posted on 23 Oct 2026, nor to your chasing letter posted on 23 Nov 2026. A reply was "
                + "asked for by 7 Dec 2026.", late.get(0).what());

        // A reply to the chase answers the letter it chases too, in the letters log (the complaint's own stages are
        // read from the letters linked to the complaint, on Where things stand).
        received.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 12, 8)), after, "CMS",
                "Reply to my letter", Optional.empty(), Optional.of(chaseId)));
        assertEquals(List.of(), chasing(sent.todos(caseId, after.plusDays(1))),
                sent.todos(caseId, after.plusDays(1)).toString());
    }
}
