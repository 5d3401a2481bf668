package uk.cml.ui.overview;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.ui.shell.Destination;

/** Each to-do's button says what it does and lands on the item itself, worked out without a window. */
class TodoActionsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 5);

    private static TodoActions.Action action(TodoKind kind, long id) {
        return TodoActions.of(new TodoItem(DUE, "something to do", kind, id));
    }

    @Test
    void aShortPaymentLandsOnItsDueToRecordThePayment() {
        TodoActions.Action action = action(TodoKind.PAYMENT_SHORT, 7);
        assertEquals("Record the payment", action.label());
        assertEquals(new Destination.PaymentsAt(DUE), action.destination());
        assertEquals("payments", action.destination().page());
    }

    @Test
    void letterToDosLandOnThatLetterSelected() {
        assertEquals(new TodoActions.Action("Record the posting", new Destination.LettersSelecting(41)),
                action(TodoKind.POST_LETTER, 41));
        assertEquals(new TodoActions.Action("Record the proof of postage", new Destination.LetterCertificate(42)),
                action(TodoKind.ATTACH_PROOF, 42));
        assertEquals(new TodoActions.Action("Attach the photo", new Destination.LetterCertificate(42)),
                action(TodoKind.ATTACH_PROOF_PHOTO, 42));
        assertEquals(new TodoActions.Action("Chase the reply", new Destination.LettersSelecting(43)),
                action(TodoKind.REPLY_OVERDUE, 43));
        // Made before the records changed: the letter opens on what changed, with the button that makes it again.
        assertEquals(new TodoActions.Action("See what changed", new Destination.LettersSelecting(44)),
                action(TodoKind.MAKE_REPORT_AGAIN, 44));
        // Typing not saved yet: the page whose form holds it.
        assertEquals(new TodoActions.Action("Open the page", new Destination.Page("letters")),
                action(TodoKind.TYPING_ON_LETTERS, 0));
        // A change typed to a letter sent: that letter, opened with the typing (not the page's lists alone).
        assertEquals(new TodoActions.Action("Open the letter", new Destination.LettersSelecting(45)),
                action(TodoKind.TYPING_ON_LETTERS, 45));
    }

    @Test
    void callToDosLandOnThatCallSelected() {
        assertEquals(new Destination.CallSelecting(9), action(TodoKind.FOLLOW_UP_CALL, 9).destination());
        assertEquals(new Destination.CallSelecting(9), action(TodoKind.CALL_PROMISE_LATE, 9).destination());
        assertEquals("calls", action(TodoKind.FOLLOW_UP_CALL, 9).destination().page());
        // A call with no answer to "Did you tell them about missed payments?": opened at that question.
        assertEquals(new TodoActions.Action("Answer the question", new Destination.CallToldMissedPayments(9)),
                action(TodoKind.ANSWER_TOLD_MISSED_PAYMENTS, 9));
        assertEquals("calls", action(TodoKind.ANSWER_TOLD_MISSED_PAYMENTS, 9).destination().page());
    }

    @Test
    void paymentWideToDosOpenThePlanTheWriterOrTheForm() {
        assertEquals(new Destination.PaymentPlans(), action(TodoKind.ADD_PLAN, 0).destination());
        assertEquals(new Destination.LetterAboutMissedPayments(), action(TodoKind.MISSED_IN_A_ROW, 0).destination());
        assertEquals(new Destination.PaymentsReceived(), action(TodoKind.SETTLEMENT_SHORT, 0).destination());
        assertEquals(new Destination.LetterFromTemplate("arrears-breakdown"),
                action(TodoKind.CMS_DIFFERENCE, 0).destination());
        assertEquals("write-letter", action(TodoKind.CMS_DIFFERENCE, 0).destination().page());
    }

    @Test
    void aDeadlineWithALetterStartsThatLetterAndOneWithoutShowsTheDates() {
        TodoActions.Action write = TodoActions.of(new TodoItem(DUE, "Write the review request", TodoKind.DEADLINE, 0,
                Optional.of("senior-review")));
        assertEquals(new TodoActions.Action("Write the letter", new Destination.LetterFromTemplate("senior-review")),
                write);
        TodoActions.Action dates = action(TodoKind.DEADLINE, 0);
        assertEquals(new TodoActions.Action("See the dates", new Destination.StandingDates()), dates);
        assertEquals("where-things-stand", dates.destination().page());
    }

    @Test
    void aDeadlineFromARecordCarriesThatRecordToTheWriterOrToTheDateItself() {
        SentLetter complaint = new SentLetter(12, 1, DUE, Optional.of(DUE), new Recipient(Optional.empty(), "CMS", ""),
                "Complaint", LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        Deadline.From from = new Deadline.From.Sent(complaint);
        DueDate due = new DueDate(DUE.plusDays(20), DUE.plusDays(20), DueDate.Move.NONE, "15 working days");
        Deadline chase = new Deadline("CMS target to reply to your complaint", "Chase the reply", Optional.of("chase-reply"),
                due, false, from);
        assertEquals(new TodoActions.Action("Write the letter", new Destination.LetterForDeadline("chase-reply", from)),
                TodoActions.of(TodoItem.of(chase, "Chase the reply", SeededFacts.calendar())));
        Deadline ack = new Deadline("CMS target to acknowledge your complaint", "Phone the CMS", Optional.empty(), due,
                false, from);
        assertEquals(new TodoActions.Action("See the dates", new Destination.StandingDeadline(ack)),
                TodoActions.of(TodoItem.of(ack, "Phone the CMS", SeededFacts.calendar())));
    }

    @Test
    void noButtonJustSaysOpen() {
        Arrays.stream(TodoKind.values()).forEach(kind -> assertNotEquals("Open", action(kind, 1).label(), kind.name()));
    }

    /** A CMS case saved without its reference: the Case page at the reference, where it is added (reviewer rv10). */
    @Test
    void addingTheReferenceOpensTheCasePage() {
        assertEquals(new TodoActions.Action("Add the reference", new Destination.CaseReference()),
                action(TodoKind.ADD_CMS_REFERENCE, 4));
        assertEquals("case", action(TodoKind.ADD_CMS_REFERENCE, 4).destination().page());
    }
}
