package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordNamesTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(nullValues = "none", value = {
            "payment, 12, 2025-03-03T18:20, The payment recorded on 3 Mar 2025 (number 12)",
            "case_file, 1, 2025-01-10T09:00, The case recorded on 10 Jan 2025 (number 1)",
            "letters, 4, 2026-11-22, The letter recorded on 22 Nov 2026 (number 4)",
            "address_book, 3, none, The address book entry number 3",
            "call_note, 9, not a date, The call note number 9"})
    void namesRecordsPlainly(String table, long id, String recordedAt, String expected) {
        assertEquals(expected, RecordNames.describe(table, id, recordedAt));
    }
}
