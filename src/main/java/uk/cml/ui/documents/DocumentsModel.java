package uk.cml.ui.documents;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.time.LocalDate;
import uk.cml.domain.TextLimit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.AttachedDocument;
import uk.cml.store.DocumentRecordStore;
import uk.cml.ui.common.FileOpener;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.common.SystemOpening;

/**
 * The documents page: the case's files (or, with "Show the bin", those in the bin), the one chosen, what can be
 * done with it, and after adding some one notice: the files added (with Undo) in the status line, and a line of its
 * own only for each file that was not added. Plain state, tried without a window.
 */
final class DocumentsModel {

    private static final Logger LOG = Logger.getLogger(DocumentsModel.class.getName());

    private final DocumentRecordStore documents;
    private final Jobs jobs;
    private final ObjectProperty<CaseFile> currentCase;
    private final ObservableList<AttachedDocument> shown = FXCollections.observableArrayList();
    private final BooleanProperty showBin = new SimpleBooleanProperty();
    private final ObjectProperty<AttachedDocument> selected = new SimpleObjectProperty<>();
    private final ObservableList<AddFilesTask.Outcome> notAdded = FXCollections.observableArrayList();
    private final PageStatus status = new PageStatus();
    private final FileOpener opener;
    /** Beside the description and the date on the document: why it was not saved; empty when nothing is wrong. */
    private final StringProperty descriptionProblem = new SimpleStringProperty("");
    private final StringProperty datedOnProblem = new SimpleStringProperty("");
    /** The document to choose once the list is read again (the one just described, or the one file added); 0: none. */
    private final LongProperty toChoose = new SimpleLongProperty();
    /** Beside the open button: why the chosen document did not open, and what to do; empty when nothing is wrong. */
    private final ReadOnlyStringWrapper openProblem = new ReadOnlyStringWrapper("");

    /**
     * @param opener the computer's own viewer, handed a copy of the chosen document with a name it understands
     */
    DocumentsModel(DocumentRecordStore documents, Jobs jobs, ObjectProperty<CaseFile> currentCase,
                   FileOpener opener) {
        this.documents = documents;
        this.jobs = jobs;
        this.currentCase = currentCase;
        this.opener = opener;
        currentCase.addListener((obs, old, now) -> reload());
        showBin.addListener((obs, was, now) -> {
            status.movedOn();
            reload();
        });
        selected.addListener((obs, old, now) -> {
            openProblem.set("");
            descriptionProblem.set("");
            datedOnProblem.set("");
        });
    }

    /** What the empty list says: the documents' "No documents yet", or that the bin is empty. */
    StringBinding emptyText() {
        return Bindings.when(showBin).then(Messages.text("documents.model.binIsEmpty"))
                .otherwise(Messages.text("documents.view.noDocumentsYetAddOne"));
    }

    StringProperty descriptionProblemProperty() {
        return descriptionProblem;
    }

    StringProperty datedOnProblemProperty() {
        return datedOnProblem;
    }

    /** The id of the document the list should choose once it is read again; 0 when none. */
    LongProperty toChooseProperty() {
        return toChoose;
    }

    /**
     * Saves what the chosen document is and the date on it, as an amendment (the earlier version kept). A problem
     * (a description too long, a date the app cannot read, one in the future) is said beside its field and nothing
     * is saved; nothing changed saves nothing and says so.
     *
     * @param unreadableDate what was typed in the date box when it is not a date; empty when it is one or is empty
     * @return false when a field has a problem
     */
    boolean saveDetails(String description, Optional<LocalDate> datedOn, Optional<String> unreadableDate) {
        AttachedDocument document = selected.get();
        if (document == null) {
            return false;
        }
        String words = description == null ? "" : description;
        descriptionProblem.set(TextLimit.NOTE.problem(words).orElse(""));
        datedOnProblem.set(unreadableDate.map(typed -> Messages.text("documents.model.dateUnreadable", typed.strip()))
                .or(() -> documents.datedOnProblem(datedOn)).orElse(""));
        if (!descriptionProblem.get().isEmpty() || !datedOnProblem.get().isEmpty()) {
            status.refuse(Messages.text("documents.model.checkTheAnswers"));
            return false;
        }
        jobs.start(() -> documents.amend(document.id(), words, datedOn), changed -> {
            if (!changed) {
                status.say(Messages.text("documents.model.detailsUnchanged"));
                return;
            }
            status.done(Messages.text("documents.model.detailsSaved", document.originalName()));
            toChoose.set(document.id());
            reload();
        }, status::problem);
        return true;
    }

    ReadOnlyStringProperty openProblemProperty() {
        return openProblem.getReadOnlyProperty();
    }

    /**
     * Opens a copy of the chosen document (named as it is, ending .pdf, .jpg or .png, so the computer knows what opens
     * it) in the computer's viewer; the stored copy is never handed out. When that fails, says beside the button why
     * and what the parent can do instead.
     */
    void open() {
        AttachedDocument document = selected.get();
        if (document == null) {
            return;
        }
        openProblem.set("");
        jobs.start(() -> opening(document), problem -> {
            if (document.equals(selected.get())) {
                openProblem.set(problem);
            }
        }, status::problem);
    }

    /** Off the FX thread: makes the copy and hands it over; what to say beside the button (empty when it opened). */
    private String opening(AttachedDocument document) {
        Path copy;
        try {
            copy = documents.copyToOpen(document);
        } catch (NoSuchFileException e) {
            LOG.warning("A stored document is missing from the documents folder");
            return Messages.text("documents.model.openMissing", document.originalName());
        } catch (IOException e) {
            // The log never has a document's name, which a path to its copy would show.
            LOG.warning("Could not make a copy to open: " + e.getClass().getSimpleName());
            return Messages.text("documents.model.openCouldNotCopy", document.originalName());
        }
        return SystemOpening.open(opener, copy, () -> SystemOpening.noViewer(document.type(),
                document.originalName(), true));
    }

    /** The name offered for a saved copy of the chosen document: its own, ending as what it is. */
    Optional<String> copyName() {
        return Optional.ofNullable(selected.get()).map(DocumentRecordStore::copyName);
    }

    /** Saves a copy of the chosen document where the parent chose, and says where it went. */
    void saveCopy(Path to) {
        AttachedDocument document = selected.get();
        if (document == null) {
            return;
        }
        openProblem.set("");
        jobs.start(() -> {
            documents.saveCopy(document, to);
            return to;
        }, saved -> status.done(Messages.text("documents.model.savedACopy", document.originalName(),
                saved.toAbsolutePath().toString())), error -> {
            if (error instanceof NoSuchFileException) {
                openProblem.set(Messages.text("documents.model.openMissing", document.originalName()));
            } else {
                status.problem(error);
            }
        });
    }

    /** The case's documents, or those in the bin while {@link #showBinProperty} is on. */
    ObservableList<AttachedDocument> shown() {
        return shown;
    }

    BooleanProperty showBinProperty() {
        return showBin;
    }

    ObjectProperty<AttachedDocument> selectedProperty() {
        return selected;
    }

    /** A document is chosen, so it can be opened and binned (or put back). */
    BooleanBinding hasSelection() {
        return selected.isNotNull();
    }

    /** "Restore" while the bin is shown, otherwise "Move to bin". */
    StringBinding binActionText() {
        return Bindings.when(showBin).then(Messages.text("documents.model.restore"))
                .otherwise(Messages.text("documents.model.moveToBin"));
    }

    /** The files of the last batch that were not added (refused, or already kept), in order, each with its reason. */
    ObservableList<AddFilesTask.Outcome> notAdded() {
        return notAdded;
    }

    PageStatus status() {
        return status;
    }

    Optional<CaseFile> caseFile() {
        return Optional.ofNullable(currentCase.get());
    }

    DocumentRecordStore store() {
        return documents;
    }

    /** A new batch of files is being added: the last batch's lines go. */
    void adding() {
        notAdded.clear();
        status.clear();
    }

    /**
     * A batch was added: the status line says once what was added (a line per file said it a second time), a file
     * not added gets its own line saying why, and the documents (not the bin) are shown.
     */
    void added(List<AddFilesTask.Outcome> outcomes) {
        notAdded.setAll(outcomes.stream().filter(o -> !o.added()).toList());
        List<AddFilesTask.Outcome> done = outcomes.stream().filter(AddFilesTask.Outcome::added).toList();
        List<Long> ids = done.stream().map(AddFilesTask.Outcome::documentId).toList();
        // One file added: it is chosen, so its description and date can be typed straight away.
        toChoose.set(ids.size() == 1 ? ids.get(0) : 0);
        // The documents, not the bin, before the line says what was added: leaving the bin is moving on.
        boolean fromTheBin = showBin.get();
        if (fromTheBin) {
            showBin.set(false);
        }
        if (!ids.isEmpty()) {
            // Undo puts the new documents in the bin, where "Show the bin" still finds them.
            status.sayWithUndo(ids.size() == 1 ? Messages.text("documents.model.documentAdded", done.get(0).fileName())
                    : Messages.text("documents.model.documentsAdded", ids.size()),
                    () -> jobs.start(() -> {
                        ids.forEach(documents::moveToBin);
                        return ids.size();
                    }, n -> {
                        notAdded.clear();
                        reload();
                        status.done(n == 1 ? Messages.text("documents.model.undoneTheDocumentIsIn")
                                : Messages.text("documents.model.undoneTheDocumentsAreIn", n));
                    }, status::problem));
        }
        if (!fromTheBin) {
            reload();
        }
    }

    void reload() {
        Optional<CaseFile> caseFile = caseFile();
        if (caseFile.isEmpty()) {
            shown.clear();
            read.set(true);
            return;
        }
        long caseId = caseFile.get().id();
        boolean binned = showBin.get();
        jobs.start(() -> binned ? documents.binned(caseId) : documents.documents(caseId), list -> {
            shown.setAll(list);
            read.set(true);
        }, status::problem);
    }

    /** True once the case's documents have been read (the table's "no documents yet" means something only then). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper read = new javafx.beans.property.ReadOnlyBooleanWrapper();

    javafx.beans.property.ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    /** Moves the chosen document to the bin, or puts it back while the bin is shown. */
    void binOrRestore() {
        AttachedDocument document = selected.get();
        if (document == null) {
            return;
        }
        boolean restoring = showBin.get();
        jobs.start(() -> {
            if (restoring) {
                documents.restore(document.id());
                return new BinOutcome(Messages.text("documents.model.putBack", document.originalName()), true);
            }
            // A file a record still shows (a letter's proof of postage) stays: the record would claim it otherwise.
            List<String> uses = documents.usesOf(document.id());
            if (!uses.isEmpty()) {
                return new BinOutcome(Messages.text("documents.model.inUse", document.originalName(),
                        String.join("; ", uses)), false);
            }
            documents.moveToBin(document.id());
            return new BinOutcome(Messages.text("documents.model.movedToTheBinTick", document.originalName()), true);
        }, outcome -> {
            // Moved or put back is what was done: it goes once the parent moves on, as on ticking "Show the bin",
            // which it asks for. A file still in use is a refusal and stays.
            if (outcome.done()) {
                status.done(outcome.words());
            } else {
                status.say(outcome.words());
            }
            reload();
        }, status::problem);
    }

    /** What moving a document to the bin (or back) said, and whether it was done or refused. */
    private record BinOutcome(String words, boolean done) {
    }
}
