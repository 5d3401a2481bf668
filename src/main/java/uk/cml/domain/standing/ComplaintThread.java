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

    public Optional<ComplaintStage> stage(ComplaintStage.Step step) {
        return stages.stream().filter(s -> s.step() == step).findFirst();
    }
}
