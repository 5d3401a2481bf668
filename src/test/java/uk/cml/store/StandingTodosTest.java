package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.Todos;

/**
 * The Overview's "What needs doing" for the dates on Where it stands, read from real records: a limit reads "by" its
 * date, the enforcement nudge (a day from which to ask, if nothing has happened) never does.
 */
class StandingTodosTest extends WithJordanReedsCase {

    /** The store's clock says Sunday 22 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    StandingStore standing;
    SentLetterStore sent;

    @BeforeEach
    void open() {
        sent = records.sentLetters();
        standing = records.standing();
    }

    @Test
    @DisplayName("the nudge is 'if nothing has happened by then', a mandatory reconsideration 'by' its limit")
    void fromAndBy() {
        // Heard of the arrears notice on Tuesday 17 November 2026: eight weeks on is Tuesday 12 January 2027.
        standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE, LocalDate.of(2026, 11, 17),
                ""));
        // A decision letter of Saturday 31 October 2026: one calendar month is Monday 30 November.
        standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 31), "",
                Optional.empty()));
        List<TodoItem> todos = standing.todos(caseId, TODAY);
        assertEquals(2, todos.size(), todos.toString());
        TodoItem reconsider = todos.get(0);
        // Met when the CMS receives it: the last day to post it 1st class is Thu 26 Nov (delivered Mon 30 Nov).
        assertEquals(LocalDate.of(2026, 11, 26), reconsider.due());
        // An option, not a duty: the app cannot know the parent disagrees (reviewer, 5 Dec). One date, and why.
        assertEquals("If you think the calculation is wrong, you can ask the CMS to look at it again (a "
                + "mandatory reconsideration). Limit Mon 30 Nov 2026: to be safe, post your letter 1st class by Thu 26 "
                + "Nov 2026.",
                reconsider.what());
        assertFalse(reconsider.fromItsDate());
        TodoItem nudge = todos.get(1);
        assertEquals(LocalDate.of(2027, 1, 12), nudge.due());
        assertEquals("If nothing has happened since the CMS's \"Arrears notice\" step, ask them to take the next one",
                nudge.what(), "said once, not inside its action's brackets");
        assertTrue(nudge.fromItsDate());
        assertEquals(Optional.of("enforcement-request"), nudge.letter());
    }

    @Test
    @DisplayName("a day to act from is said once, as what to do, never inside its action's brackets")
    void aDayFromIsSaidOnce() {
        sent.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 20), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about slow collection", LetterKind.COMPLAINT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        TodoItem post = standing.todos(caseId, TODAY).stream().filter(TodoItem::fromItsDate).findFirst()
                .orElseThrow();
        assertEquals("Post the letter you made, then record the posting and the proof of postage: Your "
                + "complaint to the CMS", post.what());
    }

    @Test
    @DisplayName("a review request made: the complaint letter's late reply is no longer chased, a plain letter's is")
    void aComplaintGoneBeyondIsNotChased() {
        Recipient cms = new Recipient(Optional.empty(), "Child Maintenance Service",
                "PO Box 249\nMitcheldean\nGL17 1AJ");
        LocalDate posted = LocalDate.of(2026, 10, 23);
        sent.save(new SentLetter(0, caseId, posted, Optional.of(posted), cms, "Complaint about slow collection",
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.of(LocalDate.of(2026, 11, 13)), Optional.empty()));
        sent.save(new SentLetter(0, caseId, posted, Optional.of(posted), cms, "Missed payments", LetterKind.OTHER,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.of(LocalDate.of(2026, 11, 13)), Optional.empty()));
        assertEquals(2, chases().size(), "both replies are late: " + chases());

        sent.save(new SentLetter(0, caseId, TODAY.minusDays(1), Optional.empty(), cms,
                "Complaint review request to CMS", LetterKind.COMPLAINT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        List<TodoItem> chases = chases();
        assertEquals(1, chases.size(), chases.toString());
        assertTrue(chases.get(0).what().contains("Missed payments"), chases.get(0).what());
        List<TodoItem> all = Todos.gather(everything(), TODAY);
        assertTrue(all.stream().anyMatch(i -> i.kind() == TodoKind.POST_LETTER), "post the review request: " + all);
        assertFalse(all.stream().anyMatch(i -> i.kind() == TodoKind.REPLY_OVERDUE
                && i.what().contains("slow collection") || i.letter().equals(Optional.of("chase-reply"))), "nothing chases the complaint's reply: " + all);
    }

    /**
     * The reply to a write-off proposal made and not posted: the limit is met by posting it, so the Overview says to
     * post the letter made (by the limit's date, opening that letter), once, not "Write the reply" beside it.
     */
    @Test
    void aReplyMadeForADecisionIsToPostNotToWrite() {
        LocalDate dated = LocalDate.of(2026, 11, 10);
        standing.addDecision(new Decision(0, caseId, Decision.Kind.WRITE_OFF, dated, "Proposal to write off £250.00",
                Optional.empty()));
        long reply = sent.save(new SentLetter(0, caseId, TODAY.minusDays(1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Reply to CMS about writing off arrears", LetterKind.WRITE_OFF_REPLY, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));

        List<TodoItem> all = Todos.gather(everything(), TODAY);
        List<TodoItem> aboutIt = all.stream().filter(i -> i.sourceId() == reply
                || i.deadline().isPresent() && i.kind() != TodoKind.POST_LETTER).toList();
        assertEquals(1, aboutIt.size(), all.toString());
        TodoItem post = aboutIt.get(0);
        assertEquals(TodoKind.POST_LETTER, post.kind());
        assertEquals("Reply to the proposal to write off arrears: post the letter you made on "
                + uk.cml.domain.UkFormats.shortDate(TODAY.minusDays(1)) + ". Limit Thu 10 Dec 2026: to be safe, post your letter "
                + "1st class by Tue 8 Dec 2026. Then record the posting.", post.what());
    }

    /**
     * Reviewer's find: a decision of Sat 31 Oct 2026, seen on Fri 4 Dec, read "Write asking the CMS to look at the
     * decision again (..., by 30 Nov 2026)" as if still in time. Since then (reviewer, 5 Dec): a reconsideration is
     * for a decision the parent thinks is wrong, which the app cannot know, so once its month has gone the Overview
     * does not keep asking for it. Where things stand still says, as an option, that a late request may be accepted
     * with reasons up to 13 months after the decision (cms-facts), offering the same letter, as nothing else is due.
     */
    @Test
    @DisplayName("a mandatory reconsideration whose month has passed is on the Overview as an option, said as passed,"
            + " after everything else; Where it stands says it can be asked late")
    void aPassedReconsiderationIsListedAsAnOptionLast() {
        LocalDate later = LocalDate.of(2026, 12, 4);
        standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 31), "",
                Optional.empty()));
        // README: a limit that has passed says so on the decision and on the Overview, with what can still be done
        // (reviewer rv3, 5 Dec: the Overview never mentioned it while Where it stands led with it).
        List<TodoItem> todos = standing.todos(caseId, later);
        assertEquals(1, todos.size(), todos.toString());
        assertEquals("The CMS's decision of 31 Oct 2026: the limit to ask for a mandatory reconsideration was 30 Nov "
                + "2026, and it has passed. If you think the decision is wrong, you can still ask: the CMS may accept "
                + "a late request, up to 13 months after the decision, if you say why it is late.",
                todos.get(0).what());
        assertEquals(Optional.of("mandatory-reconsideration"), todos.get(0).letter(), "the same letter is offered");
        TodoItem older = new TodoItem(LocalDate.of(2026, 12, 1), "The payment due on 1 Dec 2026 has not arrived",
                TodoKind.PAYMENT_SHORT, 0);
        assertEquals(List.of(older, todos.get(0)), Todos.gather(List.of(todos.get(0), older), later),
                "an option never comes before something to do");
        uk.cml.domain.standing.StandingReport report = standing.report(caseId, later);
        assertEquals("The limit to ask for a mandatory reconsideration was 30 Nov 2026, and it has passed. If you "
                + "think the decision is wrong, you can still ask: the CMS may accept a late request, up to 13 months "
                + "after the decision, if you say why it is late.", report.next(later).text());
        assertEquals(Optional.of("mandatory-reconsideration"), report.next(later).letter());
        assertEquals(List.of(), standing.todos(caseId, LocalDate.of(2027, 12, 1)),
                "13 months after the decision of 31 Oct 2026, nothing");
    }

    /** A write-off proposal of 20 Oct 2026: 30 days is Thu 19 Nov, gone by Sun 22 Nov with no reply made. */
    @Test
    @DisplayName("a write-off reply whose 30 days have passed says so, and to write anyway as soon as possible")
    void aPassedWriteOffReplySaysSo() {
        standing.addDecision(new Decision(0, caseId, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 10, 20),
                "Proposal to write off £250.00", Optional.empty()));
        List<TodoItem> todos = standing.todos(caseId, TODAY);
        assertEquals(1, todos.size(), todos.toString());
        assertEquals("Write the reply about the write-off. The limit was "
                + "19 Nov 2026, and it has passed. Write anyway, as soon as you can.", todos.get(0).what());
        assertEquals(Optional.of("write-off-reply"), todos.get(0).letter());

        long reply = sent.save(new SentLetter(0, caseId, TODAY.minusDays(1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Reply to CMS about writing off arrears", LetterKind.WRITE_OFF_REPLY, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        List<TodoItem> post = Todos.gather(everything(), TODAY).stream().filter(i -> i.sourceId() == reply).toList();
        assertEquals(1, post.size(), post.toString());
        assertEquals("Reply to the proposal to write off arrears: post the letter you made on 21 Nov 2026 as soon "
                + "as you can, then record the posting. The limit was 19 Nov 2026, and it has passed.",
                post.get(0).what());
    }

    /**
     * Reviewer rv3 (5 Dec 2026): two calculations, of Fri 10 Jul and Tue 20 Oct 2026. Each decision has its own month
     * for a mandatory reconsideration (10 Aug and 20 Nov 2026, both passed) and its own 13 months for a late request:
     * a newer calculation does not take the older one's away (it decided what was due from 31 Jul to 30 Oct). So both
     * are listed as options on the Overview, and Where it stands says both, each under its own decision.
     */
    @Test
    @DisplayName("two decisions whose months have passed: both are options on the Overview and on Where it stands")
    void twoPassedReconsiderationsAreBothOptions() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, LocalDate.of(2026, 7, 10),
                "£210.00 a month from 31 Jul 2026", Optional.empty()));
        standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 20),
                "£185.50 a month from 31 Oct 2026", Optional.empty()));
        List<String> todos = standing.todos(caseId, today).stream().map(TodoItem::what).toList();
        assertEquals(2, todos.size(), todos.toString());
        assertTrue(todos.get(0).startsWith("The CMS's decision of 10 Jul 2026: the limit to ask for a mandatory "
                + "reconsideration was 10 Aug 2026, and it has passed."), todos.toString());
        assertTrue(todos.get(1).startsWith("The CMS's decision of 20 Oct 2026: the limit to ask for a mandatory "
                + "reconsideration was 20 Nov 2026, and it has passed."), todos.toString());
        uk.cml.domain.standing.StandingReport report = standing.report(caseId, today);
        List<uk.cml.domain.standing.Deadline> passed = report.open(today).stream()
                .filter(d -> uk.cml.domain.standing.PassedLimits.lateStillPossible(d, today, report.facts())).toList();
        assertEquals(2, passed.size(), passed.toString());
    }

    private List<TodoItem> everything() {
        List<TodoItem> items = new java.util.ArrayList<>(sent.todos(caseId, TODAY));
        items.addAll(standing.todos(caseId, TODAY));
        return items;
    }

    private List<TodoItem> chases() {
        return Todos.gather(everything(), TODAY).stream().filter(i -> i.kind() == TodoKind.REPLY_OVERDUE
                || i.letter().equals(Optional.of("chase-reply"))).toList();
    }
}
