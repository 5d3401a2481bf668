package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.letters.PdfDrawings;

/** The photos and scans attached to a pack: printed whole, as large as the page allows, or explained when unreadable. */
@DisplayName("The pack's attached pictures and files")
class PackAttachmentsTest extends WithPackFixture {

    private static final float MM = 72f / 25.4f;
    private static final float A4_WIDTH = 210 * MM;

    private EvidencePackBuilder.Result build() throws Exception {
        return new EvidencePackBuilder().build(fixture.contents(PackFixture.YEAR_2025,
                EnumSet.of(PackSection.LETTERS_SENT, PackSection.LETTERS_RECEIVED), Optional.empty()), target,
                PackProgress.NONE, () -> false);
    }

    @Test
    @DisplayName("a photo and an A4 scan each span the 170 mm between the margins, keeping their shape")
    void picturesFitTheMargins() throws Exception {
        EvidencePackBuilder.Result result = build();
        assertEquals(List.of(), result.problems());
        List<PdfDrawings.Picture> pictures = new PdfDrawings(Files.readAllBytes(target)).pictures;
        assertEquals(2, pictures.size(), pictures.toString());
        PdfDrawings.Picture photo = pictures.get(0);
        assertEquals(20 * MM, photo.x(), 0.05);
        assertEquals(170 * MM, photo.width(), 0.05);
        assertEquals(photo.width() * 1500 / 2000, photo.height(), 0.05, "the 4:3 photo keeps its shape");
        assertTrue(photo.y() >= 25 * MM, "above the bottom margin");
        assertTrue(photo.y() + photo.height() <= 277 * MM - 20, "under the top margin and its caption");
        PdfDrawings.Picture scan = pictures.get(1);
        assertEquals(20 * MM, scan.x(), 0.05, "an A4 scan is as wide as the margins allow");
        assertEquals(170 * MM, scan.width(), 0.05);
        assertEquals(1240f / 1754f, scan.width() / scan.height(), 0.001, "the scan keeps its shape");
        assertTrue(scan.y() >= 25 * MM, "above the bottom margin");
        List<String> pages = EvidencePackBuilderTest.pageTexts(target);
        int photoPage = photo.page() - 1;
        assertTrue(pages.get(photoPage).contains("Proof of postage"), pages.get(photoPage));
    }

    @Test
    @DisplayName("the letters received register gives the sender under From, and the scan's caption says whose "
            + "letter it is")
    void receivedRegisterSaysWhoFrom() throws Exception {
        build();
        String all = String.join("\n", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
        assertTrue(all.contains("5 Jun 2025 2 Jun 2025 Child Maintenance Service Enforcement has been started"), all);
        assertFalse(all.contains("From Letter from") || all.contains("2 Jun 2025 Letter from"), all);
        assertTrue(all.contains("Letter from Child Maintenance Service, dated 2 Jun 2025, received 5 Jun 2025."), all);
    }

    @Test
    @DisplayName("progress goes up in even steps, names each file as it is added, and reaches 100% only once saved")
    void progress() throws Exception {
        List<Double> fractions = new java.util.ArrayList<>();
        List<String> steps = new java.util.ArrayList<>();
        new EvidencePackBuilder().build(fixture.contents(PackFixture.YEAR_2025, EnumSet.allOf(PackSection.class),
                Optional.empty()), target, (fraction, step) -> {
                    fractions.add(fraction);
                    steps.add(step);
                }, () -> false);
        assertEquals("Writing the cover", steps.get(0));
        assertEquals(0.0, fractions.get(0));
        assertEquals("Saved", steps.get(steps.size() - 1));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertEquals("Saving the file", steps.get(steps.size() - 2));
        // Cover, nine sections, three files, contents, numbering and saving (the fixture's documents are all added
        // on 22 Nov 2026 with no date on them, so none is in 2025's Documents).
        double step = 1.0 / 16;
        assertEquals(17, fractions.size(), steps.toString());
        for (int i = 1; i < fractions.size() - 1; i++) {
            assertEquals(i * step, fractions.get(i), 1e-9, "even steps: " + fractions);
        }
        assertTrue(fractions.get(fractions.size() - 2) < 1.0);
        assertTrue(steps.contains("Adding file 1 of 2 (letters written and sent, with proof of postage)"), steps.toString());
        assertTrue(steps.contains("Adding file 2 of 2 (letters written and sent, with proof of postage)"), steps.toString());
        assertTrue(steps.contains("Adding file 1 of 1 (letters received)"), steps.toString());
        assertTrue(steps.contains("Numbering the pages"), steps.toString());
    }

    @Test
    @DisplayName("a stored file that cannot be read is explained on its own page and reported, and the pack still builds")
    void unreadableFiles() throws Exception {
        try (Stream<Path> stored = Files.walk(folder.resolve("data").resolve("documents"))) {
            for (Path file : stored.filter(Files::isRegularFile).toList()) {
                file.toFile().setWritable(true);
                Files.writeString(file, "damaged");
            }
        }
        EvidencePackBuilder.Result result = build();
        String all = String.join("\n", EvidencePackBuilderTest.pageTexts(target));
        assertTrue(all.contains("could not be added: it could not be opened as a PDF. The original is kept in the"),
                all);
        assertTrue(all.contains("could not be shown: it is not a picture this app can read."), all);
        assertEquals(3, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.endsWith(": it could not be opened as a PDF")));
        assertEquals(0, new PdfDrawings(Files.readAllBytes(target)).pictures.size());
    }
}
