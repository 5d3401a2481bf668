package uk.cml.ui.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.FactUnit;
import uk.cml.domain.standing.TimeLimit;
import uk.cml.store.StandingStore;
import uk.cml.ui.common.Messages;

/**
 * What Settings shows of the CMS time limits the app counts with (the facts table, cms-facts.md): each with its
 * plain meaning (from the words bundle, by its key: never the table's own label), its figure in its unit, where it
 * comes from and when it was last checked; and the checks on a correction. The facts that are no time limit the app
 * counts with (the enforcement steps' names) are not listed. Plain Java: tested without a window.
 */
public final class TimeLimitsModel {

    /**
     * One time limit as listed.
     *
     * @param id      the control id of its row, from its key ({@code complaint.reply.working_days} gives
     *                {@code settings-time-limit-complaint-reply-working_days})
     * @param meaning what it is, in plain words ({@link TimeLimit#meaning()})
     * @param amount  "15 working days"
     * @param said    where it comes from and when it was last checked
     */
    public record Row(CmsFact fact, FactUnit unit, String id, String meaning, String amount, String said) {

        /** The least figure a correction may give it ({@link TimeLimit#least()}: 0 for the Collect and Pay allowance). */
        public int least() {
            return TimeLimit.of(fact.key()).map(TimeLimit::least).orElse(unit.least());
        }
    }

    private TimeLimitsModel() {
    }

    /** The time limits in the facts table, in its order. */
    public static List<Row> rows(CmsFacts facts) {
        List<Row> rows = new ArrayList<>();
        for (CmsFact fact : facts.all()) {
            TimeLimit.of(fact.key()).ifPresent(limit -> rows.add(new Row(fact, limit.unit(), "settings-time-limit-"
                    + fact.key().replace('.', '-'), limit.meaning(), amount(limit.unit(), fact.value()),
                    said(fact.source(), fact.lastChecked()))));
        }
        return rows;
    }

    /** "15 working days", "1 calendar month"; a figure that is no number as it is kept. */
    public static String amount(FactUnit unit, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            boolean one = n == 1;
            String key = switch (unit) {
                case WORKING_DAYS -> one ? "settings.timeLimits.amount.workingDaysOne"
                        : "settings.timeLimits.amount.workingDays";
                case DAYS -> one ? "settings.timeLimits.amount.daysOne" : "settings.timeLimits.amount.days";
                case WEEKS -> one ? "settings.timeLimits.amount.weeksOne" : "settings.timeLimits.amount.weeks";
                case MONTHS -> one ? "settings.timeLimits.amount.monthsOne" : "settings.timeLimits.amount.months";
            };
            return Messages.text(key, n);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** "working days", for the words around a figure. */
    public static String unitName(FactUnit unit) {
        return Messages.text(switch (unit) {
            case WORKING_DAYS -> "settings.timeLimits.unit.workingDays";
            case DAYS -> "settings.timeLimits.unit.days";
            case WEEKS -> "settings.timeLimits.unit.weeks";
            case MONTHS -> "settings.timeLimits.unit.months";
        });
    }

    private static String said(String source, Optional<LocalDate> checked) {
        return checked.map(d -> Messages.text("settings.timeLimits.said", source, UkFormats.shortDate(d)))
                .orElse(Messages.text("settings.timeLimits.saidUnchecked", source));
    }

    /** Why a figure typed for a limit counted in {@code unit} cannot be saved, or empty when it can. */
    public static Optional<String> valueProblem(String typed, FactUnit unit) {
        return valueProblem(typed, unit, unit.least());
    }

    /** As {@link #valueProblem(String, FactUnit)}, for a limit whose least figure is {@code least}. */
    public static Optional<String> valueProblem(String typed, FactUnit unit, int least) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.of(Messages.text("settings.timeLimits.enterNumber", unitName(unit)));
        }
        if (!text.matches("[0-9]+")) {
            return Optional.of(Messages.text(switch (unit) {
                case WORKING_DAYS -> "settings.timeLimits.wholeNumber.workingDays";
                case DAYS -> "settings.timeLimits.wholeNumber.days";
                case WEEKS -> "settings.timeLimits.wholeNumber.weeks";
                case MONTHS -> "settings.timeLimits.wholeNumber.months";
            }));
        }
        boolean inRange = text.length() <= 4 && Integer.parseInt(text) >= least
                && Integer.parseInt(text) <= unit.most();
        return inRange ? Optional.empty() : Optional.of(Messages.text("settings.timeLimits.range", least,
                unit.most(), unitName(unit)));
    }

    /**
     * Why the day it was last checked cannot be saved, or empty when it can. A day after today is refused only when
     * the parent typed it: the day as kept (a check the app's own list was dated with) is never said to be wrong.
     */
    public static Optional<String> checkedProblem(LocalDate checked, boolean unreadable, LocalDate today,
            Optional<LocalDate> kept) {
        if (unreadable) {
            return Optional.of(Messages.text("settings.timeLimits.checkedUnreadable"));
        }
        if (checked == null) {
            return Optional.of(Messages.text("settings.timeLimits.checkedMissing"));
        }
        return checked.isAfter(today) && !kept.equals(Optional.of(checked)) ? Optional.of(Messages.text("settings.timeLimits.checkedFuture"))
                : Optional.empty();
    }

    /** Why where the figure comes from cannot be saved, or empty when it can. */
    public static Optional<String> sourceProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(Messages.text("settings.timeLimits.sourceMissing"));
        }
        return uk.cml.domain.TextLimit.SHORT.problem(typed);
    }

    /** The figures a limit held before, oldest first, each with its source, its check and when it was replaced. */
    public static List<String> history(List<StandingStore.EarlierFact> earlier, FactUnit unit) {
        return earlier.stream().map(e -> e.lastChecked()
                .map(d -> Messages.text("settings.timeLimits.history", amount(unit, e.value()), e.source(),
                        UkFormats.shortDate(d), UkFormats.shortDate(e.replacedAt().toLocalDate())))
                .orElse(Messages.text("settings.timeLimits.historyUnchecked", amount(unit, e.value()), e.source(),
                        UkFormats.shortDate(e.replacedAt().toLocalDate())))).toList();
    }
}
