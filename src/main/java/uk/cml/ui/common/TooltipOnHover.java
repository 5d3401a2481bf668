package uk.cml.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip made when the pointer first comes onto it, not with the window: JavaFX's tooltip (a pop-up
 * window and its timers, 30-odd classes) is then no part of the first window's start (issue 17). The pointer's
 * arrival is handled before the move that brought it, so the tooltip starts its wait on that same move, as one set
 * at once would. Its words are the control's accessible help from the start, as a tooltip's are for a screen reader.
 */
public final class TooltipOnHover {

    private TooltipOnHover() {
    }

    /** Call on the FX thread, before the control is shown. */
    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }
}
