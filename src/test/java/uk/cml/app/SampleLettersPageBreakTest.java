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
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
    /** The letters' body leading (PageGeometry.BODY_LEADING): lines of one paragraph sit exactly this far apart. */
    private static final float BODY_LEADING = 14.5f;
    /** The footer is printed at 8 pt; the body at 10 pt (tables) and more. */
    private static final float LARGEST_FOOTER_SIZE = 8.5f;

    @TempDir
    static Path folder;
    /** Each letter's file name and its pages' lines. */
    private static final List<Letter> LETTERS = new ArrayList<>();

    /** The facts each sample letter is made from, as the command makes them: they give each file its name. */
    private static java.util.Map<uk.cml.letters.templates.LetterTemplate, uk.cml.letters.templates.LetterFacts> FACTS;

    /** {@code placed}: each page's body lines (not the footer), top to bottom, with where they are printed. */
    private record Letter(String name, List<List<String>> pages, List<List<Placed>> placed) {
    }

    /** A printed line of a page's body: its text and its baseline's distance from the top of the page. */
    private record Placed(String text, float baselineFromTop) {
    }

    @BeforeAll
    static void writeSamples() throws IOException {
        FACTS = new SampleLetterWriter(CLOCK).sampleFacts(folder.resolve("facts"));
        assertEquals(0, Main.run(CommandLine.parse(List.of("sample-letters", "--to", folder.toString())), CLOCK,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    List<List<String>> pages = new ArrayList<>();
                    List<List<Placed>> placed = new ArrayList<>();
                    PDFTextStripper stripper = new PDFTextStripper();
                    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        pages.add(stripper.getText(pdf).lines().map(String::strip).toList());
                        placed.add(placedLines(pdf, page));
                    }
                    LETTERS.add(new Letter(file.getFileName().toString(), pages, placed));
                }
            }
        }
        // Every letter but the complaint to ICE, which the sample cannot fill: it logs no final response.
        assertEquals(13, LETTERS.size());
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

    /**
     * The short letters fit one page on the sample case, closing and all: the four that had only their last
     * paragraph and closing on a second page, and others as short. The confirming-call letter, which also says what
     * came of the call, ran a few lines over, leaving a quarter of page 1 empty: set with smaller gaps between its
     * blocks it fits on one sheet.
     */
    @Test
    @DisplayName("the short letters fit on one page, closing included")
    void shortLettersOnOnePage() {
        // The enforcement request is not among them since it lists, dated, what the CMS was told and wrote: the
        // sample's runs to two pages, and the page-break checks above still hold for it.
        for (String title : List.of("Confirming call with CMS",
                "Subject access request to CMS", "Request for arrears breakdown",
                "Mandatory reconsideration request to CMS", "Chasing letter to CMS",
                "Reply to CMS about writing off arrears", "Reply to CMS about part payment offer")) {
            // Each letter's file is named by its printed heading: found through the template of that old title.
            uk.cml.letters.templates.LetterTemplate template = uk.cml.letters.templates.LetterTemplates.all().stream()
                    .filter(t -> t.fileTitle().equals(title)).findFirst().orElseThrow();
            String file = SampleLetterWriter.fileName(template, FACTS.get(template));
            Letter letter = LETTERS.stream().filter(l -> l.name().equals(file)).findFirst()
                    .orElseThrow(() -> new AssertionError("no sample letter " + title + " (" + file + ")"));
            assertEquals(1, letter.pages().size(), letter.name() + ": " + letter.pages());
            assertTrue(indexOfSignOff(letter.pages().get(0)) > 0, letter.name());
        }
    }

    /**
     * A letter that runs over a page must have more on its last page than its last paragraph (or the end of it) and
     * the closing: a sheet holding two lines and a signature looks careless and costs the parent a sheet and postage.
     * Measured where the lines are printed, so it holds whatever the wording: the lines above the sign-off must not
     * all be one block of lines set exactly a body line apart. A paragraph gap, a sub-heading, a list or a table row
     * breaks that rhythm, so two blocks mean the page carries more than the last paragraph.
     */
    @Test
    @DisplayName("a letter is one page, or its last page carries more than the last paragraph and the closing")
    void lastPageCarriesMoreThanTheClosing() {
        int multiPage = 0;
        List<String> bare = new ArrayList<>();
        for (Letter letter : LETTERS) {
            if (letter.placed().size() == 1) {
                continue;
            }
            multiPage++;
            List<Placed> last = letter.placed().get(letter.placed().size() - 1);
            List<String> texts = last.stream().map(Placed::text).toList();
            int off = indexOfSignOff(texts);
            assertTrue(off >= 1, letter.name() + ": body text before the sign-off on the last page: " + texts);
            int blocks = 1;
            for (int i = 1; i < off; i++) {
                float step = last.get(i).baselineFromTop() - last.get(i - 1).baselineFromTop();
                if (Math.abs(step - BODY_LEADING) > 0.5f) {
                    blocks++;
                }
            }
            if (blocks < 2) {
                bare.add(letter.name() + " (page " + letter.placed().size() + ": \""
                        + String.join(" / ", texts.subList(0, off)) + "\" and the closing)");
            }
        }
        assertEquals(List.of(), bare, "letters whose last page holds only the last paragraph and the closing");
        assertTrue(multiPage >= 5, "the long letters (payment tables, complaints) still run over, saw " + multiPage);
    }

    /** The page's lines above the footer, each the glyphs sharing a baseline, top to bottom. */
    private static List<Placed> placedLines(PDDocument pdf, int page) throws IOException {
        Map<Float, StringBuilder> lines = new TreeMap<>();
        PDFTextStripper positions = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                TextPosition first = glyphs.get(0);
                if (first.getFontSizeInPt() > LARGEST_FOOTER_SIZE) {
                    float baseline = Math.round(first.getYDirAdj() * 10) / 10f;
                    StringBuilder line = lines.computeIfAbsent(baseline, b -> new StringBuilder());
                    line.append(line.length() == 0 ? "" : " ").append(text);
                }
            }
        };
        positions.setSortByPosition(true);
        positions.setStartPage(page);
        positions.setEndPage(page);
        positions.getText(pdf);
        List<Placed> placed = new ArrayList<>();
        lines.forEach((baseline, text) -> placed.add(new Placed(text.toString().strip(), baseline)));
        return placed;
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
