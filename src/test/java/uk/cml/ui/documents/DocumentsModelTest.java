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
    /** What the computer's viewer was handed; with {@link #noViewer} it throws as a computer with none does. */
    final List<Path> opened = new java.util.ArrayList<>();
    boolean noViewer;

    @BeforeEach
    void open() {
        records = new ModelCase(folder.resolve("records"));
        model = new DocumentsModel(records.services.documents, records.jobs, records.currentCase, file -> {
            if (noViewer) {
                throw new java.io.IOException("Failed to open " + file + ". Error message: No application is "
                        + "associated with the specified file for this operation.");
            }
            opened.add(file);
        });
    }

    private Path pdf(String name) throws Exception {
        Path file = folder.resolve(name);
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * Found by a reviewer: "Open in your PDF or photo viewer" handed the viewer the stored copy, named by its hash
     * with no ending, so Windows and macOS had no program for it ("No application is registered"). The viewer is
     * handed a copy named as the document, ending as what it is, with the same bytes; the stored copy stays as it is.
     */
    @Test
    void openingHandsTheViewerACopyNamedAsTheDocumentEndingAsWhatItIs() throws Exception {
        var added = records.services.documents.add(records.caseId, java.nio.file.Files.newInputStream(
                pdf("letter.pdf")), "Letter from the CMS", "").document();
        records.choose();
        model.selectedProperty().set(model.shown().get(0));

        model.open();

        assertEquals(1, opened.size());
        Path copy = opened.get(0);
        assertEquals("Letter from the CMS.pdf", copy.getFileName().toString());
        Path stored = records.services.documents.fileOf(added);
        assertFalse(copy.startsWith(stored.getParent().getParent()), "not among the stored documents: " + copy);
        org.junit.jupiter.api.Assertions.assertArrayEquals(java.nio.file.Files.readAllBytes(stored),
                java.nio.file.Files.readAllBytes(copy));
        assertEquals(uk.cml.documents.VerifyResult.OK, new uk.cml.documents.DocumentStore(
                records.services.dataFolder.resolve("documents")).verify(added.sha256()));
        assertEquals("", model.openProblemProperty().get());
    }

    @Test
    void whenTheComputerHasNoViewerTheLineBesideTheButtonSaysSoAndWhatToDoInstead() throws Exception {
        records.services.documents.add(records.caseId, photo("certificate.png", 0x102030), "");
        records.choose();
        model.selectedProperty().set(model.shown().get(0));
        noViewer = true;

        model.open();

        assertEquals("This computer has no program set to open PNG pictures, so \u201Ccertificate.png\u201D did not "
                + "open. The document is safe in the app. Use \u201CSave a copy\u2026\u201D to put a copy in a folder "
                + "you choose, then open, print or email it from there.", model.openProblemProperty().get());
        model.selectedProperty().set(null);
        assertEquals("", model.openProblemProperty().get(), "it goes once another document is chosen");
    }

    @Test
    void aStoredCopyMissingFromTheFolderIsSaidAsSuchNotAsAMissingViewer() throws Exception {
        var added = records.services.documents.add(records.caseId, photo("receipt.png", 0x405060), "").document();
        Path stored = records.services.documents.fileOf(added);
        stored.toFile().setWritable(true);
        java.nio.file.Files.delete(stored);
        records.choose();
        model.selectedProperty().set(model.shown().get(0));

        model.open();

        assertTrue(opened.isEmpty());
        assertTrue(model.openProblemProperty().get().startsWith("The app's copy of \u201Creceipt.png\u201D is "
                + "missing"), model.openProblemProperty().get());
    }

    @Test
    void aSavedCopyHasTheSameBytesIsTheParentsToChangeAndTheStatusSaysWhereItWent() throws Exception {
        var added = records.services.documents.add(records.caseId, pdf("statement.pdf"), "").document();
        records.choose();
        model.selectedProperty().set(model.shown().get(0));
        assertEquals(java.util.Optional.of("statement.pdf"), model.copyName());
        Path target = java.nio.file.Files.createDirectories(folder.resolve("Desktop")).resolve("statement.pdf");

        model.saveCopy(target);

        org.junit.jupiter.api.Assertions.assertArrayEquals(java.nio.file.Files.readAllBytes(
                records.services.documents.fileOf(added)), java.nio.file.Files.readAllBytes(target));
        assertTrue(java.nio.file.Files.isWritable(target), "the saved copy is the parent's own, not read-only");
        assertEquals("Saved a copy of statement.pdf as " + target.toAbsolutePath() + ". The copy is yours to print or "
                + "email; the one in the app stays as it is.", model.status().text());
        assertEquals(1L, java.nio.file.Files.list(target.getParent()).count(), "no part-written file left beside it");
    }

    /** Found by a reviewer: the empty bin said "No documents yet. Add one with the button, or drag files here." */
    @Test
    void theEmptyBinSaysItIsTheBinAndABinnedDocumentSaysWhenItWentThere() throws Exception {
        // Not "yet": the only document may be in the bin (final reviewer), so the words say where to look.
        assertEquals("No documents here. Add one with the button, or drag files here. Any you moved to the bin are "
                + "under \"Show the bin\".", model.emptyText().get());
        model.showBinProperty().set(true);
        assertEquals("The bin is empty. Documents you move to the bin wait here until you put them back.",
                model.emptyText().get());

        long id = records.services.documents.add(records.caseId, photo("old.png", 0x708090), "").document().id();
        records.services.documents.moveToBin(id);
        records.choose();
        assertEquals(java.util.Optional.of(ModelCase.CLOCK.instant().atZone(ModelCase.CLOCK.getZone())
                .toLocalDateTime()), model.shown().get(0).binnedAt());
        records.services.documents.restore(id);
        assertEquals(java.util.Optional.empty(), records.services.documents.find(id).orElseThrow().binnedAt());
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
        // Done as the line asked: "Tick 'Show the bin'" no longer stands beside the bin (final reviewer).
        assertEquals("", model.status().text());
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
        model.showBinProperty().set(true);
        model.showBinProperty().set(false);
        assertTrue(model.status().text().startsWith("cert.png was not moved to the bin"), "a refusal stays");
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
