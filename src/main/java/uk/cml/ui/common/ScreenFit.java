package uk.cml.ui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The app's own dialogs and small windows fit the screen they open on. Without a window manager to keep them on
 * the screen (a plain X session, a kiosk, Xvfb) a dialog as tall as its words opened taller than a 1366 x 768
 * screen, its buttons below the bottom edge: now it is at most as big as the screen's usable area, its words scroll
 * inside it, and it is moved onto the screen if it would open partly off it.
 */
public final class ScreenFit {

    private ScreenFit() {
    }

    /**
     * Call before the dialog is shown: its words scroll when they are longer than the screen holds, and the dialog is
     * fitted to the screen as it opens.
     */
    public static <D extends Dialog<?>> D dialog(D dialog) {
        DialogPane pane = dialog.getDialogPane();
        String words = pane.getContentText();
        if (pane.getContent() == null && words != null && !words.isEmpty()) {
            Label text = new Label(words);
            text.setWrapText(true);
            text.getStyleClass().add("dialog-words");
            text.setPadding(new Insets(4, 10, 4, 10));
            // As the dialog sizes its own words: a readable line, never one long line across the screen.
            text.setPrefWidth(360);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            pane.setContent(scrolling(text));
        } else if (pane.getContent() != null && !(pane.getContent() instanceof ScrollPane)) {
            pane.setContent(scrolling(pane.getContent()));
        }
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
            if (window != null) {
                fit(window);
            }
        });
        return dialog;
    }

    /** Call before the window is shown: it is fitted to the screen as it opens. */
    public static <W extends Window> W window(W window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fit(window));
        return window;
    }

    /** Makes a shown window no bigger than the usable area of the screen it is on, and wholly on that screen. */
    public static void fit(Window window) {
        Rectangle2D area = screenOf(window).getVisualBounds();
        if (window.getWidth() > area.getWidth()) {
            window.setWidth(area.getWidth());
        }
        if (window.getHeight() > area.getHeight()) {
            window.setHeight(area.getHeight());
        }
        double x = Math.max(area.getMinX(), Math.min(window.getX(), area.getMaxX() - window.getWidth()));
        double y = Math.max(area.getMinY(), Math.min(window.getY(), area.getMaxY() - window.getHeight()));
        if (x != window.getX()) {
            window.setX(x);
        }
        if (y != window.getY()) {
            window.setY(y);
        }
    }

    /** The screen the window's owner is on (the one the window opens over), else the one holding most of it. */
    static Screen screenOf(Window window) {
        Window over = window instanceof javafx.stage.Stage stage && stage.getOwner() != null ? stage.getOwner()
                : window;
        List<Screen> screens = Screen.getScreensForRectangle(over.getX(), over.getY(),
                Math.max(1, over.getWidth()), Math.max(1, over.getHeight()));
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // No frame of its own: the words sit in the dialog as before, with a scroll bar only when they must.
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setBackground(javafx.scene.layout.Background.EMPTY);
        scroll.setPadding(Insets.EMPTY);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }
}
