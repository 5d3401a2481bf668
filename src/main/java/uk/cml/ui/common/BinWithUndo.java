package uk.cml.ui.common;

import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;

/**
 * Moves a record to the bin off the JavaFX thread, then offers "Undo" in the page's status line, so a
 * slip of the mouse costs nothing. One place for what every page with a bin does.
 */
public final class BinWithUndo {

    private final Background background;
    private final Label status;

    public BinWithUndo(Background background, Label status) {
        this.background = background;
        this.status = status;
    }

    /**
     * @param undoId       the Undo button's id, such as "call-undo"
     * @param said         what the status line says once it is in the bin
     * @param remove       moves it to the bin (runs in the background)
     * @param restore      puts it back (runs in the background)
     * @param afterRemove  refreshes the page once it is in the bin
     * @param afterRestore refreshes the page once it is back
     */
    public void moveToBin(String undoId, String said, Callable<?> remove, Callable<?> restore, Runnable afterRemove,
                          Runnable afterRestore) {
        background.run(remove, removed -> {
            afterRemove.run();
            Button undo = new Button("Undo");
            undo.setId(undoId);
            undo.setOnAction(e -> background.run(restore, restored -> {
                status.setGraphic(null);
                status.setText("Put back.");
                afterRestore.run();
            }, this::failed));
            status.setText(said + " ");
            status.setGraphic(undo);
            status.setContentDisplay(ContentDisplay.RIGHT);
        }, this::failed);
    }

    private void failed(Throwable error) {
        status.setGraphic(null);
        status.setText(Problems.forParent(error));
    }
}
