package uk.cml.ui.overview;

import uk.cml.domain.standing.PlanChange;
import uk.cml.domain.todo.TodoItem;
import uk.cml.ui.common.Messages;
import uk.cml.ui.shell.Destination;

/** The button each to-do gets on the Overview: words that say what it does, and the item it lands on. */
final class TodoActions {

    /** A to-do's button. */
    record Action(String label, Destination destination) {
    }

    private TodoActions() {
    }

    static Action of(TodoItem item) {
        return switch (item.kind()) {
            case POST_LETTER, POST_REPORT -> new Action(Messages.text("overview.todoActions.recordThePosting"),
                    new Destination.LettersSelecting(item.sourceId()));
            case MAKE_LETTER_AGAIN, MAKE_REPORT_AGAIN -> new Action(Messages.text("overview.todoActions.seeWhatChanged"),
                    new Destination.LettersSelecting(item.sourceId()));
            case ATTACH_PROOF -> new Action(Messages.text("overview.todoActions.recordTheProof"),
                    new Destination.LetterCertificate(item.sourceId()));
            case ATTACH_PROOF_PHOTO -> new Action(Messages.text("overview.todoActions.attachThePhoto"),
                    new Destination.LetterCertificate(item.sourceId()));
            case REPLY_OVERDUE -> new Action(Messages.text("overview.todoActions.chaseTheReply"),
                    new Destination.LettersSelecting(item.sourceId()));
            case FOLLOW_UP_CALL -> new Action(Messages.text("overview.todoActions.followUpTheCall"),
                    new Destination.CallSelecting(item.sourceId()));
            case CALL_PROMISE_LATE -> new Action(Messages.text("overview.todoActions.seeTheCall"),
                    new Destination.CallSelecting(item.sourceId()));
            case ANSWER_TOLD_MISSED_PAYMENTS -> new Action(Messages.text("overview.todoActions.answerTheQuestion"),
                    new Destination.CallToldMissedPayments(item.sourceId()));
            case ADD_CMS_REFERENCE -> new Action(Messages.text("overview.todoActions.addTheReference"),
                    new Destination.CaseReference());
            case ADD_PLAN -> new Action(Messages.text("overview.todoActions.addThePaymentPlan"),
                    new Destination.PaymentPlans());
            // The plan form opened for the new amount, saying where it came from, filled with the amount, the day it
            // starts and how often, where the decision's words say them (PlanChange), for the parent to check; what
            // they do not say is left for the parent to type from the letter, never guessed.
            case CHECK_AMOUNT_AFTER_DECISION -> new Action(Messages.text("overview.todoActions.addTheNewAmount"),
                    new Destination.PlanFromDecision(item.planChange().flatMap(PlanChange::amount),
                            item.planChange().flatMap(PlanChange::startsOn),
                            item.planChange().flatMap(PlanChange::every),
                            Messages.text("standing.planChange.source",
                                    uk.cml.domain.UkFormats.shortDate(item.due()))));
            case PAYMENT_SHORT -> new Action(Messages.text("overview.todoActions.recordThePayment"),
                    new Destination.PaymentsAt(item.due()));
            case MISSED_IN_A_ROW, TELL_THE_CMS -> new Action(Messages.text("overview.todoActions.writeAboutTheMissedPayments"),
                    new Destination.LetterAboutMissedPayments());
            case SETTLEMENT_SHORT -> new Action(Messages.text("overview.todoActions.recordWhatArrived"),
                    new Destination.PaymentsReceived());
            case CMS_DIFFERENCE -> new Action(Messages.text("overview.todoActions.askTheCmsForA"),
                    new Destination.LetterFromTemplate("arrears-breakdown"));
            case TYPING_ON_CALLS -> new Action(Messages.text("overview.todoActions.openThePage"),
                    new Destination.Page("calls"));
            case TYPING_ON_NOTES -> new Action(Messages.text("overview.todoActions.openThePage"),
                    new Destination.Page("notes"));
            // A change to a letter sent: that letter opened, with what was typed in it.
            case TYPING_ON_LETTERS -> item.sourceId() > 0
                    ? new Action(Messages.text("overview.todoActions.openTheLetter"),
                    new Destination.LettersSelecting(item.sourceId()))
                    : new Action(Messages.text("overview.todoActions.openThePage"), new Destination.Page("letters"));
            case TYPING_ON_PAYMENTS -> new Action(Messages.text("overview.todoActions.openThePage"),
                    new Destination.Page("payments"));
            case TYPING_ON_CASE -> new Action(Messages.text("overview.todoActions.openThePage"),
                    new Destination.Page("case"));
            case TYPING_ON_ADDRESSES -> new Action(Messages.text("overview.todoActions.openThePage"),
                    new Destination.Page("addresses"));
            case TYPING_ON_STANDING -> new Action(Messages.text("overview.todoActions.openThePage"),
                    new Destination.Page(uk.cml.ui.standing.StandingView.KEY));
            case TYPING_IN_LETTER -> new Action(Messages.text("overview.todoActions.openTheLetter"),
                    item.letter().<Destination>map(Destination.LetterFromTemplate::new)
                            .orElse(new Destination.Page("write-letter")));
            case DEADLINE -> deadline(item);
        };
    }

    /** A date to meet: the letter that meets it, filled in from the record it comes from, or the date itself. */
    private static Action deadline(TodoItem item) {
        if (item.letter().isPresent()) {
            String key = item.letter().get();
            return new Action(Messages.text("overview.todoActions.writeTheLetter"), item.deadline()
                    .<Destination>map(d ->
                    new Destination.LetterForDeadline(key, d.from())).orElse(new Destination.LetterFromTemplate(key)));
        }
        return new Action(Messages.text("overview.todoActions.seeTheDates"), item.deadline()
                .<Destination>map(Destination.StandingDeadline::new)
                .orElse(new Destination.StandingDates()));
    }
}
