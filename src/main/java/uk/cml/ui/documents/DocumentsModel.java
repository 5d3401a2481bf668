package uk.cml.ui.documents;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.AttachedDocument;
import uk.cml.store.DocumentRecordStore;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;

/**
 * The documents page: the case's files (or, with "Show the bin", those in the bin), the one chosen, what can be
 * done with it, and after adding some one notice: the files added (with Undo) in the status line, and a line of its
 * own only for each file that was not added. Plain state, tried without a window.
 */
final class DocumentsModel {

    private final DocumentRecordStore documents;
    private final Jobs jobs;
    private final ObjectProperty<CaseFile> currentCase;
    private final ObservableList<AttachedDocument> shown = FXCollections.observableArrayList();
    private final BooleanProperty showBin = new SimpleBooleanProperty();
    private final ObjectProperty<AttachedDocument> selected = new SimpleObjectProperty<>();
    private final ObservableList<AddFilesTask.Outcome> notAdded = FXCollections.observableArrayList();
    private final PageStatus status = new PageStatus();

    DocumentsModel(DocumentRecordStore documents, Jobs jobs, ObjectProperty<CaseFile> currentCase) {
        this.documents = documents;
        this.jobs = jobs;
        this.currentCase = currentCase;
        currentCase.addListener((obs, old, now) -> reload());
        showBin.addListener((obs, was, now) -> reload());
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
        if (showBin.get()) {
            showBin.set(false);
        } else {
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
                return Messages.text("documents.model.putBack", document.originalName());
            }
            // A file a record still shows (a letter's proof of postage) stays: the record would claim it otherwise.
            List<String> uses = documents.usesOf(document.id());
            if (!uses.isEmpty()) {
                return Messages.text("documents.model.inUse", document.originalName(), String.join("; ", uses));
            }
            documents.moveToBin(document.id());
            return Messages.text("documents.model.movedToTheBinTick", document.originalName());
        }, said -> {
            status.say(said);
            reload();
        }, status::problem);
    }
}
