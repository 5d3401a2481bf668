package uk.cml.ui.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoSource;
import uk.cml.domain.todo.Todos;
import uk.cml.store.PaymentRecords;
import uk.cml.store.PaymentStore;

/**
 * What the Overview shows, read from the records off the FX thread: the arrears schedule and what needs doing.
 *
 * <p>At start-up the app reads the first case's figures ahead ({@link #readAhead}), straight after opening the
 * records and while the window is still being built; the page's own first read then takes them instead of reading
 * again. Anything else reads afresh.
 */
public final class OverviewModel {

    /** What one read found: no schedule when the case has no payment plan. */
    public record Found(Optional<ArrearsSchedule> schedule, List<TodoItem> todos) {
    }

    private record Ahead(long caseId, LocalDate today, Found found) {
    }

    private final PaymentStore store;
    private final List<TodoSource> todoSources;
    private final AtomicReference<Ahead> ahead = new AtomicReference<>();

    /**
     * @param todoSources every area that adds to "What needs doing"
     */
    public OverviewModel(PaymentStore store, List<TodoSource> todoSources) {
        this.store = store;
        this.todoSources = List.copyOf(todoSources);
    }

    /** Reads a case's figures now, for the next {@link #read} of the same case on the same day. Off the FX thread. */
    public void readAhead(long caseId, LocalDate today) {
        ahead.set(new Ahead(caseId, today, readNow(caseId, today)));
    }

    /** A case's figures as of today: those read ahead for it, once, or else read now. Off the FX thread. */
    public Found read(long caseId, LocalDate today) {
        Ahead early = ahead.getAndSet(null);
        if (early != null && early.caseId() == caseId && early.today().equals(today)) {
            return early.found();
        }
        return readNow(caseId, today);
    }

    /**
     * The parent says {@code item} needs nothing doing (a decision that did not change the amount): kept by the area
     * it came from, with its history. Off the FX thread. Returns whether any area kept the answer.
     */
    public boolean dismiss(TodoItem item) {
        for (TodoSource source : todoSources) {
            if (source.dismiss(item)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parent can say {@code item} needs nothing doing ({@link #dismiss}). */
    public static boolean dismissable(TodoItem item) {
        return item.kind() == uk.cml.domain.todo.TodoKind.CHECK_AMOUNT_AFTER_DECISION;
    }

    private Found readNow(long caseId, LocalDate today) {
        PaymentRecords records = store.records(caseId);
        // Worked out here, off the FX thread: for years of weekly payments it is the Overview's largest piece.
        Optional<ArrearsSchedule> schedule = records.hasPlan() ? Optional.of(records.schedule(today))
                : Optional.empty();
        // A new due may have made quick entry's words on a payment untrue with no record changed: checked on the
        // schedule just worked out, re-said only when one is (PaymentStore). The app opens on this page, so they are
        // true again before the Payments page, the Timeline or the evidence pack made after it reads them.
        schedule.ifPresent(worked -> store.keepQuickEntryWordsTrue(caseId, records, worked));
        List<TodoItem> items = new ArrayList<>();
        for (TodoSource source : todoSources) {
            // The payments' to-dos from the schedule just worked out, not read and worked out again: the figures
            // and the to-dos then say the same, even when a payment is saved while the page reads.
            items.addAll(source == store ? store.todos(caseId, today, schedule) : source.todos(caseId, today));
        }
        // With no plan the page's own card says so, with its button: not a second "add the payment plan" above it.
        List<TodoItem> todos = Todos.gather(items, today).stream()
                .filter(item -> schedule.isPresent() || item.kind() != uk.cml.domain.todo.TodoKind.ADD_PLAN).toList();
        return new Found(schedule, todos);
    }
}
