package uk.cml.ui.common;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Asks before what the parent typed in a form is cleared away: "Keep what I typed" or "Lose what I typed". While it
 * is asked it takes the place of the form's buttons, so the form keeps its room. Ids start with the page's prefix
 * (call-unsaved-question, call-keep-typing, call-lose-typing). Shared by the records pages, the letters page and the Payments page's forms.
 */
public final class LosingQuestion {

    private final VBox view = new VBox(8);
    /** What is asked: the typing not saved, and the file attached not saved with a record, if there is one. */
    private final Label losing = new Label();
    /** The name of a file attached and not yet saved with the record, if any: the question names it. */
    private Supplier<java.util.Optional<String>> fileWaiting = java.util.Optional::empty;
    private String fileNoun = "";
    /** True while the form holds typing not yet saved; never, until the page says how to tell. */
    private BooleanSupplier typing = () -> false;
    /** What to do if the parent chooses to lose what they typed: start a new record, open another, close the form. */
    private Runnable afterLosing = () -> { };
    /** The form's own buttons, out of sight while the question is asked. */
    private Node buttons;
    /**
     * Where the keyboard was when asked (the field typed in, or the button pressed): "Keep what I typed" puts it back
     * there, not on the next button along, Save, where a press of Space would save half a record.
     */
    private Node typingIn;
    /** The text selected there (the caret alone, mostly), which taking the keyboard back must not select whole. */
    private int anchor;
    private int caret;
    /**
     * The safe answer, where the keyboard goes while the question is asked: Space, or Enter (JavaFX presses a focused
     * button on Enter except on a Mac, where Enter does nothing here: Save, the default button, is out of sight).
     */
    private final Button keep;
    /** Counts the questions asked, so the keyboard is put on the safe answer only of the question still asked. */
    private int asked;

    public LosingQuestion(String prefix) {
        losing.setText(Messages.text("common.losingQuestion.notSavedYet"));
        losing.setWrapText(true);
        losing.setMinHeight(Region.USE_PREF_SIZE);
        losing.setId(prefix + "-unsaved");
        keep = PageLayout.button(prefix + "-keep-typing", Messages.text("common.losingQuestion.keepWhatITyped"),
                () -> {
                    Node back = typingIn;
                    int from = anchor;
                    int to = caret;
                    hide();
                    if (back != null) {
                        back.requestFocus();
                        // Focus given back selects all the text, so the next key typed would replace it all.
                        text(back).ifPresent(field -> field.selectRange(from, to));
                    }
                });
        keep.getStyleClass().add("primary");
        Button lose = PageLayout.button(prefix + "-lose-typing", Messages.text("common.losingQuestion.loseWhatITyped"),
                () -> {
                    Runnable then = afterLosing;
                    hide();
                    then.run();
                });
        keep.setMinWidth(Region.USE_PREF_SIZE);
        lose.setMinWidth(Region.USE_PREF_SIZE);
        view.getChildren().setAll(losing, new FlowPane(8, 8, keep, lose));
        view.getStyleClass().add("note");
        view.setId(prefix + "-unsaved-question");
        hide();
    }

    /** While the question is asked it stands in place of {@code formButtons} (Save, New, Back...). */
    public LosingQuestion inPlaceOf(Node formButtons) {
        this.buttons = formButtons;
        hide();
        return this;
    }

    /** From now on {@code unsavedTyping} says whether the form holds typing not yet saved. */
    public LosingQuestion whenTyping(BooleanSupplier unsavedTyping) {
        this.typing = unsavedTyping;
        return this;
    }

    /**
     * From now on {@code attached} gives the name of a file attached in the form and not yet saved with a record
     * (none if there is none): the question then names it, and says it stays in Documents, linked to nothing.
     *
     * @param noun what the form records ("payment"), as the question says it
     */
    public LosingQuestion namingFile(String noun, Supplier<java.util.Optional<String>> attached) {
        this.fileNoun = noun;
        this.fileWaiting = attached;
        return this;
    }

    /** The form holds typing not yet saved. */
    public boolean typing() {
        return typing.getAsBoolean();
    }

    /**
     * Does {@code clearing} (which closes or empties the form) at once when nothing typed would be lost; otherwise
     * asks first, and does it only if the parent chooses to lose what they typed.
     */
    public void beforeLosing(Runnable clearing) {
        if (typing()) {
            ask(clearing);
        } else {
            clearing.run();
        }
    }

    /**
     * Choosing another row of {@code table} opens it ({@code opening}) at once when nothing typed would be lost;
     * otherwise asks, and the table keeps the record open ({@code open}, or none) chosen until the parent says to
     * lose what they typed. Choosing the open record again does nothing.
     */
    public <T> void whenChoosing(TableView<T> table, Supplier<T> open, Consumer<T> opening) {
        // The arrow keys only move along the table; Enter or a click opens the row chosen (see RowOpening).
        java.util.function.Supplier<Boolean> choosing = RowOpening.install(table,
                table.getSelectionModel().selectedItemProperty(), table.getFocusModel()::getFocusedItem,
                chosen -> open(table, open, opening, chosen));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (choosing.get()) {
                open(table, open, opening, chosen);
            }
        });
    }

    private <T> void open(TableView<T> table, Supplier<T> open, Consumer<T> opening, T chosen) {
        if (chosen == null || chosen.equals(open.get())) {
            return; // the record open, chosen again (as the table's choice is put back below)
        }
        if (typing()) {
            // The form stays as typed, and so does the table's choice, until the parent says to lose it.
            Platform.runLater(() -> {
                int at = table.getItems().indexOf(open.get());
                if (at < 0) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(at);
                }
            });
            ask(() -> opening.accept(chosen));
        } else {
            opening.accept(chosen);
        }
    }

    /** Asks, doing {@code ifLost} only if the parent chooses to lose what they typed. */
    public void ask(Runnable ifLost) {
        afterLosing = ifLost;
        losing.setText(fileWaiting.get().map(name -> Messages.text("common.losingQuestion.fileNotSavedYet", name,
                fileNoun))
                .orElse(Messages.text("common.losingQuestion.notSavedYet")));
        typingIn = view.getScene() == null ? null : view.getScene().getFocusOwner();
        text(typingIn).ifPresent(field -> {
            anchor = field.getAnchor();
            caret = field.getCaretPosition();
        });
        show(true);
        // The button pressed has gone with the form's buttons: the keyboard goes to the safe answer.
        keep.requestFocus();
        // A row chosen with the mouse: the list or table takes the keyboard itself once it has told of the choice,
        // after this. Left there, Enter did nothing and an arrow key chose another row; so once that click is done
        // the keyboard goes to the safe answer, as for every other way of asking.
        int thisQuestion = ++asked;
        Platform.runLater(() -> {
            if (thisQuestion == asked && view.isVisible() && view.getScene() != null) {
                keep.requestFocus();
            }
        });
    }

    /** Puts the form's buttons back in place of the question. */
    public void hide() {
        asked++;
        afterLosing = () -> { };
        typingIn = null;
        show(false);
    }

    private void show(boolean asked) {
        view.setVisible(asked);
        view.setManaged(asked);
        if (buttons != null) {
            buttons.setVisible(!asked);
            buttons.setManaged(!asked);
        }
    }

    private static java.util.Optional<TextInputControl> text(Node node) {
        return node instanceof TextInputControl field ? java.util.Optional.of(field)
                : node instanceof DatePicker picker ? java.util.Optional.of(picker.getEditor())
                : java.util.Optional.empty();
    }

    public Node view() {
        return view;
    }
}
