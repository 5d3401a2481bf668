package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.Todos;

/**
 * A chasing letter whose reply-by date the parent cleared is waited for by the rule the Letters page suggests, with
 * the facts as the parent changed them: here {@code request.reply.working_days} set to 20. The chase, posted Mon 23
 * Nov 2026 1st class, counts as delivered Wed 25 Nov; 20 working days is Wed 23 Dec 2026 (10 would be Wed 9 Dec).
 * Where it stands and the Overview used to count LetterKind's built-in 10 and chase again from 10 Dec, while the
 * Letters page said 23 Dec. Real SQLite in a temp folder.
 */
class ChaseCountedWithTheFactsTest extends WithJordanReedsCase {

    static final LocalDate CHASE_POSTED = LocalDate.of(2026, 11, 23);
    static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service",
            "PO Box 249\nMitcheldean\nGL17 1AJ");

    StandingStore standing;
    SentLetterStore sent;
    long request;

    @BeforeEach
    void open() {
        sent = records.sentLetters();
        standing = records.standing();
        records.database.inTransaction(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("UPDATE cms_fact SET value = '20' WHERE key = 'request.reply.working_days'");
            }
        });
        assertEquals(20, standing.facts().requestReplyWorkingDays(), "the fact as the parent changed it");
        LocalDate posted = LocalDate.of(2026, 10, 23);
        request = sent.save(new SentLetter(0, caseId, posted, Optional.of(posted), CMS,
                "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 11, 9)),
                Optional.empty()));
        sent.save(new SentLetter(0, caseId, CHASE_POSTED, Optional.of(CHASE_POSTED), CMS, "Chasing letter to CMS",
                LetterKind.OTHER, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())
                .chasing(Optional.of(request)));
    }

    private List<TodoItem> chasing(LocalDate today) {
        List<TodoItem> items = new ArrayList<>(sent.todos(caseId, today));
        items.addAll(standing.todos(caseId, today));
        return Todos.gather(items, today).stream().filter(i -> i.kind() == TodoKind.REPLY_OVERDUE
                || i.letter().equals(Optional.of("chase-reply"))).toList();
    }

    @Test
    @DisplayName("the chase is waited for to the 20 working days the facts say, on the Overview and Where it stands")
    void theChaseIsWaitedForByTheFacts() {
        LocalDate tenWorkingDaysOn = LocalDate.of(2026, 12, 10);
        assertEquals(List.of(), chasing(tenWorkingDaysOn), "not chased again after the built-in 10 working days");
        assertEquals(false, standing.report(caseId, tenWorkingDaysOn).next(tenWorkingDaysOn).letter()
                .equals(Optional.of("chase-reply")), "Where it stands does not say to chase either");
        assertEquals(List.of(), chasing(LocalDate.of(2026, 12, 23)), "the date itself is not late yet");
        List<TodoItem> late = chasing(LocalDate.of(2026, 12, 24));
        assertEquals(1, late.size(), late.toString());
        assertEquals(request, late.get(0).sourceId());
    }
}
