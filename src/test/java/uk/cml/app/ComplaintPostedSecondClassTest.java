package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * Checker's case d1: the complaint made on Fri 4 Dec 2026 prints the dates for 1st class that day (reply by Thu 31
 * Dec), but went 2nd class: delivered Thu 10 Dec, the CMS's target to reply is Tue 5 Jan 2027. Once posted, every list
 * and to-do watches 5 Jan (the printed letter keeps 31 Dec): the Letters list, Where it stands, What needs doing.
 */
class ComplaintPostedSecondClassTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final LocalDate TARGET = LocalDate.of(2027, 1, 5);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void open() {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-12-04T10:15:00Z"),
                ZoneId.of("Europe/London")));
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().arrangement(Arrangement.COLLECT_AND_PAY).build());
        LocalDate printed = LocalDate.of(2026, 12, 31);
        services.sentLetters.save(new SentLetter(0, caseId, TODAY, Optional.of(TODAY), new Recipient(Optional.empty(),
                "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"), "Complaint to CMS",
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.SECOND_CLASS), ProofOfPostage.NONE,
                "", Optional.of(printed), Optional.empty(), Optional.empty(), Optional.of(printed)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theLettersListWatchesTheTargetFromTheRealPosting() {
        SentLetter complaint = services.sentLetters.letters(caseId).get(0);
        assertEquals(Optional.of(TARGET), complaint.replyBy());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), complaint.printedReplyBy(), "the letter keeps its date");
    }

    @Test
    void whereItStandsAndWhatNeedsDoingChaseOnlyAfterTheTarget() {
        Deadline reply = services.standing.report(caseId, TODAY).allDeadlines().stream()
                .filter(d -> d.letter().equals(Optional.of("chase-reply"))).findFirst().orElseThrow();
        assertEquals(TARGET, reply.date());
        assertEquals(Deadline.Timing.TARGET, reply.timing());
        List<TodoItem> todos = services.standing.todos(caseId, TODAY);
        assertFalse(todos.stream().anyMatch(t -> t.due().equals(LocalDate.of(2027, 1, 4))), todos.toString());
        assertTrue(todos.stream().filter(t -> t.letter().equals(Optional.of("chase-reply")))
                .allMatch(t -> t.due().equals(LocalDate.of(2027, 1, 6))), todos.toString());
        assertFalse(services.sentLetters.todos(caseId, TARGET).stream()
                .anyMatch(t -> t.kind() == TodoKind.REPLY_OVERDUE), "not late on the target day itself");
        assertTrue(services.sentLetters.todos(caseId, TARGET.plusDays(1)).stream()
                .anyMatch(t -> t.kind() == TodoKind.REPLY_OVERDUE && t.what().contains("expected by 5 Jan 2027")));
    }
}
