package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentSpread;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.calendar.CalendarText;
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
                        ? CalendarText.dayAndDate(date) : noLongerADue(date))));
        for (int i = lines.size() - 1; i >= 0; i--) {
            ScheduleLine line = lines.get(i);
            choices.add(new Choice(Optional.of(line.date()), Messages.text("payments.dueChoices.due",
                    CalendarText.dayAndDate(line.date()), line.due().format())));
        }
        return choices;
    }

    /** The choice showing {@code due} among {@code choices}, or "let the app work it out". */
    static Choice find(List<Choice> choices, Optional<LocalDate> due) {
        return choices.stream().filter(c -> c.due().equals(due)).findFirst().orElse(LET_THE_APP);
    }

    /**
     * For the payments list: the due or dues the money counts towards, whether the parent said which or the app
     * matched it by its date, as the due payments table shows it ("Fri 4 Dec 2026", "Fri 27 Nov 2026 and Fri 4 Dec
     * 2026", the due most of it was for first, "3 dues: 25 Sep, 9 Oct and 13 Nov 2026"); ", as you said" when it
     * went to the due the parent chose. The due of the payment's own day is named like any other ({@link #due}).
     * Money not (yet) used for a due says where it is (see {@link PaymentSpread}).
     */
    static String column(Payment payment, ArrearsSchedule schedule) {
        if (payment.date().isAfter(schedule.asOf())) {
            return "";
        }
        PaymentSpread spread = PaymentSpread.of(schedule, payment.date(), payment.amount());
        List<LocalDate> dues = spread.dues();
        boolean stale = payment.forDue().isPresent() && schedule.linksToNoDue().contains(payment);
        // Money beyond the dues is kept for later dues: what pays an agreed settlement is counted against the dues
        // it covers (DueMatcher), so it is among the dues above, never left over.
        if (dues.isEmpty()) {
            String kept = Messages.text("payments.dueChoices.keptForLater");
            return stale ? Messages.text("payments.dueChoices.chosenNoLongerADue", kept) : kept;
        }
        // Two dues: the one the money was mainly for first (£45.00 of it for 14 Sep, £1.88 to 7 Sep's arrears).
        List<LocalDate> mainFirst = spread.mainFirst();
        LocalDate paid = payment.date();
        String text = dues.size() == 1 ? due(dues.get(0), paid, true)
                : dues.size() == 2 ? Messages.text("payments.dueChoices.twoDues",
                        due(mainFirst.get(0), paid, true), due(mainFirst.get(1), paid, false))
                : Messages.text("payments.dueChoices.manyDues", dues.size(), each(dues));
        if (spread.left().isPositive()) {
            text = Messages.text("payments.dueChoices.restKeptForLater", text, spread.left().format());
        }
        if (stale) {
            return Messages.text("payments.dueChoices.chosenNoLongerADue", text);
        }
        return payment.forDue().filter(dues::contains).isPresent()
                ? Messages.text("payments.dueChoices.asYouSaid", text) : text;
    }

    /**
     * {@link #column} as its cell shows it: the spaces inside each date kept ("9" over "Oct and 13 Nov 2026" read
     * as two dates), so the cell wraps only between dates and words.
     */
    static String cell(Payment payment, ArrearsSchedule schedule) {
        return uk.cml.ui.common.KeptTogether.dates(column(payment, schedule));
    }

    /**
     * A due in the payments list: "Fri 27 Nov 2026", named in full even when it is the payment's own day. "That day
     * (Fri), as you said" stood where every other row named its due (reviewer rv3, 5 Dec 2026), and read as the day
     * of something else. {@code paid} and {@code first} are kept for the callers' shape.
     */
    private static String due(LocalDate due, LocalDate paid, boolean first) {
        return CalendarText.dayAndDate(due);
    }

    /**
     * Each of three or more dues, oldest first, the year said once after its own days: "25 Sep, 9 Oct and 13 Nov
     * 2026", "1 Nov, 1 Dec 2026 and 1 Jan 2027". "3 dues, Fri 25 Sep 2026 to that day (Fri)" read as every due from
     * the first to the last, when the money paid only the shortfalls among them.
     */
    private static String each(List<LocalDate> dues) {
        List<String> days = new ArrayList<>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            LocalDate due = dues.get(i);
            boolean lastOfItsYear = i + 1 == dues.size() || dues.get(i + 1).getYear() != due.getYear();
            days.add(lastOfItsYear ? uk.cml.domain.UkFormats.shortDate(due) : CalendarText.dayAndMonth(due));
        }
        return Messages.text("payments.dueChoices.listAnd", String.join(", ", days.subList(0, days.size() - 1)),
                days.get(days.size() - 1));
    }

    /** Beside the choice: a link the matching leaves out because the plan changed, and what the app does instead. */
    static String warning(Optional<LocalDate> chosen, ArrearsSchedule schedule) {
        return chosen.filter(date -> schedule.lines().stream().noneMatch(line -> line.date().equals(date))
                        && !date.isAfter(schedule.asOf()))
                .map(date -> Messages.text("payments.dueChoices.noLongerADueWarning", CalendarText.dayAndDate(date)))
                .orElse("");
    }

    private static String noLongerADue(LocalDate date) {
        return Messages.text("payments.dueChoices.noLongerADue", CalendarText.dayAndDate(date));
    }
}
