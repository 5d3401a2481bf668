package uk.cml.documents;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cml.documents.DocumentRefusedException.Reason;

@DisplayName("DocumentStore refuses")
class DocumentRefusalTest {

    @TempDir
    Path temp;

    private Path root;
    private Path outside;
    private DocumentStore store;

    @BeforeEach
    void setUp() throws IOException {
        root = temp.resolve("documents");
        outside = Files.createDirectories(temp.resolve("downloads"));
        store = new DocumentStore(root);
    }

    /** Whatever was refused, and however, nothing may be left half-copied in the store. */
    @AfterEach
    void nothingLeftBehind() throws IOException {
        assertEquals(0, Fixtures.regularFilesUnder(root), "files left in the store after a refusal");
    }

    private DocumentRefusedException refusal(Path source) {
        return assertThrows(DocumentRefusedException.class, () -> store.add(source));
    }

    @Nested
    @DisplayName("the wrong kind of file")
    class WrongKind {

        @Test
        @DisplayName("an iPhone HEIC photo, with the exact advice on what to do")
        void heic() throws Exception {
            DocumentRefusedException e = refusal(Fixtures.heic(outside.resolve("IMG_4411.HEIC")));

            assertEquals(Reason.HEIC, e.reason());
            assertEquals("This is an iPhone HEIC photo. The app cannot read these yet. On the iPhone, choose "
                    + "Settings > Camera > Formats > Most Compatible, or share the photo as JPEG, then add it again.",
                    e.getMessage());
        }

        @Test
        @DisplayName("a HEIC photo renamed .jpg is still recognised as HEIC")
        void heicRenamed() throws Exception {
            assertEquals(Reason.HEIC, refusal(Fixtures.heic(outside.resolve("IMG_4411.jpg"))).reason());
        }

        @Test
        @DisplayName("a text file renamed .pdf says it is a text file")
        void textAsPdf() throws Exception {
            DocumentRefusedException e = refusal(Fixtures.text(outside.resolve("statement.pdf"), "Payment of £50 received\n"));

            assertEquals(Reason.NOT_SUPPORTED, e.reason());
            assertTrue(e.getMessage().startsWith("The app keeps PDFs and photos (JPEG or PNG). This file, "
                    + "\u201Cstatement.pdf\u201D, is a text file."), e.getMessage());
        }

        @Test
        @DisplayName("a Word document says what it is and what to do")
        void word() throws Exception {
            Path docx = outside.resolve("letter.docx");
            Files.write(docx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0});

            DocumentRefusedException e = refusal(docx);

            assertEquals(Reason.NOT_SUPPORTED, e.reason());
            assertTrue(e.getMessage().contains("Word or Excel document"), e.getMessage());
            assertTrue(e.getMessage().contains("Save or print it as a PDF"), e.getMessage());
        }

        @Test
        @DisplayName("an empty file")
        void empty() throws Exception {
            Path empty = Files.createFile(outside.resolve("scan.pdf"));

            DocumentRefusedException e = refusal(empty);

            assertEquals(Reason.UNREADABLE, e.reason());
            assertTrue(e.getMessage().contains("is empty"), e.getMessage());
        }
    }

    @Nested
    @DisplayName("a mislabelled file")
    class Mislabelled {

        @Test
        @DisplayName("a JPEG named .pdf says it is really a JPEG photo")
        void jpegAsPdf() throws Exception {
            Path source = Files.move(Fixtures.jpeg(outside.resolve("x.jpg"), 50, 50), outside.resolve("statement.pdf"));

            DocumentRefusedException e = refusal(source);

            assertEquals(Reason.MISLABELLED, e.reason());
            assertTrue(e.getMessage().startsWith("\u201Cstatement.pdf\u201D is named as a PDF, but it is really a JPEG photo."),
                    e.getMessage());
            assertTrue(e.getMessage().contains("rename it to end in .jpg"), e.getMessage());
            // Renaming is hard where Windows hides endings: the page offers to add it as what it is, named without
            // the ending that misnames it.
            DocumentRefusedException.AddAs addAs = e.addAs().orElseThrow();
            assertEquals(DocumentType.JPEG, addAs.type());
            assertEquals("statement", addAs.name());
            assertEquals("\u201Cstatement.pdf\u201D is named as a PDF, but it is really a JPEG photo. The app has "
                    + "not added it, in case it is the wrong file. If it is the file you meant, press \u201CAdd it "
                    + "as a JPEG photo\u201D below: it is kept as a JPEG photo named \u201Cstatement\u201D.",
                    addAs.message());
        }

        @Test
        @DisplayName("a JPEG named .png.pdf is not offered as \"statement.png\", a name that misnames it again")
        void jpegAsPngPdf() throws Exception {
            Path source = Files.move(Fixtures.jpeg(outside.resolve("x.jpg"), 50, 50),
                    outside.resolve("statement.png.pdf"));

            assertEquals(java.util.Optional.empty(), refusal(source).addAs());
        }

        @Test
        @DisplayName("a PDF named .png says it is really a PDF")
        void pdfAsPng() throws Exception {
            Path source = Files.move(Fixtures.pdf(outside.resolve("x.pdf"), 1), outside.resolve("photo.png"));

            DocumentRefusedException e = refusal(source);

            assertEquals(Reason.MISLABELLED, e.reason());
            assertTrue(e.getMessage().contains("named as a PNG picture, but it is really a PDF"), e.getMessage());
        }
    }

    @Nested
    @DisplayName("a damaged file")
    class Damaged {

        @Test
        @DisplayName("a PDF cut off half way")
        void truncatedPdf() throws Exception {
            Path whole = Fixtures.pdf(outside.resolve("whole.pdf"), 3);

            assertUnreadable(refusal(Fixtures.truncatedCopy(whole, outside.resolve("cut.pdf"))));
        }

        @Test
        @DisplayName("a PDF missing only its last few bytes, which PDFBox alone would still open")
        void pdfWithoutEnd() throws Exception {
            Path whole = Fixtures.pdf(outside.resolve("whole.pdf"), 3);
            byte[] bytes = Files.readAllBytes(whole);
            Path cut = Files.write(outside.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length - 8));

            assertUnreadable(refusal(cut));
        }

        @Test
        @DisplayName("a JPEG cut off half way")
        void truncatedJpeg() throws Exception {
            Path whole = Fixtures.jpeg(outside.resolve("whole.jpg"), 800, 600);

            assertUnreadable(refusal(Fixtures.truncatedCopy(whole, outside.resolve("cut.jpg"))));
        }

        @Test
        @DisplayName("a PNG cut off half way")
        void truncatedPng() throws Exception {
            Path whole = Fixtures.png(outside.resolve("whole.png"), 400, 300);

            assertUnreadable(refusal(Fixtures.truncatedCopy(whole, outside.resolve("cut.png"))));
        }

        @Test
        @DisplayName("a PDF that needs a password to open")
        void passwordPdf() throws Exception {
            DocumentRefusedException e = refusal(Fixtures.passwordPdf(outside.resolve("payslip.pdf")));

            assertEquals(Reason.PASSWORD_PROTECTED, e.reason());
            assertTrue(e.getMessage().contains("locked with a password"), e.getMessage());
        }

        private void assertUnreadable(DocumentRefusedException e) {
            assertEquals(Reason.UNREADABLE, e.reason());
            assertTrue(e.getMessage().contains("damaged or incomplete"), e.getMessage());
        }
    }

    @Nested
    @DisplayName("a file that is too large")
    class TooLarge {

        @Test
        @DisplayName("over 100 MB on disk is refused before anything is copied")
        void knownSize() throws Exception {
            Path huge = Fixtures.sparse(outside.resolve("video.jpg"), DocumentStore.MAX_BYTES + 1);

            DocumentRefusedException e = refusal(huge);

            assertEquals(Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().startsWith("\u201Cvideo.jpg\u201D is 100.1 MB. The app keeps files up to 100 MB."),
                    e.getMessage());
            assertFalse(Files.exists(root), "refused before the store folder was even needed");
        }

        @Test
        @DisplayName("a stream that passes 100 MB is stopped there, and its partial copy deleted")
        void whileStreaming() {
            CountingJpegStream stream = new CountingJpegStream(DocumentStore.MAX_BYTES + 10L * 1024 * 1024);

            DocumentRefusedException e = assertThrows(DocumentRefusedException.class,
                    () -> store.add(stream, "phone video.jpg"));

            assertEquals(Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("is larger than 100 MB"), e.getMessage());
            assertTrue(stream.delivered <= DocumentStore.MAX_BYTES + 1024 * 1024,
                    "kept reading after the limit: " + stream.delivered);
        }
    }

    @Nested
    @DisplayName("a file it cannot get at")
    class Unreachable {

        @Test
        @DisplayName("a file that is no longer there")
        void missing() {
            DocumentRefusedException e = refusal(outside.resolve("gone.pdf"));

            assertEquals(Reason.SOURCE_UNREADABLE, e.reason());
            assertTrue(e.getMessage().startsWith("The app could not read \u201Cgone.pdf\u201D."), e.getMessage());
        }

        @Test
        @DisplayName("a stream that fails part way leaves nothing behind")
        void failingStream() {
            InputStream failing = new CountingJpegStream(5_000_000) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (delivered > 1_000_000) {
                        throw new IOException("USB stick removed");
                    }
                    return super.read(b, off, len);
                }
            };

            DocumentRefusedException e = assertThrows(DocumentRefusedException.class, () -> store.add(failing, "scan.jpg"));

            assertEquals(Reason.SOURCE_UNREADABLE, e.reason());
            assertTrue(e.getMessage().contains("is not open in another program"), e.getMessage());
        }
    }

    /** A JPEG header followed by zeros, counting how much has been read from it. */
    static class CountingJpegStream extends InputStream {
        private final long length;
        long delivered;

        CountingJpegStream(long length) {
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (delivered >= length) {
                return -1;
            }
            int count = (int) Math.min(len, length - delivered);
            for (int i = 0; i < count; i++) {
                long at = delivered + i;
                b[off + i] = at == 0 || at == 2 ? (byte) 0xFF : at == 1 ? (byte) 0xD8 : 0;
            }
            delivered += count;
            return count;
        }
    }
}
