package uk.cml.ui.letters.write;

import javafx.scene.Node;
import uk.cml.ui.common.Messages;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.Section;

/** The "Write a letter" page of the main window. */
public final class WriteLetterSection implements Section {

    public static final String KEY = "write-letter";

    /** How the writer opens on each kind of letter: a logged call or letter becomes the facts its letter quotes. */
    @FunctionalInterface
    public interface Starts {
        void start(LetterWriterView writer, Destination.WriteLetter letter);
    }

    private final LetterWriterView writer;
    private final Starts starts;

    public WriteLetterSection(LetterWriterView writer, Starts starts) {
        this.writer = writer;
        this.starts = starts;
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
        return Messages.text("letters.view.writeALetter");
    }

    @Override
    public Node view() {
        return writer.view();
    }

    @Override
    public void shown() {
        writer.shown();
    }

    /** Shown after {@link #shown()}, so the writer has started reading the case's facts before the letter starts. */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.WriteLetter letter) {
            starts.start(writer, letter);
        }
    }

    @Override
    public boolean holdsUnsavedTyping() {
        return writer.hasUnsavedTyping();
    }
}
