package uk.cml.domain.standing;

import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;

/**
 * A CMS letter received and the decision it gave, as one entry of the Timeline and the pack's chronology: one piece
 * of paper is one thing that happened, on the day it came, not a letter and a decision side by side. The entry is
 * the letter's (it is dated as the letter is, on the day it came) and is found under "CMS decision" as well. Its line
 * names the letter and the kind of decision; what the letter says is given once, in its detail.
 */
public final class LetterWithDecision {

    private LetterWithDecision() {
    }

    /**
     * A decision as a line names it: its kind, and the start of what it decided ("A calculation of maintenance:
     * Annual review: £85.50 a week"), or its kind alone when nothing was noted.
     */
    public static String named(Decision d) {
        String said = Decision.saidShort(d.note());
        return said.isEmpty() ? d.kind().label() : Words.text("timeline.decision.title", d.kind().label(), said);
    }

    /**
     * The letter's entry, saying the decision it gave and the decision's time limit.
     *
     * @param letter  the letter's own entry (its date received, its words, when it was recorded)
     * @param summary what the parent wrote of the letter: a decision's note that only repeats it is not said twice
     * @param d       the decision logged with the letter
     * @param limit   the decision's first limit as the Timeline words it ("Ask for a mandatory reconsideration —
     *                Limit Wed 16 Dec 2026"), if it has one
     */
    public static TimelineEntry entry(TimelineEntry letter, String summary, Decision d, Optional<String> limit) {
        String note = d.note().strip().replaceAll("\\s+", " ");
        boolean ownNote = !note.isEmpty() && !note.equals(summary.strip().replaceAll("\\s+", " "));
        String gave = Words.text("timeline.letterDecision.gave",
                ownNote ? Words.text("timeline.decision.title", d.kind().label(), note) : d.kind().label(),
                UkFormats.shortDate(d.dated()));
        String detail = (letter.detail().isBlank() ? "" : letter.detail() + "\n") + gave
                + limit.map(l -> "\n" + Words.text("timeline.letterDecision.limit", l)).orElse("");
        return new TimelineEntry(letter.kind(), letter.happenedAt(), letter.recorded(),
                Words.text("timeline.letterDecision.title", letter.title(), d.kind().label()), detail, letter.sourceId(),
                letter.label(), Optional.of(TimelineKind.CMS_DECISION));
    }
}
