package uk.cml.domain.todo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.standing.Deadline;

/**
 * The Overview's one list of what needs doing, gathered from every area: each task once, the most pressing first
 * ({@link #gather(List, LocalDate)}).
 */
public final class Todos {

    private Todos() {
    }

    /**
     * The to-do for a call on which the CMS promised to act by a day now passed, while that promise is still to chase
     * (neither kept nor followed up: {@link uk.cml.domain.evidence.Call#promiseLate}): "On your call of 10 Apr 2026
     * you noted the CMS would act by 24 Apr 2026. Chase it." The one rule for the Overview's What needs doing and for
     * what heads Where it stands ({@link #aheadOfStanding}), so the two never disagree.
     */
    public static Optional<TodoItem> callPromiseLate(uk.cml.domain.evidence.Call call, LocalDate today) {
        return call.promiseToChase().filter(d -> call.promiseLate(today)).map(d -> new TodoItem(d,
                uk.cml.domain.Words.text("todo.call.promiseLate",
                        uk.cml.domain.UkFormats.shortDate(call.happenedAt().toLocalDate()),
                        uk.cml.domain.UkFormats.shortDate(d)), TodoKind.CALL_PROMISE_LATE, call.id()));
    }

    /**
     * Sorts the to-dos by date and leaves out a task listed twice. A letter written but not posted is both a
     * "Post the letter" date on the complaint and a letter to post in the letters log, and a complaint's late reply
     * is both a passed target on the complaint and a late reply in the letters log: the letters log's to-do is
     * kept, as it names the letter and opens it.
     */
    public static List<TodoItem> gather(List<TodoItem> items) {
        Set<Long> toPost = sources(items, TodoKind.POST_LETTER, TodoKind.POST_REPORT, TodoKind.MAKE_LETTER_AGAIN,
                TodoKind.MAKE_REPORT_AGAIN);
        Set<Long> lateReplies = sources(items, TodoKind.REPLY_OVERDUE);
        Set<Long> toPostByADate = items.stream().filter(i -> i.kind() == TodoKind.POST_LETTER
                && i.deadline().isPresent()).map(TodoItem::sourceId).collect(Collectors.toSet());
        return items.stream().filter(i -> !postingDeadline(i, toPost) && !replyDeadline(i, lateReplies)
                        && !postedByADateElsewhere(i, toPostByADate))
                .sorted(Comparator.comparing(TodoItem::due)).toList();
    }

    /**
     * A letter made for a decision's limit is also a letter to post in the letters log: the limit's to-do is kept,
     * as it says the date to post it by (and opens the same letter).
     */
    private static boolean postedByADateElsewhere(TodoItem item, Set<Long> toPostByADate) {
        return item.kind() == TodoKind.POST_LETTER && item.deadline().isEmpty()
                && toPostByADate.contains(item.sourceId());
    }

    private static Set<Long> sources(List<TodoItem> items, TodoKind... kinds) {
        Set<TodoKind> wanted = Set.of(kinds);
        return items.stream().filter(i -> wanted.contains(i.kind())).map(TodoItem::sourceId)
                .collect(Collectors.toSet());
    }

    /**
     * As {@link #gather(List)}, with the most pressing first, by one rule for the Overview's What needs doing and Where
     * it stands' What to do next ({@link #aheadOfStanding}): a limit of the parent's ending today or tomorrow; then
     * telling the CMS of missed payments (it only knows if told), oldest first; then what has a day still to come or
     * today, soonest first; then what has gone by, newest first: a promise or target that passed this week is the one
     * to chase now, one passed ten weeks ago loses nothing by waiting behind it (reviewer rv5: both pages led with a
     * call's promise of 28 Sep on 6 Dec, above the complaint's acknowledgement target of 2 Dec and a promise of 4 Dec).
     * A "from" date still to come (a suggestion, or the day after a CMS target) follows all of those in date order;
     * then adding a CMS reference the parent chose to add later, which has no date of its own (a letter to the CMS
     * tried before it is added says so too); and a passed reconsideration limit with no letter, an option, comes last.
     */
    public static List<TodoItem> gather(List<TodoItem> items, LocalDate today) {
        return gather(items).stream().sorted(Comparator.comparing((TodoItem i) -> lateOption(i, today))
                .thenComparing(i -> i.kind() == TodoKind.ADD_CMS_REFERENCE)
                .thenComparing(i -> !endsNow(i, today))
                .thenComparing(i -> !i.doableOn(today))
                .thenComparing(i -> !(i.doableOn(today) && tellsTheCms(i)))
                .thenComparingLong(i -> passedNewestFirst(i, today))).toList();
    }

    /**
     * Where {@code item} goes among the things to do that neither end now nor tell the CMS: a day to come (or today)
     * soonest first, before a day gone by, newest first. Telling the CMS and "from" dates keep date order.
     */
    private static long passedNewestFirst(TodoItem item, LocalDate today) {
        if (tellsTheCms(item) || !item.doableOn(today)) {
            return item.due().toEpochDay();
        }
        return comingThenGone(item.due(), today);
    }

    /**
     * The one order of days for a list that holds days to come and days gone: today or later, soonest first, then
     * days gone by, newest first (what is next is seen first, and what passed this week before what passed months
     * ago). What needs doing puts its days in this order ({@link #gather(List, LocalDate)}), and so does Where it
     * stands' Dates to watch ({@code StandingReport#datesToWatch}). A key: the smaller comes first.
     */
    public static long comingThenGone(LocalDate day, LocalDate today) {
        return day.isBefore(today) ? Long.MAX_VALUE / 2 - day.toEpochDay() : day.toEpochDay();
    }

    /**
     * A mandatory reconsideration whose limit has passed, with no letter made for it: an option (the app cannot know
     * the parent disagrees with the calculation), so it comes after everything there is to do, on the Overview and
     * on Where it stands, which it heads only while nothing else is to do (README; reviewer rv3, 5 Dec 2026: the
     * page headed with it, by its day to act by, above a call's broken promise the Overview headed with).
     */
    static boolean lateOption(TodoItem item, LocalDate today) {
        return item.kind() == TodoKind.DEADLINE
                && item.deadline().filter(d -> uk.cml.domain.standing.PassedLimits.optionGone(d, today)).isPresent();
    }

    /**
     * A limit of the parent's that ends today or tomorrow (or must be acted on by then, as one ending on a weekend
     * or bank holiday, or one met when the CMS gets the letter whose last day to post it is today or tomorrow): it
     * heads the list, above older things to do that lose nothing by waiting a day, such as
     * making a letter again before posting it.
     */
    static boolean endsNow(TodoItem item, LocalDate today) {
        return item.deadline().filter(d -> d.timing() == Deadline.Timing.BY && !d.done()
                && !d.due().counted().isBefore(today) && !item.due().isAfter(today.plusDays(1))).isPresent();
    }

    /**
     * What heads "Where things stand" when it is not the page's own next step: telling the CMS of missed payments
     * under Direct Pay, or posting the letter that does once it is written (the CMS only knows if told, and a complaint or a chase is about what it knows), or
     * chasing a promise made on a call whose day has passed ({@link #callPromiseLate}: the Overview said "Chase it."
     * while this page said "Nothing to do yet" under its own red "This date has passed: chase it", reviewer, 5 Dec
     * 2026), when the Overview's order ({@link #gather(List, LocalDate)}) puts it before the date the page's next
     * step is about. A next step with no date (the complaint's own: write one, ask for a review) comes after it. One
     * order for both pages, so What to do next never says one thing while What needs doing says another comes first.
     *
     * @param pageNext the date the page's next step is about ({@code StandingReport.nextDate}), if it has one
     * @param items    what needs doing elsewhere (the payments' to-dos, the calls' late promises); only telling the
     *                 CMS and chasing a promise are set against it
     */
    public static Optional<TodoItem> aheadOfStanding(Optional<Deadline> pageNext, List<TodoItem> items,
            LocalDate today, UkCalendar calendar) {
        List<TodoItem> candidates = new ArrayList<>(items.stream().filter(Todos::headsStanding).toList());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        pageNext.ifPresent(d -> candidates.add(TodoItem.of(d, d.what(), calendar)));
        TodoItem first = gather(candidates, today).get(0);
        return headsStanding(first) ? Optional.of(first) : Optional.empty();
    }

    /** A to-do from elsewhere that can head Where things stand ({@link #aheadOfStanding}). */
    private static boolean headsStanding(TodoItem item) {
        return tellsTheCms(item) || item.kind() == TodoKind.CALL_PROMISE_LATE;
    }

    /** Telling the CMS of missed payments: writing the letter that does, or posting it once written. */
    public static boolean tellsTheCms(TodoItem item) {
        return item.kind() == TodoKind.TELL_THE_CMS || item.kind() == TodoKind.POST_REPORT
                || item.kind() == TodoKind.MAKE_REPORT_AGAIN;
    }

    /**
     * A complaint's reply target that has passed is also the letters log's late reply for the same letter: the
     * letters log's to-do is kept (it names the letter and opens it), so "chase the reply" is listed once.
     */
    private static boolean replyDeadline(TodoItem item, Set<Long> lateReplies) {
        return item.deadline().filter(d -> d.letter().equals(Optional.of("chase-reply")))
                .map(Deadline::from).filter(Deadline.From.Sent.class::isInstance)
                .map(from -> ((Deadline.From.Sent) from).letter())
                .filter(letter -> lateReplies.contains(letter.id())).isPresent();
    }

    /** A date counted from a letter not yet posted is the date to post it by (no reply is awaited before that). */
    private static boolean postingDeadline(TodoItem item, Set<Long> toPost) {
        return item.deadline().map(Deadline::from).filter(Deadline.From.Sent.class::isInstance)
                .map(from -> ((Deadline.From.Sent) from).letter())
                .filter(letter -> !letter.isPosted() && toPost.contains(letter.id())).isPresent();
    }
}
