package uk.cml.ui.shell;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.standing.Deadline;

/**
 * Where the parent can be taken in the main window: a page, and what on it to show. Each destination names the page
 * it belongs to; the navigator selects that page and hands it the destination.
 */
public sealed interface Destination {

    /** The sidebar key of the page this destination is on. */
    String page();

    /** A page as it is, such as "settings". */
    record Page(String key) implements Destination {
        public Page {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String page() {
            return key;
        }
    }

    /**
     * Settings, at Check records, showing what a check already made found (the one made after opening, at
     * {@code checkedAt}) while the records are as it saw them.
     */
    record CheckRecordsFound(uk.cml.safety.CheckReport report, java.time.LocalDateTime checkedAt)
            implements Destination {
        public CheckRecordsFound {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(checkedAt, "checkedAt");
        }

        @Override
        public String page() {
            return "settings";
        }
    }

    /** Settings, at the CMS time limits the app counts with, where the parent can correct one. */
    record TimeLimits() implements Destination {
        @Override
        public String page() {
            return "settings";
        }
    }

    /** Somewhere on the Payments page. */
    sealed interface OnPayments extends Destination {
        @Override
        default String page() {
            return "payments";
        }
    }

    /** Payments, on the due payments tab, with the due of this date selected. */
    record PaymentsAt(LocalDate due) implements OnPayments {
        public PaymentsAt {
            Objects.requireNonNull(due, "due");
        }
    }

    /** Payments, on the payment plans tab. */
    record PaymentPlans() implements OnPayments {
    }

    /**
     * Payments, on the payment plans tab, with a new plan begun from a CMS decision the parent has just logged: the
     * amount, the day it starts and how often where the decision's words hold them, and where it came from. Nothing
     * is saved until the parent checks it and presses Save.
     */
    record PlanFromDecision(Optional<uk.cml.domain.Money> amount, Optional<LocalDate> firstDue,
                            Optional<uk.cml.domain.arrears.PaymentFrequency> every, String source)
            implements OnPayments {
        public PlanFromDecision {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(firstDue, "firstDue");
            Objects.requireNonNull(every, "every");
            Objects.requireNonNull(source, "source");
        }

        /** One whose words do not say how often: the form keeps how often the plan it follows has. */
        public PlanFromDecision(Optional<uk.cml.domain.Money> amount, Optional<LocalDate> firstDue, String source) {
            this(amount, firstDue, Optional.empty(), source);
        }
    }

    /** Payments, on the payments received tab, ready to record one. */
    record PaymentsReceived() implements OnPayments {
    }

    /**
     * The Case page at the CMS reference, its box in view and the keyboard in it: for a case saved without it, as the
     * parent chose ("I don't have it to hand"), the reference is four screens down the page.
     */
    record CaseReference() implements Destination {
        @Override
        public String page() {
            return "case";
        }
    }

    /** Letters, with this letter (one the parent sent) selected and open. */
    record LettersSelecting(long letterId) implements Destination {
        @Override
        public String page() {
            return "letters";
        }
    }

    /** Letters, with this letter open at its certificate of posting, for its photo to be attached. */
    record LetterCertificate(long letterId) implements Destination {
        @Override
        public String page() {
            return "letters";
        }
    }

    /** Calls, with this call selected and open. */
    record CallSelecting(long callId) implements Destination {
        @Override
        public String page() {
            return "calls";
        }
    }

    /**
     * Calls, with this call open at "Did you tell them about missed payments on this call?", in view and focused:
     * for a call logged before the question was asked.
     */
    record CallToldMissedPayments(long callId) implements Destination {
        @Override
        public String page() {
            return "calls";
        }
    }

    /** "Where things stand", scrolled to its dates to watch. */
    record StandingDates() implements Destination {
        @Override
        public String page() {
            return "where-things-stand";
        }
    }

    /** "Where things stand", scrolled to this date to watch, which is marked out. */
    record StandingDeadline(Deadline deadline) implements Destination {
        public StandingDeadline {
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public String page() {
            return "where-things-stand";
        }
    }

    /** The letter writer, started on a letter: a template, or from a record the letter is about. */
    sealed interface WriteLetter extends Destination {
        @Override
        default String page() {
            return "write-letter";
        }
    }

    /** The writer as it is, for the parent to choose the letter. */
    record ChooseLetter() implements WriteLetter {
    }

    /**
     * The writer on the template with this key, such as "arrears-breakdown"; {@code remaking}, the letter not posted
     * yet that "Make it again" began it from, which the new one offers to take the place of even when the log cannot
     * tell which call, letter or decision a letter of this kind was about.
     */
    record LetterFromTemplate(String templateKey, java.util.Optional<Long> remaking) implements WriteLetter {
        public LetterFromTemplate {
            Objects.requireNonNull(remaking, "remaking");
        }

        public LetterFromTemplate(String templateKey) {
            this(templateKey, java.util.Optional.empty());
        }
    }

    /** The letter confirming in writing what was said on a call. */
    record LetterFromCall(Call call) implements WriteLetter {
    }

    /**
     * The letter that meets a date on "Where things stand" (the template with this key), filled in from the record
     * the date is counted from: the letter to chase, the CMS's reply to a complaint, the decision to challenge.
     */
    record LetterForDeadline(String templateKey, Deadline.From from) implements WriteLetter {
        public LetterForDeadline {
            Objects.requireNonNull(templateKey, "templateKey");
            Objects.requireNonNull(from, "from");
        }
    }

    /** The letter about payments that have not arrived in full. */
    record LetterAboutMissedPayments() implements WriteLetter {
    }

    /**
     * The reply that fits a letter the parent received, the parent's letter it answers, if it is linked, and the CMS
     * decision it was logged as, if it is one (the reply is then that decision's).
     */
    record ReplyTo(ReceivedLetter letter, Optional<SentLetter> answers,
                   Optional<uk.cml.domain.standing.Decision> decision) implements WriteLetter {
        public ReplyTo(ReceivedLetter letter, Optional<SentLetter> answers) {
            this(letter, answers, Optional.empty());
        }
    }

    /** A letter chasing one the parent sent that has had no answer. */
    record ChaseUnanswered(SentLetter letter) implements WriteLetter {
    }
}
