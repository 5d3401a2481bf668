package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line of the schedule that is not a payment due: an arrears figure the CMS gave, on the day it was as at. It was
 * once a note in the row of the due whose days it fell in ("31 Oct 2026 ... Arrived in full. Arrears figure given by
 * the CMS, as at 20 Nov 2026: £350.00"), which read as if it were about that due (reviewer, 5 Dec 2026). The Payments
 * page, the evidence pack's schedule and the spreadsheet all show it from here, as a dated line of its own.
 *
 * @param date what the line is dated: the day the figure was as at
 * @param what what kind of line it is, saying it is not a payment due ("Not a payment due: arrears figure given by
 *             the CMS"), for a column that names each line
 * @param text the whole line: "Not a payment due: arrears figure given by the CMS, as at 20 Nov 2026: £350.00 (this
 *             record: £332.58)"
 */
public record ScheduleNote(LocalDate date, String what, String text) {

    public ScheduleNote {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(text, "text");
    }

    /** A due's line or a note's, in the order a schedule lists them. */
    public sealed interface Row {
    }

    /** A payment due's line. */
    public record DueRow(ScheduleLine line) implements Row {
    }

    /** A note's line. */
    public record NoteRow(ScheduleNote note) implements Row {
    }

    /**
     * The dues and the notes in date order: a note before the first due dated after it, and after a due of its own
     * day (a figure as at a due's day counts that due: {@link ArrearsSchedule#cmsDifference()}).
     */
    public static List<Row> inDateOrder(List<ScheduleLine> lines, List<ScheduleNote> notes) {
        List<Row> rows = new ArrayList<>(lines.size() + notes.size());
        int n = 0;
        for (ScheduleLine line : lines) {
            while (n < notes.size() && notes.get(n).date().isBefore(line.date())) {
                rows.add(new NoteRow(notes.get(n++)));
            }
            rows.add(new DueRow(line));
        }
        while (n < notes.size()) {
            rows.add(new NoteRow(notes.get(n++)));
        }
        return rows;
    }
}
