package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.Decision;

/**
 * Found by the final reviewer of 4 Dec 2026: one decision's "Move to bin" pressed three times in 0.05 s wrote its
 * bin time three times, each over the last. A record already in the bin keeps the time it went there; moving it
 * again changes nothing, and a record that is not there at all is still refused.
 */
class BinKeepsItsFirstTimeTest extends WithJordanReedsCase {

    final Clock first = Clock.fixed(Instant.parse("2026-12-04T10:15:00Z"), ZoneId.of("Europe/London"));
    final Clock later = Clock.fixed(Instant.parse("2026-12-04T10:15:07Z"), ZoneId.of("Europe/London"));

    @Override
    Clock clock() {
        return first;
    }

    private static StandingStore standing(Database database, Clock clock) {
        History history = new History(clock);
        SentLetterStore sent = new SentLetterStore(database, history, clock);
        return new StandingStore(database, clock, SeededFacts.calendar(), sent,
                new ReceivedLetterStore(database, history, clock), new CallStore(database, history, clock));
    }

    @Test
    void binningAgainKeepsTheFirstTime() {
        Database database = records.database;
        StandingStore standing = records.standing();
        long id = standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 29), "", Optional.empty()));
        standing.binDecision(id);
        standing(database, later).binDecision(id);
        assertEquals("2026-12-04T10:15", deletedAt(database, id));
        assertThrows(StoreException.class, () -> standing.binDecision(id + 1000));
        standing.restoreDecision(id);
        assertEquals(null, deletedAt(database, id));
    }

    private static String deletedAt(Database database, long id) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT deleted_at FROM cms_decision WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }
}
