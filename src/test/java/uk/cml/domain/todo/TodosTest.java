package uk.cml.domain.todo;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintThreads;
import uk.cml.domain.standing.Deadline;

/** The Overview's list: each task once, oldest first, whichever areas it came from. */
class TodosTest {

    private static final LocalDate WRITTEN = LocalDate.of(2026, 11, 2);
    private final ComplaintThreads threads = new ComplaintThreads(SeededFacts.calendar(), SeededFacts.published());

    private static SentLetter unposted(long id) {
        return new SentLetter(id, 1, WRITTEN, Optional.empty(), new Recipient(Optional.empty(), "CMS", ""),
                "Complaint about slow collection", LetterKind.COMPLAINT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
    }

    /** The complaint's own dates, as "Where things stand" gives them to the Overview. */
    private List<TodoItem> deadlines(SentLetter complaint) {
        return threads.build(List.of(complaint), List.of()).deadlines().stream().filter(d -> !d.done())
                .map(d -> TodoItem.of(d, d.action() + " (" + d.what() + ")", SeededFacts.calendar())).toList();
    }

    private static TodoItem toPost(SentLetter letter) {
        return new TodoItem(letter.written(), "Post the letter of 2 Nov 2026: Complaint", TodoKind.POST_LETTER,
                letter.id());
    }

    @Test
    void aLetterNotPostedIsListedOnceAsTheLetterToPost() {
        SentLetter complaint = unposted(5);
        List<TodoItem> fromStanding = deadlines(complaint);
        assertEquals(1, fromStanding.size(), "the complaint's one date is to post it");
        assertEquals(new Deadline.From.Sent(complaint), fromStanding.get(0).deadline().get().from());

        List<TodoItem> all = Todos.gather(List.of(fromStanding.get(0), toPost(complaint)));
        assertEquals(List.of(toPost(complaint)), all, "the letters log's to-do names the letter and opens it");
    }

    @Test
    void anotherLettersPostingDateStaysAndTheListIsOldestFirst() {
        SentLetter complaint = unposted(5);
        TodoItem postingDate = deadlines(complaint).get(0);
        TodoItem otherLetter = toPost(unposted(6));
        TodoItem later = new TodoItem(WRITTEN.plusDays(9), "Follow up the call", TodoKind.FOLLOW_UP_CALL, 3);
        TodoItem earlier = new TodoItem(WRITTEN.minusDays(1), "Record the payment", TodoKind.PAYMENT_SHORT, 0);
        assertEquals(List.of(earlier, postingDate, otherLetter, later),
                Todos.gather(List.of(later, postingDate, otherLetter, earlier)));
    }

    @Test
    void aDateFromNoLetterIsNeverLeftOut() {
        TodoItem plain = new TodoItem(WRITTEN, "Write to your MP", TodoKind.DEADLINE, 0, Optional.empty());
        assertEquals(List.of(plain), Todos.gather(List.of(plain)));
    }

    /** A complaint's passed reply target and the letters log's late reply are one task: chase the reply, once. */
    @Test
    void aLateReplyToTheComplaintIsListedOnce() {
        LocalDate posted = LocalDate.of(2026, 5, 20);
        LocalDate replyBy = LocalDate.of(2026, 6, 15);
        SentLetter complaint = new SentLetter(5, 1, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "CMS", ""), "Complaint about slow collection", LetterKind.COMPLAINT,
                Optional.empty(), Optional.of(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.of(replyBy), Optional.empty());
        List<TodoItem> fromStanding = deadlines(complaint).stream()
                .filter(i -> i.deadline().get().letter().equals(Optional.of("chase-reply"))).toList();
        assertEquals(1, fromStanding.size(), "the complaint's reply target");
        TodoItem lateReply = new TodoItem(replyBy, "No reply yet to the letter posted on 20 May 2026",
                TodoKind.REPLY_OVERDUE, complaint.id());
        TodoItem otherLetters = new TodoItem(replyBy, "No reply yet to another letter", TodoKind.REPLY_OVERDUE, 6);
        assertEquals(List.of(lateReply, otherLetters),
                Todos.gather(List.of(fromStanding.get(0), lateReply, otherLetters)));
    }
}
