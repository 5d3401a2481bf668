package uk.cml.ui.letters.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import uk.cml.letters.LetterBlock;
import uk.cml.ui.common.Messages;

/**
 * One editor per block of a draft: a text area for each paragraph, list and request box (one item a line), a field for each
 * sub-heading. Tables come from the records and are shown, not edited. Ids: letter-block-0, letter-block-1...
 */
final class BlockEditors {

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
                TextArea field = headingEditor(id, heading.text(), i, onEdit);
                readers.add(() -> new LetterBlock.SubHeading(field.getText()));
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

    /** A sub-heading's box: its words wrap, as tall as they need (see {@link HeadingBox}). */
    private TextArea headingEditor(String id, String text, int index, Runnable onEdit) {
        TextArea field = HeadingBox.of(text);
        field.setId(id);
        field.getStyleClass().addAll("heading", "heading-editor");
        field.setAccessibleText(Messages.text("letters.blockEditors.heading", (index + 1)));
        field.textProperty().addListener((o, was, now) -> onEdit.run());
        box.getChildren().add(field);
        return field;
    }

    private static List<String> lines(TextArea area) {
        return Arrays.stream(area.getText().split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    private TextArea area(String id, String text, String accessible, Runnable onEdit) {
        // Tab moves on to the next box, as in the app's other text boxes; Ctrl+Tab too. A tab typed into a letter
        // would only print as a gap the parent cannot see on the page.
        TextArea area = uk.cml.ui.common.TabMovesFocus.on(new TextArea(text));
        area.setId(id);
        area.setWrapText(true);
        // Roughly one row per 50 characters, so most paragraphs show whole without a scroll bar.
        area.setPrefRowCount(Math.max(2, Math.min(10, text.length() / 50 + (int) text.lines().count())));
        area.setAccessibleText(accessible);
        area.textProperty().addListener((o, was, now) -> onEdit.run());
        box.getChildren().add(area);
        return area;
    }
}
