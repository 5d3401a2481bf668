package uk.cml.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule.PlanChange;
import uk.cml.domain.arrears.DayOffWords;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ReceivedPayment;
import uk.cml.domain.arrears.ScheduleLine;

/**
 * The list of payments received that letters and the evidence pack print beside their table of dues: each payment
 * once, on its own date, with the amount that reached the parent, so the rows add up against a bank statement; and
 * the sentence that says where that money went, so its total adds up against the dues' "paid" column.
 */
public final class PaymentTables {

    private PaymentTables() {
    }

    /**
     * "From 4 September 2026 the amount due is £38.20 a week in place of £42.50 a week (CMS letter dated 28 Aug
     * 2026)." The table of dues shows the Due column drop; this says why, and where the new figure came from, as the
     * plan records it. "was" when a later plan has replaced it; "no maintenance is due" for a stop.
     */
    public static String amountChange(PlanChange change, boolean stillInForce) {
        PaymentPlan plan = change.plan();
        String is = stillInForce ? " is" : " was";
        String source = plan.source().isBlank() ? "" : " (" + plan.source().strip() + ")";
        if (plan.isStopped()) {
            return "From " + UkFormats.shortDate(plan.firstDue()) + " no maintenance" + is + " due" + source + ".";
        }
        String before = change.before().isStopped() ? "" : " in place of " + amount(change.before());
        return "From " + UkFormats.shortDate(plan.firstDue()) + " the amount due" + is + " " + amount(plan) + before
                + source + ".";
    }

    /**
     * One sentence for each change among {@code changes} dated after {@code after} and on or before {@code upTo};
     * the latest of all of them is said to be in force ("is"), the others "was". Empty when there is none.
     */
    public static String amountChanges(List<PlanChange> changes, LocalDate after, LocalDate upTo) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            PlanChange change = changes.get(i);
            if (change.from().isAfter(after) && !change.from().isAfter(upTo)) {
                boolean later = i + 1 < changes.size() && !changes.get(i + 1).from().isAfter(upTo);
                sentences.add(amountChange(change, !later));
            }
        }
        return String.join(" ", sentences);
    }

    /** "£38.20 a week", "£200.00 a month", "£90.00 every 2 weeks". */
    public static String amount(PaymentPlan plan) {
        return plan.amount().format() + " " + each(plan.frequency());
    }

    private static String each(PaymentFrequency frequency) {
        return switch (frequency) {
            case WEEKLY -> "a week";
            case FORTNIGHTLY -> "every 2 weeks";
            case FOUR_WEEKLY -> "every 4 weeks";
            case MONTHLY -> "a month";
        };
    }

    /**
     * The column of a table of dues that gives what was paid towards each due, named alike in the letters and the
     * evidence pack (by this record's matching, which each says in words).
     */
    public static TableColumn paidTowardsColumn(double relativeWidth) {
        return TableColumn.right("Paid towards it", relativeWidth);
    }

    /**
     * The same column in a letter to the other parent on Collect and Pay, whose words say what reached me, never what
     * was paid ("what reached me towards it"): headed as its words name it (reviewer rv10), and said to be before the
     * CMS fee, as the figures are, beside a received column after it. The same figures.
     */
    public static TableColumn reachedMeTowardsColumn(double relativeWidth) {
        return TableColumn.right("Reached me towards it, before the CMS fee", relativeWidth);
    }

    /**
     * The heading of a table of dues' date column, alike in the letters, the evidence pack and the spreadsheet file
     * (csv.column.arrears_schedule.date): the pack headed it "Due on" (reviewer rv10).
     */
    public static final String DATE_DUE = "Date due";

    /**
     * The heading of a table of dues' balance column, alike in the letters and the evidence pack: what is owed at the
     * end of the day before the next due (for the last, on the letter's day or at the end of the pack's period), as
     * the words beside each table say, so a row that arrived late after that day reads right beside a balance that
     * went up by its due (reviewer, rv8). The pack headed the same figure "Balance" and explained it under the table.
     */
    public static final String OWED_BEFORE_NEXT_DUE = "Owed before next due";

    /**
     * The same figure in a letter to the other parent on Collect and Pay, whose words never say owed: "what had not
     * reached me at the end of the day before the next one was due", headed so (reviewer rv10).
     */
    public static final String NOT_REACHED_ME_BEFORE_NEXT_DUE = "Not reached me before next due";

    /** The column of a table of dues headed {@link #OWED_BEFORE_NEXT_DUE}. */
    public static TableColumn owedBeforeNextDueColumn(double relativeWidth) {
        return TableColumn.right(OWED_BEFORE_NEXT_DUE, relativeWidth);
    }

    /**
     * A due's cell in {@link #paidTowardsColumn}: "£0.00" when nothing was, alike in the letters and the pack, so a
     * blank cell is never read as a figure left out.
     */
    public static String paidTowards(ScheduleLine line) {
        return line.received().format();
    }

    /**
     * Date, amount received and how it was paid, one row per payment, with their total. How it was paid is blank
     * where the parent did not say (quick entry never asks), and the column is left out when none of them says. When
     * the CMS took a fee from any of them, a last column gives what each counted for before the fee (the figure the
     * dues are in).
     */
    public static LetterBlock.Table received(MoneyReceived money) {
        boolean fee = money.feeTaken();
        boolean how = money.payments().stream().anyMatch(p -> p.method().isSaid());
        List<List<String>> rows = new ArrayList<>(money.payments().size());
        for (ReceivedPayment p : money.payments()) {
            List<String> row = new ArrayList<>(List.of(UkFormats.shortDate(p.date()), p.received().format()));
            if (how) {
                row.add(p.method().isSaid() ? p.method().label() : "");
            }
            if (fee) {
                row.add(p.counted().format());
            }
            rows.add(row);
        }
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.left("Date received", 1.3),
                TableColumn.right("Amount received", 1.4)));
        List<String> total = new ArrayList<>(List.of("Total", money.onStatement().format()));
        if (how) {
            columns.add(TableColumn.left("How it was paid", fee ? 2.4 : 3.4));
            total.add("");
        }
        if (fee) {
            columns.add(TableColumn.right("Before the CMS fee", 1.5));
            total.add(money.counted().format());
        }
        return new LetterBlock.Table(columns, rows, total);
    }

    /**
     * "Matched by date, £210.50 of the £300.00 received went to the payments due listed above and £89.50 went to
     * payments due before 25 August 2026." ("Matched by date, or to the payment it was for where that is known, ..."
     * when the parent said which due any of them was for.) The matching is this app's (the CMS attributes payments by its own rules),
     * so the sentence says so. Then, when money paid before {@code from} also paid the dues listed, what it paid and
     * what the dues listed were paid in all. Amounts are before any CMS fee, as the dues are.
     */
    public static String whereItWent(MoneyReceived money, LocalDate from, Money paidToListed) {
        return whereItWent(money, from, paidToListed, Money.ZERO, "");
    }

    /**
     * The same, when {@code toDueNow} of the money went to a due whose day is not over and that is not listed
     * ({@code dueNow} names it: "the payment due today").
     */
    public static String whereItWent(MoneyReceived money, LocalDate from, Money paidToListed, Money toDueNow,
            String dueNow) {
        return whereItWent(money, from, from, paidToListed, toDueNow, dueNow);
    }

    /**
     * The same, with {@code firstListed} the first due listed: the money that went to dues not listed is said to
     * have gone to those due before it, the day a letter says its list of dues begins ("Payments due before 12 Jun
     * 2026 are not listed"), not the day the payments received begin (reviewer, rv8: two dates for one cut).
     */
    public static String whereItWent(MoneyReceived money, LocalDate from, LocalDate firstListed, Money paidToListed,
            Money toDueNow, String dueNow) {
        List<String> parts = new ArrayList<>();
        String since = UkFormats.shortDate(from);
        add(parts, money.toDuesListed(), "went to the payments due listed above");
        add(parts, toDueNow, "went to " + dueNow);
        add(parts, money.toEarlierDues(), "went to payments due before " + UkFormats.shortDate(firstListed));
        add(parts, money.toSettlement(), "went to the agreed settlement");
        add(parts, money.keptAsCredit(), "is kept as credit for payments not yet due");
        // With a CMS fee the bank figures are less than what the payments count for, so the total is named first.
        boolean fee = money.feeTaken();
        StringBuilder text = new StringBuilder(fee
                ? "Before the CMS fee, these payments come to " + money.counted().format() + ". " : "");
        String whole = fee ? "it" : "the " + money.counted().format() + " received";
        // Linked payments went first to the due the parent said, so "by date" alone would not be true of them.
        String matched = money.anyLinked() ? "Matched by date, or to the payment it was for where that is known, "
                : "Matched by date, ";
        if (parts.size() == 1) {
            text.append(matched).append("all of ").append(whole).append(parts.get(0).substring(parts.get(0)
                    .indexOf(' '))).append('.');
        } else if (!parts.isEmpty()) {
            String first = parts.get(0);
            parts.set(0, first.substring(0, first.indexOf(' ')) + " of " + whole + first.substring(first.indexOf(' ')));
            text.append(matched).append(String.join(", ", parts.subList(0, parts.size() - 1)))
                    .append(" and ").append(parts.get(parts.size() - 1)).append('.');
        }
        if (money.paidBeforeToDuesListed().isPositive()) {
            text.append(text.isEmpty() ? "" : " ").append(money.paidBeforeToDuesListed().format())
                    .append(" paid early, before ").append(since).append(", also went to the payments due listed. ")
                    .append("So the payments due listed were paid ").append(paidToListed.format()).append(" in all.");
        }
        return text.toString();
    }

    /**
     * Why due less paid is not what is short on a table of dues: part of it was cleared, not paid. {@code shortColumn}
     * names the table's column of what is short, or is empty when the table has none.
     */
    public static String clearedNote(Money cleared, String shortColumn) {
        return cleared.format() + " owed on these payments was cleared by a write-off, an offset or a settlement, "
                + "as the status says. It is not in the amount paid" + (shortColumn.isEmpty() ? "." : " or "
                + shortColumn + ".");
    }

    /**
     * A row's status: for a due paid in full by money that all came late on one day, the day it arrived, "Arrived 9 Sep
     * 2026, 12 days late" ("Arrived 8 Apr 2026, 1 day after Tue 7 Apr 2026" for a due of a weekend or bank holiday),
     * so a balance owed before that day reads right beside it (reviewer, rv8: "Arrived late (12 days)" beside a
     * balance gone up by the due); else the words every table prints ({@link DayOffWords#status}). The letters'
     * tables and the evidence pack's schedule print the same.
     */
    public static String rowStatus(ScheduleLine line) {
        List<ScheduleLine.LateMoney> late = line.lateMoney();
        if (line.status() != uk.cml.domain.arrears.LineStatus.PAID_LATE || line.lateInPart() || late.isEmpty()
                || late.stream().anyMatch(m -> !m.arrived().equals(late.get(0).arrived()))) {
            return DayOffWords.status(line);
        }
        long days = line.daysLate();
        String count = days + (days == 1 ? " day" : " days");
        // Under Collect and Pay, late only after the days the CMS may take to pass the money on: "11 days late" read
        // as 11 days past that allowance, so the words say what the days are counted from (reviewer rv9).
        return "Arrived " + UkFormats.shortDate(late.get(0).arrived()) + ", " + (!line.date().equals(line.onTimeBy())
                ? count + " after " + uk.cml.domain.calendar.CalendarText.dayAndDate(line.onTimeBy())
                : line.lateAfter().isAfter(line.onTimeBy()) ? count + " after it was due" : count + " late");
    }

    /**
     * When a due of the table fell on a weekend or bank holiday and was paid on the next working day, or arrived
     * later still, the rule, said once under the table ({@link DayOffWords#rule}): "A payment due on a weekend or bank
     * holiday is on time if it arrives by the next working day." (with ", so the days it arrived late are counted from
     * that day" when one arrived late, so "Arrived late (1 day after Tue 7 Apr 2026)" for a due of Good Friday is not
     * read as counted from its date). Empty when no such due is listed. Each such row says it too
     * ({@link DayOffWords#status}): a bank statement shows that money days after the date the row gives.
     */
    public static String lateFromWorkingDay(List<ScheduleLine> lines) {
        return DayOffWords.rule(lines);
    }

    /**
     * Under Collect and Pay, the days the CMS may take to pass money on, said once under a table of {@code lines} that
     * lists Collect and Pay dues, with the figure they were counted with ({@link ScheduleLine#passOnWorkingDays}):
     * "Under Collect and Pay, money that reached me within 5 working days after its due date is counted as on time, as
     * the CMS takes time to pass it on." (with "; money that reached me later is late, and the days late are counted
     * from its due date" when one of them arrived late), so a row that is on time days after its date, or "11 days
     * after it was due", reads true beside the bank statement. {@code whom}: "me" in a letter, "the parent" in the
     * evidence pack. Empty when no such due is listed, or the allowance is 0.
     */
    public static String passOnRule(List<ScheduleLine> lines, String whom) {
        int days = lines.stream().filter(ScheduleLine::collectAndPay).mapToInt(ScheduleLine::passOnWorkingDays).max()
                .orElse(0);
        if (days <= 0) {
            return "";
        }
        boolean late = lines.stream().anyMatch(line -> line.collectAndPay() && line.arrivedLate());
        // The days count from the day a due was on time by: for a due on a weekend or bank holiday, the next working
        // day, which the sentence then says (it read as if they counted from the due's own date).
        boolean dayOff = lines.stream().anyMatch(line -> line.collectAndPay() && !line.onTimeBy().equals(line.date()));
        return "Under Collect and Pay, money that reached " + whom + " within " + days
                + (days == 1 ? " working day" : " working days") + " after its due date"
                + (dayOff ? " (for a due on a weekend or bank holiday, after the next working day)" : "")
                + " is counted as on time, as the "
                + "CMS takes time to pass it on" + (late ? "; money that reached " + whom + " later is late, and the "
                + "days late are counted from its due date" : "") + ".";
    }

    /**
     * How the parent's matching works, in the first person, in short sentences, exactly as {@code DueMatcher} does
     * it: a payment goes first to the due whose days it arrived in (from a few days before the due until the next
     * due's days begin), or first to the due the parent said it was for; what is left goes to an agreed settlement's
     * sum, then to the oldest due still owed and on to newer ones; what is left after that is credit for the next
     * dues. {@code settlement}: some of the money went to an agreed settlement, so the sentence names it.
     */
    public static String matching(List<ScheduleLine> lines, boolean settlement) {
        return matching(lines, settlement, "the table says");
    }

    /** The same, with {@code says} for where the letter gives a due's words ("the table says"). */
    public static String matching(List<ScheduleLine> lines, boolean settlement, String says) {
        return matching(lines, settlement, says, "How I matched the money", "If I know which payment it was for");
    }

    /**
     * The same rule in the evidence pack's words, about the parent, in the letters' plain words: "payment due", not
     * "due" as a noun (a reviewer read "This record matches payments to dues" as jargon).
     */
    public static String matchingInRecord(List<ScheduleLine> lines, boolean settlement) {
        return matching(lines, settlement, "its status says", "How the parent matched the money",
                "If the parent recorded which payment it was for");
    }

    private static String matching(List<ScheduleLine> lines, boolean settlement, String says, String how,
            String known) {
        return how + ": a payment counts for the payment due on the day it arrived, or the latest one due before "
                + "that." + early(lines, "payment is due") + " " + known + ", it counts for that one first. Anything "
                + "left over pays " + (settlement ? "the agreed settlement first, then " : "") + "the oldest payment "
                + "still owed, then the next oldest. Anything left after that is kept for the next payments due."
                + (carried(lines) ? " Where nothing arrived for a payment due but money kept from an earlier payment "
                + "counts towards it, " + says + " \"Nothing received\" and names that money." : "");
    }

    /**
     * Whether a due of {@code lines} had nothing arrive for it but money paid over an earlier due counted towards it
     * ({@link ScheduleLine#paidOver()}): its status says "Nothing received" while its paid column is not zero, so the
     * statement of the rule says why.
     */
    private static boolean carried(List<ScheduleLine> lines) {
        return lines.stream().anyMatch(line -> line.status() == uk.cml.domain.arrears.LineStatus.NOTHING_RECEIVED
                && line.paidOver().isPositive());
    }

    /**
     * The days before a due from which money counts for it, read from the lines (each due's period begins the day
     * after the one before it ends): " Money that arrives up to 7 days before a payment is due counts for that one
     * instead.", "a few days" when the lines do not show one number, nothing when money counts only from the due's
     * own day.
     */
    private static String early(List<ScheduleLine> lines, String due) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            found.add(java.time.temporal.ChronoUnit.DAYS.between(lines.get(i - 1).periodEnd(), lines.get(i).date()) - 1);
        }
        long days = found.size() == 1 ? found.iterator().next() : -1;
        if (days == 0) {
            return "";
        }
        String when = days < 0 ? "a few days before" : days == 1 ? "the day before" : "up to " + days + " days before";
        return " Money that arrives " + when + " a " + due + " counts for that one instead.";
    }

    private static void add(List<String> parts, Money amount, String what) {
        if (amount.isPositive()) {
            parts.add(amount.format() + " " + what);
        }
    }
}
