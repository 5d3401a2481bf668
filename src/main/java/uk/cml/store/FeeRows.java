package uk.cml.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.cml.domain.arrears.FeeRule;

/**
 * The Collect and Pay fee of each case as a dated history (table {@code collection_fee}, schema V012): a rate is in
 * force from its date (no date: from the start) until the next. Package-private: only the stores use it.
 */
final class FeeRows {

    private static final DatedRows ROWS = DatedRows.FEES;

    private FeeRows() {
    }

    /**
     * The case's rates with their dates, and on which dates its dues have the fee taken: only while it was under
     * Collect and Pay, by its dated arrangements ({@link ArrangementRows}), and which dues the CMS can collect (not a
     * private arrangement's), for what is still owed ({@link FeeRule#percentOnOwed}).
     */
    static FeeRule rule(Connection c, long caseId) throws SQLException {
        TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
        ROWS.read(c, caseId).forEach((day, percent) -> rates.put(day, new BigDecimal(percent)));
        uk.cml.domain.caseinfo.ArrangementHistory history = ArrangementRows.history(c, caseId);
        return new FeeRule(rates, history.collectAndPayFrom(), history.cmsCanCollectFrom());
    }

    /** The latest rate: the one with the latest start date. */
    static BigDecimal latest(Connection c, long caseId) throws SQLException {
        Map.Entry<LocalDate, String> last = ROWS.read(c, caseId).lastEntry();
        return last == null ? BigDecimal.ZERO : new BigDecimal(last.getValue());
    }

    /** The first rate of a new case, in force from the start. */
    static void insertFirst(Connection c, long caseId, BigDecimal percent, String now) throws SQLException {
        ROWS.insert(c, caseId, Optional.empty(), percent.toPlainString(), now);
    }

    /**
     * Puts {@code percent} in force from {@code from}. A rate already starting that day is corrected, its earlier
     * version kept; otherwise a new rate is added. Nothing is written when that rate is already in force then. A rate
     * starting that day set back to the rate in force the day before (Undo of a new rate) is taken back, as a move
     * back is ({@link ArrangementRows#movedOn}): kept with its history, not left as a second row saying the same.
     */
    static void rateFrom(Connection c, History history, long caseId, LocalDate from, BigDecimal percent, String now)
            throws SQLException {
        Optional<Map.Entry<Long, String>> sameDay = ROWS.startingOn(c, caseId, from);
        if (sameDay.isPresent()) {
            if (new BigDecimal(sameDay.get().getValue()).compareTo(percent) != 0) {
                long id = sameDay.get().getKey();
                FeeRule before = rule(c, caseId);
                history.keepEarlierVersion(c, ROWS.table(), id);
                if (before.percentFrom().lowerKey(from) != null && before.rateOn(from.minusDays(1))
                        .compareTo(percent) == 0) {
                    ROWS.takeBack(c, id, now);
                } else {
                    ROWS.correct(c, id, percent.toPlainString(), now);
                }
            }
        } else if (rule(c, caseId).rateOn(from).compareTo(percent) != 0) {
            ROWS.insert(c, caseId, Optional.of(from), percent.toPlainString(), now);
        }
    }

    /**
     * Corrects the day the latest rate began to {@code day}, keeping the earlier version: the parent typed the wrong
     * day, or the CMS's letter gives another. The day must come after every date recorded before that rate.
     */
    static void latestRateFrom(Connection c, History history, long caseId, LocalDate day, String now)
            throws SQLException {
        FeeRule before = rule(c, caseId);
        if (day.equals(before.latestRateSince())) {
            return;
        }
        if (!before.latestRateRedatable(day)) {
            throw new IllegalArgumentException("The latest rate cannot start on " + day);
        }
        ROWS.redateLatest(c, history, caseId, before.latestRateSince(), day, now);
    }
}
