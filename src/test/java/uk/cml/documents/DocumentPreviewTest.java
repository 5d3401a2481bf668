package uk.cml.documents;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DocumentPreview")
class DocumentPreviewTest {

    @TempDir
    Path temp;

    private final DocumentPreview preview = new DocumentPreview();

    @Nested
    @DisplayName("PDF pages")
    class Pages {

        @Test
        @DisplayName("renders only the first pages asked for, at the size the dpi gives (A4, 595.3 x 841.9 points, is 595 x 841 at 72 dpi)")
        void firstPages() throws IOException {
            Path pdf = Fixtures.pdf(temp.resolve("a.pdf"), 3);

            List<BufferedImage> pages = preview.renderFirstPages(pdf, 2, 72f);

            assertEquals(2, pages.size());
            assertAll(pages.stream().map(page -> () -> {
                assertEquals(595, page.getWidth());
                assertEquals(841, page.getHeight(), "PDFBox rounds the pixel size down");
            }));
        }

        @Test
        @DisplayName("asking for more pages than there are gives every page, scaled by the dpi")
        void allPages() throws IOException {
            Path pdf = Fixtures.pdf(temp.resolve("a.pdf"), 3);

            List<BufferedImage> pages = preview.renderFirstPages(pdf, 10, 36f);

            assertEquals(3, pages.size());
            assertEquals(297, pages.get(0).getWidth());
            assertEquals(420, pages.get(0).getHeight());
        }

        @Test
        @DisplayName("a damaged PDF gives an IOException, not a broken picture")
        void damaged() throws IOException {
            Path cut = Fixtures.truncatedCopy(Fixtures.pdf(temp.resolve("a.pdf"), 3), temp.resolve("cut.pdf"));

            assertThrows(IOException.class, () -> preview.renderFirstPages(cut, 1, 72f));
        }
    }

    @Nested
    @DisplayName("scaled pictures")
    class Pictures {

        @ParameterizedTest(name = "{0}x{1} into {2}x{3} gives {4}x{5}")
        @CsvSource({
                "4000, 3000, 400, 400, 400, 300",  // landscape photo: width limits
                "3000, 4000, 400, 400, 300, 400",  // portrait photo: height limits
                "4000, 3000, 1000, 100, 133, 100", // a short strip: height limits even though width is larger
                "200, 100, 800, 600, 200, 100",    // small picture: never enlarged
        })
        @DisplayName("a JPEG fits the box and keeps its shape")
        void jpeg(int width, int height, int maxWidth, int maxHeight, int expectedWidth, int expectedHeight)
                throws IOException {
            Path photo = Fixtures.jpeg(temp.resolve("photo.jpg"), width, height);

            BufferedImage scaled = preview.scaledImage(photo, maxWidth, maxHeight);

            assertEquals(expectedWidth, scaled.getWidth());
            assertEquals(expectedHeight, scaled.getHeight());
        }

        @Test
        @DisplayName("a PNG keeps its transparency when scaled")
        void png() throws IOException {
            Path screenshot = Fixtures.png(temp.resolve("shot.png"), 1200, 800);

            BufferedImage scaled = preview.scaledImage(screenshot, 300, 300);

            assertEquals(300, scaled.getWidth());
            assertEquals(200, scaled.getHeight());
            assertEquals(true, scaled.getColorModel().hasAlpha());
        }

        @Test
        @DisplayName("works on a stored file, which has no extension")
        void storedFile() throws Exception {
            DocumentStore store = new DocumentStore(temp.resolve("documents"));
            StoredDocument stored = store.add(Fixtures.jpeg(temp.resolve("photo.jpg"), 640, 480));

            BufferedImage scaled = preview.scaledImage(store.pathOf(stored.sha256()), 64, 64);

            assertEquals(64, scaled.getWidth());
            assertEquals(48, scaled.getHeight());
        }

        @Test
        @DisplayName("refuses a PDF, which is not a picture")
        void notAPicture() throws IOException {
            Path pdf = Fixtures.pdf(temp.resolve("a.pdf"), 1);

            assertThrows(IOException.class, () -> preview.scaledImage(pdf, 100, 100));
        }
    }
}
