package uk.cml.ui.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.PdfDrawings;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackSection;
import uk.cml.ui.WithAPage;
import uk.cml.ui.common.SaveDialog;

/**
 * A pack for the CMS keeps the parent's letter copies and certificates of posting even when the parent keeps their
 * address from the other parent: the CMS has the address, and the proof of postage is what it needs. Only a pack
 * the other parent may see (a tribunal's) starts with the contacts hidden and the attachments left out.
 */
class PackForTheCmsTest extends WithAPage {

    private static final String COPY_WORDS = "COPY OF MY LETTER TO THE CMS";

    EvidencePackView page;

    @BeforeEach
    void open() throws Exception {
        AppServices s = harness.services;
        long caseId = harness.currentCase.get().id();
        long copy = s.documents.add(caseId, new ByteArrayInputStream(letterPdf()), "letter.pdf", "Copy")
                .document().id();
        long proof = s.documents.add(caseId, new ByteArrayInputStream(certificatePhoto()), "certificate.jpg", "")
                .document().id();
        s.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 5, 5), Optional.of(LocalDate.of(2026, 5, 6)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Missed payments", LetterKind.ARREARS_REPORT, Optional.of(copy), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(LocalDate.of(2026, 5, 6)), "Leeds Headrow", "CP123", Optional.of(proof)),
                "", Optional.empty(), Optional.empty()));
        page = new EvidencePackView(new PackAssembler(uk.cml.app.PackStoresForTests.of(s), CLOCK),
                harness.background, CLOCK, harness.currentCase, Optional::empty, id -> true,
                new SaveDialog(dataFolder));
        show(page);
        // The case's privacy is read before the period (one background thread, in order).
        waitUntil("the period is suggested", () -> !text("#pack-until").isBlank());
    }

    private String status() {
        javafx.scene.control.Label label = lookup("#pack-status").query();
        return label.getText();
    }

    private boolean hidden() {
        CheckBox box = lookup("#pack-mask-contacts").query();
        return box.isSelected();
    }

    @Test
    void aPackForTheCmsKeepsTheLetterCopyAndItsCertificateOfPosting() throws Exception {
        assertFalse(hidden(), "a pack for the CMS starts with nothing hidden, though the address is kept private");
        Path target = dataFolder.resolve("pack.pdf");
        interact(() -> page.make(harness.currentCase.get().id(),
                new PackPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22)),
                EnumSet.allOf(PackSection.class), target));
        waitUntil("the pack is saved", () -> status().startsWith("Saved the pack"));
        String all;
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        int pictures = new PdfDrawings(java.nio.file.Files.readAllBytes(target)).pictures.size();
        assertTrue(all.contains(COPY_WORDS), "the letter's copy is in the pack: " + all);
        assertTrue(all.contains("Proof of postage"), "the certificate's photo is in the pack: " + all);
        assertTrue(pictures == 1, "the certificate of posting is drawn: " + pictures);
        assertTrue(all.contains("14 Orchard Close"), "the CMS has the parent's address");

        // The pack is not kept with the records: the page says where it went and opens that folder.
        assertTrue(status().contains(target.toString()), status());
        assertTrue(lookup("#pack-open-folder").query().isVisible(), "a button opens the folder the pack is in");
        press("#pack-open-folder");
        waitUntil("the folder handed to the computer (none in this test, so said beside the button)", () ->
                lookup("#pack-open-folder-problem").queryAs(javafx.scene.control.Label.class).getText()
                        .contains(dataFolder.toString()));
    }

    /** At a laptop's height the line saying where the pack went was under the window's edge: nothing seemed to happen. */
    @Test
    void whereThePackWentIsInViewOnASmallScreen() {
        interact(() -> page.view().getScene().getWindow().setHeight(560));
        Path target = dataFolder.resolve("pack.pdf");
        interact(() -> page.make(harness.currentCase.get().id(),
                new PackPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22)),
                EnumSet.allOf(PackSection.class), target));
        waitUntil("the pack is saved", () -> status().startsWith("Saved the pack"));
        javafx.scene.Node folderButton = lookup("#pack-open-folder").query();
        javafx.scene.control.ScrollPane scroll = lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        assertTrue(interactAndGet(() -> {
            javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            javafx.geometry.Bounds said = lookup("#pack-status").query().localToScene(
                    lookup("#pack-status").query().getLayoutBounds());
            javafx.geometry.Bounds button = folderButton.localToScene(folderButton.getLayoutBounds());
            return said.getMinY() >= view.getMinY() && button.getMaxY() <= view.getMaxY();
        }), "the status line and its folder button are on the screen");
    }

    @Test
    void noFolderButtonBeforeAPackIsMade() {
        assertFalse(lookup("#pack-open-folder").query().isVisible());
    }

    @Test
    void aPackForATribunalStartsWithTheAddressHiddenAndBackForTheCmsWithout() {
        press("#pack-for-tribunal");
        waitUntil("a tribunal's pack hides the address", this::hidden);
        press("#pack-for-cms");
        waitUntil("the CMS's does not", () -> !hidden());
    }

    private static byte[] letterPdf() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage();
            pdf.addPage(p);
            try (PDPageContentStream text = new PDPageContentStream(pdf, p)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(COPY_WORDS);
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] certificatePhoto() throws Exception {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
