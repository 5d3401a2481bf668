package uk.cml.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.scene.control.Label;
import uk.cml.documents.DocumentType;

/**
 * Hands a file or folder to the computer's own program ({@link FileOpener}) and says when nothing opened it: the one
 * way every "Open" button of the app opens something (Documents, a payment's evidence, the records folder in Settings
 * and About). The hand-over runs off the FX thread, as the system may take a moment to answer; what to say comes
 * back to a message beside the button, in red, so a press that opens nothing is never silent.
 */
public final class SystemOpening {

    private static final Logger LOG = Logger.getLogger(SystemOpening.class.getName());

    private SystemOpening() {
    }

    /**
     * Off the FX thread: hands {@code target} to {@code opener}. Empty when it opened; otherwise
     * {@code whenNothingOpens}, what to say beside the button.
     */
    public static String open(FileOpener opener, Path target, Supplier<String> whenNothingOpens) {
        try {
            opener.open(target);
            return "";
        } catch (IOException | RuntimeException e) {
            // Never the path: it would show a document's name, or where the parent keeps their records.
            LOG.info("The system did not open it: " + e.getClass().getSimpleName());
            return whenNothingOpens.get();
        }
    }

    /**
     * What to say when nothing opened a stored document: no program for its kind, and how to get at it instead, with
     * "Save a copy…" on the Documents page ({@code onDocumentsPage}: beside that button).
     */
    public static String noViewer(DocumentType type, String name, boolean onDocumentsPage) {
        return Messages.text(onDocumentsPage ? "common.systemOpening.noViewer"
                : "common.systemOpening.noViewerOnDocuments", kind(type), name);
    }

    private static String kind(DocumentType type) {
        return switch (type) {
            case PDF -> Messages.text("common.systemOpening.kindPdf");
            case JPEG -> Messages.text("common.systemOpening.kindJpeg");
            case PNG -> Messages.text("common.systemOpening.kindPng");
        };
    }

    /**
     * Opens {@code folder} in the computer's file manager from a button, and says in {@code beside} (empty while it
     * works, and when it opened) why not, with where the folder is.
     */
    public static void openFolder(Background background, FileOpener opener, Path folder, Label beside) {
        beside.setText("");
        background.run(() -> open(opener, folder, () -> Messages.text("common.systemOpening.folderDidNotOpen",
                folder.toString())), beside::setText, error -> beside.setText(Messages.text(
                "common.systemOpening.folderDidNotOpen", folder.toString())));
    }

    /** The message beside an "Open" button: red, wrapped, and taking room only while it has something to say. */
    public static Label besideButton(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("field-error");
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
