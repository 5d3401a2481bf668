package uk.cml.ui.letters.write;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import uk.cml.ui.common.Messages;

/** The page preview filling its side of the page, at the side's width or at the page's real size (100%). */
final class PreviewSide {

    /** An A4 page is 8.27 inches wide; at 96 pixels an inch, its real size on screen. */
    private static final double REAL_WIDTH = 8.27 * 96;

    private final BorderPane view = new BorderPane();

    /** @param making true while a picture is asked for and not yet made: the words stand in for a page not there yet */
    PreviewSide(ImageView page, javafx.beans.value.ObservableBooleanValue making) {
        ToggleGroup zoom = new ToggleGroup();
        ToggleButton fit = new ToggleButton(Messages.text("letters.previewSide.fitWidth"));
        fit.setId("letter-zoom-fit");
        ToggleButton real = new ToggleButton("100%");
        real.setId("letter-zoom-100");
        real.setAccessibleText(Messages.text("letters.previewSide.showThePageAtIts"));
        for (ToggleButton button : new ToggleButton[] {fit, real}) {
            button.setToggleGroup(zoom);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        fit.setSelected(true);
        // A zoom button stays chosen: clicking the chosen one again does not leave neither chosen.
        zoom.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        Label heading = new Label(Messages.text("letters.previewSide.page1"));
        heading.getStyleClass().add("subheading");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap, fit, real);
        bar.getStyleClass().add("preview-bar");
        Label waiting = new Label(Messages.text("letters.previewSide.makingThePreview"));
        waiting.setId("letter-preview-making");
        waiting.getStyleClass().addAll("status", "preview-making");
        waiting.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> making.get() && page.getImage() == null, making, page.imageProperty()));
        waiting.managedProperty().bind(waiting.visibleProperty());
        StackPane paper = new StackPane(waiting, page);
        paper.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        paper.getStyleClass().add("preview-paper");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.getStyleClass().add("preview-scroll");
        scroll.setFitToWidth(true);
        page.fitWidthProperty().bind(Bindings.when(fit.selectedProperty())
                .then(Bindings.max(200, Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth() - 24,
                        scroll.viewportBoundsProperty())))
                .otherwise(REAL_WIDTH));
        view.setTop(bar);
        view.setCenter(scroll);
        view.getStyleClass().add("preview-side");
    }

    Node view() {
        return view;
    }
}
