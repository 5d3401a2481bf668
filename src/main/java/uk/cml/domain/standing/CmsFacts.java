package uk.cml.domain.standing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The targets and limits the page counts with, read from the facts table (see cms-facts.md for sources). The
 * fallbacks are the same published figures, used only if a row is missing.
 */
public final class CmsFacts {

    private final List<CmsFact> facts;
    private final Map<String, CmsFact> byKey;

    public CmsFacts(List<CmsFact> facts) {
        this.facts = List.copyOf(facts);
        this.byKey = facts.stream().collect(Collectors.toMap(CmsFact::key, Function.identity(), (a, b) -> b));
    }

    public List<CmsFact> all() {
        return facts;
    }

    private int number(String key, int fallback) {
        CmsFact fact = byKey.get(key);
        return fact == null ? fallback : fact.number(fallback);
    }

    public int complaintAcknowledgeWorkingDays() {
        return number("complaint.acknowledge.working_days", 2);
    }

    public int complaintReplyWorkingDays() {
        return number("complaint.reply.working_days", 15);
    }

    public int iceMonths() {
        return number("ice.months", 6);
    }

    public int ombudsmanMonths() {
        return number("phso.months", 12);
    }

    public int reconsiderationMonths() {
        return number("reconsideration.months", 1);
    }

    /**
     * Months after a decision within which the CMS may still accept a late request for a mandatory reconsideration,
     * with reasons (GOV.UK; cms-facts): the facts table's row (V020), or the same published figure if it is missing.
     */
    public int lateReconsiderationMonths() {
        return number("reconsideration.late.months", 13);
    }

    public int appealMonths() {
        return number("appeal.months", 1);
    }

    public int writeOffReplyDays() {
        return number("write_off.reply.days", 30);
    }

    public int subjectAccessMonths() {
        return number("subject_access.months", 1);
    }

    /**
     * Working days a letter gives the CMS to answer an ordinary request, counted from when the letter counts as
     * delivered, as a complaint's reply is (the app's own suggestion, not a CMS rule; V032 turned the 14 calendar days
     * counted from the letter's date into these, so a letter dated on a Saturday or before a bank holiday gives the
     * CMS the same working time as any other).
     */
    public int requestReplyWorkingDays() {
        return number("request.reply.working_days", 10);
    }

    /** Weeks a breakdown of arrears can take (seed 004's adviser). */
    public int arrearsBreakdownWeeks() {
        return number("arrears_breakdown.weeks", 6);
    }

    public int subjectAccessExtensionMonths() {
        return number("subject_access.extension.months", 2);
    }

    /** Weeks at one enforcement step after which the app suggests asking the CMS to move on (its own suggestion). */
    public int nudgeWeeks() {
        return number("enforcement.nudge.weeks", 8);
    }

    /** The step's name as the facts table gives it, or the built-in one. */
    public String stepName(EnforcementStep step) {
        CmsFact fact = byKey.get("step." + step.name());
        return fact == null || fact.value().isBlank() ? step.label() : fact.value();
    }
}
