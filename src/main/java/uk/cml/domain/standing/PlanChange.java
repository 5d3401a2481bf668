package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.AmountText;
import uk.cml.domain.Money;
import uk.cml.domain.UkDates;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;

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
 * @param every      how often the words say it falls due ("a week", "monthly"); empty when they do not say
 * @param inPlan     the payment plan that already has the amount (and how often, when said) from the day it starts
 *                   ({@link #against}): the plan needs no change; empty when it does not, or was not compared
 */
public record PlanChange(Decision decision, Optional<Money> amount, Optional<LocalDate> startsOn,
                         boolean sameAmount, Optional<PaymentFrequency> every, Optional<PaymentPlan> inPlan) {

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

    /** How often, as the words say it: every four weeks and every two weeks before every week. */
    private static final Pattern FOUR_WEEKLY = Pattern.compile("(every|each) (4|four) weeks|four[- ]weekly|4[- ]weekly");
    private static final Pattern FORTNIGHTLY = Pattern.compile("fortnight|(every|each) (2|two) weeks|two[- ]weekly"
            + "|2[- ]weekly");
    private static final Pattern WEEKLY = Pattern.compile("\\b(a|per|each|every) week\\b|\\bweekly\\b|\\bpw\\b");
    private static final Pattern MONTHLY = Pattern.compile("\\b(a|per|each|every) (calendar )?month\\b|\\bmonthly\\b"
            + "|\\bpcm\\b");

    public PlanChange {
        java.util.Objects.requireNonNull(decision, "decision");
        java.util.Objects.requireNonNull(amount, "amount");
        java.util.Objects.requireNonNull(startsOn, "startsOn");
        java.util.Objects.requireNonNull(every, "every");
        java.util.Objects.requireNonNull(inPlan, "inPlan");
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
        return Optional.of(new PlanChange(decision, amount, starts, same, every(words), Optional.empty()));
    }

    /**
     * What the decision means for the plan, set against the case's payment plans ({@link #against}): the one check
     * for Where it stands and for the Letters page when a decision is logged with its letter. Empty for a kind of
     * decision that never changes the amount due.
     */
    public static Optional<PlanChange> of(Decision decision, List<PaymentPlan> plans) {
        return after(decision).map(change -> change.against(plans));
    }

    private static Optional<PaymentFrequency> every(String words) {
        if (FOUR_WEEKLY.matcher(words).find()) {
            return Optional.of(PaymentFrequency.FOUR_WEEKLY);
        }
        if (FORTNIGHTLY.matcher(words).find()) {
            return Optional.of(PaymentFrequency.FORTNIGHTLY);
        }
        boolean weekly = WEEKLY.matcher(words).find();
        boolean monthly = MONTHLY.matcher(words).find();
        return weekly == monthly ? Optional.empty()
                : Optional.of(weekly ? PaymentFrequency.WEEKLY : PaymentFrequency.MONTHLY);
    }

    /**
     * This change set against the payment plans there are (reviewer rv5: a decision whose £61.00 weekly from 13 Nov
     * 2026 the plan already had was said to set a new amount the plan did not have, and offered a duplicate plan).
     * The plan already has it when the plan in force on the first payment day on or after the day the amount starts
     * (the plan's first day at a new amount is its first payment day on or after that day) has the amount, and how
     * often when the words say. With no start day said, a plan in force on the decision's date or begun after it
     * with the amount will do. Nothing is found when the words name no amount, or there is no plan.
     */
    public PlanChange against(List<PaymentPlan> plans) {
        if (amount.isEmpty() || sameAmount || plans.isEmpty()) {
            return this;
        }
        List<PaymentPlan> byStart = plans.stream().sorted(Comparator.comparing(PaymentPlan::firstDue)).toList();
        Optional<PaymentPlan> found;
        if (startsOn.isPresent()) {
            found = inForceFrom(byStart, startsOn.get()).filter(this::holds);
        } else {
            LocalDate from = decision.dated();
            Optional<PaymentPlan> then = latestBy(byStart, from);
            found = byStart.stream().filter(p -> p.firstDue().isAfter(from) || then.map(p::equals).orElse(false))
                    .filter(this::holds).findFirst();
        }
        return new PlanChange(decision, amount, startsOn, sameAmount, every, found);
    }

    /** The plan in force on the first payment day on or after {@code day}; the first plan when none is by then. */
    private static Optional<PaymentPlan> inForceFrom(List<PaymentPlan> byStart, LocalDate day) {
        Optional<PaymentPlan> then = latestBy(byStart, day);
        if (then.isEmpty()) {
            return byStart.stream().findFirst();
        }
        PaymentPlan plan = then.get();
        LocalDate payDay = plan.isStopped() ? day
                : plan.frequency().nth(plan.firstDue(), plan.frequency().firstIndexOnOrAfter(plan.firstDue(), day));
        return latestBy(byStart, payDay);
    }

    private static Optional<PaymentPlan> latestBy(List<PaymentPlan> byStart, LocalDate day) {
        return byStart.stream().filter(p -> !p.firstDue().isAfter(day)).reduce((a, b) -> b);
    }

    private boolean holds(PaymentPlan plan) {
        return !plan.isStopped() && plan.amount().equals(amount.get())
                && every.map(plan.frequency()::equals).orElse(true);
    }

    /**
     * Which way a decision moved the amount the parent receives, against the payment plan in force before it: the
     * one answer the Overview, Where it stands and the evidence pack ask ({@link StandingReport#passedQuietly}).
     */
    public enum Direction {
        /** The decision names more than the plan before it had. */
        UP,
        /** The words say the amount stays the same, or name what the plan before it had. */
        SAME,
        /** The decision names less than the plan before it had. */
        DOWN,
        /** Not a calculation, no one amount named, or no plan before it to set it against. */
        UNKNOWN;

        /** Whether the decision raised what the parent receives or left it as it was. */
        public boolean raisedOrKept() {
            return this == UP || this == SAME;
        }
    }

    /**
     * Which way the decision moved the amount, by the one check ({@link #of}): the one amount its words name, set
     * against the plan in force before it took effect (before the plan that already has it, the same when that plan
     * is the first; else before the day the words say it starts; else on the decision's date). Said how often, it is set against the plan a year at a time;
     * not said, at the plan's own frequency, as the plan form fills it. Anything the app cannot tell is
     * {@link Direction#UNKNOWN}, never a rise.
     */
    public static Direction direction(Decision decision, List<PaymentPlan> plans) {
        return of(decision, plans).map(change -> change.direction(plans)).orElse(Direction.UNKNOWN);
    }

    private Direction direction(List<PaymentPlan> plans) {
        if (sameAmount) {
            return Direction.SAME;
        }
        if (amount.isEmpty()) {
            return Direction.UNKNOWN;
        }
        List<PaymentPlan> byStart = plans.stream().sorted(Comparator.comparing(PaymentPlan::firstDue)).toList();
        Optional<PaymentPlan> before = inPlan.isPresent()
                ? byStart.stream().filter(p -> p.firstDue().isBefore(inPlan.get().firstDue())).reduce((a, b) -> b)
                : latestBy(byStart, startsOn.map(day -> day.minusDays(1)).orElse(decision.dated()));
        if (inPlan.isPresent() && before.isEmpty()) {
            return Direction.SAME; // the plan has had the amount from its first day
        }
        if (before.isEmpty() || before.get().isStopped()) {
            return Direction.UNKNOWN;
        }
        PaymentPlan was = before.get();
        PaymentFrequency now = every.orElse(was.frequency());
        int compared = now == was.frequency() ? amount.get().compareTo(was.amount())
                : Long.compare(amount.get().pence() * perYear(now), was.amount().pence() * perYear(was.frequency()));
        return compared > 0 ? Direction.UP : compared == 0 ? Direction.SAME : Direction.DOWN;
    }

    /** How many times a year an amount falls due, to set a weekly amount against a monthly one. */
    private static long perYear(PaymentFrequency frequency) {
        return switch (frequency) {
            case WEEKLY -> 52;
            case FORTNIGHTLY -> 26;
            case FOUR_WEEKLY -> 13;
            case MONTHLY -> 12;
        };
    }

    /**
     * Whether the plan form is worth opening: unless the words say the amount stays the same, or the plan already
     * has it ({@link #inPlan}).
     */
    public boolean offered() {
        return !sameAmount && inPlan.isEmpty();
    }
}
