package uk.cml.ui.letters.write;

import uk.cml.ui.common.FitsItsWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import uk.cml.letters.LetterBlock;
import uk.cml.ui.common.Messages;

/**
 * One editor per block of a draft: a text area for each paragraph, list and request box (one item a line), each as tall as
 * its words; each sub-heading shown as bold words outside any box, with its own link to change them. Tables come from the records and are shown, not edited. Ids: letter-block-0, letter-block-1...
 */
final class BlockEditors {

    /** A place the draft leaves for the parent's own words: "[what the CMS did wrong]". */
    private static final java.util.regex.Pattern TO_FILL = java.util.regex.Pattern.compile("\\[[^\\]\\n]+\\]");

    private static final javafx.css.PseudoClass TO_FILL_STATE = javafx.css.PseudoClass.getPseudoClass("to-fill");

    private final VBox box = new VBox(8);
    private final List<Supplier<LetterBlock>> readers = new ArrayList<>();

    BlockEditors() {
        box.setId("letter-blocks");
    }

    Node view() {
        return box;
    }

    /** Replaces the editors with ones for {@code blocks}; {@code onEdit} runs after each keystroke. */
    void show(List<LetterBlock> blocks, Runnable onEdit) {
        box.getChildren().clear();
        readers.clear();
        for (int i = 0; i < blocks.size(); i++) {
            LetterBlock block = blocks.get(i);
            String id = "letter-block-" + i;
            if (block instanceof LetterBlock.Paragraph paragraph) {
                TextArea area = area(id, paragraph.text(), Messages.text("letters.blockEditors.paragraph", (i + 1)),
                        onEdit);
                readers.add(() -> new LetterBlock.Paragraph(area.getText()));
            } else if (block instanceof LetterBlock.BulletList list) {
                TextArea area = area(id, String.join("\n", list.items()),
                        Messages.text("letters.blockEditors.listOneItemALine"), onEdit);
                readers.add(() -> new LetterBlock.BulletList(lines(area)));
            } else if (block instanceof LetterBlock.RequestBox requests) {
                TextArea area = area(id, String.join("\n", requests.items()),
                        Messages.text("letters.blockEditors.oneRequestALine", requests.title()), onEdit);
                readers.add(() -> new LetterBlock.RequestBox(requests.title(), lines(area)));
            } else if (block instanceof LetterBlock.SubHeading heading) {
                readers.add(headingEditor(id, heading.text(), i, onEdit));
            } else if (block instanceof LetterBlock.Table table) {
                Label label = new Label(table.rows().size() == 1
                        ? Messages.text("letters.blockEditors.tableOfRow", table.rows().size())
                        : Messages.text("letters.blockEditors.tableOfRows", table.rows().size()));
                label.setId(id);
                label.getStyleClass().add("field-hint");
                label.setWrapText(true);
                box.getChildren().add(label);
                readers.add(() -> table);
            }
        }
    }

    /** The blocks as the parent has edited them, in order. */
    List<LetterBlock> blocks() {
        return readers.stream().map(Supplier::get).toList();
    }

    /**
     * A sub-heading is words in bold on the page, outside any box, with a "Change heading" link beside it. Found by a
     * reviewer: as a box like the answer boxes, a heading was typed over by a click on the wrong box when the page had
     * scrolled under the pointer, and nothing said so. The link opens a box for the heading's words (id
     * letter-block-N-words); Enter, Escape or "Done" puts the heading back as words. A sub-heading is one line on the
     * page, so a line break pasted into it becomes a space; the box wraps so every word shows.
     */
    private Supplier<LetterBlock> headingEditor(String id, String text, int index, Runnable onEdit) {
        // The box for its words wraps and is as tall as they are, a line break becoming a space (FitsItsWords).
        TextArea field = FitsItsWords.heading(text);
        field.setId(id + "-words");
        field.getStyleClass().addAll("subheading", "heading-editor");
        field.setAccessibleText(Messages.text("letters.blockEditors.heading", (index + 1)));
        field.textProperty().addListener((o, was, now) -> onEdit.run());
        Label shown = new Label();
        shown.setId(id);
        shown.textProperty().bind(field.textProperty());
        shown.getStyleClass().addAll("subheading", "letter-subheading");
        shown.setWrapText(true);
        shown.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        shown.setMaxWidth(Double.MAX_VALUE);
        Hyperlink change = new Hyperlink(Messages.text("letters.blockEditors.changeHeading"));
        change.setId(id + "-change");
        change.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        change.getStyleClass().add("letter-heading-change");
        javafx.beans.property.BooleanProperty changing = new javafx.beans.property.SimpleBooleanProperty(false);
        change.textProperty().bind(javafx.beans.binding.Bindings.when(changing)
                .then(Messages.text("letters.blockEditors.doneChangingHeading"))
                .otherwise(Messages.text("letters.blockEditors.changeHeading")));
        change.accessibleTextProperty().bind(javafx.beans.binding.Bindings.when(changing)
                .then(Messages.text("letters.blockEditors.doneChangingHeading"))
                .otherwise(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.text(
                        "letters.blockEditors.changeHeadingOf", field.getText()), field.textProperty())));
        field.visibleProperty().bind(changing);
        field.managedProperty().bind(changing);
        shown.visibleProperty().bind(changing.not());
        shown.managedProperty().bind(changing.not());
        change.setOnAction(e -> {
            change.setVisited(false);
            boolean open = !changing.get();
            changing.set(open);
            if (open) {
                field.requestFocus();
                field.end();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                changing.set(false);
                change.requestFocus();
            }
        });
        javafx.scene.layout.HBox.setHgrow(shown, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(8, shown, field, change);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.getStyleClass().add("letter-subheading-line");
        box.getChildren().add(line);
        return () -> new LetterBlock.SubHeading(field.getText());
    }

    private static List<String> lines(TextArea area) {
        return Arrays.stream(area.getText().split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    private TextArea area(String id, String text, String accessible, Runnable onEdit) {
        // Tab moves on to the next box, as in the app's other text boxes; Ctrl+Tab too. A tab typed into a letter
        // would only print as a gap the parent cannot see on the page.
        TextArea area = uk.cml.ui.common.TabMovesFocus.on(new TextArea(text));
        area.setId(id);
        // Wrapped and as tall as its words, so the parent reads back all they typed; a box still to fill has room.
        // A box with a [bracket] still in it is marked as a place to type until the bracket is replaced.
        boolean toFill = TO_FILL.matcher(text).find();
        FitsItsWords.on(area, toFill ? 3 : 2);
        area.getStyleClass().add("letter-answer");
        area.pseudoClassStateChanged(TO_FILL_STATE, toFill);
        area.textProperty().addListener((o, was, now) -> area.pseudoClassStateChanged(TO_FILL_STATE,
                TO_FILL.matcher(now).find()));
        area.setAccessibleText(accessible);
        area.textProperty().addListener((o, was, now) -> onEdit.run());
        box.getChildren().add(area);
        return area;
    }
}
