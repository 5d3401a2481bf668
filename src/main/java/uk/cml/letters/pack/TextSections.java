package uk.cml.letters.pack;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.BalanceText;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.arrears.ScheduleNote;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Correction;
import uk.cml.domain.evidence.FieldChange;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.timeline.Recorded;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.PageWriter;
import uk.cml.letters.PaymentTables;
import uk.cml.letters.TableColumn;

/** The pack's pages of text: cover, summary, schedule, chronology, calls and notes. */
final class TextSections {

    private static final float FIELD_INDENT_MM = 62;

    private final PageWriter writer;
    private final PackContents contents;

    TextSections(PageWriter writer, PackContents contents) {
        this.writer = writer;
        this.contents = contents;
    }

    /** The pack's heading on its cover, and the start of its PDF title. */
    static final String HEADING = "Child maintenance evidence pack";

    void cover() throws IOException {
        PackContents.Cover cover = contents.cover();
        writer.title(HEADING);
        writer.block(new LetterBlock.Paragraph("Records kept by " + orNotGiven(cover.parentName())
                + " of child maintenance owed by " + orNotGiven(cover.otherParentName()) + "."));
        writer.space(6);
        writer.field("CMS case reference", cover.cmsReference().orElse(cover.cmsInvolved() ? "Not added yet"
                : "None: the CMS is not involved in a private arrangement"), FIELD_INDENT_MM);
        writer.field("How maintenance is paid", cover.arrangement(), FIELD_INDENT_MM);
        writer.field("Period covered", contents.period().describe(), FIELD_INDENT_MM);
        writer.field("Pack made on", UkFormats.shortDate(cover.madeOn()), FIELD_INDENT_MM);
        writer.space(8);
        writer.field("Parent receiving maintenance", orNotGiven(cover.parentName()), FIELD_INDENT_MM);
        writer.field("Address", lines(cover.parentAddress()), FIELD_INDENT_MM);
        writer.space(6);
        writer.field("Paying parent", orNotGiven(cover.otherParentName()), FIELD_INDENT_MM);
        writer.field("Address", lines(cover.otherParentAddress()), FIELD_INDENT_MM);
        writer.space(10);
        writer.block(new LetterBlock.Paragraph("Every page of this pack is numbered in sequence (CML-0001, CML-0002 and "
                + "so on) so that any page can be referred to. Each event shows when it happened and when it was "
                + "first recorded in Child Maintenance Log, and, if it was corrected later, when it was changed "
                + "(the app keeps each earlier version), and, if it was moved to the Bin and put back, when each "
                + "happened."));
    }

    /** What is owed, or, when payments were ahead, nothing and by how much: never a negative amount owed. */
    static String owed(Money balance) {
        return balance.isNegative() ? Money.ZERO.format() + " (payments were " + balance.negate().format() + " ahead)"
                : balance.format();
    }

    void summary() throws IOException {
        PackContents.Summary s = contents.summary();
        writer.title(PackSection.SUMMARY.title());
        boolean withCms = contents.cover().cmsInvolved();
        writer.block(new LetterBlock.Paragraph("For " + contents.period().describe() + ". Amounts are what the "
                + "paying parent owes" + (withCms ? ", before any Collect and Pay fee." : ".")));
        writer.field("Owed at the start of the period", owed(s.owedAtStart()), 90);
        writer.field("Total due in the period", s.dueInPeriod().format(), 90);
        // Under Collect and Pay the summary's figures are before the CMS fee: what the other parent paid through the
        // CMS, not what reached the parent, which the payments table totals (a reviewer read the first as the second).
        MoneyReceived money = contents.received();
        if (money.feeTaken()) {
            writer.field("Paid through the CMS (before the fee)", s.receivedInPeriod().format(),
                    90);
            writer.field("Received after the CMS fee", money.onStatement().format(), 90);
        } else {
            writer.field("Total received in the period", s.receivedInPeriod().format(), 90);
        }
        writer.field("Owed at the end of the period", owed(s.owedAtEnd()), 90);
        if (s.dueToday().isPresent()) {
            PackContents.DueToday due = s.dueToday().get();
            writer.field(due.date().equals(contents.cover().madeOn()) ? "Also due today (not missed yet)"
                    : "Also due " + UkFormats.shortDate(due.date()) + " (not missed yet)", due.stillToCome().format(), 90);
        }
        writer.field("Owed without a break since", s.owedSince().map(d -> "the payment due on " + UkFormats.shortDate(d))
                .orElse("Nothing owed"), 90);
        // Each age figure is one statement with its own date, "Owed for payments due up to 4 Nov 2026: £332.58": the
        // Short column of the schedule added up for the dues up to that date (PackAssembler; an age those figures
        // cannot say exactly is not in the map). A least figure from totals, "at least £47.08" (what is owed less
        // everything due since), read as the whole of what is that old beside a schedule that put all £332.58 on
        // dues eight months old (reviewer, 5 Dec 2026). Ages stop at the first with nothing owed. Nothing about ages
        // when nothing is owed. When no age is printed and the balance has been owed without a break since before
        // the first one's date, the unbroken run, which holds however the CMS attributes payments, is said instead.
        // Only beside the schedule whose figures they add up: in a pack without it they could not be checked.
        // What is owed is said once: an age whose figure the next older age repeats is left to that one (all of it
        // is older still), and one that is all that is owed says "All of it". The summary read "Owed at the end of
        // the period £600.00", then "£600.00" for dues up to 3 Nov and again for dues up to 3 Sep.
        boolean ages = false;
        if (s.owedAtEnd().isPositive() && contents.sections().contains(PackSection.SCHEDULE)) {
            int[] monthsBack = {1, 3, 6, 12};
            for (int i = 0; i < monthsBack.length; i++) {
                Money older = s.owedOlderThanMonths().get(monthsBack[i]);
                // A due of the window's first day is exactly that many months old, not older: "before" that day.
                LocalDate windowStart = ArrearsSchedule.olderThanMonthsBefore(contents.period().until(), monthsBack[i]);
                if (older == null || !older.isPositive()) {
                    break;
                }
                Money olderStill = i + 1 < monthsBack.length ? s.owedOlderThanMonths().get(monthsBack[i + 1]) : null;
                if (older.equals(olderStill)) {
                    continue;
                }
                writer.field(olderLabel(windowStart), older.equals(s.owedAtEnd()) ? "All of it" : older.format(), 90);
                ages = true;
            }
        }
        LocalDate monthBack = ArrearsSchedule.olderThanMonthsBefore(contents.period().until(), 1);
        boolean olderRun = s.owedSince().filter(since -> since.isBefore(monthBack)).isPresent();
        if (s.dueToday().isPresent()) {
            writer.block(new LetterBlock.Paragraph(dueTodayNote(s.dueToday().get(), contents.cover().madeOn())));
        }
        if (s.owedAtEnd().isPositive() && olderRun && !ages) {
            writer.block(new LetterBlock.Paragraph(unbrokenRun(s.owedSince().get(), withCms)));
        } else if (s.owedAtEnd().isPositive()) {
            // Short sentences a parent reads once: what each figure counts, and which depend on the matching.
            writer.block(new LetterBlock.Paragraph((ages ? agesNote(withCms) + " " : "")
                    + (withCms ? (ages ? "The other figures come from totals, so they do not depend on how the CMS "
                    + "matches payments." : "The CMS decides which missed payments each payment pays off. These "
                    + "figures do not depend on that, because they come from totals.") : ages ? "The other figures "
                    + "come from totals, so they do not depend on the matching." : "These figures come from totals, "
                    + "so they do not depend on which missed payments each payment is taken to pay off.")
                    + " \"Owed without a break since\" means the amount owed has stayed above zero "
                    + "every day since then. Money that came a few days early is counted on the day the payment was "
                    + "due."));
        }
        if (s.cmsFigure().isPresent()) {
            CmsDifference cms = s.cmsFigure().get();
            writer.space(6);
            writer.field("CMS figure (" + UkFormats.shortDate(cms.date()) + ")", cms.cmsFigure().format(), 90);
            // Credit as credit, as the app says it everywhere: "-£300.00" read as a sum owed with a stray sign.
            writer.field("This record on that date", uk.cml.domain.arrears.BalanceText.of(cms.appFigure()), 90);
            writer.field("Difference", cms.gapWords(), 90);
            writer.block(new LetterBlock.Paragraph(cms.describe()));
        } else if (withCms) {
            writer.block(new LetterBlock.Paragraph("No arrears figure from the CMS is recorded for this period."));
        }
    }

    /**
     * "Owed without a break: the amount owed has stayed above zero every day since the payment due on 26 June 2026 was
     * not paid in full. So the arrears have not been cleared at any time since then. This comes from totals, so it
     * holds whichever missed payments the CMS decides a payment pays off. Money that came a few days early is counted
     * on the day the payment was due."
     */
    static String unbrokenRun(LocalDate since) {
        return unbrokenRun(since, true);
    }

    /** As {@link #unbrokenRun(LocalDate)}; with {@code cms} false (a private arrangement) no word of the CMS. */
    static String unbrokenRun(LocalDate since, boolean cms) {
        return "Owed without a break: the amount owed has stayed above zero every day since the payment due on "
                + UkFormats.shortDate(since) + " was not paid in full. So the arrears have not been cleared at any time "
                + "since then. This comes from totals, so it holds whichever missed payments " + (cms
                ? "the CMS decides a payment pays off" : "a payment is taken to pay off") + ". Money that came a few "
                + "days early is counted on the day the payment was due.";
    }

    /**
     * "Owed for payments due up to 4 Nov 2026": what an age figure counts, by the last day of the dues it counts (the
     * day before {@code windowStart}: a due of that day is exactly so many months old, not older).
     */
    static String olderLabel(LocalDate windowStart) {
        return "Owed for payments due up to " + UkFormats.shortDate(windowStart.minusDays(1));
    }

    /**
     * What an age figure counts: "Each "Owed for payments due up to" figure adds up the Short column of the arrears
     * schedule for the payments due up to that date: what is still owed on them, with each payment matched to the
     * payments due as the schedule explains. The CMS decides which missed payments each payment pays off, and may
     * match them differently."
     */
    static String agesNote(boolean cms) {
        // Only the figures printed are named (a reviewer read "1, 3, 6 or 12 months" beside two figures), and the
        // matching is called what the schedule calls it, not "this record's matching of payments to dues".
        return "Each \"Owed for payments due up to\" figure adds up the Short column of the arrears schedule for the "
                + "payments due up to that date: what is still owed on them, with each payment matched to the "
                + "payments due as the schedule explains." + (cms ? " The CMS decides which missed payments each "
                + "payment pays off, and may match them differently." : "");
    }

    /**
     * Why the due awaited today is not in the figure owed: "The £43.21 due today can still arrive today, so it is not
     * missed yet and is not counted in what is owed." A due of a weekend or bank holiday says when it is on time by.
     */
    static String dueTodayNote(PackContents.DueToday due, java.time.LocalDate today) {
        String when = due.date().equals(today) && due.onTimeBy().equals(today) ? "due today can still arrive today"
                : "due on " + UkFormats.shortDate(due.date()) + " is on time if it arrives by "
                        + (due.onTimeBy().equals(today) ? "today, " : "") + UkFormats.shortDate(due.onTimeBy());
        return "Owed counts only payments whose day is over. The " + due.stillToCome().format() + " " + when
                + ", so it is not missed yet and is not counted in what is owed.";
    }

    void schedule() throws IOException {
        writer.title(PackSection.SCHEDULE.title());
        if (contents.schedule().isEmpty() && contents.received().payments().isEmpty()) {
            writer.block(new LetterBlock.Paragraph("Nothing was due or paid in this period."));
            return;
        }
        writer.block(new LetterBlock.Paragraph("The first table has one line per payment due: what was due, what of "
                + "it was paid (whenever the money came) and what is still short. "
                + PaymentTables.matchingInRecord(contents.schedule(), contents.received().toSettlement().isPositive())
                + (contents.cover().cmsInvolved() ? " The CMS may match payments differently." : "")
                + " \"" + PaymentTables.OWED_BEFORE_NEXT_DUE + "\" comes from totals and does not depend on the "
                + "matching. The second table lists each payment received in the period "
                + "once, on the day it arrived, as the parent recorded it."));
        List<List<String>> rows = new ArrayList<>(contents.schedule().size());
        Money due = Money.ZERO;
        Money paid = Money.ZERO;
        Money shortBy = Money.ZERO;
        Money cleared = Money.ZERO;
        Money dueToday = Money.ZERO;
        // A CMS figure is a line of its own by its date, saying it is not a due: in the row of the due whose days
        // it fell in, it read as being about that due (reviewer, 5 Dec 2026).
        for (ScheduleNote.Row row : ScheduleNote.inDateOrder(contents.schedule(),
                contents.summary().scheduleNotes())) {
            if (row instanceof ScheduleNote.NoteRow note) {
                rows.add(List.of(UkFormats.shortDate(note.note().date()), "", "", note.note().text(), "", ""));
                continue;
            }
            ScheduleLine line = ((ScheduleNote.DueRow) row).line();
            String status = PaymentTables.rowStatus(line)
                    + (line.notes().isEmpty() ? "" : "\n" + String.join("\n", line.notes()));
            rows.add(List.of(UkFormats.shortDate(line.date()), amount(line.due()), PaymentTables.paidTowards(line),
                    status, amount(line.shortBy()), BalanceText.of(line.owedAfter())));
            due = due.plus(line.due());
            paid = paid.plus(line.received());
            shortBy = shortBy.plus(line.shortBy());
            cleared = cleared.plus(line.cleared());
            dueToday = line.status() == LineStatus.DUE_TODAY ? dueToday.plus(line.shortBy()) : dueToday;
        }
        if (!rows.isEmpty()) {
            writer.block(new LetterBlock.SubHeading("Payments due"));
            writer.block(new LetterBlock.Table(List.of(TableColumn.left(PaymentTables.DATE_DUE, 1.25),
                    TableColumn.right("Due", 1.05), PaymentTables.paidTowardsColumn(1.3),
                    TableColumn.left("Status", 2.9), TableColumn.right("Short", 1.1),
                    PaymentTables.owedBeforeNextDueColumn(1.4)),
                    rows, List.of("Total", due.format(), paid.format(), "", shortBy.format(), "")));
            // Said under the table, only what its heading (the letters') does not: the day is the end of the one
            // before the next due (DueMatcher.balanceDay), the last line's the period's end, and money that came early
            // for the next due waits for that due's day (ScheduleLine.cameEarly).
            writer.block(new LetterBlock.Paragraph("\"" + PaymentTables.OWED_BEFORE_NEXT_DUE + "\" is at the end of "
                    + "the day before the next payment was due, or on the last line at the end of the period, counting "
                    + "money on the day it arrived; money that came a few days early for a payment counts on the day "
                    + "that payment was due."));
            // "Paid towards it" is the CMS's count, before its fee, the terms the dues are in; the bank statement
            // shows less. Said beside the table, as the summary's "before any Collect and Pay fee" is pages away.
            if (contents.received().feeTaken()) {
                writer.block(new LetterBlock.Paragraph("The amounts in the first table are before the CMS's Collect "
                        + "and Pay fee: what the paying parent paid through the CMS, which is what the payments due "
                        + "are counted in. What reached the parent after the fee is in the second table, under "
                        + "\"Amount received\"."));
            }
            if (!PaymentTables.lateFromWorkingDay(contents.schedule()).isEmpty()) {
                writer.block(new LetterBlock.Paragraph(PaymentTables.lateFromWorkingDay(contents.schedule())));
            }
            if (!PaymentTables.passOnRule(contents.schedule(), "the parent").isEmpty()) {
                writer.block(new LetterBlock.Paragraph(PaymentTables.passOnRule(contents.schedule(), "the parent")));
            }
            dueNotes(cleared, dueToday);
            amounts();
            dueFromBefore();
        }
        writer.block(new LetterBlock.SubHeading("Payments received in the period"));
        if (contents.received().payments().isEmpty()) {
            writer.block(new LetterBlock.Paragraph("No payments were received in this period."));
            return;
        }
        writer.block(PaymentTables.received(contents.received()));
        writer.block(new LetterBlock.Paragraph(PaymentTables.whereItWent(contents.received(),
                contents.period().from(), paid)));
    }

    /**
     * When the amount due changed in the period, each amount with where it came from, as the plans record it, so the
     * drop or rise of the Due column is explained: "The amount due was £42.50 a week from 5 June 2026 (CMS calculation
     * letter dated 20 May 2026), then £38.20 a week from 4 September 2026 (CMS letter dated 28 Aug 2026)."
     */
    private void amounts() throws IOException {
        List<PaymentPlan> plans = contents.summary().amounts();
        if (plans.size() < 2) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (PaymentPlan plan : plans) {
            parts.add((plan.isStopped() ? "nothing" : PaymentTables.amount(plan)) + " from "
                    + UkFormats.shortDate(plan.firstDue())
                    + (plan.source().isBlank() ? "" : " (" + plan.source().strip() + ")"));
        }
        writer.block(new LetterBlock.Paragraph("The amount due was " + String.join(", then ", parts) + "."));
    }

    /** What keeps due less paid from being short, and the part of short not yet missed, in words. */
    private void dueNotes(Money cleared, Money dueToday) throws IOException {
        if (cleared.isPositive()) {
            writer.block(new LetterBlock.Paragraph(PaymentTables.clearedNote(cleared, "short")));
        }
        if (dueToday.isPositive()) {
            writer.block(new LetterBlock.Paragraph(dueToday.format() + " of the short total is due today and can "
                    + "still arrive today, so it is not yet missed and is not counted as owed: \""
                    + PaymentTables.OWED_BEFORE_NEXT_DUE + "\" on its line leaves it out."));
        }
    }

    /**
     * Why a due dated before the period is listed: "The £200.00 due on Sunday 1 November 2026 was on time until the
     * end of Monday 2 November 2026, within this period, so it is counted here and not in what was owed at the start."
     * Money that came for it before the period is said apart, as the summary's total due leaves it out.
     */
    private void dueFromBefore() throws IOException {
        LocalDate from = contents.period().from();
        for (ScheduleLine line : contents.schedule()) {
            if (!line.date().isBefore(from)) {
                return;
            }
            Money before = line.arrivedBefore(from);
            writer.block(new LetterBlock.Paragraph("The " + line.due().format() + " due on "
                    + dayAndLongDate(line.date()) + " was on time until the end of " + dayAndLongDate(line.onTimeBy())
                    + ", within this period, so it is "
                    + "counted here and not in what was owed at the start" + (before.isPositive() ? "; "
                    + before.format() + " of it arrived before the period, so the summary's total due counts the "
                    + line.due().minus(before).format() + " still to come then." : ".")));
        }
    }

    private static String dayAndLongDate(LocalDate date) {
        return CalendarText.weekday(date) + " " + UkFormats.shortDate(date);
    }

    void chronology() throws IOException {
        writer.title(PackSection.CHRONOLOGY.title());
        if (contents.chronology().isEmpty()) {
            writer.block(new LetterBlock.Paragraph("Nothing was recorded in this period."));
            return;
        }
        // Said once, above the table: on every payment and due it filled pages with one sentence.
        String howCounted = uk.cml.domain.Words.text("timeline.payment.howCounted");
        List<TimelineEntry> entries = new ArrayList<>(contents.chronology().size());
        boolean counted = false;
        String lastPlanWords = "";
        for (TimelineEntry e : contents.chronology()) {
            String detail = e.detail();
            if (e.kind() == TimelineKind.PAYMENT || e.kind() == TimelineKind.PAYMENT_DUE) {
                String without = withoutSentence(detail, howCounted);
                counted |= !without.equals(detail);
                detail = without;
            }
            Optional<String> planWords = planWords(e, detail);
            if (planWords.isPresent()) {
                // A due's plan words ("Maintenance due (weekly): £45.00, £43.20 after the £1.80 Collect and Pay
                // fee.") are the same on every due of a plan: said on the first, then again only where they change.
                boolean same = planWords.get().equals(lastPlanWords);
                lastPlanWords = planWords.get();
                detail = same ? detail.substring(planWords.get().length()).strip() : detail;
            }
            entries.add(detail.equals(e.detail()) ? e : e.withWords(e.title(), detail));
        }
        if (counted) {
            writer.block(new LetterBlock.Paragraph("Where a row says which payment due money counted towards, that "
                    + "is this record's count. " + howCounted));
        }
        List<List<String>> rows = new ArrayList<>(entries.size());
        for (TimelineEntry e : entries) {
            String happened = e.happenedAt().toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? UkFormats.shortDate(e.happenedAt().toLocalDate()) : UkFormats.dateTime(e.happenedAt());
            String what = shortenedWhereInFull(e, whatHappened(e));
            // Dues and deadlines are worked out, not entered, so they have no moment of recording to show.
            String recorded = e.kind() == TimelineKind.PAYMENT_DUE ? "From the plan"
                    : e.kind().isWorkedOut() ? "Worked out from the records" : recordedCell(e.recorded());
            rows.add(List.of(happened, recorded, e.label(), what));
        }
        writer.block(new LetterBlock.Table(List.of(TableColumn.left("Happened", 1.25),
                TableColumn.left("Recorded", 1.45), TableColumn.left("Kind", 1.2), TableColumn.left("What", 4.2)),
                rows));
    }

    /** {@code text} without {@code sentence} where it stands alone (as its own line or after a space). */
    static String withoutSentence(String text, String sentence) {
        int at = text.indexOf(sentence);
        if (at < 0) {
            return text;
        }
        String before = text.substring(0, at);
        String after = text.substring(at + sentence.length());
        // A sentence on a line of its own leaves the lines either side apart: joined with a space, "(£285.50 before
        // the CMS fee)" and "Corrected since: ..." ran together as one sentence with no full stop between.
        boolean ownLine = before.matches("(?s).*\n[ \t]*") || after.matches("(?s)[ \t]*\n.*");
        return (before.stripTrailing() + (ownLine ? "\n" : " ") + after.stripLeading()).strip()
                .replaceAll(" ?\n ?", "\n");
    }

    /**
     * The words a due's detail starts with from its plan ("Maintenance due (weekly): £45.00, £43.20 after the £1.80
     * Collect and Pay fee."), found by the schedule's line for the due's day; empty for any other entry.
     */
    private Optional<String> planWords(TimelineEntry e, String detail) {
        if (e.kind() != TimelineKind.PAYMENT_DUE || !e.label().equals(e.kind().label())) {
            return Optional.empty();
        }
        LocalDate day = e.happenedAt().toLocalDate();
        return contents.schedule().stream().filter(line -> line.date().equals(day))
                .map(line -> line.description().strip() + ".").filter(words -> words.length() > 1)
                .filter(detail::startsWith).findFirst();
    }

    /** A note longer than this is printed whole only under Notes; the chronology gives its first part. */
    static final int CHRONOLOGY_NOTE_LIMIT = 700;
    /** About how much of such a note the chronology gives, cut at the end of a word. */
    private static final int CHRONOLOGY_NOTE_PART = 450;

    /**
     * A long note is printed in full once: under Notes, when the pack has that section and the note is in it. The
     * chronology then gives its first part and says where it is in full, rather than print pages of it twice.
     */
    private String shortenedWhereInFull(TimelineEntry e, String what) {
        if (e.kind() != TimelineKind.NOTE || what.length() <= CHRONOLOGY_NOTE_LIMIT || !contents.has(PackSection.NOTES)) {
            return what;
        }
        return contents.notes().stream().filter(n -> n.id() == e.sourceId()).findFirst()
                .map(note -> firstPart(what) + " \u2026 (cut short here: in full under Notes, "
                        + UkFormats.shortDate(note.happenedOn()) + ")")
                .orElse(what);
    }

    private static String firstPart(String text) {
        int end = text.lastIndexOf(' ', CHRONOLOGY_NOTE_PART);
        return text.substring(0, end > CHRONOLOGY_NOTE_PART / 2 ? end : CHRONOLOGY_NOTE_PART).strip();
    }

    /**
     * A note's title is its first line, so its detail would only say the same again; a long first line is cut short
     * in the title ("..."), and then the detail alone says it whole. A plain note's detail puts its kind before the
     * text ("Note: ..."), so the detail's first line holds the whole title: the detail alone says it, once.
     */
    static String whatHappened(TimelineEntry e) {
        String firstLine = e.detail().lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty() || e.title().contains(firstLine)) {
            return e.title();
        }
        if (e.kind() == TimelineKind.NOTE && !e.title().isBlank() && firstLine.contains(e.title().strip())) {
            return e.detail();
        }
        String cut = e.title().endsWith("...") ? e.title().substring(0, e.title().length() - 3).strip() : "";
        return !cut.isEmpty() && firstLine.contains(cut) ? e.detail() : e.title() + "\n" + e.detail();
    }

    void calls() throws IOException {
        writer.title(PackSection.CALLS.title());
        if (contents.calls().isEmpty()) {
            writer.block(new LetterBlock.Paragraph("No calls were recorded in this period."));
        }
        for (Call call : contents.calls()) {
            writer.block(new LetterBlock.SubHeading(UkFormats.dateTime(call.happenedAt()) + ": " + call.title()));
            String detail = call.detail();
            writer.block(new LetterBlock.Paragraph((detail.isEmpty() ? "Nothing else was noted." : detail)
                    + "\n" + recordedSentence(contents.recorded().of(call))
                    + correctionLines(contents.recorded().correctionsOf(call))));
        }
    }

    void notes() throws IOException {
        writer.title(PackSection.NOTES.title());
        if (contents.notes().isEmpty()) {
            writer.block(new LetterBlock.Paragraph("No notes were made in this period."));
        }
        for (Note note : contents.notes()) {
            writer.block(new LetterBlock.SubHeading(UkFormats.shortDate(note.happenedOn()) + ": "
                    + note.category().label()));
            writer.block(new LetterBlock.Paragraph(note.text() + "\n"
                    + recordedSentence(contents.recorded().of(note))
                    + correctionLines(contents.recorded().correctionsOf(note))));
        }
    }

    /**
     * The chronology's "Recorded" cell: when the record was first written into the app, and on a second line, when it
     * was last changed, if it was; where the first moment is not kept, only what is known.
     */
    static String recordedCell(Recorded recorded) {
        String changed = recorded.changed().map(t -> "changed " + UkFormats.dateTime(t)).orElse("");
        if (recorded.first().isEmpty()) {
            return "Not known;\n" + changed + binMoves(recorded, ";\n");
        }
        String first = UkFormats.dateTime(recorded.first().get());
        return (changed.isEmpty() ? first : first + ";\n" + changed) + binMoves(recorded, ";\n");
    }

    /**
     * "; moved to the Bin on 5 Dec 2026, 13:33; put back on 5 Dec 2026, 13:34" for each time the record was in the
     * Bin: it did not count in between, and the cover promises the changes to records are shown. Empty for none.
     */
    static String binMoves(Recorded recorded, String between) {
        StringBuilder text = new StringBuilder();
        for (Recorded.BinMove move : recorded.binMoves()) {
            text.append(between).append("moved to the Bin on ").append(UkFormats.dateTime(move.binned()));
            move.putBack().ifPresent(back -> text.append(between).append("put back on ")
                    .append(UkFormats.dateTime(back)));
        }
        return text.toString();
    }

    /**
     * What each correction changed, oldest first, one line a field: "Corrected 4 Dec 2026, 17:13: What was promised
     * was “Send me an arrears breakdown”, now “Call me back by Friday”." A reader shown only "changed" on a record
     * the parent keeps as evidence cannot tell a correction of a typing slip from a rewrite; the app keeps each
     * earlier version, so the pack says what it was. Empty when never corrected.
     */
    static String correctionLines(List<Correction> corrections) {
        StringBuilder text = new StringBuilder();
        for (Correction correction : corrections) {
            text.append("\nCorrected ").append(UkFormats.dateTime(correction.at())).append(':');
            for (int i = 0; i < correction.changes().size(); i++) {
                FieldChange change = correction.changes().get(i);
                text.append(i == 0 ? " " : "; ").append(change.field()).append(" was ").append(quoted(change.before()))
                        .append(", now ").append(quoted(change.after()));
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String quoted(String value) {
        return value.isBlank() ? "empty" : "\u201c" + value.strip().replaceAll("\\s*\\R\\s*", " / ") + "\u201d";
    }

    /** "Recorded 6 Nov 2026, 18:02; changed 3 Dec 2026, 15:00.", or "Recorded 6 Nov 2026, 18:02." if never changed. */
    static String recordedSentence(Recorded recorded) {
        String changed = recorded.changed().map(t -> "changed " + UkFormats.dateTime(t)).orElse("");
        if (recorded.first().isEmpty()) {
            return "When it was first recorded is not known; " + changed + binMoves(recorded, "; ") + ".";
        }
        return "Recorded " + UkFormats.dateTime(recorded.first().get()) + (changed.isEmpty() ? "" : "; " + changed)
                + binMoves(recorded, "; ") + ".";
    }

    /** The last page: how many pages the pack has and, when known, the records' fingerprint and their check. */
    void end(int pageCount) throws IOException {
        writer.title("End of the evidence pack");
        writer.block(new LetterBlock.Paragraph("This pack has " + pageCount + " pages, numbered "
                + PackNumbers.label(1) + " to " + PackNumbers.label(pageCount) + ". It was made by Child Maintenance "
                + "Log on " + UkFormats.shortDate(contents.cover().madeOn()) + " from the records of "
                + orNotGiven(contents.cover().parentName()) + "."));
        if (contents.seal().isPresent()) {
            RecordsSeal seal = contents.seal().get();
            // Named as on every letter ("Record fingerprint"), and said plainly before the check behind it.
            writer.field("Record fingerprint", seal.fingerprint(), 45);
            writer.block(new LetterBlock.Paragraph("The record fingerprint is a check code from the app these "
                    + "records are kept in. It stands for the records as they were on the day this pack was made. "
                    + "Later, the app's Check records can use it to show whether those records have been rewritten "
                    + "since. It cannot show when an entry was first written. " + checkedSentence(seal)));
        }
    }

    /** What Check records found when the pack was made: said whatever it was, as a pack never claims more. */
    static String checkedSentence(RecordsSeal seal) {
        String checked = seal.allMatch()
                ? "When this pack was made, the app's Check records compared every record with its history ("
                + seal.historyEntries() + (seal.historyEntries() == 1 ? " entry" : " entries")
                + ") and found nothing changed outside the app."
                : "When this pack was made, the app's Check records found " + (seal.mismatches() == 1
                ? "one thing that does not match" : seal.mismatches() + " things that do not match")
                + " the records' history, such as a record changed outside the app. The figures in this pack come "
                + "from the records as they are, including what does not match.";
        // The parent's own choice, after the note of where the history ends was lost: said as what it is, and as
        // the limit it puts on the check, never as a change.
        for (RecordsSeal.Restart restart : seal.restarts()) {
            checked += " The note the app keeps of where the records' history ends was started again from the records "
                    + "on " + restart.when() + ", at entry " + restart.entries() + ", so whether entries before then "
                    + "were cut off cannot be told.";
        }
        return checked;
    }

    static String amount(Money money) {
        return money.isZero() ? "" : money.format();
    }

    private static String lines(List<String> lines) {
        return lines.isEmpty() ? "Not recorded" : String.join("\n", lines);
    }

    private static String orNotGiven(String text) {
        return text == null || text.isBlank() ? "(name not recorded)" : text;
    }
}
