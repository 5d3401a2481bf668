package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.CmsFact;

/**
 * The sources on "How the dates are counted" are read by the parent: none may name the app's own source texts by
 * their file numbers ("seed 004"), which mean nothing outside the project.
 */
class FactSourcesReadPlainTest extends WithTheRecords {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:00Z"), ZoneId.of("Europe/London"));

    @Override
    Clock clock() {
        return CLOCK;
    }

    @Test
    void noSourceNamesASeedFile() {
        var facts = readFacts();
        assertFalse(facts.isEmpty());
        for (CmsFact fact : facts) {
            assertFalse(fact.source().toLowerCase().contains("seed"), fact.key() + ": " + fact.source());
        }
        assertEquals("An adviser's answer to a parent", facts.stream()
                .filter(f -> f.key().equals("arrears_breakdown.weeks")).findFirst().orElseThrow().source());
    }

    private java.util.List<CmsFact> readFacts() {
        return StandingStore.facts(records.database).all();
    }
}
