package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample letters read back page by page: where their tables and closings break. The rules themselves are tested
 * letter by letter in uk.cml.letters.LetterPageBreakTest; this checks they hold on the letters the app really writes.
 */
@DisplayName("The sample letters break pages where they read well")
class SampleLettersPageBreakTest {

    /** The day the sample letters were first looked at; a fixed day keeps the letters' wording, and so its breaks. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("Europe/London"));
    private static final Pattern ROW = Pattern.compile("^\\d{1,2} [A-Z][a-z]{2} \\d{4} .*");

    @TempDir
    static Path folder;
    /** Each letter's file name and its pages' lines. */
    private static final List<Letter> LETTERS = new ArrayList<>();

    private record Letter(String name, List<List<String>> pages) {
    }

    @BeforeAll
    static void writeSamples() throws IOException {
        assertEquals(0, Main.run(CommandLine.parse(List.of("sample-letters", "--to", folder.toString())), CLOCK,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    List<List<String>> pages = new ArrayList<>();
                    PDFTextStripper stripper = new PDFTextStripper();
                    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        pages.add(stripper.getText(pdf).lines().map(String::strip).toList());
                    }
                    LETTERS.add(new Letter(file.getFileName().toString(), pages));
                }
            }
        }
        assertEquals(14, LETTERS.size());
    }

    @Test
    @DisplayName("a payment table's sub-heading is on the page of its header and at least two of its rows")
    void subHeadingWithTwoRows() {
        int seen = 0;
        for (Letter letter : LETTERS) {
            for (List<String> page : letter.pages()) {
                for (int i = 0; i < page.size(); i++) {
                    if (page.get(i).equals("Payments due") || page.get(i).startsWith("Payments I received since")) {
                        seen++;
                        assertTrue(i + 1 < page.size() && page.get(i + 1).startsWith("Date "), letter.name()
                                + ": the header under \"" + page.get(i) + "\"");
                        long rows = page.subList(i + 2, Math.min(i + 5, page.size())).stream()
                                .filter(l -> ROW.matcher(l).matches()).count();
                        boolean wholeTable = page.subList(i + 2, page.size()).stream().anyMatch(l -> l.startsWith(
                                "Total"));
                        assertTrue(rows >= 2 || wholeTable, letter.name() + ": " + rows + " rows under \""
                                + page.get(i) + "\"");
                    }
                }
            }
        }
        assertTrue(seen >= 6, "three letters with two payment tables each, saw " + seen);
    }

    @Test
    @DisplayName("a payment table's total is on the page of at least its last two rows")
    void totalWithTwoRows() {
        for (Letter letter : LETTERS) {
            for (List<String> page : letter.pages()) {
                int rows = -1; // counts the rows of a payment table (its header starts "Date ") on this page
                for (String line : page) {
                    if (line.startsWith("Date ")) {
                        rows = 0;
                    } else if (rows >= 0 && ROW.matcher(line).matches()) {
                        rows++;
                    } else if (rows >= 0 && line.startsWith("Total ")) {
                        assertTrue(rows >= 2, letter.name() + ": " + rows + " rows over the total");
                        rows = -1;
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("the sign-off and the name share a page, with at least the last lines of the body")
    void closingTogether() {
        for (Letter letter : LETTERS) {
            List<String> last = letter.pages().get(letter.pages().size() - 1);
            int off = indexOfSignOff(last);
            assertTrue(off >= 1, letter.name() + ": the sign-off follows body text on the last page: " + last);
            assertTrue(last.subList(off + 1, last.size()).contains("Sam Taylor"), letter.name() + ": " + last);
        }
    }

    @Test
    @DisplayName("the confirming-call letter, which fits on one page, is not carried onto a second for its closing")
    void confirmingCallOnOnePage() {
        Letter call = LETTERS.stream().filter(l -> l.name().endsWith(" Confirming call with CMS.pdf")).findFirst()
                .orElseThrow();
        assertEquals(1, call.pages().size(), call.pages().toString());
        assertTrue(indexOfSignOff(call.pages().get(0)) > 0);
    }

    private static int indexOfSignOff(List<String> page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.get(i).equals("Yours faithfully") || page.get(i).equals("Yours sincerely")) {
                return i;
            }
        }
        return -1;
    }
}
