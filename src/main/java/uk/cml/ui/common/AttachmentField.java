package uk.cml.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.documents.DocumentRefusedException;
import uk.cml.store.AttachedDocument;
import uk.cml.store.DocumentRecordStore;

/**
 * One attached file in a form: the copy of a letter, the photo of a certificate of posting. Choosing a
 * file adds it to the case's documents at once (off the FX thread), so it is safe even if the form is
 * never saved, and the form only keeps the document's id.
 */
public final class AttachmentField extends Control {

    private final DocumentRecordStore documents;
    private final Background background;
    private final LongSupplier caseId;
    private final FilePicker picker;
    private final String chooserTitle;
    private final Label name = new Label();
    private final Label message = new Label();
    private final Button attach = new Button(Messages.text("common.attachmentField.attachAFile"));
    private final Button remove = new Button(Messages.text("common.attachmentField.remove"));
    private final Button open = new Button(Messages.text("common.attachmentField.open"));
    private final FlowPane row;
    private FileOpener opener;
    private final VBox box;
    private Optional<Long> documentId = Optional.empty();
    /** What a file attached here is, and the date on it, as it is stored: none said, unless a page says. */
    private java.util.function.Supplier<Described> described = () -> new Described("", Optional.empty());

    /** What a file attached is ("Certificate of posting for the letter ...") and the date on it, stored with it. */
    public record Described(String description, Optional<java.time.LocalDate> datedOn) {
    }

    /**
     * From now on a file attached is stored saying what {@code describing} says it is, read as it is chosen: so the
     * Documents page and the Timeline name it from the start, not as a later change.
     */
    public AttachmentField describedBy(java.util.function.Supplier<Described> describing) {
        this.described = describing;
        return this;
    }
    /** Told of each file the parent attaches (once it is kept in Documents): a form that saves it at once. */
    private java.util.function.LongConsumer whenAttached = id -> { };

    public AttachmentField(String id, DocumentRecordStore documents, Background background, LongSupplier caseId,
                           FilePicker picker, String chooserTitle) {
        this.documents = documents;
        this.background = background;
        this.caseId = caseId;
        this.picker = picker;
        this.chooserTitle = chooserTitle;
        setId(id);
        // The buttons inside take the keyboard; the field itself is only their frame.
        setFocusTraversable(false);
        name.setId(id + "-name");
        name.setWrapText(true);
        attach.setId(id + "-attach");
        attach.setOnAction(e -> choose());
        remove.setId(id + "-remove");
        remove.setOnAction(e -> set(Optional.empty(), ""));
        message.setId(id + "-message");
        message.setWrapText(true);
        message.getStyleClass().add("field-hint");
        // Every line of it, however long the file's name: the message's own width never widens the field (a wide
        // message was laid out on one line and cut to "..." beside a narrow form), and it takes the height it needs.
        message.setMinWidth(0);
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.visibleProperty());
        attach.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.managedProperty().bind(remove.visibleProperty());
        name.setMaxWidth(Double.MAX_VALUE);
        open.setId(id + "-open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> openAttached());
        // The name has a line of its own, so a long file name wraps instead of pushing the form wider. The buttons
        // wrap too: with a file attached Open, "Attach a file…" and Remove were one row wider than a narrow form, so
        // "Attach a file…" was cut and the form scrolled sideways. The field is never narrower than its widest button.
        row = new FlowPane(8, 4, attach, remove);
        box = new VBox(4, name, row, message);
        set(Optional.empty(), "");
    }

    /** Puts the keyboard on its button that attaches a file (the field itself is only their frame). */
    public void focusAttach() {
        attach.requestFocus();
    }

    /** Its height follows its width, as its wrapped name and message do: a form gives it the height for its width. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SkinBase<>(this) {
            {
                getChildren().add(box);
            }

            // SkinBase asks its children for their height at no width (one line of message): asked at the field's
            // width, the message's wrapped lines are counted, so a refusal never runs over the hint under the field.
            @Override
            protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
                return top + box.minHeight(width < 0 ? -1 : width - left - right) + bottom;
            }

            @Override
            protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
                return top + box.prefHeight(width < 0 ? -1 : width - left - right) + bottom;
            }
        };
    }

    /**
     * Adds an "Open" button, shown while a file is attached, that hands the stored copy to {@code opener}
     * (the computer's own viewer), off the FX thread, and says beside it when nothing opened it, as the Documents
     * page does ({@link SystemOpening}). The stored copy is read-only evidence: the viewer is handed a copy of it.
     */
    public AttachmentField openWith(FileOpener opener) {
        this.opener = opener;
        if (!row.getChildren().contains(open)) {
            row.getChildren().add(row.getChildren().indexOf(attach), open);
        }
        open.setVisible(documentId.isPresent());
        return this;
    }

    /**
     * Runs {@code then} with the document's id each time the parent attaches a file, after it is kept in Documents
     * and the field says so: a form whose record is already saved links it at once and says so ({@link #note}).
     */
    public void whenAttached(java.util.function.LongConsumer then) {
        whenAttached = then;
    }

    /** Says {@code text} beside the field in its calm hint colour, in place of what it said. */
    public void note(String text) {
        message(text);
    }

    /** Says in red beside the field why something about the file failed. */
    public void refuse(String text) {
        problem(text);
    }

    /**
     * The field's answer for a form's {@link AnswersAsFilled}: the document attached, named by the field's id, so it
     * is told apart from another field holding the same document (or none).
     */
    public Answer answer() {
        return new Answer(getId(), documentId);
    }

    /** What an attachment field holds, by the field's id: see {@link #answer}. */
    public record Answer(String field, Optional<Long> document) {
    }

    /** The name of the file attached, as the field shows it (empty while it is being looked up). */
    public String attachedName() {
        return documentId.isEmpty() ? "" : name.getText();
    }

    public Optional<Long> documentId() {
        return documentId;
    }

    /** Shows a saved letter's attachment, looking up its name off the FX thread. */
    public void show(Optional<Long> id) {
        set(id, "");
        id.ifPresent(documentIdToShow -> background.run(() -> documents.find(documentIdToShow), found -> {
            if (documentId.equals(id)) {
                name.setText(found.map(AttachedDocument::originalName)
                        .orElse(Messages.text("common.attachmentField.aDocumentNotFound")));
            }
        }, error -> problem(Problems.forParent(error))));
    }

    private void set(Optional<Long> id, String shownName) {
        documentId = id;
        name.setText(id.isEmpty() ? Messages.text("common.attachmentField.nothingAttached") : shownName);
        remove.setVisible(id.isPresent());
        open.setVisible(opener != null && id.isPresent());
        message("");
    }

    /** A calm note ("Adding...", "Attached"), in the field's hint colour. */
    private void message(String text) {
        say(text, false);
    }

    /**
     * Why a file was not attached or cannot be opened: in red, as the Documents page says it, so it is not read as
     * a hint and passed over.
     */
    private void problem(String text) {
        say(text, true);
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.getStyleClass().removeAll("field-hint", "field-error");
        message.getStyleClass().add(problem ? "field-error" : "field-hint");
    }

    private void openAttached() {
        Optional<Long> id = documentId;
        if (opener == null || id.isEmpty()) {
            return;
        }
        // A copy named as the document, ending .pdf or .jpg: the stored copy's name (its hash) says nothing of what
        // opens it, so Windows and macOS had nothing to open it with.
        FileOpener handTo = opener;
        message("");
        background.run(() -> {
            Optional<AttachedDocument> found = documents.find(id.get());
            if (found.isEmpty()) {
                return Messages.text("common.attachmentField.thatFileIsNoLonger");
            }
            Path copy = documents.copyToOpen(found.get());
            return SystemOpening.open(handTo, copy, () -> SystemOpening.noViewer(found.get().type(),
                    found.get().originalName(), false));
        }, said -> {
            if (!said.isEmpty()) {
                problem(said);
            }
        }, error -> problem(Problems.forParent(error)));
    }

    private void choose() {
        List<Path> chosen = picker.choose(getScene() == null ? null : getScene().getWindow(), chooserTitle, false);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get(0);
        Described about = described.get();
        attach.setDisable(true);
        message(Messages.text("common.attachmentField.adding", file.getFileName()));
        background.run(() -> {
            try {
                return documents.add(caseId.getAsLong(), file, about.description(), about.datedOn());
            } catch (DocumentRefusedException refused) {
                throw new Problems.ParentMessage(refused.getMessage(), refused);
            }
        }, added -> {
            attach.setDisable(false);
            set(Optional.of(added.document().id()), added.document().originalName());
            message(added.alreadyAttached() ? added.note()
                    : Messages.text("common.attachmentField.attachedItIsAlsoKept"));
            whenAttached.accept(added.document().id());
        }, error -> {
            attach.setDisable(false);
            problem(Problems.forParent(error));
        });
    }
}
