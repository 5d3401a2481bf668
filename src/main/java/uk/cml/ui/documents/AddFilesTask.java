package uk.cml.ui.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import uk.cml.documents.DocumentRefusedException;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.StoreException;
import uk.cml.ui.common.Messages;

/** Adds files one by one, saying which one it is on; a refused file gets its own message and the rest go on. */
final class AddFilesTask extends Task<List<AddFilesTask.Outcome>> {

    /**
     * What happened to one file, in words for the parent; the new document's id when one was added (else 0); for a
     * file refused as misnamed, the file and how it can be added all the same (as what it really is).
     */
    record Outcome(String fileName, boolean added, String message, long documentId, Optional<Path> file,
                   Optional<DocumentRefusedException.AddAs> addAs) {
        Outcome(String fileName, boolean added, String message, long documentId) {
            this(fileName, added, message, documentId, Optional.empty(), Optional.empty());
        }

        Outcome(String fileName, boolean added, String message) {
            this(fileName, added, message, 0);
        }
    }

    private final DocumentRecordStore documents;
    private final long caseId;
    private final List<Path> files;
    /** The name to keep the one file under (a misnamed file added as what it really is); empty: each its own. */
    private final Optional<String> keptAs;

    AddFilesTask(DocumentRecordStore documents, long caseId, List<Path> files) {
        this(documents, caseId, files, Optional.empty());
    }

    private AddFilesTask(DocumentRecordStore documents, long caseId, List<Path> files, Optional<String> keptAs) {
        this.documents = documents;
        this.caseId = caseId;
        this.files = List.copyOf(files);
        this.keptAs = keptAs;
    }

    /** Adds one file refused as misnamed, as what it really is, under the name its refusal offered. */
    static AddFilesTask addingAs(DocumentRecordStore documents, long caseId, Path file,
                                 DocumentRefusedException.AddAs addAs) {
        return new AddFilesTask(documents, caseId, List.of(file), Optional.of(addAs.name()));
    }

    @Override
    protected List<Outcome> call() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = keptAs.orElse(file.getFileName() == null ? file.toString() : file.getFileName().toString());
            updateMessage(files.size() == 1 ? Messages.text("documents.addFilesTask.adding", name)
                    : Messages.text("documents.addFilesTask.addingOf", name, (i + 1), files.size()));
            updateProgress(i, files.size());
            try {
                var added = keptAs.isPresent() ? documents.add(caseId, file, name, "")
                        : documents.add(caseId, file, "");
                outcomes.add(new Outcome(name, !added.alreadyAttached(), added.note(),
                        added.alreadyAttached() ? 0 : added.document().id()));
            } catch (DocumentRefusedException refused) {
                outcomes.add(new Outcome(name, false, refused.getMessage(), 0, Optional.of(file), refused.addAs()));
            } catch (StoreException failed) {
                outcomes.add(new Outcome(name, false, name + ": " + failed.getMessage()));
            }
        }
        updateProgress(files.size(), files.size());
        return outcomes;
    }
}
