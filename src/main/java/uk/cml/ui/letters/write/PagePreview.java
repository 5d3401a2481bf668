package uk.cml.ui.letters.write;

import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import uk.cml.letters.LetterDocument;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.PdfPagePreview;
import uk.cml.letters.RenderedLetter;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FxImages;
import uk.cml.ui.common.Messages;

/**
 * The live picture of page 1. Typing restarts a short pause; only when the parent stops does the letter render,
 * in the background, and an answer that arrives after a newer request is dropped.
 */
final class PagePreview {

    private static final Duration PAUSE = Duration.millis(300);
    /** Sharp enough to read at the real size (100%) and when it fills a wide side of the page. */
    private static final float DPI = 110;

    private final Background background;
    private final LetterPdfRenderer renderer;
    private final Consumer<Set<String>> onReplaced;
    private final ImageView imageView = new ImageView();
    private final PauseTransition pause = new PauseTransition(PAUSE);
    /**
     * A picture asked for and not yet made: while there is none yet to show, the side says "Making the preview..."
     * in its place (the first PDF took 2 to 6 s to render, and the side stood blank meanwhile).
     */
    // True from the start: while the records are read, before the first request, the side waits for a picture too.
    private final javafx.beans.property.BooleanProperty making =
            new javafx.beans.property.SimpleBooleanProperty(true);
    private LetterDocument pending;
    private long generation;

    PagePreview(Background background, LetterPdfRenderer renderer, Consumer<Set<String>> onReplaced) {
        this.background = background;
        this.renderer = renderer;
        this.onReplaced = onReplaced;
        imageView.setId("letter-preview");
        imageView.setAccessibleText(Messages.text("letters.pagePreview.previewOfPage1Of"));
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        pause.setOnFinished(e -> render());
    }

    ImageView imageView() {
        return imageView;
    }

    /** True from a request until its picture (or its failure) arrives. */
    javafx.beans.value.ObservableBooleanValue making() {
        return making;
    }

    void request(LetterDocument letter) {
        making.set(true);
        pending = letter;
        generation++;
        pause.playFromStart();
    }

    /** No letter to show: drops any picture on its way and shows none. */
    void clear() {
        pending = null;
        generation++;
        pause.stop();
        making.set(false);
        imageView.setImage(null);
    }

    private void render() {
        // Nobody can see a preview of a page that is not showing; it is drawn again when the page is shown.
        var scene = imageView.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        LetterDocument letter = pending;
        long asked = generation;
        background.run(() -> {
            RenderedLetter rendered = renderer.render(letter);
            return new Picture(FxImages.toFx(PdfPagePreview.render(rendered.pdf(), 1, DPI)),
                    rendered.replacedCharacters());
        }, picture -> {
            if (asked == generation) {
                imageView.setImage(picture.page());
                making.set(false);
                onReplaced.accept(picture.replaced());
            }
        }, error -> {
            if (asked == generation) {
                making.set(false);
            }
            imageView.setImage(null);
        });
    }

    private record Picture(WritableImage page, Set<String> replaced) {
    }
}
