package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, cells and space checks that the backup and export code leans on. */
class SmallSafetyRulesTest {

    @TempDir
    Path folder;

    @Test
    void backupsAreNamedByDayAndNeverTakeAnExistingName() throws IOException {
        assertEquals("Child Maintenance Log backup 2026-11-02.zip", BackupNames.forDay(LocalDate.of(2026, 11, 2)));
        assertEquals("Automatic backup 2026-11-02.zip", BackupNames.automaticForDay(LocalDate.of(2026, 11, 2)));
        String name = BackupNames.forDay(LocalDate.of(2026, 11, 2));
        assertEquals(folder.resolve(name), BackupNames.unused(folder, name));
        Files.createFile(folder.resolve(name));
        assertEquals(folder.resolve("Child Maintenance Log backup 2026-11-02 (2).zip"), BackupNames.unused(folder, name));
        Files.createFile(folder.resolve("Child Maintenance Log backup 2026-11-02 (2).zip"));
        assertEquals(folder.resolve("Child Maintenance Log backup 2026-11-02 (3).zip"), BackupNames.unused(folder, name));
    }

    @Test
    void anInterruptedRestoreIsDescribedByWhenItsBackupWasMade() {
        assertEquals("22 Nov 2026, 10:15", BackupRestore.describeMadeAt("2026-11-22T10:15"));
        assertEquals("sometime", BackupRestore.describeMadeAt("sometime"), "a date the app cannot read is kept as it is");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "amount_pence | 12345 | 123.45", "amount_pence | -250 | -2.50", "amount_pence | 7 | 0.07",
            "amount_pence | =1+1 | '=1+1", "paid_on | 2026-03-01 | 01/03/2026",
            "recorded_at | 2026-03-01T18:20:05.123 | 01/03/2026 18:20", "recorded_at | 2026-03-01T07:05 | 01/03/2026 07:05",
            "paid_on | 2026-02-30 | 2026-02-30", "note | -12.5 | -12.5", "note | -call me | '-call me",
            "note | +44 7700 | '+44 7700", "note | @home | '@home", "note | plain | plain", "note | \"\" | \"\""})
    void cellsAreReadableAndNeverAFormula(String column, String value, String cell) {
        assertEquals(cell, CsvValues.cell(column, value));
    }

    @Test
    void aMissingValueIsAnEmptyCellAndOddCharactersAreQuoted() {
        assertEquals("", CsvValues.cell("note", null));
        assertEquals("'\tx", CsvValues.safeText("\tx"));
        assertEquals("'\rx", CsvValues.safeText("\rx"));
        assertEquals("plain", CsvValues.quoted("plain"));
        assertEquals("\"a,b\"", CsvValues.quoted("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvValues.quoted("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvValues.quoted("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvValues.quoted("cr\rhere"));
        assertEquals("Note", CsvValues.heading("note_"));
    }

    @Test
    void spaceIsNeededForTheFileATenthMoreAndTenMegabytes() {
        // 100 MB needs 100 + 10 + 10 = 120 MB.
        long needed = 100_000_000L + 10_000_000L + 10_000_000L;
        assertDoesNotThrow(() -> DiskSpace.require(folder.resolve("x"), 100_000_000L, "restore", needed));
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> DiskSpace.require(folder.resolve("x"), 100_000_000L, "restore the backup", 119_000_000L));
        assertTrue(refused.getMessage().startsWith("There is not enough free space to restore the backup. It needs "
                + "about 120 MB, and the disk holding " + folder + " has 119 MB free."), refused.getMessage());
    }

    @Test
    void justShortOfTheSpaceNeverReadsAsEnough() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> DiskSpace.require(folder.resolve("x"), 100_000_000L, "restore the backup", 119_990_000L));
        assertTrue(refused.getMessage().contains("It needs about 120 MB, and the disk holding " + folder
                + " has 119 MB free."), refused.getMessage());
    }
}
