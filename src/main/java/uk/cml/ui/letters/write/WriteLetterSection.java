package uk.cml.ui.letters.write;

import javafx.scene.Node;
import uk.cml.ui.shell.Section;

/** The "Write a letter" page of the main window. */
public final class WriteLetterSection implements Section {

    public static final String KEY = "write-letter";

    private final LetterWriterView writer;

    public WriteLetterSection(LetterWriterView writer) {
        this.writer = writer;
    }

    public LetterWriterView writer() {
        return writer;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Write a letter";
    }

    @Override
    public Node view() {
        return writer.view();
    }

    @Override
    public void shown() {
        writer.shown();
    }
}
