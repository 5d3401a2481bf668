package uk.cml.ui.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import uk.cml.documents.DocumentRefusedException;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.StoreException;
import uk.cml.ui.common.Messages;

/** Adds files one by one, saying which one it is on; a refused file gets its own message and the rest go on. */
final class AddFilesTask extends Task<List<AddFilesTask.Outcome>> {

    /** What happened to one file, in words for the parent; the new document's id when one was added (else 0). */
    record Outcome(String fileName, boolean added, String message, long documentId) {
        Outcome(String fileName, boolean added, String message) {
            this(fileName, added, message, 0);
        }
    }

    private final DocumentRecordStore documents;
    private final long caseId;
    private final List<Path> files;

    AddFilesTask(DocumentRecordStore documents, long caseId, List<Path> files) {
        this.documents = documents;
        this.caseId = caseId;
        this.files = List.copyOf(files);
    }

    @Override
    protected List<Outcome> call() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            updateMessage(files.size() == 1 ? Messages.text("documents.addFilesTask.adding", name)
                    : Messages.text("documents.addFilesTask.addingOf", name, (i + 1), files.size()));
            updateProgress(i, files.size());
            try {
                var added = documents.add(caseId, file, "");
                outcomes.add(new Outcome(name, !added.alreadyAttached(), added.note(),
                        added.alreadyAttached() ? 0 : added.document().id()));
            } catch (DocumentRefusedException refused) {
                outcomes.add(new Outcome(name, false, refused.getMessage()));
            } catch (StoreException failed) {
                outcomes.add(new Outcome(name, false, name + ": " + failed.getMessage()));
            }
        }
        updateProgress(files.size(), files.size());
        return outcomes;
    }
}
