package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentRefusedException;

/**
 * A document's description had no limit, by either way of adding or by a correction: one over 5,000 characters is
 * refused with the store's message, before the file is copied. A name given with generated content is refused when
 * no file could have it (over 255 characters).
 */
class DocumentTextLimitTest extends WithJordanReedsCase {

    @TempDir
    Path parentsFiles;
    DocumentRecordStore documents;

    @BeforeEach
    void open() {
        documents = records.documents();
    }

    private static void refused(Runnable save) {
        StoreException refusal = assertThrows(StoreException.class, save::run);
        assertEquals("Nothing was saved: one of the texts has 5,001 characters, and the limit for it is 5,000. "
                + "Shorten it, then save again.", refusal.getMessage());
    }

    private long filesKept() throws IOException {
        Path kept = folder.resolve("documents");
        if (!Files.exists(kept)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(kept)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aDescriptionTooLongIsRefusedBeforeTheFileIsCopied() throws Exception {
        Path photo = TestFiles.png(parentsFiles.resolve("certificate.png"), 10);
        byte[] bytes = Files.readAllBytes(photo);

        refused(() -> {
            try {
                documents.add(caseId, photo, "d".repeat(5_001));
            } catch (DocumentRefusedException e) {
                throw new AssertionError(e);
            }
        });
        refused(() -> {
            try {
                documents.add(caseId, new ByteArrayInputStream(bytes), "letter.png", " " + "d".repeat(5_001));
            } catch (DocumentRefusedException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(List.of(), documents.documents(caseId));
        assertEquals(0, filesKept(), "no copy is left behind for a document not added");

        String atTheLimit = "d".repeat(5_000);
        assertEquals(atTheLimit, documents.add(caseId, photo, "  " + atTheLimit + "  ").document().description());
    }

    @Test
    void aCorrectedDescriptionTooLongLeavesTheOneBefore() throws Exception {
        long id = documents.add(caseId, TestFiles.png(parentsFiles.resolve("c.png"), 40), "First words").document()
                .id();

        refused(() -> documents.describe(id, "d".repeat(5_001)));
        assertEquals("First words", documents.find(id).orElseThrow().description());
        assertEquals(List.of(), documents.earlierVersions(id), "no earlier version for a correction not made");
    }

    @Test
    void aNameNoFileCouldHaveIsRefusedWithAMessage() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.png(parentsFiles.resolve("d.png"), 50));

        DocumentRefusedException refused = assertThrows(DocumentRefusedException.class, () -> documents.add(caseId,
                new ByteArrayInputStream(bytes), "n".repeat(100_000) + ".png", ""));
        assertEquals("This file's name has 100,004 characters, and a file name may have at most 255. Give the file "
                + "a shorter name, then add it again.", refused.getMessage());
        assertEquals(0, filesKept());
        assertEquals(List.of(), documents.documents(caseId));

        String longest = "n".repeat(251) + ".png";
        assertEquals(longest, documents.add(caseId, new ByteArrayInputStream(bytes), longest, "").document()
                .originalName());
        assertFalse(documents.documents(caseId).isEmpty());
    }
}
