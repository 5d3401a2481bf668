package uk.cml.ui.pack;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.ui.common.Messages;

/**
 * What is wrong with the pack's period as typed, each problem said beside the box it is about. Reviewer rv10: From
 * 31 Dec 2026 with until today turned the until box red with "The pack can only cover up to today": the wrong box,
 * and untrue of it. An until after today is refused by the one rule export-pack keeps ({@link PackPeriod#refusal}); a
 * From after today ({@link PackPeriod#fromRefusal}, export-pack's words too), or after the until date, is said beside From.
 *
 * @param from  the problem beside From, if any
 * @param until the problem beside until, if any
 */
record PeriodProblems(Optional<String> from, Optional<String> until) {

    boolean none() {
        return from.isEmpty() && until.isEmpty();
    }

    /**
     * @param complete true when the pack is to be made: an empty or unreadable box is a problem then; while the
     *                 parent is still typing it is left alone
     */
    static PeriodProblems of(Optional<LocalDate> from, boolean fromUnreadable, Optional<LocalDate> until,
            boolean untilUnreadable, LocalDate today, boolean complete) {
        Optional<String> fromProblem = fromUnreadable || from.isEmpty()
                ? missing(complete, fromUnreadable, "pack.evidencePackView.enterFrom")
                : PackPeriod.fromRefusal(from.get(), today);
        Optional<String> untilProblem = untilUnreadable || until.isEmpty()
                ? missing(complete, untilUnreadable, "pack.evidencePackView.enterUntil")
                : PackPeriod.refusal(until.get(), today);
        if (fromProblem.isEmpty() && untilProblem.isEmpty() && from.isPresent() && until.isPresent()
                && from.get().isAfter(until.get())) {
            fromProblem = Optional.of(Messages.text("pack.evidencePackView.fromAfterUntil",
                    UkFormats.shortDate(until.get())));
        }
        return new PeriodProblems(fromProblem, untilProblem);
    }

    private static Optional<String> missing(boolean complete, boolean unreadable, String enterKey) {
        return !complete ? Optional.empty()
                : Optional.of(Messages.text(unreadable ? "pack.evidencePackView.notADate" : enterKey));
    }
}
