package uk.cml.ui.caseinfo;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.ui.common.Messages;

/**
 * A saved case's arrangements with their dates, and the checks on the day a move to another arrangement started.
 * Page model: no window needed. A move is a new dated period: the dues before it keep the arrangement of their day.
 */
final class ArrangementMove {

    private final ArrangementHistory saved;
    private final LocalDate today;

    ArrangementMove(ArrangementHistory saved, LocalDate today) {
        this.saved = saved;
        this.today = today;
    }

    ArrangementHistory saved() {
        return saved;
    }

    /** Whether choosing {@code chosen} moves the case, so the day it moved is asked. */
    boolean isMove(Arrangement chosen) {
        return chosen != null && chosen != saved.latest();
    }

    /** What is wrong with the day the case moved, if anything: unreadable, missing, in the future, or too early. */
    Optional<String> problem(Optional<LocalDate> date, boolean unreadable) {
        Optional<String> problem = unreadableMissingOrFuture(date, unreadable);
        if (problem.isPresent()) {
            return problem;
        }
        LocalDate since = saved.latestSince();
        if (!since.equals(LocalDate.MIN) && date.orElseThrow().isBefore(since)) {
            return Optional.of(Messages.text("caseinfo.arrangementMove.beforeTheLastMove", saved.latest().label(),
                    UkFormats.shortDate(since)));
        }
        return Optional.empty();
    }

    private Optional<String> unreadableMissingOrFuture(Optional<LocalDate> date, boolean unreadable) {
        if (unreadable) {
            return Optional.of(Messages.text("caseinfo.arrangementMove.notADate"));
        }
        if (date.isEmpty()) {
            return Optional.of(Messages.text("caseinfo.arrangementMove.enterTheDate"));
        }
        if (date.get().isAfter(today)) {
            return Optional.of(Messages.text("caseinfo.arrangementMove.inTheFuture", UkFormats.shortDate(today)));
        }
        return Optional.empty();
    }

    /** Whether the case has moved, so the day of its latest move can be corrected. */
    boolean canCorrectLatestMove() {
        return saved.hasMoved();
    }

    /** What the button that corrects the latest move's day says: "Correct the day of the move to CMS Direct Pay". */
    String correctLatestMoveText() {
        return Messages.text("caseinfo.arrangementMove.correctTheDay", saved.latest().label());
    }

    /** The label of the field with the latest move's day. */
    String latestMoveLabel() {
        return Messages.text("caseinfo.arrangementMove.latestMoveOn", saved.latest().label());
    }

    /**
     * What is wrong with a corrected day for the latest move, if anything: unreadable, missing, in the future, or not
     * after the change recorded before that move.
     */
    Optional<String> latestMoveProblem(Optional<LocalDate> date, boolean unreadable) {
        Optional<String> problem = unreadableMissingOrFuture(date, unreadable);
        if (problem.isPresent() || saved.redatable(date.orElseThrow())) {
            return problem;
        }
        LocalDate before = saved.beforeLatestMove();
        return Optional.of(Messages.text("caseinfo.arrangementMove.afterTheChangeBefore", saved.on(before).label(),
                UkFormats.shortDate(before)));
    }

    /** The arrangements so far in words, as the Case page shows them. */
    String historyText() {
        return Messages.text("caseinfo.arrangementMove.soFar", saved.describe());
    }
}
