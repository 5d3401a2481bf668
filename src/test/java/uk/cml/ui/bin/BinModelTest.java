package uk.cml.ui.bin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.ui.common.ModelCase;

/** The bin page's model over the calls, notes and letters stores' own bins. */
class BinModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    BinModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        var s = records.services;
        model = new BinModel(List.of(s.calls, s.notes, s.receivedLetters), records.jobs, records.currentCase);
    }

    @AfterEach
    void close() {
        records.close();
    }

    @Test
    void everyAreasBinnedThingsShowAndOneIsPutBackWithItsNameSaid() {
        var s = records.services;
        long note = s.notes.add(new Note(0, records.caseId, LocalDate.of(2026, 11, 1), NoteCategory.PLAIN,
                "No money for the school trip.", null));
        long letter = s.receivedLetters.save(new ReceivedLetter(0, records.caseId, Optional.empty(),
                LocalDate.of(2026, 11, 19), "CMS", "Arrears to follow.", Optional.empty(), Optional.empty()));
        s.notes.moveToBin(note);
        s.receivedLetters.moveToBin(letter);
        records.choose();
        assertEquals(2, model.items().size());
        assertEquals(List.of("Note", "Letter received"), model.items().stream().map(b -> b.item().kind()).toList(),
                "binned at the same moment: in the order of the areas");
        // Found by a new-user walk-through: a note or letter has a day, not a time, and showed "1 Nov 2026, 00:00".
        assertEquals("Note: " + model.items().get(0).item().title(), model.items().get(0).what());
        assertTrue(model.items().get(0).when().startsWith("Date in your records: 1 Nov 2026. Moved to the bin on "),
                model.items().get(0).when());
        assertTrue(model.items().get(1).when().startsWith("Date in your records: 19 Nov 2026. Moved"), model.items().get(1).when());

        model.putBack(model.items().get(1));
        assertEquals("Put back: From CMS: Arrears to follow.", model.status().text());
        assertEquals(1, model.items().size());
        assertEquals(1, s.receivedLetters.letters(records.caseId).size());
    }

    /**
     * A letter put back brings back its copy, which went to the Bin with it: the page says so, naming the file, or
     * the parent would find it gone from the Bin with no word of where it went.
     */
    @Test
    void whatComesBackWithItIsSaid() throws Exception {
        var s = records.services;
        Path png = folder.resolve("2026-11-20 Breakdown of the arrears.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(20, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        long copy = s.documents.add(records.caseId, png, "").document().id();
        long letter = s.sentLetters.save(new uk.cml.domain.correspondence.SentLetter(0, records.caseId,
                LocalDate.of(2026, 11, 20), Optional.empty(), new uk.cml.domain.correspondence.Recipient(
                        Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Breakdown of the arrears",
                uk.cml.domain.correspondence.LetterKind.ARREARS_REPORT, Optional.of(copy), Optional.empty(),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        s.sentLetters.moveToBin(letter);
        BinModel all = new BinModel(uk.cml.store.TableBin.forCorrespondence(s.database, s.sentLetters,
                s.receivedLetters, s.documents), records.jobs, records.currentCase);
        records.choose();
        assertEquals(2, all.items().size(), "the letter and its copy");

        all.putBack(all.items().stream().filter(b -> b.item().sourceId() == letter
                && b.source() == s.sentLetters).findFirst().orElseThrow());

        assertEquals("Put back: To Child Maintenance Service: Breakdown of the arrears. With it, also put back: "
                + "Document: 2026-11-20 Breakdown of the arrears.png.", all.status().text());
        assertEquals(List.of(), all.items());
    }

    /** The bin listed "Payment: Payment of £103.74 on 27 Nov 2026": a title that names its kind says it once. */
    @Test
    void aTitleThatNamesItsKindIsNotToldItTwice() {
        java.time.LocalDateTime binnedAt = java.time.LocalDateTime.of(2026, 12, 1, 9, 0);
        var payment = new BinModel.Binned(uk.cml.domain.bin.BinnedItem.onDay("Payment", 1,
                "Payment of £103.74 on 27 Nov 2026", LocalDate.of(2026, 11, 27), binnedAt), null);
        assertEquals("Payment of £103.74 on 27 Nov 2026", payment.what());
        var change = new BinModel.Binned(uk.cml.domain.bin.BinnedItem.onDay("Arrears change", 2,
                "Arrears change of £250.00 on 26 Nov 2026", LocalDate.of(2026, 11, 26), binnedAt), null);
        assertEquals("Arrears change of £250.00 on 26 Nov 2026", change.what());
        var note = new BinModel.Binned(uk.cml.domain.bin.BinnedItem.onDay("Note", 3, "Notes on the school trip",
                LocalDate.of(2026, 11, 1), binnedAt), null);
        assertEquals("Note: Notes on the school trip", note.what(), "a title merely starting with the word");
    }

    /**
     * Reviewer rv10: "Payment of £65.00 on 9 Mar 2026" had "From 9 Mar 2026." under it, unexplained and the same
     * day again. A title that gives its day is not told it twice; any other says what the day is.
     */
    @Test
    void theDayIsSaidOnceAndNamed() {
        java.time.LocalDateTime binnedAt = java.time.LocalDateTime.of(2026, 12, 1, 9, 0);
        var payment = new BinModel.Binned(uk.cml.domain.bin.BinnedItem.onDay("Payment", 1,
                "Payment of £65.00 on 9 Mar 2026", LocalDate.of(2026, 3, 9), binnedAt), null);
        assertEquals("Moved to the bin on 1 Dec 2026, 09:00.", payment.when());
        var note = new BinModel.Binned(uk.cml.domain.bin.BinnedItem.onDay("Note", 3, "Notes on the school trip",
                LocalDate.of(2026, 11, 1), binnedAt), null);
        assertEquals("Date in your records: 1 Nov 2026. Moved to the bin on 1 Dec 2026, 09:00.", note.when());
        var call = new BinModel.Binned(uk.cml.domain.bin.BinnedItem.at("Call", 4, "I called the CMS",
                java.time.LocalDateTime.of(2026, 3, 9, 14, 30), binnedAt), null);
        assertEquals("Date in your records: 9 Mar 2026, 14:30. Moved to the bin on 1 Dec 2026, 09:00.", call.when());
    }

}
