package uk.cml.ui.common;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;

/**
 * After a save, says "Saved" calmly in the page's status line with an Undo button, so a slip costs nothing.
 * Undo never deletes: a new record goes to the bin (where it can still be found), and a correction is corrected
 * back (the history then keeps both versions). One place for what every form with a Save does.
 */
public final class SavedWithUndo {

    /** The status line's look while it offers Undo (a calm green note from the theme). */
    public static final String STYLE = "saved-notice";

    private final Background background;
    private final Label status;
    private final Consumer<String> say;
    private final java.util.Set<String> undoIds = new java.util.HashSet<>();
    /** The words of the notice on show, if one is. */
    private String offered;

    public SavedWithUndo(Background background, Label status) {
        this(background, status, status::setText);
    }

    /** @param say sets the status line's words, for a page whose line shows a model's status */
    public SavedWithUndo(Background background, Label status, Consumer<String> say) {
        this.background = background;
        this.status = status;
        this.say = say;
        // What the line says about a save must never be cut short, however tight the page.
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Whatever the page says next replaces the notice: its Undo button and its look go with it.
        status.textProperty().addListener((InvalidationListener) text -> {
            if (offered != null && !offered.equals(status.getText())) {
                offered = null;
                status.getStyleClass().remove(STYLE);
                if (status.getGraphic() != null && undoIds.contains(status.getGraphic().getId())) {
                    status.setGraphic(null);
                }
            }
        });
    }

    /**
     * A new record was saved: Undo moves it to the bin.
     *
     * @param undoId    the Undo button's id, such as "call-saved-undo"
     * @param said      what the notice says, such as "Call saved."
     * @param toBin     moves the new record to the bin (runs in the background)
     * @param afterUndo refreshes the page once it is in the bin, then runs the runnable it is given (which says
     *                  what Undo did, so a refresh that resets the status line does not hide it)
     */
    public void added(String undoId, String said, Callable<?> toBin, Consumer<Runnable> afterUndo) {
        offer(undoId, said, toBin, Messages.text("common.savedWithUndo.undoneItIsInThe"), afterUndo);
    }

    /**
     * A correction was saved: Undo saves the earlier version again as a new correction.
     *
     * @param amendBack saves the version from before (runs in the background)
     */
    public void amended(String undoId, String said, Callable<?> amendBack, Consumer<Runnable> afterUndo) {
        offer(undoId, said, amendBack, Messages.text("common.savedWithUndo.undoneTheEarlierAnswersAre"),
                afterUndo);
    }

    /**
     * After saving a record that was new ({@code wasNew}) or a correction: Undo runs {@code toBin} for a new one,
     * {@code saveEarlier} for a correction, then {@code afterUndo} with what it did.
     */
    public void afterSave(String undoId, boolean wasNew, String said, Runnable toBin, Runnable saveEarlier,
                          BiConsumer<Boolean, Runnable> afterUndo) {
        Runnable undo = wasNew ? toBin : saveEarlier;
        Callable<Boolean> work = () -> {
            undo.run();
            return wasNew;
        };
        if (wasNew) {
            added(undoId, said, work, then -> afterUndo.accept(true, then));
        } else {
            amended(undoId, said, work, then -> afterUndo.accept(false, then));
        }
    }

    private void offer(String undoId, String said, Callable<?> undo, String undone, Consumer<Runnable> afterUndo) {
        Button button = new Button(Messages.text("common.savedWithUndo.undo"));
        button.setId(undoId);
        button.setAccessibleText(Messages.text("common.savedWithUndo.undoThisSave"));
        button.setOnAction(e -> {
            button.setDisable(true);
            background.run(undo, done -> afterUndo.accept(() -> {
                status.setGraphic(null);
                say.accept(undone);
            }), error -> {
                status.setGraphic(null);
                say.accept(Problems.forParent(error));
            });
        });
        undoIds.add(undoId);
        offered = said + " ";
        say.accept(offered);
        status.setGraphic(button);
        status.setContentDisplay(ContentDisplay.RIGHT);
        if (!status.getStyleClass().contains(STYLE)) {
            status.getStyleClass().add(STYLE);
        }
    }
}
