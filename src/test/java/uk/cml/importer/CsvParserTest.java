package uk.cml.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvParserTest {

    @Nested
    @DisplayName("RFC 4180 quoting")
    class Quoting {
        private final ParsedCsv csv = Fixtures.parsed("quoted-fields.csv");

        @Test
        void commaInsideQuotes() {
            assertEquals(List.of("01/11/2026", "1,234.56", "Smith, J: back pay"), csv.rows().get(1).fields());
        }

        @Test
        void doubledQuoteIsOneQuote() {
            assertEquals("Paid by \"Jo\" Smith", csv.rows().get(2).field(2));
        }

        @Test
        void lineBreakInsideQuotesStaysInTheCellAndRowNumbersFollowTheRows() {
            CsvRow row = csv.rows().get(3);
            assertEquals("Line one\nline two", row.field(2));
            assertEquals(4, row.rowNumber());
            assertEquals(4, row.lineNumber());
            CsvRow next = csv.rows().get(4);
            assertEquals(5, next.rowNumber());
            assertEquals(6, next.lineNumber()); // the quoted line break pushed it down one line
        }

        @Test
        void spacesAroundAQuotedCellAreDropped() {
            assertEquals("padded", csv.rows().get(4).field(2));
        }

        @Test
        void emptyLastCellAndTrailingEmptyLine() {
            assertEquals(List.of("29/11/2026", "50.00", ""), csv.rows().get(5).fields());
            assertEquals(6, csv.rows().size());
            assertEquals(0, csv.brokenRowCount());
            assertEquals(3, csv.expectedColumns());
        }

        @Test
        void emptyQuotedCellAndQuoteInsideAnUnquotedCell() {
            ParsedCsv parsed = CsvParser.parse("a,\"\",5\" tall\n");
            assertEquals(List.of("a", "", "5\" tall"), parsed.rows().get(0).fields());
        }

        @Test
        void quotedCellKeepsInnerSpaces() {
            assertEquals(" x ", CsvParser.parse("\" x \",b").rows().get(0).field(0));
        }
    }

    @Nested
    @DisplayName("line ends")
    class LineEnds {
        @ParameterizedTest(name = "{index}: line end {0}")
        @ValueSource(strings = {"\r\n", "\n", "\r"})
        void everyStyleGivesTheSameRows(String end) {
            ParsedCsv csv = CsvParser.parse("Date,Amount" + end + "1/1/2026,5" + end + "2/1/2026,6" + end);
            assertEquals(3, csv.rows().size());
            assertEquals(List.of("2/1/2026", "6"), csv.rows().get(2).fields());
            assertEquals(3, csv.rows().get(2).lineNumber());
        }

        @Test
        void noLineEndAtTheEnd() {
            assertEquals(List.of("b", "2"), CsvParser.parse("a,1\nb,2").rows().get(1).fields());
        }

        @Test
        void crlfInsideQuotesBecomesOneLineBreak() {
            assertEquals("x\ny", CsvParser.parse("\"x\r\ny\",1\r\nz,2\r\n").rows().get(0).field(0));
        }

        @Test
        void blankRowsAreLeftOutButStillCounted() {
            ParsedCsv csv = CsvParser.parse("a,1\n\n  \nb,2\n\n");
            assertEquals(2, csv.rows().size());
            assertEquals(4, csv.rows().get(1).rowNumber());
            assertEquals(4, csv.rows().get(1).lineNumber());
        }
    }

    @Nested
    @DisplayName("finding the delimiter")
    class Delimiters {
        @Test
        void semicolonFixtureWithCommasInTheText() {
            ParsedCsv csv = Fixtures.parsed("semicolon.csv");
            assertEquals(';', csv.delimiter());
            assertEquals(List.of("02/11/2026", "25.00", "J Smith, weekly"), csv.rows().get(1).fields());
            assertEquals(4, csv.rows().size()); // the fixture uses old Mac CR line ends
        }

        @Test
        void tab() {
            ParsedCsv csv = CsvParser.parse("Date\tAmount\tNote\n1/1/2026\t5.00\tSmith, J\n");
            assertEquals('\t', csv.delimiter());
            assertEquals("Smith, J", csv.rows().get(1).field(2));
        }

        @Test
        void commaWhenQuotedCellsHoldCommas() {
            assertEquals(',', CsvParser.detectDelimiter("Date,Amount\n1/1/2026,\"1,000.00\"\n2/1/2026,\"2,000.00\"\n"));
        }

        @Test
        void commaWhenThereIsOnlyOneColumn() {
            assertEquals(',', CsvParser.detectDelimiter("Amount\n5.00\n"));
        }

        @Test
        void semicolonBeatsAnInconsistentComma() {
            assertEquals(';', CsvParser.detectDelimiter("a;b;c\n1;Smith, J;x\n2;Jones;y\n3;A, B, C;z\n"));
        }
    }

    @Nested
    @DisplayName("broken rows are reported, never thrown")
    class BrokenRows {
        private final ParsedCsv csv = Fixtures.parsed("broken-rows.csv");

        @Test
        void unterminatedQuoteBreaksOnlyItsOwnLine() {
            CsvRow broken = csv.rows().get(2);
            assertEquals(3, broken.rowNumber());
            assertEquals(3, broken.lineNumber());
            assertEquals(Optional.of("Row 3: a quote mark (\") is opened but never closed, so this row cannot be read. "
                    + "Check it in your spreadsheet."), broken.problem());
            assertEquals(List.of("02/11/2026,50.00,\"Never closed"), broken.fields());
            CsvRow after = csv.rows().get(3);
            assertEquals(List.of("03/11/2026", "50.00", "Row after the stray quote"), after.fields());
            assertEquals(4, after.rowNumber());
            assertFalse(after.isBroken());
        }

        @Test
        void tooManyAndTooFewColumns() {
            assertEquals(Optional.of("Row 5: this row has 5 columns, but the other rows have 3. "
                    + "Check it in your spreadsheet."), csv.rows().get(4).problem());
            assertEquals(Optional.of("Row 6: this row has 2 columns, but the other rows have 3. "
                    + "Check it in your spreadsheet."), csv.rows().get(5).problem());
        }

        @Test
        void everyOtherRowIsRead() {
            assertEquals(15, csv.rows().size());
            assertEquals(3, csv.brokenRowCount());
            assertEquals("Unreadable amount", csv.rows().get(14).field(2));
        }

        @Test
        void quoteOpenedOnTheLastRowRunsToTheEndOfTheFile() {
            ParsedCsv parsed = CsvParser.parse("a,b\n1,\"open\n");
            assertEquals(2, parsed.rows().size());
            assertTrue(parsed.rows().get(1).problem().orElseThrow().startsWith("Row 2: a quote mark"));
        }

        @Test
        void genuineMultiLineCellIsNotMistakenForABrokenQuote() {
            ParsedCsv parsed = CsvParser.parse("a,b\n1,\"two\nlines\"\n2,x\n");
            assertEquals(0, parsed.brokenRowCount());
            assertEquals("two\nlines", parsed.rows().get(1).field(1));
        }

        @Test
        void fieldBeyondTheRowIsEmpty() {
            assertEquals("", csv.rows().get(5).field(2));
        }
    }
}
