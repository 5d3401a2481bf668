package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.AmountText;
import uk.cml.domain.Money;
import uk.cml.domain.UkDates;

/**
 * What a CMS decision may mean for the payment plan, read from the parent's words for it. Only a calculation of
 * maintenance sets the amount due (an annual review, a change of circumstances, a reconsideration or appeal that
 * changes it): a refusal to make or change one leaves the amount as it was, and a proposal to write off arrears
 * changes what is owed, not what falls due. Until the plan has the new amount, arrears are worked out from the old.
 * The app never changes the plan itself: it offers the plan form filled in with what the words hold, for the
 * parent to check and save.
 *
 * @param amount     the one amount of money the words name ("£85.50", "85.50", "40 pounds"); empty when they name
 *                   none, or several
 * @param startsOn   the day the words say it starts ("from 7 Dec 2026"); empty when they say none
 * @param sameAmount the words say the amount stays the same and name no amount: the plan needs no change
 */
public record PlanChange(Decision decision, Optional<Money> amount, Optional<LocalDate> startsOn,
                         boolean sameAmount) {

    /**
     * An amount of money: after a pound sign ("£85.50", "£1,020"), before the word "pounds" ("40 pounds"), or
     * written with pence and nothing else ("85.50"), never part of a date such as 01.12.2026.
     */
    private static final Pattern POUNDS = Pattern.compile("£\\s?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?)"
            + "|((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{2})?) pounds"
            + "|(?<![\\d./,-])((?:\\d{1,3}(?:,\\d{3})+|\\d+)\\.\\d{2})(?![\\d./-])");
    private static final String DAY = "(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?[ -][a-z]+\\.?,?[ -]"
            + "\\d{4})";
    private static final Pattern STARTS = Pattern.compile("(?:from|starting(?: on)?|starts(?: on)?|start(?: on)?"
            + "|effective(?: from)?|begins?(?: on)?|beginning)\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?"
            + DAY);
    private static final Pattern SAME = Pattern.compile("(stays?|remains?|kept|keeps?) (at )?the same|unchanged"
            + "|no change|not chang|same amount");

    public PlanChange {
        java.util.Objects.requireNonNull(decision, "decision");
        java.util.Objects.requireNonNull(amount, "amount");
        java.util.Objects.requireNonNull(startsOn, "startsOn");
    }

    /** What the decision means for the plan: empty for a kind of decision that never changes the amount due. */
    public static Optional<PlanChange> after(Decision decision) {
        if (decision.kind() != Decision.Kind.CALCULATION) {
            return Optional.empty();
        }
        String words = decision.note().toLowerCase(Locale.UK).replaceAll("\\s+", " ");
        Set<Money> named = new LinkedHashSet<>();
        Matcher pounds = POUNDS.matcher(words);
        while (pounds.find()) {
            String figure = pounds.group(1) != null ? pounds.group(1) : pounds.group(2) != null ? pounds.group(2)
                    : pounds.group(3);
            AmountText.read(figure).money().filter(Money::isPositive).ifPresent(named::add);
        }
        Optional<Money> amount = named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
        Optional<LocalDate> starts = Optional.empty();
        Matcher from = STARTS.matcher(words);
        while (starts.isEmpty() && from.find()) {
            starts = UkDates.parse(from.group(1));
        }
        boolean same = named.isEmpty() && SAME.matcher(words).find();
        return Optional.of(new PlanChange(decision, amount, starts, same));
    }

    /** Whether the plan form is worth opening: unless the words say the amount stays the same. */
    public boolean offered() {
        return !sameAmount;
    }
}
