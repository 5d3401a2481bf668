package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.common.Messages;

/**
 * The choices under "This payment was for": let the app work it out, or one of the dues so far, newest first. The
 * parent often knows better than matching by date (the bank reference says "July maintenance").
 */
final class DueChoices {

    /** One choice: the due's date, or empty to let the app match the payment by its date. */
    record Choice(Optional<LocalDate> due, String label) {
    }

    static final Choice LET_THE_APP = new Choice(Optional.empty(), Messages.text("payments.dueChoices.letTheApp"));

    private DueChoices() {
    }

    /**
     * The choices for a payment linked to {@code current} (empty when it is not): a link to a date that is no longer
     * a due is kept as a choice of its own, said so, so saving the payment unchanged never drops it unseen.
     */
    static List<Choice> of(ArrearsSchedule schedule, Optional<LocalDate> current) {
        List<Choice> choices = new ArrayList<>();
        choices.add(LET_THE_APP);
        List<ScheduleLine> lines = schedule.lines();
        current.filter(date -> lines.stream().noneMatch(line -> line.date().equals(date)))
                .ifPresent(date -> choices.add(new Choice(current, date.isAfter(schedule.asOf())
                        ? UkFormats.shortDate(date) : noLongerADue(date))));
        for (int i = lines.size() - 1; i >= 0; i--) {
            ScheduleLine line = lines.get(i);
            choices.add(new Choice(Optional.of(line.date()), Messages.text("payments.dueChoices.due",
                    UkFormats.shortDate(line.date()), line.due().format())));
        }
        return choices;
    }

    /** The choice showing {@code due} among {@code choices}, or "let the app work it out". */
    static Choice find(List<Choice> choices, Optional<LocalDate> due) {
        return choices.stream().filter(c -> c.due().equals(due)).findFirst().orElse(LET_THE_APP);
    }

    /** For the payments list: the due it was for, or that its link no longer counts; empty when matched by date. */
    static String column(Payment payment, ArrearsSchedule schedule) {
        return payment.forDue().map(date -> schedule.linksToNoDue().contains(payment)
                ? Messages.text("payments.dueChoices.noLongerADueShort") : UkFormats.shortDate(date)).orElse("");
    }

    /** Beside the choice: a link the matching leaves out because the plan changed, and what the app does instead. */
    static String warning(Optional<LocalDate> chosen, ArrearsSchedule schedule) {
        return chosen.filter(date -> schedule.lines().stream().noneMatch(line -> line.date().equals(date))
                        && !date.isAfter(schedule.asOf()))
                .map(date -> Messages.text("payments.dueChoices.noLongerADueWarning", UkFormats.shortDate(date)))
                .orElse("");
    }

    private static String noLongerADue(LocalDate date) {
        return Messages.text("payments.dueChoices.noLongerADue", UkFormats.shortDate(date));
    }
}
