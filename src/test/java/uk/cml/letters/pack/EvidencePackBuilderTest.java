package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePackBuilderTest {

    @TempDir
    Path folder;
    PackFixture fixture;
    Path target;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new PackFixture(folder.resolve("data"));
        target = folder.resolve("out").resolve("pack.pdf");
    }

    @AfterEach
    void tearDown() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private List<String> build(Set<PackSection> sections, Optional<RecordsSeal> fingerprint) throws Exception {
        PackContents contents = fixture.contents(PackFixture.YEAR_2025, sections, fingerprint);
        EvidencePackBuilder.Result result = new EvidencePackBuilder().build(contents, target, PackProgress.NONE,
                () -> false);
        List<String> pages = pageTexts(target);
        assertEquals(pages.size(), result.pageCount());
        return pages;
    }

    static List<String> pageTexts(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    @Nested
    @DisplayName("A pack of the letters sent, with a letter PDF and a photo of its proof")
    class LettersOnly {

        @Test
        @DisplayName("has the cover, contents, register, the letter's own pages, the proof and the end page")
        void pageCount() throws Exception {
            List<String> pages = build(EnumSet.of(PackSection.LETTERS_SENT), Optional.empty());
            int letterPages = PackFixture.letterPages();
            assertTrue(letterPages >= 2, "the fixture letter runs over a page");
            assertEquals(1 + 1 + 1 + letterPages + 1 + 1, pages.size());
            assertTrue(pages.get(3).contains(PackFixture.LETTER_HEADING), pages.get(3));
            assertTrue(pages.get(3 + letterPages).contains("Proof of postage"), pages.get(3 + letterPages));
            assertTrue(pages.get(pages.size() - 1).contains("End of the evidence pack"));
        }

        @Test
        @DisplayName("numbers every page CML-0001 onwards in order and foots each with the case reference")
        void numbering() throws Exception {
            List<String> pages = build(EnumSet.of(PackSection.LETTERS_SENT), Optional.empty());
            Pattern number = Pattern.compile("CML-(\\d{4})");
            for (int i = 0; i < pages.size(); i++) {
                List<Integer> found = new ArrayList<>();
                Matcher m = number.matcher(pages.get(i));
                while (m.find()) {
                    found.add(Integer.parseInt(m.group(1)));
                }
                assertTrue(found.contains(i + 1), "page " + (i + 1) + " is numbered: " + pages.get(i));
                assertTrue(pages.get(i).contains("CMS ref 1212 3456 7890"), "page " + (i + 1) + " has the reference");
            }
        }
    }

    @Test
    @DisplayName("The cover names the parties, the grouped CMS reference, the period and the date made")
    void cover() throws Exception {
        String cover = build(EnumSet.of(PackSection.SUMMARY), Optional.empty()).get(0);
        for (String expected : List.of("Child maintenance evidence pack", "Sam Taylor", "14 Orchard Close", "LS6 2AB",
                "Jordan Reed", "3 Mill Lane", "1212 3456 7890", "1 Jan 2025 to 31 Dec 2025", "22 Nov 2026")) {
            assertTrue(cover.contains(expected), expected + " on the cover:\n" + cover);
        }
    }

    @Test
    @DisplayName("Every line of the contents points at the page where that part starts")
    void contentsPointAtTheRightPages() throws Exception {
        List<String> pages = build(EnumSet.allOf(PackSection.class), Optional.empty());
        String contents = pages.get(1);
        assertTrue(contents.startsWith("Contents"), contents);
        Pattern line = Pattern.compile("(?m)^(.+?) CML-(\\d{4})$");
        Matcher m = line.matcher(contents);
        int checked = 0;
        for (PackSection section : PackSection.values()) {
            Matcher s = Pattern.compile("(?m)^" + Pattern.quote(section.title()) + " CML-(\\d{4})$").matcher(contents);
            assertTrue(s.find(), section.title() + " is in the contents:\n" + contents);
            String page = pages.get(Integer.parseInt(s.group(1)) - 1);
            assertTrue(page.startsWith(section.title()), section.title() + " starts its page:\n" + page);
            checked++;
        }
        Matcher letter = Pattern.compile("(?m)^\u2013 6 May 2025: " + PackFixture.LETTER_HEADING + ".* CML-(\\d{4})$")
                .matcher(contents);
        assertTrue(letter.find(), contents);
        assertTrue(pages.get(Integer.parseInt(letter.group(1)) - 1).contains(PackFixture.LETTER_HEADING));
        assertEquals(PackSection.values().length, checked);
        assertTrue(m.find());
    }

    @Test
    @DisplayName("Only events inside the period are in the chronology, calls and notes")
    void periodFiltering() throws Exception {
        String all = String.join("\n", build(EnumSet.allOf(PackSection.class), Optional.empty()));
        assertTrue(all.contains("Said enforcement would start within 10 days"));
        assertTrue(all.contains("Could not pay for the school trip"));
        assertFalse(all.contains("Asked about the November payment"), "a 2024 call");
        assertFalse(all.contains("An old note from 2024"));
        assertFalse(all.contains("Dec 2024"), "nothing dated before the period");
    }

    @Test
    @DisplayName("Sections left out are absent, from the pages and from the contents")
    void sectionsOff() throws Exception {
        String all = String.join("\n", build(EnumSet.of(PackSection.SUMMARY, PackSection.SCHEDULE), Optional.empty()));
        assertTrue(all.contains(PackSection.SCHEDULE.title()));
        for (PackSection off : EnumSet.complementOf(EnumSet.of(PackSection.SUMMARY, PackSection.SCHEDULE))) {
            assertFalse(all.contains(off.title()), off.title());
        }
        assertFalse(all.contains("Said enforcement"));
        assertFalse(all.contains("school trip"));
    }

    @Test
    @DisplayName("The fingerprint, when given, is on the last page")
    void fingerprint() throws Exception {
        List<String> pages = build(EnumSet.of(PackSection.SUMMARY), Optional.of(new RecordsSeal("3f9a 11c2 0be4 77d1", 12, 0)));
        assertTrue(pages.get(pages.size() - 1).contains("3f9a 11c2 0be4 77d1"));
        assertFalse(String.join("", pages.subList(0, pages.size() - 1)).contains("3f9a"));
    }

    @Test
    @DisplayName("Cancelling stops the build and leaves no file, not even a partial one")
    void cancel() throws Exception {
        Files.createDirectories(target.getParent());
        PackContents contents = fixture.contents(PackFixture.YEAR_2025, EnumSet.allOf(PackSection.class),
                Optional.empty());
        AtomicInteger checks = new AtomicInteger();
        List<Double> seen = new ArrayList<>();
        assertThrows(PackCancelledException.class, () -> new EvidencePackBuilder().build(contents, target,
                (fraction, step) -> seen.add(fraction), () -> checks.incrementAndGet() > 4));
        assertEquals(4, seen.size(), "progress was reported until the cancel");
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(List.of(), left.toList());
        }
    }
}
