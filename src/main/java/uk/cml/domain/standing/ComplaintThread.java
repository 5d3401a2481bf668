package uk.cml.domain.standing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a complaint has got to: each stage with its dates, the deadlines that follow from them, and the one thing
 * the parent can do next.
 */
public record ComplaintThread(List<ComplaintStage> stages, List<Deadline> deadlines, NextAction next,
                              Map<Long, ComplaintPosition.Beyond> beyond, Optional<DecisionAnswers.Unclear> iceMade) {

    /**
     * @param beyond  the posted complaint letters the complaint has gone past, as {@link ComplaintPosition#beyond}
     * @param iceMade the letter to the Independent Case Examiner made after the final response and not posted yet:
     *                the ICE limit is met by posting it, as a decision's limit is by posting its reply
     */
    public ComplaintThread {
        stages = List.copyOf(stages);
        deadlines = List.copyOf(deadlines);
        beyond = Map.copyOf(beyond);
    }

    /** A thread with no ICE letter waiting to be posted. */
    public ComplaintThread(List<ComplaintStage> stages, List<Deadline> deadlines, NextAction next,
                           Map<Long, ComplaintPosition.Beyond> beyond) {
        this(stages, deadlines, next, beyond, Optional.empty());
    }

    /** A thread with no letter gone past. */
    public ComplaintThread(List<ComplaintStage> stages, List<Deadline> deadlines, NextAction next) {
        this(stages, deadlines, next, Map.of());
    }

    /** What to do next, and the letter that does it if one does. */
    public record NextAction(String text, Optional<String> letter, String buttonText) {
    }

    /** Before the next step is known. */
    static final NextAction NOTHING = new NextAction("", Optional.empty(), "");

    /**
     * Whether a date the CMS is waited for on a letter of the complaint (its targets to acknowledge and reply) is
     * overtaken: the complaint has gone past that letter ({@link ComplaintPosition#beyond}), most often because a
     * later stage was asked for (a senior manager's review, or the Independent Case Examiner: the letter made,
     * posted or not). Chasing that reply is then not the next step; posting the later letter, then waiting for its
     * reply, is. The date stays among the dates to watch, not met: nothing came. The letters log drops its late reply
     * for the same letters, and the Letters list says why, so neither the Overview nor the list chases it either.
     */
    public boolean overtaken(Deadline deadline) {
        return !deadline.done() && deadline.isTarget() && deadline.from() instanceof Deadline.From.Sent sent
                && beyond.containsKey(sent.letter().id()) && deadlines.contains(deadline);
    }

    public Optional<ComplaintStage> stage(ComplaintStage.Step step) {
        return stages.stream().filter(s -> s.step() == step).findFirst();
    }
}
