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
        if (unreadable) {
            return Optional.of(Messages.text("caseinfo.arrangementMove.notADate"));
        }
        if (date.isEmpty()) {
            return Optional.of(Messages.text("caseinfo.arrangementMove.enterTheDate"));
        }
        if (date.get().isAfter(today)) {
            return Optional.of(Messages.text("caseinfo.arrangementMove.inTheFuture", UkFormats.shortDate(today)));
        }
        LocalDate since = saved.latestSince();
        if (!since.equals(LocalDate.MIN) && date.get().isBefore(since)) {
            return Optional.of(Messages.text("caseinfo.arrangementMove.beforeTheLastMove", saved.latest().label(),
                    UkFormats.shortDate(since)));
        }
        return Optional.empty();
    }

    /** The arrangements so far in words, as the Case page shows them. */
    String historyText() {
        return Messages.text("caseinfo.arrangementMove.soFar", saved.describe());
    }
}
