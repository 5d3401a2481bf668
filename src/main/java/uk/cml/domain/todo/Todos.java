package uk.cml.domain.todo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.cml.domain.standing.Deadline;

/** The Overview's one list of what needs doing, gathered from every area: each task once, oldest first. */
public final class Todos {

    private Todos() {
    }

    /**
     * Sorts the to-dos by date and leaves out a task listed twice. A letter written but not posted is both a
     * "Post the letter" date on the complaint and a letter to post in the letters log: the letters log's to-do is
     * kept, as it names the letter and opens it.
     */
    public static List<TodoItem> gather(List<TodoItem> items) {
        Set<Long> toPost = items.stream().filter(i -> i.kind() == TodoKind.POST_LETTER).map(TodoItem::sourceId)
                .collect(Collectors.toSet());
        return items.stream().filter(i -> !postingDeadline(i, toPost)).sorted(Comparator.comparing(TodoItem::due))
                .toList();
    }

    /**
     * As {@link #gather(List)}, with what the parent can do on {@code today} first: a "from" date still to come (a
     * suggestion, or the day after a CMS target) never heads the list above things to do now, and follows them in
     * date order.
     */
    public static List<TodoItem> gather(List<TodoItem> items, LocalDate today) {
        return gather(items).stream().sorted(Comparator.comparing((TodoItem i) -> !i.doableOn(today))).toList();
    }

    /** A date counted from a letter not yet posted is the date to post it by (no reply is awaited before that). */
    private static boolean postingDeadline(TodoItem item, Set<Long> toPost) {
        return item.deadline().map(Deadline::from).filter(Deadline.From.Sent.class::isInstance)
                .map(from -> ((Deadline.From.Sent) from).letter())
                .filter(letter -> !letter.isPosted() && toPost.contains(letter.id())).isPresent();
    }
}
