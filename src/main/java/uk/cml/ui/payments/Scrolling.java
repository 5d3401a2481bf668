package uk.cml.ui.payments;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** A side panel that scrolls on a small screen instead of being cut off. */
final class Scrolling {

    private Scrolling() {
    }

    static ScrollPane wrap(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }
}
