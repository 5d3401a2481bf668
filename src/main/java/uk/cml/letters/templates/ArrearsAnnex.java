package uk.cml.letters.templates;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.BalanceText;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.PaymentTables;
import uk.cml.letters.TableColumn;

/**
 * The payment tables and summary that letters 2, 3 and 12 carry (and 14, when it tells the CMS of missed Direct Pay
 * payments no report on record named): each due the letter lists ({@link ArrearsDetails#lines()}: the recent months,
 * and under Direct Pay every due not yet reported) with what was due,
 * what was paid towards it (by my matching) and the balance owed at the end of the day before the next due (money that came early for
 * the next due counts on that due's day, ScheduleLine.cameEarly); then each payment received in those
 * months, once, on its own date, with the amount that arrived, so every line is one a bank statement confirms and
 * the totals add up. The CMS attributes payments to arrears by its own rules, so what a due was paid is said to be
 * my matching, and the sentences state only totals: what fell due, what arrived, the balance, and since when it
 * has been owed.
 */
final class ArrearsAnnex {

    private ArrearsAnnex() {
    }

    /**
     * Both tables under their headings, how the money was matched under the first, and the sentences that tie their
     * totals together.
     */
    static void write(DraftWriter w, ArrearsDetails arrears) {
        write(w, arrears, Owed.OWED);
    }

    /** The same, the dues' table headed in {@code words}: "Reached me towards it" where they say what reached me. */
    static void write(DraftWriter w, ArrearsDetails arrears, Owed words) {
        w.subHeading("Payments due");
        w.table(table(arrears, words));
        if (!PaymentTables.lateFromWorkingDay(arrears.lines()).isEmpty()) {
            w.paragraph(PaymentTables.lateFromWorkingDay(arrears.lines()));
        }
        if (!PaymentTables.passOnRule(arrears.lines(), "me").isEmpty()) {
            w.paragraph(PaymentTables.passOnRule(arrears.lines(), "me"));
        }
        if (!arrears.amountChanges().isEmpty()) {
            w.paragraph(arrears.amountChanges());
        }
        if (arrears.clearedTotal().isPositive()) {
            w.paragraph(PaymentTables.clearedNote(arrears.clearedTotal(), ""));
        }
        // The matching is the parent's method, said as theirs, as a note under the table whose "Paid towards it" it
        // explains (on page 1, in the tables' intro, its six lines pushed the tables the CMS needs down); with no money
        // matched, nothing.
        if (arrears.paidTotal().isPositive()) {
            w.paragraph(PaymentTables.matching(arrears.lines(), arrears.received().toSettlement().isPositive()));
        }
        MoneyReceived money = arrears.received();
        Money arrived = Money.ZERO;
        for (ScheduleLine line : arrears.lines()) {
            arrived = arrived.plus(line.arrivedInPeriod());
        }
        if (!money.payments().isEmpty()) {
            w.subHeading("Payments I received since " + w.date(arrears.since()));
            w.table(PaymentTables.received(money));
            w.paragraph(PaymentTables.whereItWent(money, arrears.since(), arrears.lines().isEmpty() ? arrears.since()
                    : arrears.lines().get(0).date(), arrears.paidTotal(),
                    arrivedInRangeForDueToday(arrears), "the payment due " + dueTodayWhen(arrears)));
        } else if (arrived.isZero() && arrears.since() != null) {
            w.paragraph("I received no payments at all between " + w.date(arrears.since()) + " and "
                    + w.date(arrears.asOf()) + ".");
        }
    }

    /**
     * What the tables below a letter's summary show, and that the "Paid towards it" column is my matching, said as
     * my method rather than as fact: the CMS attributes payments to arrears by its own rules.
     */
    /**
     * Which dues listed were due before the latest report on record ({@link ArrearsDetails#alreadyReported}): "The
     * payments due from 15 Jun 2026 to 15 Oct 2026 were due before I wrote to you on 10 Nov 2026. They are here to
     * give the full picture, not because they are new. The payment due on 15 Nov 2026 is new since that letter."
     * It says when they fell due, never that the report listed them: a report the parent logged by hand, or one made
     * when the tables reached back less far, may not have named them all. Empty when none was due before it.
     */
    static Optional<String> alreadyReported(DraftWriter w, ArrearsDetails arrears) {
        List<ScheduleLine> named = arrears.alreadyReported();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String wrote = "I wrote to you on " + w.date(arrears.lastReport());
        String here = "here to give the full picture, not because they are new.";
        if (named.size() == arrears.lines().size()) {
            return Optional.of("All the payments listed were due before " + wrote + ". They are " + here);
        }
        LocalDate first = named.get(0).date();
        LocalDate last = named.get(named.size() - 1).date();
        List<ScheduleLine> fresh = arrears.lines().subList(named.size(), arrears.lines().size());
        String were = named.size() == 1
                ? "The payment due on " + w.date(first) + " was due before " + wrote + ". It is here to give the "
                        + "full picture, not because it is new."
                : "The payments due from " + w.date(first) + " to " + w.date(last) + " were due before " + wrote
                        + ". They are " + here;
        String news = fresh.size() == 1
                ? " The payment due on " + w.date(fresh.get(0).date()) + " is new since that letter."
                : " The payments due from " + w.date(fresh.get(0).date()) + " on are new since that letter.";
        return Optional.of(were + news);
    }

    static String tablesIntro(DraftWriter w, ArrearsDetails arrears) {
        return tablesIntro(w, arrears, Owed.OWED);
    }

    /** The same, in {@code words}: to the other parent on Collect and Pay, what reached me and what had not. */
    static String tablesIntro(DraftWriter w, ArrearsDetails arrears, Owed words) {
        boolean listsPayments = !arrears.received().payments().isEmpty();
        return (listsPayments ? "The first table below" : "The table below") + " lists each payment due since "
                // The Balance column is the balance at the end of the day before the next due (ScheduleLine
                // .balanceOn), not straight after the due; the latest listed due has no next one yet, so its day is
                // said apart.
                + w.date(arrears.since()) + (words == Owed.OWED
                        ? ", what was paid towards it, and the balance owed at the end of the day "
                        : ", what reached me towards it, and what had not reached me at the end of the day ")
                + "before the next one was due" + lastBalanceDay(w, arrears)
                + (earlyMoneyWaits(arrears.lines()) ? ", money that came a few days early for a payment counted on "
                        + "the day it was due" : "")
                + "."
                // How the money was matched is said after the tables (write), not here: on page 1 its six lines pushed
                // the tables down. The day again, not "since then" (rv7).
                + (listsPayments ? " The second table lists each payment I received since " + w.date(arrears.since())
                        + ", on the day it arrived." : "")
                + leftOut(w, arrears);
    }

    /**
     * What period the table covers when it was cut short with earlier dues late or missed too
     * ({@link ArrearsDetails#earlierTroubleLeftOut}): " Payments due before 8 Jun 2026 are not listed, to keep this
     * letter short. Two of them were also late or not paid in full." Empty otherwise.
     */
    private static String leftOut(DraftWriter w, ArrearsDetails arrears) {
        int wrong = arrears.earlierTroubleLeftOut();
        if (wrong == 0 || arrears.lines().isEmpty()) {
            return "";
        }
        // How many, not "some": a reviewer's case had one late due among those left out, and "some of them" said more.
        String count = Deadlines.inWords(wrong);
        String howMany = wrong == 1 ? "One of them was"
                : count.substring(0, 1).toUpperCase(java.util.Locale.UK) + count.substring(1) + " of them were";
        return " Payments due before " + w.date(arrears.lines().get(0).date()) + " are not listed, to keep this "
                + "letter short. " + howMany + " also late or not paid in full.";
    }

    /**
     * How the parent matched the money to the dues ({@link PaymentTables#matching}), the one sentence every letter
     * that names dues one by one prints, when the dues listed depend on it: some money counted for a due other than
     * the one of the days it arrived in (money beyond a due paid a shortfall, or was kept, or the parent said which
     * due it was for). Empty when all of it paid the due of its own days, or none arrived.
     */
    static java.util.Optional<String> matching(ArrearsDetails arrears) {
        return matching(arrears, "the table says");
    }

    /**
     * The same, for a letter whose words for a due ("Nothing received") are where {@code says} tells ("the table
     * says", or for a letter with no table "its line under “What happened” says").
     */
    static java.util.Optional<String> matching(ArrearsDetails arrears, String says) {
        boolean moved = arrears.lines().stream().flatMap(line -> line.arrivals().stream())
                .anyMatch(arrival -> arrival.how() != uk.cml.domain.arrears.Arrival.How.IN_PERIOD
                        && arrival.counted().isPositive());
        return moved && arrears.paidTotal().isPositive()
                ? java.util.Optional.of(PaymentTables.matching(arrears.lines(),
                        arrears.received().toSettlement().isPositive(), says))
                : java.util.Optional.empty();
    }

    /**
     * For the latest due listed when no later due has come (its balance is at the letter's date): " (for the last,
     * on 3 December 2026)"; nothing when the day before the next due names its day too.
     */
    private static String lastBalanceDay(DraftWriter w, ArrearsDetails arrears) {
        List<ScheduleLine> lines = arrears.lines();
        if (lines.isEmpty() || !lines.get(lines.size() - 1).balanceOn().equals(arrears.asOf())) {
            return "";
        }
        return " (for the last, on " + w.date(arrears.asOf()) + ")";
    }

    /**
     * Whether a balance in the table leaves out money that had arrived by its day, because it came early for the next
     * due listed ({@link ScheduleLine#cameEarly()}): the intro then says so, as a bank statement of that day shows it.
     */
    static boolean earlyMoneyWaits(List<ScheduleLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).cameEarly().isPositive()) {
                return true;
            }
        }
        return false;
    }

    /** A row's status, as every table of dues prints it ({@link PaymentTables#rowStatus}). */
    static String rowStatus(ScheduleLine line) {
        return PaymentTables.rowStatus(line);
    }

    static LetterBlock.Table table(ArrearsDetails arrears, Owed words) {
        List<List<String>> rows = new ArrayList<>();
        Money due = Money.ZERO;
        for (ScheduleLine line : arrears.lines()) {
            rows.add(List.of(UkFormats.shortDate(line.date()), line.due().format(), PaymentTables.paidTowards(line),
                    rowStatus(line), BalanceText.of(line.balanceAfter())));
            due = due.plus(line.due());
        }
        // The balance is the one the intro says: owed at the end of the day before the next due, headed as the pack's.
        return new LetterBlock.Table(List.of(TableColumn.left(PaymentTables.DATE_DUE, 1.15),
                TableColumn.right("Due", 1.1), words == Owed.OWED ? PaymentTables.paidTowardsColumn(1.25)
                        : PaymentTables.reachedMeTowardsColumn(1.25), TableColumn.left("Status", 2.4),
                words == Owed.OWED ? PaymentTables.owedBeforeNextDueColumn(1.1)
                        : TableColumn.right(PaymentTables.NOT_REACHED_ME_BEFORE_NEXT_DUE, 1.1)),
                rows, List.of("Total", due.format(), arrears.paidTotal().format(), "", ""));
    }

    /**
     * "£713.00 is owed. Since 28 August 2026, £726.18 fell due and £649.11 was paid, so the balance owed went from
     * £635.93 to £713.00. The arrears have been owed without a break since 5 April 2024." ("so the balance stayed at
     * £600.00" when what was paid matched what fell due and no balance between differed: {@link #betweenSameEnds}.)
     * Totals only, each one the
     * CMS's records bear out however it attributed the payments; every figure comes from the same schedule as the
     * Payments page and the Overview.
     */
    static String summary(ArrearsDetails arrears) {
        return summary(arrears, Owed.OWED);
    }

    /**
     * What the summary calls the balance and the money. {@link #OWED}: "£713.00 is owed ... £649.11 was paid", the
     * parent's own knowledge of what they were owed and paid, and the CMS's to check. To the other parent when some
     * of the dues listed fell under Collect and Pay, the other parent paid the CMS, not the parent, who sees only
     * what the CMS passed on: "£421.00 of the maintenance due has not reached me ... £842.00 reached me, counted
     * before the CMS fee, so what had not reached me went from £0.00 to £421.00", never that it is owed or was paid
     * ({@link OtherParentLetter}). {@link #NOT_REACHED_ME_THROUGH_THE_CMS} when all of them did, else
     * {@link #NOT_REACHED_ME} (part fell due under Direct Pay, where what was not paid did not reach the parent
     * either).
     */
    enum Owed {
        OWED(""), NOT_REACHED_ME(""), NOT_REACHED_ME_THROUGH_THE_CMS(" through the Child Maintenance Service");

        private final String through;

        Owed(String through) {
            this.through = through;
        }

        /** "the balance", or "what had not reached me". */
        String balance() {
            return this == OWED ? "the balance" : "what had not reached me";
        }
    }

    /** {@link #summary(ArrearsDetails)} in {@code words}. */
    static String summary(ArrearsDetails arrears, Owed words) {
        List<ScheduleLine> lines = arrears.lines();
        boolean owedWords = words == Owed.OWED;
        StringBuilder text = new StringBuilder(arrears.owedNow().isNegative()
                ? (owedWords ? "Nothing is owed: payments are " : "Nothing is outstanding: what reached me is ")
                        + arrears.owedNow().negate().format() + " ahead."
                : owedWords ? arrears.owedNow().format() + " is owed."
                : arrears.owedNow().format() + " of the maintenance due has not reached me" + words.through + ".");
        if (!lines.isEmpty()) {
            Money due = Money.ZERO;
            Money paid = Money.ZERO;
            for (ScheduleLine line : lines) {
                due = due.plus(line.due());
                paid = paid.plus(line.arrivedInPeriod());
            }
            // Money that arrived for the due of today arrived all the same (the bank statement shows it): it is in
            // what was paid, and then the balance is not said to follow from these totals alone.
            Money forToday = arrears.dueToday() == null ? Money.ZERO : arrears.dueToday().arrivedInPeriod();
            paid = paid.plus(forToday);
            boolean follows = arrears.balanceFollowsFromLines() && forToday.isZero();
            text.append(" Since ").append(UkFormats.shortDate(arrears.since())).append(", ").append(due.format())
                    .append(" fell due and ").append(paid.format()).append(owedWords ? " was paid" : " reached me"
                            // The dues' terms, before the fee, as the table of payments received says.
                            + (arrears.received().feeTaken() ? ", counted before the CMS fee" : ""));
            if (follows && arrears.owedAtStart().equals(arrears.owedNow())) {
                text.append(betweenSameEnds(arrears, words));
            } else if (follows) {
                text.append(", so ").append(words.balance()).append(" went from ")
                        .append(owed(arrears.owedAtStart())).append(" to ").append(owed(arrears.owedNow()));
            }
            text.append('.');
        }
        if (arrears.owedNow().isPositive() && arrears.owedSince() != null) {
            text.append(owedWords ? " The arrears have been owed" : " What reached me has been short")
                    .append(" without a break since the payment due on ")
                    .append(UkFormats.shortDate(arrears.owedSince())).append('.');
        }
        if (arrears.dueToday() != null) {
            text.append(' ').append(dueToday(arrears));
        }
        return text.toString();
    }

    /**
     * The balance at the start and the end of the period the same: "so the balance stayed at £600.00" only when no
     * balance in the table differs from it. A case caught up part-way through (the table shows £0.00 on 1 Oct) said
     * it "stayed at £100.00", true of the totals, misleading as a statement: then ", so the balance was £100.00 at the
     * start and £100.00 again at the end; in between it was as low as £0.00" (or "as high as", or "between ... and").
     */
    private static String betweenSameEnds(ArrearsDetails arrears, Owed words) {
        Money ends = arrears.owedNow();
        Money lowest = ends;
        Money highest = ends;
        for (ScheduleLine line : arrears.lines()) {
            lowest = lowest.min(line.balanceAfter());
            highest = highest.max(line.balanceAfter());
        }
        if (lowest.equals(ends) && highest.equals(ends)) {
            return ", so " + words.balance() + " stayed at " + owed(ends);
        }
        String between = highest.equals(ends) ? "as low as " + owed(lowest)
                : lowest.equals(ends) ? "as high as " + owed(highest)
                : "between " + owed(lowest) + " and " + owed(highest);
        return ", so " + words.balance() + " was " + owed(ends) + " at the start and " + owed(ends)
                + " again at the end; in between it was " + between;
    }

    /**
     * The due whose day is not over, said apart from the arrears: "A payment of £250.00 is also due today, 1
     * December 2026. It is not counted here, as it is not missed yet." A due on a weekend or bank holiday says when
     * it is on time by; money that has arrived for it is said too.
     */
    static String dueToday(ArrearsDetails arrears) {
        ScheduleLine line = arrears.dueToday();
        boolean today = line.date().equals(arrears.asOf());
        StringBuilder text = new StringBuilder("A payment of ").append(line.due().format())
                .append(today ? " is also due " : " was also due ").append(dueTodayWhen(arrears)).append('.');
        if (!line.onTimeBy().equals(line.date())) {
            text.append(" As that day is a weekend or bank holiday, it is on time if it arrives by ")
                    .append(line.onTimeBy().equals(arrears.asOf()) ? "today, " : "")
                    .append(UkFormats.shortDate(line.onTimeBy())).append('.');
        }
        text.append(" It is not counted here, as it is not missed yet.");
        if (arrears.arrivedForDueToday().isPositive()) {
            text.append(' ').append(arrears.arrivedForDueToday().format()).append(" of it has arrived so far.");
        }
        return text.toString();
    }

    /** "today, 1 December 2026", or "on Sunday 1 November 2026" for a due of a weekend just gone. */
    private static String dueTodayWhen(ArrearsDetails arrears) {
        ScheduleLine line = arrears.dueToday();
        if (line == null) {
            return "";
        }
        return line.date().equals(arrears.asOf()) ? "today, " + UkFormats.shortDate(line.date())
                : "on " + line.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.UK) + " " + UkFormats.shortDate(line.date());
    }

    /** What of the money listed as received went to the due of today (it is not among the dues listed). */
    private static Money arrivedInRangeForDueToday(ArrearsDetails arrears) {
        Money total = Money.ZERO;
        if (arrears.dueToday() != null) {
            for (uk.cml.domain.arrears.Arrival arrival : arrears.dueToday().arrivals()) {
                if (!arrival.date().isBefore(arrears.since())) {
                    total = total.plus(arrival.counted());
                }
            }
        }
        return total;
    }

    /** A balance as the summary says it: "£624.82", or "£10.00 ahead" for credit. */
    private static String owed(Money balance) {
        return balance.isNegative() ? balance.negate().format() + " ahead" : balance.format();
    }
}
