package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.standing.CmsFact;

/**
 * V035: the working days after which a posted letter counts as delivered were figures in the app's code; a records
 * file from V034 gains their rows in the facts table (copied aside first), with the figures the app counted with:
 * 1st class 2 (cms-facts.md), 2nd class 4 (cms-facts.md), Signed For 2 and Special Delivery 1. Real SQLite.
 */
class DeemedDeliveryFactsUpgradeTest {

    @TempDir
    Path folder;

    private static final List<String> KEYS = List.of("post.first_class.working_days",
            "post.second_class.working_days", "post.signed_for.working_days", "post.special_delivery.working_days");

    private static Map<String, String> delivery(Database database) {
        return StandingStore.facts(database).all().stream().filter(f -> f.key().startsWith("post."))
                .collect(Collectors.toMap(CmsFact::key, CmsFact::value));
    }

    @Test
    void aV034FileGainsTheRowsAfterABackup() throws Exception {
        OlderRecordsFile.makeAt(folder, 34, s -> { });
        try (Database database = OlderRecordsFile.openUpgraded(folder, 34)) {
            assertEquals(Map.of(KEYS.get(0), "2", KEYS.get(1), "4", KEYS.get(2), "2", KEYS.get(3), "1"),
                    delivery(database));
            List<CmsFact> rows = StandingStore.facts(database).all().stream()
                    .filter(f -> KEYS.contains(f.key())).toList();
            assertEquals(4, rows.size(), "one row each");
            rows.forEach(f -> assertEquals(true, f.lastChecked().isPresent() && !f.source().isBlank(), f.key()));
        }
    }

    @Test
    void newRecordsHoldTheSameRows() {
        try (Database database = Database.open(folder, DatabaseTest.CLOCK)) {
            assertEquals(Map.of(KEYS.get(0), "2", KEYS.get(1), "4", KEYS.get(2), "2", KEYS.get(3), "1"),
                    delivery(database));
        }
    }
}
