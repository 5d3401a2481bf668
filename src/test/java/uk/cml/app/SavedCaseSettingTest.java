package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The last case opened is a saved setting: a damaged one means the first case opens, never that nothing does. */
class SavedCaseSettingTest {

    @Test
    void aSavedCaseNumberIsRead() {
        assertEquals(Optional.of(12L), RecordsOpening.savedCaseId("12"));
        assertEquals(Optional.of(12L), RecordsOpening.savedCaseId(" 12\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "twelve", "12.5", "99999999999999999999"})
    void aDamagedOneIsIgnored(String saved) {
        assertEquals(Optional.empty(), RecordsOpening.savedCaseId(saved));
    }
}
