package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Validated;
import uk.cml.domain.arrears.AmountRules;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentInput;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentRules;
import uk.cml.domain.arrears.QuickEntryWords;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.CaseOfForm;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;

/**
 * What quick entry does for the due chosen in the schedule, without a window. Each one-click entry records an
 * ordinary payment linked to that due, then says so beside the buttons with Undo ({@link #notice}); Undo moves the
 * payment to the bin, as removing it by hand does, so its history is kept and it can be put back. The notice stays
 * until the parent chooses another due, the page says something else, or another case is shown: no timer, as a
 * parent who looks away for a minute should still find it.
 *
 * <p>Only what the parent said arrived is recorded, on the day they said: part of a due dated when it reached them
 * (the due's own date only for a due of today), the rest left owed; the rest of a part-paid due dated when it came.
 */
final class QuickEntryModel {

    private final PaymentsModel model;
    private final PageStatus notice = new PageStatus();
    private final StringProperty problem = new SimpleStringProperty("");
    /** Whether the problem is that the day the money arrived is needed (the view then puts the keys in its box). */
    private boolean asksForDate;
    private final javafx.beans.property.ObjectProperty<LocalDate> dueDayOffered =
            new javafx.beans.property.SimpleObjectProperty<>();
    private ScheduleLine chosen;
    /** The case whose due was chosen: what quick entry records for it goes to that case only. */
    private final CaseOfForm begun;
    /** The due and the case the notice is about; null when it says nothing. */
    private LocalDate noticeDue;
    private long noticeCase;
    /** A save under way: a second click meanwhile (a double click) records nothing more. */
    private boolean saving;
    /** The button whose save the notice tells of, while it does: its second click with nothing typed is let be. */
    private Pressed lastRecorded;

    /** The buttons that record. */
    private enum Pressed { FULL, PART, LATE }

    QuickEntryModel(PaymentsModel model) {
        this.model = model;
        this.begun = model.caseOfForm(() -> { }); // the schedule then empties the choice
        // Whatever the page says next (another save, a removal, a problem) replaces the notice and its Undo.
        model.status().textProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                dismiss();
            }
        });
        model.loaded().addListener((obs, old, now) -> {
            if (now != null && noticeDue != null && now.caseFile().id() != noticeCase) {
                dismiss();
            }
        });
    }

    /** "Recorded £51.87 for 4 Dec 2026." with Undo, or what Undo did. */
    PageStatus notice() {
        return notice;
    }

    /** Why nothing was recorded (a missing date, a wrong amount); empty when there is no problem. */
    ReadOnlyStringProperty problem() {
        return problem;
    }

    /**
     * The due now chosen, or null. A reload after a save chooses the same due again (or none, if the filter hides
     * it now): only another due takes the notice away.
     */
    void choose(ScheduleLine line) {
        chosen = line;
        begun.begin();
        say("", false);
        if (line != null && noticeDue != null && !line.date().equals(noticeDue)) {
            dismiss();
        }
    }

    /**
     * What is still owed arrived in full on {@code arrivedOn}. With no date given nothing is recorded: the parent is
     * asked when it arrived, with the due's own day offered as one click ({@link #paidInFullOnDueDay}); recorded on
     * the due's day without asking, the pack said it arrived then. When part of it had already arrived, only a typed
     * date will do (the rest came on another day than the part).
     */
    void paidInFull(Optional<LocalDate> arrivedOn) {
        ScheduleLine line = chosen;
        if (line == null) {
            return;
        }
        if (arrivedOn.isPresent()) {
            record(Pressed.FULL, line, arrivedOn.get(), owedOn(line, arrivedOn.get()), "");
            return;
        }
        boolean partArrived = line.received().isPositive() && !line.date().equals(model.today());
        if (partArrived) {
            say(Messages.text("payments.quickEntry.enterTheDateTheRestArrived"), true);
            return;
        }
        // Asked, as for a part: the pack lists each payment on the day it arrived, so that day is one the parent gave.
        // The due's own day is offered as one click, but nothing is recorded until the parent chooses it.
        say(Messages.text(line.collectAndPay() ? "payments.quickEntry.whenDidItArriveFromTheCms"
                : "payments.quickEntry.whenDidItArrive", CalendarText.dayAndDate(line.date())), true);
        dueDayOffered.set(line.date());
    }

    /**
     * The due's own day, while the parent is asked when a due paid in full arrived and may answer "on its due day"
     * with one click; null otherwise.
     */
    ReadOnlyObjectProperty<LocalDate> dueDayOfferedProperty() {
        return dueDayOffered;
    }

    /** The parent's answer: what was still owed arrived in full on the due's own day, as offered. */
    void paidInFullOnDueDay() {
        ScheduleLine line = chosen;
        LocalDate offered = dueDayOffered.get();
        if (line == null || offered == null || !offered.equals(line.date())) {
            return;
        }
        record(Pressed.FULL, line, offered, owedOn(line, offered), "");
    }

    /**
     * Part of it arrived on {@code arrivedOn}: only that part is recorded, on that day; the rest stays owed. With no
     * date given, a due of today is dated today; for an older due the parent is asked when it arrived, as dating it on
     * the due's day would say it came on time. An amount that is all still owed is recorded as in full, not as a part;
     * one above it is refused with what to do instead.
     */
    void partPaid(String amount, Optional<LocalDate> arrivedOn) {
        ScheduleLine line = chosen;
        if (line == null || secondClick(line, Pressed.PART, amount.isBlank() && arrivedOn.isEmpty())) {
            return;
        }
        Optional<LocalDate> on = arrivedOn.or(() -> Optional.of(line.date()).filter(d -> d.equals(model.today())));
        Validated<Money> typed = AmountRules.typed(amount, Messages.text("payments.quickEntry.theAmountReceived"));
        // Through the CMS what is owed is what reaches the parent after the fee of the day it arrived.
        Money owed = AmountRules.read(owedOn(line, on.orElse(line.date())));
        int versusOwed = typed.isOk() ? typed.value().compareTo(owed) : -1;
        if (versusOwed > 0) {
            // Not a part: saved here it would read "Part paid", and quick entry has nowhere to put the extra.
            say(Messages.text(line.collectAndPay() ? "payments.quickEntry.moreThanOwedArrived"
                    : "payments.quickEntry.moreThanOwedPaid", typed.value().format(), owed.format()), false);
            return;
        }
        if (on.isEmpty()) {
            String date = Messages.text(line.collectAndPay() ? "payments.quickEntry.enterTheDateThePartArrived"
                    : "payments.quickEntry.enterTheDateThePartPaid");
            // Both problems at once: the amount's was told only after the date was given, at a second try.
            say(typed.problem().map(wrong -> wrong + " " + date).orElse(date), typed.isOk());
            return;
        }
        if (versusOwed == 0) {
            // All that was still owed came: recorded, and said, as in full, never as a part payment.
            record(Pressed.PART, line, on.get(), amount, "", Messages.text(line.collectAndPay()
                    ? "payments.quickEntry.allOfItArrived" : "payments.quickEntry.allOfItPaid"));
            return;
        }
        record(Pressed.PART, line, on.get(), amount, words(line, "payments.quickEntry.partPaidNote",
                "payments.quickEntry.partArrivedNote"));
    }

    /** What was still owed arrived in full on {@code arrivedOn}, after the due's day. */
    void paidLate(Optional<LocalDate> arrivedOn) {
        ScheduleLine line = chosen;
        if (line == null || secondClick(line, Pressed.LATE, arrivedOn.isEmpty())) {
            return;
        }
        if (arrivedOn.isEmpty()) {
            say(Messages.text("payments.quickEntry.enterTheDateTheMoney"), true);
            return;
        }
        // The note says what the bank statement shows under every arrangement: when it arrived, not when it was sent.
        record(Pressed.LATE, line, arrivedOn.get(), owedOn(line, arrivedOn.get()),
                Messages.text("payments.quickEntry.arrivedLate"));
    }

    /** What was typed in the date box is not a date: nothing is recorded (a guess at the day would be). */
    void notADate() {
        say(Messages.text("payments.adjustmentChecks.thatIsNotADate"), true);
    }

    /**
     * Nothing to save: a due with nothing received against it already counts as missed. Said beside the button
     * pressed, in the notice's place (the page's status line is at the top of the page, far from it).
     */
    void missed() {
        if (chosen != null) {
            say("", false);
            noticeDue = chosen.date();
            noticeCase = model.caseId();
            notice.say(chosen.status() == LineStatus.NOTHING_RECEIVED && chosen.paidOver().isPositive()
                    ? Messages.text("payments.quickEntry.nothingToRecordPaidOver",
                            CalendarText.dayAndDate(chosen.date()), chosen.paidOver().format())
                    : chosen.nothingMatched()
                    ? Messages.text("payments.quickEntry.nothingToRecordNothingArrived",
                            CalendarText.dayAndDate(chosen.date()))
                    : Messages.text("payments.quickEntry.nothingToRecordThePayment",
                            CalendarText.dayAndDate(chosen.date()), chosen.matchedText()));
        }
    }

    /** Whether the problem shown asks for the day the money arrived. */
    boolean asksForDate() {
        return asksForDate;
    }

    private void say(String why, boolean aboutTheDate) {
        dueDayOffered.set(null);
        asksForDate = aboutTheDate && !why.isEmpty();
        problem.set(why);
    }

    private static String words(ScheduleLine line, String paidKey, String arrivedKey) {
        return Messages.text(line.collectAndPay() ? arrivedKey : paidKey);
    }

    /**
     * What is still owed on it; through the CMS, what reaches the parent of it after the CMS's fee, as a payment
     * through the CMS is recorded as what arrived (and worked back to what the CMS collected).
     */
    private String owedOn(ScheduleLine line, LocalDate arrived) {
        Money owed = line.shortBy();
        if (model.usualMethod() == PaymentMethod.THROUGH_CMS && model.now().isPresent()) {
            owed = model.now().get().schedule().passedOnThroughCms(arrived, owed);
        }
        return owed.toPlainString();
    }

    private void record(Pressed pressed, ScheduleLine line, LocalDate on, String amount, String note) {
        record(pressed, line, on, amount, note, "");
    }

    /**
     * Whether this click is the second of a double click: one on the button whose save the notice tells of, for the
     * same due, with nothing typed (the save emptied the boxes). Answered, it put "Enter the amount received" in the
     * place of "Recorded ...", and the parent thought the save had failed.
     */
    private boolean secondClick(ScheduleLine line, Pressed pressed, boolean nothingTyped) {
        return nothingTyped && pressed == lastRecorded && notice.canUndo() && line.date().equals(noticeDue);
    }

    /** @param also a sentence added to the notice (empty: none) */
    private void record(Pressed pressed, ScheduleLine line, LocalDate on, String amount, String note, String also) {
        if (model.now().isEmpty() || saving) {
            return; // a click while the last one's save is under way (a double click) records nothing more
        }
        // A due of the case shown when it was chosen: until the new case's dues are in the table, the one chosen
        // is still the other case's, and recorded now its money would be credited to this one.
        Optional<String> elsewhere = begun.refusal(Messages.text("payments.panel.noun"));
        if (elsewhere.isPresent()) {
            say(elsewhere.get(), false);
            return;
        }
        // The parent chose the due and said what arrived for it: the payment is linked to that due, so the matching
        // never gives it to another (a late payment arriving in the next due's early days paid the next one).
        PaymentInput input = new PaymentInput(amount, on, model.usualMethod(), "",
                note.isEmpty() ? "" : QuickEntryWords.forDue(note, line.date()),
                Optional.of(line.date()));
        Map<String, String> problems = PaymentRules.problems(input, model.today(), model.now().get().records().plans());
        if (!problems.isEmpty()) {
            say(String.join(" ", problems.values()), false);
            return;
        }
        say("", false);
        Payment payment = PaymentRules.toPayment(input, 0);
        long caseId = model.caseId();
        String recorded = recordedWords(line, on, payment.amount());
        String said = also.isEmpty() ? recorded : recorded + " " + also;
        saving = true;
        model.jobs.start(() -> model.store.savePayment(caseId, payment), id -> {
            saving = false;
            model.status().clear(); // an older notice at the top of the page (and its Undo) gives way to this one
            noticeDue = line.date();
            noticeCase = caseId;
            lastRecorded = pressed;
            notice.sayWithUndo(said, () -> undo(id, payment));
            model.reload();
        }, error -> {
            saving = false;
            model.showProblem(error);
        });
    }

    /**
     * "Recorded £51.87 for Sun 15 Nov 2026." Through the CMS, what reached the parent and what the CMS collected for
     * it, as the table beside it shows the latter: "Recorded £49.80 reaching you (£51.87 before the CMS fee) ...".
     */
    private String recordedWords(ScheduleLine line, LocalDate on, Money arrived) {
        String dueDay = CalendarText.dayAndDate(line.date());
        var schedule = model.now().map(PaymentsModel.Loaded::schedule);
        if (model.usualMethod() == PaymentMethod.THROUGH_CMS && schedule.isPresent() && schedule.get().feeApplies()) {
            Money collected = schedule.get().collectedThroughCms(on, arrived, java.util.List.of(line.due()));
            if (!collected.equals(arrived)) {
                return on.equals(line.date())
                        ? Messages.text("payments.quickEntry.recordedReachingFor", arrived.format(),
                                collected.format(), dueDay)
                        : Messages.text("payments.quickEntry.recordedReachingOnFor", arrived.format(),
                                UkFormats.shortDate(on), collected.format(), dueDay);
            }
        }
        return on.equals(line.date())
                ? Messages.text("payments.quickEntry.recordedFor", arrived.format(), dueDay)
                : Messages.text("payments.quickEntry.recordedOnFor", arrived.format(), UkFormats.shortDate(on),
                        dueDay);
    }

    /** Moves the payment just recorded to the bin, as removing it by hand does: its history stays. */
    private void undo(long id, Payment payment) {
        model.jobs.start(() -> {
            model.store.moveToBin(Kind.PAYMENT, id);
            return id;
        }, done -> {
            notice.done(Messages.text("payments.quickEntry.undone", payment.amount().format(),
                    UkFormats.shortDate(payment.date())));
            model.reload();
        }, model::showProblem);
    }

    private void dismiss() {
        noticeDue = null;
        notice.clear();
    }
}
