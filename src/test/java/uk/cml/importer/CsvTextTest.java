package uk.cml.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Validated;

class CsvTextTest {

    @Nested
    @DisplayName("choosing the encoding")
    class Encodings {
        @Test
        void utf8WithBomDropsTheMark() {
            DecodedText text = Fixtures.text("utf8-bom.csv");
            assertEquals(TextEncoding.UTF_8_WITH_BOM, text.encoding());
            assertEquals("Date,Amount,Description\r\n22/11/2026,£50.00,Payment from J Smith\r\n"
                    + "29/11/2026,\"£1,050.00\",Back pay – J Smith\r\n", text.text());
        }

        @Test
        void windows1252PoundSignFromFixture() {
            DecodedText text = Fixtures.text("windows-1252-pound.csv");
            assertEquals(TextEncoding.WINDOWS_1252, text.encoding());
            assertEquals("Date,Amount,Description\r\n01/10/2026,£45.50,SMITH J CMS\r\n"
                    + "08/10/2026,£45.50,SMITH J CMS – late\r\n", text.text());
        }

        @Test
        void singleByte0xA3IsAPoundSign() {
            byte[] bytes = {(byte) 0xA3, '1', '2'};
            DecodedText text = CsvText.decode(bytes).value();
            assertEquals(TextEncoding.WINDOWS_1252, text.encoding());
            assertEquals("£12", text.text());
        }

        @Test
        void plainAsciiIsUtf8() {
            DecodedText text = CsvText.decode("Date,Amount\n".getBytes(StandardCharsets.US_ASCII)).value();
            assertEquals(TextEncoding.UTF_8, text.encoding());
            assertEquals("Date,Amount\n", text.text());
        }

        @Test
        void validUtf8PoundSignIsNotMistakenForWindows1252() {
            DecodedText text = CsvText.decode("£5".getBytes(StandardCharsets.UTF_8)).value();
            assertEquals(TextEncoding.UTF_8, text.encoding());
            assertEquals("£5", text.text());
        }

        @Test
        void utf16LittleEndianFixture() {
            DecodedText text = Fixtures.text("utf16le-bom.csv");
            assertEquals(TextEncoding.UTF_16LE, text.encoding());
            assertEquals("Date,Amount\r\n22/11/2026,£50.00\r\n", text.text());
        }

        @Test
        void utf16BigEndian() {
            byte[] body = "Date,£".getBytes(StandardCharsets.UTF_16BE);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) 0xFE;
            bytes[1] = (byte) 0xFF;
            System.arraycopy(body, 0, bytes, 2, body.length);
            DecodedText text = CsvText.decode(bytes).value();
            assertEquals(TextEncoding.UTF_16BE, text.encoding());
            assertEquals("Date,£", text.text());
        }

        @Test
        void bomFollowedByWindows1252BytesIsStillRead() {
            byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xA3, '7'};
            DecodedText text = CsvText.decode(bytes).value();
            assertEquals(TextEncoding.WINDOWS_1252, text.encoding());
            assertEquals("£7", text.text());
        }
    }

    @Nested
    @DisplayName("refusing files that are not CSV text")
    class Refusals {
        @Test
        void xlsxIsAZipFile() {
            byte[] bytes = {'P', 'K', 3, 4, 20, 0, 6, 0};
            assertEquals("This looks like an Excel file. In Excel, choose File > Save As > CSV, then import that file.",
                    problem(CsvText.decode(bytes)));
        }

        @Test
        void oldXlsIsAnOleFile() {
            byte[] bytes = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
            assertEquals(CsvText.EXCEL_MESSAGE, problem(CsvText.decode(bytes)));
        }

        @Test
        void pdf() {
            assertEquals(CsvText.PDF_MESSAGE, problem(CsvText.decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))));
        }

        @Test
        void nulBytesWithoutAUtf16Mark() {
            assertEquals(CsvText.BINARY_MESSAGE, problem(CsvText.decode(new byte[] {'D', 0, 'a', 0})));
            // Said of junk named something.csv too: never "Choose a file that ends in .csv" to a file that does.
            assertEquals("This file could not be read as a table of rows and columns: it is not plain text, as a CSV "
                    + "file is, even if its name ends in .csv. Download the statement from your bank again as CSV, or "
                    + "save your spreadsheet as CSV first.", CsvText.BINARY_MESSAGE);
        }

        @Test
        void emptyAndBomOnlyAndBlank() {
            assertEquals(CsvText.EMPTY_MESSAGE, problem(CsvText.decode(new byte[0])));
            assertEquals(CsvText.EMPTY_MESSAGE, problem(CsvText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
            assertEquals(CsvText.EMPTY_MESSAGE, problem(CsvText.decode("\r\n \n".getBytes(StandardCharsets.US_ASCII))));
        }

        @Test
        void overTwentyMegabytesInMemory() {
            assertEquals(CsvText.TOO_LARGE_MESSAGE, problem(CsvText.decode(new byte[(int) CsvText.MAX_BYTES + 1])));
        }

        @Test
        void exactlyTwentyMegabytesIsAllowed() {
            byte[] bytes = new byte[(int) CsvText.MAX_BYTES];
            java.util.Arrays.fill(bytes, (byte) 'a');
            assertEquals(CsvText.MAX_BYTES, CsvText.decode(bytes).value().text().length());
        }
    }

    @Nested
    @DisplayName("reading a file from disk")
    class FromDisk {
        @TempDir
        Path dir;

        @Test
        void readsARealFile() throws IOException {
            Path file = Files.write(dir.resolve("payments.csv"), Fixtures.bytes("windows-1252-pound.csv"));
            DecodedText text = CsvText.read(file).value();
            assertEquals(TextEncoding.WINDOWS_1252, text.encoding());
            assertEquals(3, text.text().lines().count());
        }

        @Test
        void refusesAnOversizedFileBeforeLoadingIt() throws IOException {
            Path file = dir.resolve("huge.csv");
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(CsvText.MAX_BYTES + 1); // sparse: the test never writes 20 MB
            }
            assertEquals(CsvText.TOO_LARGE_MESSAGE, problem(CsvText.read(file)));
        }

        @Test
        void missingFileIsAPlainMessage() {
            assertEquals("The file could not be read. Close it in any other program and try again.",
                    problem(CsvText.read(dir.resolve("gone.csv"))));
        }

        @Test
        void loadDecodesAndParses() throws IOException {
            Path file = Files.write(dir.resolve("bom.csv"), Fixtures.bytes("utf8-bom.csv"));
            CsvFile csv = CsvFile.load(file).value();
            assertEquals(TextEncoding.UTF_8_WITH_BOM, csv.encoding());
            assertEquals("Date", csv.csv().rows().get(0).field(0)); // no BOM glued to the first header
            assertEquals(3, csv.csv().rows().size());
        }
    }

    private static String problem(Validated<?> result) {
        assertFalse(result.isOk());
        return result.problem().orElseThrow();
    }
}
