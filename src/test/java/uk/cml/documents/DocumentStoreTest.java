package uk.cml.documents;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DocumentStore")
class DocumentStoreTest {

    @TempDir
    Path temp;

    private Path root;
    private Path outside;
    private DocumentStore store;

    @BeforeEach
    void setUp() throws IOException {
        root = temp.resolve("data").resolve("documents");
        outside = Files.createDirectories(temp.resolve("parent's files"));
        store = new DocumentStore(root);
    }

    @Nested
    @DisplayName("adding a good file")
    class Adding {

        @Test
        @DisplayName("a 3-page PDF is copied under its SHA-256, byte for byte, with its page count")
        void pdf() throws Exception {
            Path source = Fixtures.pdf(outside.resolve("Statement March.pdf"), 3);

            StoredDocument stored = store.add(source);

            String expectedHash = sha256(Files.readAllBytes(source));
            assertAll(
                    () -> assertEquals(expectedHash, stored.sha256()),
                    () -> assertEquals(DocumentType.PDF, stored.type()),
                    () -> assertEquals(3, stored.pageCount()),
                    () -> assertEquals(Files.size(source), stored.sizeBytes()),
                    () -> assertEquals("Statement March.pdf", stored.originalName()),
                    () -> assertFalse(stored.alreadyStored()),
                    () -> assertEquals(root.resolve(expectedHash.substring(0, 2)).resolve(expectedHash),
                            store.pathOf(stored.sha256())),
                    () -> assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(store.pathOf(expectedHash))),
                    () -> assertTrue(Files.exists(source), "the parent's own file is left where it was"));
        }

        @Test
        @DisplayName("a JPEG photo keeps its width and height")
        void jpeg() throws Exception {
            StoredDocument stored = store.add(Fixtures.jpeg(outside.resolve("receipt.JPG"), 640, 480));

            assertAll(
                    () -> assertEquals(DocumentType.JPEG, stored.type()),
                    () -> assertEquals(640, stored.width()),
                    () -> assertEquals(480, stored.height()),
                    () -> assertTrue(store.exists(stored.sha256())));
        }

        @Test
        @DisplayName("a PNG screenshot keeps its width and height")
        void png() throws Exception {
            StoredDocument stored = store.add(Fixtures.png(outside.resolve("screenshot.png"), 300, 200));

            assertAll(
                    () -> assertEquals(DocumentType.PNG, stored.type()),
                    () -> assertEquals(300, stored.width()),
                    () -> assertEquals(200, stored.height()));
        }

        @Test
        @DisplayName("a file with no extension is judged by its content")
        void noExtension() throws Exception {
            Path source = Fixtures.pdf(outside.resolve("scan"), 1);

            assertEquals(DocumentType.PDF, store.add(source).type());
        }

        @Test
        @DisplayName("a generated letter can be added from a stream with its name")
        void fromStream() throws Exception {
            byte[] letter = Fixtures.pdfBytes(2);

            StoredDocument stored = store.add(new ByteArrayInputStream(letter), "Letter to CMS 2026-11-22.pdf");

            assertAll(
                    () -> assertEquals(sha256(letter), stored.sha256()),
                    () -> assertEquals(2, stored.pageCount()),
                    () -> assertEquals("Letter to CMS 2026-11-22.pdf", stored.originalName()));
        }

        @Test
        @DisplayName("the stored copy is read-only")
        void readOnly() throws Exception {
            StoredDocument stored = store.add(Fixtures.png(outside.resolve("a.png"), 10, 10));
            Path file = store.pathOf(stored.sha256());

            // Files.isWritable is always true for root (as in CI containers), so look at the flags themselves.
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                var permissions = posix.readAttributes().permissions();
                assertFalse(permissions.contains(PosixFilePermission.OWNER_WRITE), permissions.toString());
                assertFalse(permissions.contains(PosixFilePermission.GROUP_WRITE), permissions.toString());
                assertFalse(permissions.contains(PosixFilePermission.OTHERS_WRITE), permissions.toString());
            } else {
                assertTrue(Files.getFileAttributeView(file, DosFileAttributeView.class).readAttributes().isReadOnly());
            }
        }

        @Test
        @DisplayName("no temporary file is left after a successful add")
        void noTemporaryLeft() throws Exception {
            store.add(Fixtures.pdf(outside.resolve("a.pdf"), 1));

            assertEquals(1, Fixtures.regularFilesUnder(root));
        }
    }

    @Nested
    @DisplayName("the same content twice")
    class Dedup {

        @Test
        @DisplayName("is stored once, and the second add says it was already stored")
        void storedOnce() throws Exception {
            Path first = Fixtures.jpeg(outside.resolve("IMG_0001.jpg"), 200, 100);
            Path second = Files.copy(first, outside.resolve("copy of receipt.jpeg"));

            StoredDocument a = store.add(first);
            StoredDocument b = store.add(second);

            assertAll(
                    () -> assertFalse(a.alreadyStored()),
                    () -> assertTrue(b.alreadyStored()),
                    () -> assertEquals(a.sha256(), b.sha256()),
                    () -> assertEquals(200, b.width(), "size is still reported for a file already stored"),
                    () -> assertEquals(100, b.height()),
                    () -> assertEquals("copy of receipt.jpeg", b.originalName(), "the name is the caller's, per add"),
                    () -> assertEquals(1, Fixtures.regularFilesUnder(root)),
                    () -> assertEquals(List.of(a.sha256()), store.listAll()));
        }

        @Test
        @DisplayName("adding it again repairs a stored copy that was damaged")
        void repairs() throws Exception {
            Path source = Fixtures.pdf(outside.resolve("a.pdf"), 1);
            String hash = store.add(source).sha256();
            flipLastByte(store.pathOf(hash));
            assertEquals(VerifyResult.CHANGED, store.verify(hash));

            StoredDocument again = store.add(source);

            assertFalse(again.alreadyStored());
            assertEquals(VerifyResult.OK, store.verify(hash));
        }
    }

    @Nested
    @DisplayName("verify, list and leftovers")
    class Integrity {

        @Test
        @DisplayName("verify says OK, then CHANGED after one byte is altered, then MISSING once deleted")
        void verify() throws Exception {
            String hash = store.add(Fixtures.pdf(outside.resolve("a.pdf"), 1)).sha256();
            assertEquals(VerifyResult.OK, store.verify(hash));

            flipLastByte(store.pathOf(hash));
            assertEquals(VerifyResult.CHANGED, store.verify(hash));

            Files.delete(store.pathOf(hash));
            assertEquals(VerifyResult.MISSING, store.verify(hash));
            assertFalse(store.exists(hash));
        }

        @Test
        @DisplayName("listAll gives every stored hash, sorted, and ignores anything else in the folder")
        void listAll() throws Exception {
            String pdf = store.add(Fixtures.pdf(outside.resolve("a.pdf"), 1)).sha256();
            String png = store.add(Fixtures.png(outside.resolve("b.png"), 5, 5)).sha256();
            Files.writeString(root.resolve("notes.txt"), "not a document");
            Files.writeString(root.resolve(".adding-123.part"), "half a copy");
            Files.createDirectories(root.resolve("zz"));

            assertEquals(List.of(pdf, png).stream().sorted().toList(), store.listAll());
        }

        @Test
        @DisplayName("listAll of a store never used is empty")
        void listAllEmpty() throws Exception {
            assertEquals(List.of(), store.listAll());
        }

        @Test
        @DisplayName("removeUnfinishedCopies deletes only the temporary files of an interrupted add")
        void leftovers() throws Exception {
            String hash = store.add(Fixtures.png(outside.resolve("b.png"), 5, 5)).sha256();
            Files.writeString(root.resolve(".adding-123.part"), "half a copy");

            assertEquals(1, store.removeUnfinishedCopies());
            assertEquals(1, Fixtures.regularFilesUnder(root));
            assertEquals(VerifyResult.OK, store.verify(hash));
        }

        @Test
        @DisplayName("pathOf refuses anything that is not a hash, so no path can escape the store")
        void pathOfRejectsNonHashes() {
            assertThrows(IllegalArgumentException.class, () -> store.pathOf("../../etc/passwd"));
            assertThrows(IllegalArgumentException.class, () -> store.pathOf("AB".repeat(32)));
            assertThrows(IllegalArgumentException.class, () -> store.pathOf(null));
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static void flipLastByte(Path file) throws IOException {
        file.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(file, bytes);
    }
}
