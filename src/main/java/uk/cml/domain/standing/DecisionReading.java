package uk.cml.domain.standing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a CMS decision can be challenged, read from the parent's summary of its letter. The one place this rule
 * lives: only a decision about the maintenance calculation itself (income, shared care, a variation, the amount) is
 * challenged by a mandatory reconsideration, then an appeal (GOV.UK). A decision about how the CMS collects, such as
 * not moving a case to Collect and Pay or not enforcing, is not: the parent tells the CMS, then complains (seed 000,
 * "not happy with how the CMS is collecting"). The result of a reconsideration leads to the tribunal, which has no
 * letter here. Anything else is left to the parent to choose.
 */
public final class DecisionReading {

    /** The way to challenge a decision. */
    public enum Route {
        /** Ask the CMS to look at the calculation again. */
        RECONSIDERATION,
        /** Complain about how the CMS collects. */
        COLLECTION_COMPLAINT
    }

    private static final Pattern DECISION = Pattern.compile("decision|decided|decide|calculation|reconsideration");
    /** How the CMS collects: tried first, since "will not move my case to Collect and Pay" also names the case. */
    private static final Pattern COLLECTION = Pattern.compile("collect and pay|collection|enforc|deduction"
            + "|liability order|arrears notice");
    /** The result of a reconsideration: the next step is an appeal to the tribunal, not another request. */
    private static final Pattern RECONSIDERED = Pattern.compile("reconsider");
    /** What the calculation is made of. */
    private static final Pattern CALCULATION = Pattern.compile("calculat|income|earning|salary"
            + "|wage|shared care|overnight|nights|variation|annual review|\\b(a|per) week\\b|weekly amount"
            + "|maintenance amount|how much .*pay");

    /** A proposal to write off arrears: the CMS asks the parent first ("we propose to write off", "writing off"). */
    private static final Pattern WRITE_OFF = Pattern.compile("(write|writing)[\\s-]off|propos.*written[\\s-]off");
    private static final Pattern REFUSED = Pattern.compile("refus|turned down|will not (make|change)");

    private DecisionReading() {
    }

    /**
     * The kind of decision a CMS letter is, as its summary reads: a proposal to write off arrears, or a decision about
     * the calculation ({@link #route}), a refusal when it says so. Empty for anything else, a reconsidered decision
     * too: only a suggestion, which the parent confirms when they log the letter.
     */
    public static Optional<Decision.Kind> kind(String summary) {
        String s = summary.toLowerCase(Locale.UK);
        if (WRITE_OFF.matcher(s).find()) {
            return Optional.of(Decision.Kind.WRITE_OFF);
        }
        if (route(summary).equals(Optional.of(Route.RECONSIDERATION))) {
            return Optional.of(REFUSED.matcher(s).find() ? Decision.Kind.REFUSAL : Decision.Kind.CALCULATION);
        }
        return Optional.empty();
    }

    /** The route for a decision; empty when the summary is not of a decision, or not of one the rules know. */
    public static Optional<Route> route(String summary) {
        String s = summary.toLowerCase(Locale.UK);
        if (!DECISION.matcher(s).find() || RECONSIDERED.matcher(s).find()) {
            return Optional.empty();
        }
        if (COLLECTION.matcher(s).find()) {
            return Optional.of(Route.COLLECTION_COMPLAINT);
        }
        return CALCULATION.matcher(s).find() ? Optional.of(Route.RECONSIDERATION) : Optional.empty();
    }

    /**
     * Whether the summary is of a decision already reconsidered (a mandatory reconsideration notice): the next step
     * is an appeal to the tribunal, so {@link #route} gives none.
     */
    public static boolean reconsidered(String summary) {
        String s = summary.toLowerCase(Locale.UK);
        return DECISION.matcher(s).find() && RECONSIDERED.matcher(s).find();
    }
}
