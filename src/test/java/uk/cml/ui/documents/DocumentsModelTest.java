package uk.cml.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.ui.common.ModelCase;

/** The documents page's model: the files shown, the bin filter, and what can be done with the one chosen. */
class DocumentsModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    DocumentsModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder.resolve("records"));
        model = new DocumentsModel(records.services.documents, records.jobs, records.currentCase);
    }

    @AfterEach
    void close() {
        records.close();
    }

    private Path photo(String name, int shade) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, shade);
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aChosenDocumentGoesToTheBinAndComesBackFromTheBinView() throws Exception {
        records.services.documents.add(records.caseId, photo("certificate.png", 0x102030), "");
        records.choose();
        assertEquals(1, model.shown().size());
        assertFalse(model.hasSelection().get(), "nothing to open or bin until one is chosen");
        assertEquals("Move to bin", model.binActionText().get());

        model.selectedProperty().set(model.shown().get(0));
        assertTrue(model.hasSelection().get());
        model.binOrRestore();
        assertTrue(model.shown().isEmpty());
        assertEquals("Moved certificate.png to the bin. Tick \"Show the bin\" to put it back.", model.status().text());

        model.showBinProperty().set(true);
        assertEquals("Restore", model.binActionText().get());
        assertEquals(1, model.shown().size(), "the bin is shown");
        model.selectedProperty().set(model.shown().get(0));
        model.binOrRestore();
        assertEquals("Put back certificate.png.", model.status().text());
        assertTrue(model.shown().isEmpty(), "the bin is empty again");
        assertEquals(1, records.services.documents.documents(records.caseId).size());
    }

    /**
     * Found by a new-user walk-through: the certificate of posting moved to the bin from here, and the Letters page
     * still said "Certificate attached". A file a record shows stays until it is taken off that record.
     */
    @Test
    void aFileThatIsALettersProofOfPostageIsNotBinnedAndTheMessageSaysWhereItIsUsed() throws Exception {
        long photo = records.services.documents.add(records.caseId, photo("cert.png", 0x102030), "").document().id();
        java.time.LocalDate posted = java.time.LocalDate.of(2026, 11, 3);
        uk.cml.domain.correspondence.SentLetter letter = new uk.cml.domain.correspondence.SentLetter(0,
                records.caseId, java.time.LocalDate.of(2026, 11, 2), java.util.Optional.of(posted),
                new uk.cml.domain.correspondence.Recipient(java.util.Optional.empty(), "Child Maintenance Service",
                        "PO Box 249\nMitcheldean\nGL17 1AJ"), "Missed payments",
                uk.cml.domain.correspondence.LetterKind.ARREARS_REPORT, java.util.Optional.empty(),
                java.util.Optional.of(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                new uk.cml.domain.correspondence.ProofOfPostage(java.util.Optional.of(posted), "Leeds", "",
                        java.util.Optional.of(photo)), "", java.util.Optional.empty(), java.util.Optional.empty());
        long letterId = records.services.sentLetters.save(letter);
        records.choose();
        model.selectedProperty().set(model.shown().get(0));
        model.binOrRestore();
        assertEquals("cert.png was not moved to the bin: it is the proof of postage for your letter posted on "
                + "3 Nov 2026 to Child Maintenance Service (Missed payments). To take it off, open that record and "
                + "remove the file there first.", model.status().text());
        assertEquals(1, model.shown().size(), "still among the documents");

        // Once the letter is in the bin itself, nothing shows the file: it can go.
        records.services.sentLetters.moveToBin(letterId);
        model.binOrRestore();
        assertTrue(model.shown().isEmpty());
    }

    @Test
    void afterAddingFilesOneNoticeSaysWhatWasAddedAndTheDocumentsNotTheBinAreShown() throws Exception {
        records.choose();
        model.showBinProperty().set(true);
        model.adding();
        // What the adding task hands back (the task itself reports progress to the window).
        var one = records.services.documents.add(records.caseId, photo("one.png", 0x405060), "");
        var two = records.services.documents.add(records.caseId, photo("two.png", 0x708090), "");
        model.added(List.of(new AddFilesTask.Outcome("one.png", true, one.note(), one.document().id()),
                new AddFilesTask.Outcome("two.png", true, two.note(), two.document().id())));
        assertTrue(model.notAdded().isEmpty(), "files added get no line of their own: the status line says it once");
        assertEquals("Added 2 documents. Choose one in the list to see it, or press Undo if they were the wrong files.",
                model.status().text());
        assertTrue(model.status().canUndo());
        assertFalse(model.showBinProperty().get(), "the added files are in view");
        assertEquals(2, model.shown().size());
    }

    @Test
    void aFileNotAddedGetsItsOwnLineAndANewBatchClearsIt() throws Exception {
        records.choose();
        model.adding();
        var kept = records.services.documents.add(records.caseId, photo("kept.png", 0x102030), "");
        var again = records.services.documents.add(records.caseId, photo("kept.png", 0x102030), "");
        model.added(List.of(new AddFilesTask.Outcome("kept.png", true, kept.note(), kept.document().id()),
                new AddFilesTask.Outcome("kept.png", false, again.note()),
                new AddFilesTask.Outcome("notes.docx", false, "notes.docx is a Word document.")));
        assertEquals(List.of("kept.png", "notes.docx"), model.notAdded().stream()
                .map(AddFilesTask.Outcome::fileName).toList(), "the two files not added, in order");
        assertTrue(model.status().text().startsWith("Added kept.png."), model.status().text());
        model.adding();
        assertTrue(model.notAdded().isEmpty(), "a new batch clears the last one's lines");
        assertEquals("", model.status().text());
    }
}
