package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;

/**
 * Under Direct Pay the CMS knows of a missed or part payment only when the parent tells it (seed 000; Parliament
 * answer 97520). So while a due whose day is over is short and no letter reporting arrears to the CMS was written on
 * or after its date, "What needs doing" says so, whatever else it says about the latest payment.
 */
final class CmsToldOfArrears {

    /** The kinds of letter that tell the CMS what was missed: the report, and a request to collect or enforce. */
    private static final List<LetterKind> TELLS = java.util.Arrays.stream(LetterKind.values())
            .filter(LetterKind::tellsTheCmsOfArrears).toList();

    private CmsToldOfArrears() {
    }

    /** The to-do, if the case is under Direct Pay today and some short due is newer than the last such letter. */
    static Optional<TodoItem> todo(Connection c, long caseId, ArrearsSchedule schedule, LocalDate today)
            throws SQLException {
        if (ArrangementRows.history(c, caseId).on(today) != Arrangement.DIRECT_PAY
                || !schedule.owedOnPassedDues().isPositive()) {
            return Optional.empty();
        }
        // What is owed is the figure the Overview and the letter give: on a due's own day that due is not missed
        // yet, so it is not counted, and the to-do names it apart rather than leave the parent to wonder.
        Optional<ScheduleLine> awaited = schedule.dueNow();
        Money owed = schedule.owedOnPassedDues();
        Optional<LocalDate> lastTold = lastLetter(c, caseId);
        List<ScheduleLine> untold = schedule.lines().stream().filter(line -> line.status().isShort())
                .filter(line -> lastTold.map(told -> line.date().isAfter(told)).orElse(true)).toList();
        if (untold.isEmpty()) {
            return Optional.empty();
        }
        String payments = Words.text(untold.size() == 1 ? "todo.payments.tellOne" : "todo.payments.tellMany",
                untold.size());
        if (schedule.payments().isEmpty() && lastTold.isEmpty() && awaited.isEmpty()) {
            // Nothing recorded at all: a new case, most likely, whose money is not entered yet. The app cannot tell
            // "nothing arrived" from "nothing recorded", so it asks for the payments first.
            return Optional.of(new TodoItem(untold.get(0).date(), Words.text("todo.payments.tellNoneRecorded",
                    payments, UkFormats.shortDate(untold.get(0).date()), owed.format()), TodoKind.TELL_THE_CMS, 0));
        }
        String what = awaited.map(line -> lastTold.map(told -> Words.text("todo.payments.tellSinceLetterAwaited",
                        payments, UkFormats.shortDate(told), owed.format(), line.shortBy().format(),
                        UkFormats.shortDate(line.date())))
                .orElse(Words.text("todo.payments.tellNoLetterAwaited", payments, owed.format(),
                        line.shortBy().format(), UkFormats.shortDate(line.date()))))
                .orElseGet(() -> lastTold.map(told -> Words.text("todo.payments.tellSinceLetter", payments,
                                UkFormats.shortDate(told), owed.format()))
                        .orElse(Words.text("todo.payments.tellNoLetter", payments, owed.format())));
        return Optional.of(new TodoItem(untold.get(0).date(), what, TodoKind.TELL_THE_CMS, 0));
    }

    /** The day the latest letter reporting arrears to the CMS was written, if any (the bin's left out). */
    private static Optional<LocalDate> lastLetter(Connection c, long caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT max(written_on) FROM " + SentLetterStore.TABLE
                + " WHERE case_id = ? AND deleted_at IS NULL AND kind IN (?, ?)")) {
            s.setLong(1, caseId);
            s.setString(2, TELLS.get(0).name());
            s.setString(3, TELLS.get(1).name());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getString(1) != null ? Optional.of(LocalDate.parse(r.getString(1)))
                        : Optional.empty();
            }
        }
    }
}
