package uk.cml.app;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window's size and place, remembered between runs, and kept on a screen that still exists. */
record WindowBounds(double x, double y, double width, double height, boolean maximised) {

    static final String SETTING = "window.bounds";

    static WindowBounds of(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    static Optional<WindowBounds> parse(String saved) {
        try {
            String[] parts = saved.split(",");
            return Optional.of(new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The first window before anything is remembered: 90% of the screen's usable area (inside the task bar),
     * centred; on a screen smaller than 1280 x 800, a laptop's, the whole of it.
     */
    static void firstSize(Stage stage) {
        Rectangle2D usable = Screen.getPrimary().getVisualBounds();
        if (usable.getWidth() < 1280 || usable.getHeight() < 800) {
            stage.setX(usable.getMinX());
            stage.setY(usable.getMinY());
            stage.setWidth(usable.getWidth());
            stage.setHeight(usable.getHeight());
            stage.setMaximized(true);
        } else {
            stage.setWidth(Math.round(usable.getWidth() * 0.9));
            stage.setHeight(Math.round(usable.getHeight() * 0.9));
            stage.setX(usable.getMinX() + (usable.getWidth() - stage.getWidth()) / 2);
            stage.setY(usable.getMinY() + (usable.getHeight() - stage.getHeight()) / 2);
        }
    }

    String format() {
        return x + "," + y + "," + width + "," + height + "," + maximised;
    }

    /**
     * Applies the bounds, made to fit the screen they are on: a window remembered on a larger screen (a monitor at
     * work, a laptop at home) would otherwise open with its buttons and columns past the screen's edge. Bounds on
     * no screen any more (a monitor unplugged) are not applied; the first size stays.
     */
    void applyTo(Stage stage) {
        List<Screen> screens = Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(width, 1), 40));
        if (!screens.isEmpty() && width >= 640 && height >= 480) {
            WindowBounds fitted = fittedTo(screens.get(0).getVisualBounds());
            stage.setX(fitted.x);
            stage.setY(fitted.y);
            stage.setWidth(fitted.width);
            stage.setHeight(fitted.height);
        }
        stage.setMaximized(maximised);
    }

    /** No wider or taller than the usable area (inside the task bar), and moved in so that all of it shows. */
    WindowBounds fittedTo(Rectangle2D usable) {
        double w = Math.min(width, usable.getWidth());
        double h = Math.min(height, usable.getHeight());
        double left = Math.max(usable.getMinX(), Math.min(x, usable.getMaxX() - w));
        double top = Math.max(usable.getMinY(), Math.min(y, usable.getMaxY() - h));
        return new WindowBounds(left, top, w, h, maximised);
    }
}
