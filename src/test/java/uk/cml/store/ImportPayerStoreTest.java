package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPayerStoreTest extends WithTheRecords {

    @Test
    void payersAreRememberedPerCaseAcrossReopeningAndCanBeForgotten() {
        ImportPayerStore payers = new ImportPayerStore(new SettingsStore(records.database));
        payers.remember(1, List.of(" CHILD MAINT ", "D REED", "", "D REED"));
        payers.remember(2, List.of("J SMITH"));
        reopenTheRecords();
        payers = new ImportPayerStore(new SettingsStore(records.database));
        assertEquals(List.of("CHILD MAINT", "D REED"), payers.remembered(1));
        assertEquals(List.of("J SMITH"), payers.remembered(2));
        assertEquals(List.of(), payers.remembered(3));
        payers.remember(1, List.of());
        assertEquals(List.of(), payers.remembered(1));
    }
}
