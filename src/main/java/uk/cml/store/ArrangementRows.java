package uk.cml.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * How each case's maintenance is arranged, as a dated history (table {@code arrangement_period}, schema V014): an
 * arrangement is in force from its date (no date: from the start) until the next. Package-private: only the stores
 * use it.
 */
final class ArrangementRows {

    private static final DatedRows ROWS = DatedRows.ARRANGEMENTS;

    private ArrangementRows() {
    }

    /** The case's arrangements with their dates; a case with none recorded is taken as private from the start. */
    static ArrangementHistory history(Connection c, long caseId) throws SQLException {
        TreeMap<LocalDate, Arrangement> from = new TreeMap<>();
        ROWS.read(c, caseId).forEach((day, name) -> from.put(day, Arrangement.valueOf(name)));
        return from.isEmpty() ? ArrangementHistory.since(Arrangement.PRIVATE) : new ArrangementHistory(from);
    }

    /** The first arrangement of a new case, in force from the start. */
    static void insertFirst(Connection c, long caseId, Arrangement arrangement, String now) throws SQLException {
        ROWS.insert(c, caseId, Optional.empty(), arrangement.name(), now);
    }

    /**
     * Records the case as moved to {@code arrangement} from {@code from}. A move already recorded that day is
     * corrected, its earlier version kept; if the correction makes it the same as the arrangement before it (a move
     * taken back), the row is marked deleted instead, its earlier version kept too. Otherwise a new period is added;
     * nothing is written when that arrangement is already in force then.
     */
    static void movedOn(Connection c, History history, long caseId, LocalDate from, Arrangement arrangement,
            String now) throws SQLException {
        Optional<Map.Entry<Long, String>> sameDay = ROWS.startingOn(c, caseId, from);
        ArrangementHistory before = history(c, caseId);
        if (sameDay.isPresent()) {
            long id = sameDay.get().getKey();
            if (Arrangement.valueOf(sameDay.get().getValue()) != arrangement) {
                history.keepEarlierVersion(c, ROWS.table(), id);
                if (!before.from().firstKey().equals(from) && before.on(from.minusDays(1)) == arrangement) {
                    ROWS.takeBack(c, id, now);
                } else {
                    ROWS.correct(c, id, arrangement.name(), now);
                }
            }
        } else if (before.on(from) != arrangement) {
            ROWS.insert(c, caseId, Optional.of(from), arrangement.name(), now);
        }
    }

    /**
     * Corrects the day the latest move started to {@code day}, keeping the row's earlier version: the parent typed
     * the wrong day, or the CMS's letter gave another. The day must come after every change before that move.
     */
    static void latestMoveOn(Connection c, History history, long caseId, LocalDate day, String now)
            throws SQLException {
        ArrangementHistory before = history(c, caseId);
        if (day.equals(before.latestSince())) {
            return;
        }
        if (!before.redatable(day)) {
            throw new IllegalArgumentException("The latest move cannot be dated " + day + ": " + before.describe());
        }
        ROWS.redateLatest(c, history, caseId, before.latestSince(), day, now);
    }
}
