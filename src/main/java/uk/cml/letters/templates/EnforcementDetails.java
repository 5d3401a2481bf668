package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;

/**
 * What the parent knows that lets the CMS choose how to enforce, and what it has tried so far.
 *
 * @param owedSince  the date the oldest unpaid arrears fell due, or null to take it from the arrears
 * @param employer   the paying parent's employer, if known (for a deduction from earnings order)
 * @param hasSavings the parent knows the paying parent has money in a bank or building society account
 * @param tried      the steps the CMS has taken, each with the date the parent heard of it, oldest first
 */
public record EnforcementDetails(LocalDate owedSince, String employer, boolean hasSavings, List<Tried> tried) {

    /** The CMS's enforcement steps, in the order it usually takes them. */
    public enum Step {
        ARREARS_NOTICE("sent an arrears notice"),
        COLLECT_AND_PAY("moved the case to Collect and Pay"),
        DEDUCTION_FROM_EARNINGS("made a deduction from earnings order"),
        DEDUCTION_FROM_ACCOUNT("made a deduction order against a bank account"),
        LIABILITY_ORDER("obtained a liability order");

        private final String done;

        Step(String done) {
            this.done = done;
        }

        /** "made a deduction from earnings order", to follow "you". */
        public String done() {
            return done;
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

    boolean triedDeductions() {
        return tried.stream().anyMatch(t -> t.step().isDeduction());
    }

    boolean has(Step step) {
        return tried.stream().anyMatch(t -> t.step() == step);
    }
}
