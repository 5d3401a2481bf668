package uk.cml.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("What a file really is")
class ContentSnifferTest {

    @Nested
    @DisplayName("from its first bytes")
    class FromBytes {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "255044462d312e370a,           PDF",
                "ffd8ffe000104a464946,         JPEG",
                "ffd8ffe1,                     JPEG",
                "89504e470d0a1a0a0000000d4948, PNG",
        })
        @DisplayName("accepts PDF, JPEG and PNG")
        void accepted(String hex, DocumentType expected) {
            ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(HexFormat.of().parseHex(hex));

            assertEquals(expected, sniffed.type());
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "00000018667479706865696300000000 | heic major brand",
                "00000018667479706865697800000000 | heix major brand",
                "0000001c667479706d69663100000000 | mif1 major brand",
                "0000001c667479706d73663100000000 | msf1 major brand (a burst)",
                "00000020667479706d703432000000006d69663168656963 | heic among the compatible brands",
        })
        @DisplayName("recognises iPhone HEIC/HEIF photos by their ftyp box")
        void heic(String hex, String why) {
            ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(HexFormat.of().parseHex(hex.replace(" ", "")));

            assertTrue(sniffed.heic(), why);
            assertFalse(sniffed.accepted());
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "0000001c6674797061766966000000006d696631 | an AVIF picture",
                "00000018667479706d703432000000006d703431 | a video",
                "474946383961                             | a GIF picture",
                "49492a00                                 | a TIFF picture",
                "424d3a00                                 | a BMP picture",
                "52494646000000005745425056503820         | a WebP picture",
                "504b030414000600                         | a Word or Excel document, or another zipped file",
                "d0cf11e0a1b11ae1                         | an older Word or Excel document",
                "7b5c72746631                             | a Rich Text document",
                "0001020304                               | a kind of file the app does not recognise",
        })
        @DisplayName("names the kinds it refuses")
        void others(String hex, String description) {
            ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(HexFormat.of().parseHex(hex.replace(" ", "")));

            assertFalse(sniffed.accepted());
            assertFalse(sniffed.heic());
            assertEquals(description, sniffed.description());
        }

        @Test
        @DisplayName("plain text, including UTF-8 such as a pound sign, is a text file")
        void text() {
            byte[] text = "Paid £50 on 3 March\r\n\tthanks".getBytes(StandardCharsets.UTF_8);

            assertEquals("a text file", ContentSniffer.sniff(text).description());
        }
    }

    @Nested
    @DisplayName("against its name")
    class AgainstName {

        @ParameterizedTest(name = "{0} holding {1}: {2}")
        @CsvSource(delimiter = '|', nullValues = "-", value = {
                "statement.pdf     | PDF  | -",
                "Statement.PDF     | PDF  | -",
                "IMG_0001.JPG      | JPEG | -",
                "photo.jpeg        | JPEG | -",
                "scan              | PDF  | -",
                "scan.2024.03      | PDF  | -",
                "statement.pdf     | JPEG | a PDF",
                "photo.png         | JPEG | a PNG picture",
                "photo.jpg         | PNG  | a JPEG photo",
                "IMG_0001.HEIC     | JPEG | an iPhone HEIC photo",
                "notes.txt         | PDF  | a text file",
                "IMG_0002.heif     | JPEG | an iPhone HEIC photo",
                "letter.docx       | PDF  | a Word document",
                "letter.doc        | PDF  | a Word document",
                "sums.xlsx         | PDF  | an Excel spreadsheet",
                "scan.tif          | PNG  | a TIFF picture",
        })
        @DisplayName("a disagreement is only found when the extension clearly means something else")
        void disagreement(String name, DocumentType actual, String expected) {
            assertEquals(Optional.ofNullable(expected), FileNameClaim.disagreement(name, actual));
        }
    }
}
