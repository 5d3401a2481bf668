package uk.cml.ui.documents;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import uk.cml.documents.DocumentPreview;
import uk.cml.documents.DocumentType;
import uk.cml.store.AttachedDocument;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FxImages;
import uk.cml.ui.common.Messages;

/** A picture of the chosen document: a photo scaled to fit, or a PDF's first pages. Rendered off the FX thread. */
final class PreviewPane extends ScrollPane {

    /** The widest a preview is drawn, beside the list in a wide window; pictures are made at this size. */
    static final int WIDTH = 360;
    /** The pane's width at most and at least (the picture and the pane's padding and scroll bar). */
    static final double WIDEST = WIDTH + 30;
    static final double NARROWEST = 250;
    /** At the least in the bin, where the list has a column more (see DocumentsView.narrowest). */
    static final double NARROWEST_IN_BIN = 160;
    private static final int PDF_PAGES = 2;

    private final DocumentPreview preview;
    private final Background background;
    private final VBox pages = new VBox(10);
    private final Label caption = new Label();
    private long showing = -1;

    PreviewPane(DocumentPreview preview, Background background) {
        this.preview = preview;
        this.background = background;
        setId("documents-preview");
        caption.setId("documents-preview-caption");
        caption.setWrapText(true);
        pages.getStyleClass().add("preview-pages");
        setContent(pages);
        setFitToWidth(true);
        setPrefWidth(WIDEST);
        setMinWidth(NARROWEST);
        clear(Messages.text("documents.view.chooseADocumentToSee"));
    }

    void clear(String text) {
        showing = -1;
        caption.setText(text);
        pages.getChildren().setAll(caption);
    }

    void show(AttachedDocument document, Path file) {
        showing = document.id();
        caption.setText(Messages.text("documents.previewPane.gettingThePreviewReady"));
        pages.getChildren().setAll(caption);
        long wanted = document.id();
        background.run(() -> render(document.type(), file), images -> {
            if (showing != wanted) {
                return;
            }
            caption.setText(document.type() == DocumentType.PDF && document.pageCount() > images.size()
                    ? Messages.text("documents.previewPane.theFirstOfPagesOpen", images.size(), document.pageCount())
                    : document.originalName());
            pages.getChildren().setAll(caption);
            for (Image image : images) {
                ImageView view = new ImageView(image);
                view.setPreserveRatio(true);
                // As wide as the pane has room for (narrower in a small window), never wider than it was made.
                view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.min(
                        image.getWidth(), Math.max(1, getViewportBounds().getWidth() - pages.snappedLeftInset()
                                - pages.snappedRightInset())), viewportBoundsProperty()));
                view.setAccessibleText(Messages.text("documents.previewPane.previewOf", document.originalName()));
                pages.getChildren().add(view);
            }
        }, error -> {
            if (showing == wanted) {
                caption.setText(error instanceof uk.cml.documents.PreviewRefusedException refused
                        ? refused.getMessage() : Messages.text("documents.previewPane.theAppCouldNotShow"));
            }
        });
    }

    private List<Image> render(DocumentType type, Path file) throws Exception {
        List<BufferedImage> rendered = type == DocumentType.PDF
                // 50 dpi puts an A4 page at about 410 pixels wide: enough to recognise it.
                ? preview.renderFirstPages(file, PDF_PAGES, 50f)
                : List.of(preview.scaledImage(file, WIDTH, WIDTH * 3 / 2));
        List<Image> images = new ArrayList<>();
        for (BufferedImage image : rendered) {
            images.add(FxImages.toFx(image));
        }
        return images;
    }
}
