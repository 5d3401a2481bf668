package uk.cml.domain.standing;

import java.util.List;
import java.util.Optional;

/**
 * Where a complaint has got to: each stage with its dates, the deadlines that follow from them, and the one thing
 * the parent can do next.
 */
public record ComplaintThread(List<ComplaintStage> stages, List<Deadline> deadlines, NextAction next) {

    public ComplaintThread {
        stages = List.copyOf(stages);
        deadlines = List.copyOf(deadlines);
    }

    /** What to do next, and the letter that does it if one does. */
    public record NextAction(String text, Optional<String> letter, String buttonText) {
    }

    /** Before the next step is known. */
    static final NextAction NOTHING = new NextAction("", Optional.empty(), "");

    /**
     * Whether a date the CMS is waited for on the complaint letter itself (its targets to acknowledge and reply) is
     * overtaken: once a senior manager's review is asked for (the letter made, posted or not), chasing the
     * complaint's reply is not the next step; posting that letter, then waiting for its reply, is. The date stays
     * among the dates to watch, not met: nothing came. The letters log drops its late reply for the same letter
     * ({@link ComplaintPosition#passed}), so the Overview does not chase it either.
     */
    public boolean overtaken(Deadline deadline) {
        return !deadline.done() && deadline.isTarget() && stage(ComplaintStage.Step.SENIOR_REVIEW).isPresent()
                && deadline.from() instanceof Deadline.From.Sent sent
                && ComplaintReading.stepOf(sent.letter()).equals(Optional.of(ComplaintStage.Step.COMPLAINT))
                && deadlines.contains(deadline);
    }

    public Optional<ComplaintStage> stage(ComplaintStage.Step step) {
        return stages.stream().filter(s -> s.step() == step).findFirst();
    }
}
