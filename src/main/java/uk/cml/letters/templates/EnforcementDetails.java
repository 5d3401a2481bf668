package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.standing.EnforcementStep;

/**
 * What the parent knows that lets the CMS choose how to enforce, and what it has tried so far.
 *
 * @param owedSince  the day since which the arrears have been owed without a break, or null to take it from the
 *                   arrears
 * @param employer   the paying parent's employer, if known (for a deduction from earnings order)
 * @param hasSavings the parent knows the paying parent has money in a bank or building society account
 * @param tried      the steps the CMS has taken, each with the date the parent heard of it, oldest first
 */
public record EnforcementDetails(LocalDate owedSince, String employer, boolean hasSavings, List<Tried> tried) {

    /** The CMS's enforcement steps, in the order it usually takes them (as the records' steps are). */
    public enum Step {
        CONTACT_PAYING_PARENT("contacted %s about the arrears"),
        ARREARS_NOTICE("sent an arrears notice"),
        COLLECT_AND_PAY("moved the case to Collect and Pay"),
        DEDUCTION_FROM_EARNINGS("made a deduction from earnings order"),
        DEDUCTION_FROM_ACCOUNT("made a deduction order against a bank account"),
        LIABILITY_ORDER("obtained a liability order"),
        ENFORCEMENT_AGENTS("sent enforcement agents (bailiffs)"),
        CHARGING_ORDER("applied for a charging order"),
        DISQUALIFICATION("applied to the court to disqualify %s from driving or holding a passport"),
        COMMITTAL("applied to the court to commit %s to prison");

        private final String done;

        Step(String done) {
            this.done = done;
        }

        /** The step the parent ticked in the records, as a letter names it. */
        public static Step of(EnforcementStep step) {
            return switch (step) {
                case CONTACT_PAYING_PARENT -> CONTACT_PAYING_PARENT;
                case ARREARS_NOTICE -> ARREARS_NOTICE;
                case COLLECT_AND_PAY -> COLLECT_AND_PAY;
                case DEDUCTION_FROM_EARNINGS -> DEDUCTION_FROM_EARNINGS;
                case BANK_DEDUCTION -> DEDUCTION_FROM_ACCOUNT;
                case LIABILITY_ORDER -> LIABILITY_ORDER;
                case ENFORCEMENT_AGENTS -> ENFORCEMENT_AGENTS;
                case CHARGING_ORDER -> CHARGING_ORDER;
                case DISQUALIFICATION -> DISQUALIFICATION;
                case COMMITTAL -> COMMITTAL;
            };
        }

        /** "made a deduction from earnings order", to follow "you"; {@code other} names the paying parent. */
        public String done(String other) {
            return done.replace("%s", other);
        }

        boolean isDeduction() {
            return this == DEDUCTION_FROM_EARNINGS || this == DEDUCTION_FROM_ACCOUNT;
        }
    }

    /** A step the CMS took, and when the parent heard of it. */
    public record Tried(Step step, LocalDate on) {
    }

    public EnforcementDetails {
        employer = Text.clean(employer);
        tried = tried == null ? List.of() : List.copyOf(tried);
    }

    /** The same, without any record of {@code step} taken. */
    EnforcementDetails without(Step step) {
        return new EnforcementDetails(owedSince, employer, hasSavings, tried.stream().filter(t -> t.step() != step)
                .toList());
    }

    boolean triedDeductions() {
        return tried.stream().anyMatch(t -> t.step().isDeduction());
    }

    boolean has(Step step) {
        return tried.stream().anyMatch(t -> t.step() == step);
    }

    /** The step taken furthest along the usual order, if any. */
    Optional<Step> furthest() {
        return tried.stream().map(Tried::step).max(Comparator.naturalOrder());
    }

    /** True when this step, or one that usually comes after it, has been taken. */
    boolean reached(Step step) {
        return furthest().filter(f -> f.compareTo(step) >= 0).isPresent();
    }

    /** Each step taken as a sentence to the CMS: "You sent an arrears notice (I heard of this on 23 September 2026)." */
    List<String> triedSentences(DraftWriter w, String other) {
        return tried.stream().map(t -> "You " + t.step().done(other) + (t.on() == null ? ""
                : " (I heard of this on " + w.date(t.on()) + ")") + ".").toList();
    }
}
