package uk.cml.domain.todo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.ScheduleLine;

/**
 * Calls logged before "Did you tell them about missed payments on this call?" was asked have no answer and count as
 * not told (Call#reportsMissedPayments), so the letters leave them out. Where it matters, the Overview asks for the
 * answer: while money is owed, for a call on or after the first due still short (a call before anything was missed
 * could not report it). One to-do per call, for the {@value #AT_MOST} newest only: the oldest matter least (a newer
 * report counts for what was missed before it), and a long list of questions would bury what needs doing.
 */
public final class AnswerOldCalls {

    /** The most calls asked about at once; answering one brings the next. */
    public static final int AT_MOST = 3;

    private AnswerOldCalls() {
    }

    /**
     * @param unanswered the case's calls with no answer (the bin's left out): each call's id and day
     */
    public static List<TodoItem> todos(ArrearsSchedule schedule, Map<Long, LocalDate> unanswered) {
        if (!schedule.owedOnPassedDues().isPositive()) {
            return List.of();
        }
        Optional<LocalDate> firstShort = schedule.lines().stream().filter(line -> line.status().isShort())
                .map(ScheduleLine::date).min(Comparator.naturalOrder());
        if (firstShort.isEmpty()) {
            return List.of();
        }
        return unanswered.entrySet().stream().filter(call -> !call.getValue().isBefore(firstShort.get()))
                .sorted(Map.Entry.<Long, LocalDate>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(AT_MOST)
                .map(call -> new TodoItem(call.getValue(), Words.text("todo.call.answerToldMissedPayments",
                        UkFormats.shortDate(call.getValue())), TodoKind.ANSWER_TOLD_MISSED_PAYMENTS, call.getKey()))
                .toList();
    }
}
