package uk.cml.letters.templates;

import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.PaymentTables;
import uk.cml.letters.TableColumn;

/**
 * The payment tables and summary that letters 2, 3 and 12 carry: each due of the recent months with what was due,
 * what of it was paid and what is still owed; then each payment received in those months, once, on its own date,
 * with the amount that arrived, so every line is one a bank statement confirms and the totals add up.
 */
final class ArrearsAnnex {

    private ArrearsAnnex() {
    }

    /** Both tables under their headings, and the sentences that tie their totals together. */
    static void write(DraftWriter w, ArrearsDetails arrears) {
        w.subHeading("Payments due");
        w.table(table(arrears));
        if (arrears.clearedTotal().isPositive()) {
            w.paragraph(PaymentTables.clearedNote(arrears.clearedTotal(), "still owed"));
        }
        MoneyReceived money = arrears.received();
        Money arrived = Money.ZERO;
        for (ScheduleLine line : arrears.lines()) {
            arrived = arrived.plus(line.arrivedInPeriod());
        }
        if (!money.payments().isEmpty()) {
            w.subHeading("Payments I received since " + w.date(arrears.since()));
            w.table(PaymentTables.received(money));
            w.paragraph(PaymentTables.whereItWent(money, arrears.since(), arrears.paidTotal()));
        } else if (arrived.isZero() && arrears.since() != null) {
            w.paragraph("I received no payments at all between " + w.date(arrears.since()) + " and "
                    + w.date(arrears.asOf()) + ".");
        }
    }

    /** What the tables below a letter's summary show, in two short sentences (one when no payment is listed). */
    static String tablesIntro(DraftWriter w, ArrearsDetails arrears) {
        boolean listsPayments = !arrears.received().payments().isEmpty();
        return (listsPayments ? "The first table below" : "The table below") + " lists each payment due since "
                + w.date(arrears.since()) + " and how much of it was paid."
                + (listsPayments ? " The second lists each payment I received since then, once, on the day it "
                        + "arrived." : "");
    }

    static LetterBlock.Table table(ArrearsDetails arrears) {
        List<List<String>> rows = new ArrayList<>();
        Money due = Money.ZERO;
        for (ScheduleLine line : arrears.lines()) {
            rows.add(List.of(UkFormats.shortDate(line.date()), line.due().format(), line.received().format(),
                    line.statusText(), line.shortBy().isZero() ? "" : line.shortBy().format()));
            due = due.plus(line.due());
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Date due", 1.15), TableColumn.right("Due", 1.1),
                TableColumn.right("Paid towards it", 1.25), TableColumn.left("Status", 2.4),
                TableColumn.right("Still owed", 1.1)),
                rows, List.of("Total", due.format(), arrears.paidTotal().format(), "", arrears.shortTotal().format()));
    }

    /**
     * "£713.00 is owed. Since 28 August 2026, £726.18 fell due and £649.11 was paid; nothing at all arrived for 2 of
     * the 14 payments due." Every figure comes from the same schedule as the Payments page and the Overview.
     */
    static String summary(ArrearsDetails arrears) {
        List<ScheduleLine> lines = arrears.lines();
        StringBuilder text = new StringBuilder(arrears.owedNow().isNegative()
                ? "Nothing is owed: payments are " + arrears.owedNow().negate().format() + " ahead."
                : arrears.owedNow().format() + " is owed.");
        if (lines.isEmpty()) {
            return text.toString();
        }
        Money due = Money.ZERO;
        Money paid = Money.ZERO;
        int nothing = 0;
        int part = 0;
        for (ScheduleLine line : lines) {
            due = due.plus(line.due());
            paid = paid.plus(line.arrivedInPeriod());
            nothing += line.status() == LineStatus.NOTHING_RECEIVED ? 1 : 0;
            part += line.status() == LineStatus.PART_PAID ? 1 : 0;
        }
        text.append(" Since ").append(UkFormats.longDate(arrears.since())).append(", ").append(due.format())
                .append(" fell due and ").append(paid.format()).append(" was paid");
        String of = " of the " + lines.size() + " payments due";
        if (nothing > 0) {
            text.append("; nothing at all arrived for ").append(nothing).append(of);
        }
        if (part > 0) {
            text.append(nothing > 0 ? ", and " : "; ").append(part).append(nothing > 0 ? "" : of)
                    .append(part == 1 ? " was" : " were").append(" only part paid");
        }
        text.append('.');
        Money listed = arrears.shortTotal();
        if (arrears.owedNow().isPositive() && listed.plus(arrears.owedEarlier()).plus(arrears.settlementDue())
                .equals(arrears.owedNow()) && !listed.equals(arrears.owedNow())) {
            text.append(" Of the ").append(arrears.owedNow().format()).append(", ").append(listed.format())
                    .append(" is still owed on the payments listed below");
            if (arrears.owedEarlier().isPositive()) {
                text.append(", ").append(arrears.owedEarlier().format()).append(" on payments due before ")
                        .append(UkFormats.longDate(arrears.since()));
            }
            if (arrears.settlementDue().isPositive()) {
                text.append(", ").append(arrears.settlementDue().format()).append(" of an agreed settlement");
            }
            text.append('.');
        }
        return text.toString();
    }
}
