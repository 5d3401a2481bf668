package uk.cml.ui.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.documents.DocumentPreview;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.AttachedDocument;
import uk.cml.store.DocumentRecordStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FilePicker;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.SavedWithUndo;
import uk.cml.ui.shell.Section;

/** The case's evidence files: add (chooser or drag and drop), preview, open, move to the bin and back. */
public final class DocumentsView implements Section {

    private final DocumentRecordStore documents;
    private final Background background;
    private final ObjectProperty<CaseFile> currentCase;
    private final FilePicker picker;
    private final Consumer<Path> openWithSystem;
    private final BorderPane view = new BorderPane();
    private final TableView<AttachedDocument> table = new TableView<>();
    private final PreviewPane preview;
    private final CheckBox showBin = new CheckBox("Show the bin");
    private final Button add = new Button("Add files...");
    private final Button open = new Button("Open with the system viewer");
    private final Button bin = new Button("Move to bin");
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final VBox messages = new VBox(4);
    private final Label status = new Label();
    private final SavedWithUndo saved;

    /**
     * @param openWithSystem opens a file in the program the computer uses for it
     */
    public DocumentsView(DocumentRecordStore documents, DocumentPreview documentPreview, Background background,
                         ObjectProperty<CaseFile> currentCase, FilePicker picker, Consumer<Path> openWithSystem) {
        this.documents = documents;
        this.background = background;
        this.saved = new SavedWithUndo(background, status);
        this.currentCase = currentCase;
        this.picker = picker;
        this.openWithSystem = openWithSystem;
        this.preview = new PreviewPane(documentPreview, background);
        buildTable();
        Label heading = new Label("Documents");
        heading.getStyleClass().add("title");
        Label intro = new Label("Keep copies of letters, bank statements and certificates of posting here. Add PDFs "
                + "and photos (JPEG or PNG) with the button, or drag them onto this page. Each file is copied into "
                + "your records folder and never changed.");
        intro.setWrapText(true);
        add.setId("documents-add");
        add.getStyleClass().add("primary");
        add.setOnAction(e -> addFiles(picker.choose(view.getScene().getWindow(), "Add documents", true)));
        open.setId("documents-open");
        open.setOnAction(e -> selected().ifPresent(d -> openWithSystem.accept(documents.fileOf(d))));
        bin.setId("documents-bin");
        bin.setOnAction(e -> binOrRestore());
        showBin.setId("documents-show-bin");
        showBin.selectedProperty().addListener((obs, was, now) -> {
            bin.setText(now ? "Restore" : "Move to bin");
            reload();
        });
        progress.setId("documents-progress");
        progressText.setId("documents-progress-text");
        HBox progressRow = new HBox(10, progress, progressText);
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        progressRow.setVisible(false);
        progress.visibleProperty().addListener((obs, was, now) -> progressRow.setVisible(now));
        progress.setVisible(false);
        messages.setId("documents-messages");
        status.setId("documents-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        messages.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(messages.getChildren()));
        HBox actions = new HBox(10, add, open, bin, showBin);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(10, heading, intro, actions, progressRow, messages, status);
        top.setPadding(new Insets(0, 0, 14, 0));
        view.setId("documents-page");
        view.setTop(top);
        view.setCenter(table);
        BorderPane.setMargin(preview, new Insets(0, 0, 0, 16));
        view.setRight(preview);
        view.setPadding(new Insets(24, 32, 24, 32));
        acceptDrops();
        currentCase.addListener((obs, old, now) -> reload());
        updateButtons();
    }

    private void buildTable() {
        table.setId("documents-table");
        table.setAccessibleText("Documents");
        Label empty = new Label("No documents yet. Add one with the button, or drag files here.");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(column("Name", AttachedDocument::originalName, 240));
        table.getColumns().add(column("Type", d -> d.type().description(), 110));
        table.getColumns().add(column("Added", d -> UkFormats.shortDate(d.addedOn()), 100));
        table.getColumns().add(column("Size", AttachedDocument::sizeText, 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, document) -> {
            updateButtons();
            if (document == null) {
                preview.clear("Choose a document to see it here.");
            } else {
                preview.show(document, documents.fileOf(document));
            }
        });
    }

    private static TableColumn<AttachedDocument, String> column(String title, Function<AttachedDocument, String> value,
                                                                double width) {
        TableColumn<AttachedDocument, String> column = uk.cml.ui.common.TextColumns.of(title, value, width);
        return column;
    }

    private void acceptDrops() {
        view.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && currentCase.get() != null) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        view.setOnDragDropped(event -> {
            boolean has = event.getDragboard().hasFiles();
            if (has) {
                addFiles(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(has);
            event.consume();
        });
    }

    /** Adds files off the FX thread, one message per file; public so other pages can hand files over. */
    public void addFiles(List<Path> files) {
        CaseFile caseFile = currentCase.get();
        if (files.isEmpty() || caseFile == null) {
            return;
        }
        AddFilesTask task = new AddFilesTask(documents, caseFile.id(), files);
        progress.progressProperty().bind(task.progressProperty());
        progressText.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        add.setDisable(true);
        messages.getChildren().clear();
        status.setText("");
        background.run(task, outcomes -> {
            finishProgress();
            for (AddFilesTask.Outcome outcome : outcomes) {
                Label line = new Label(outcome.message());
                line.setWrapText(true);
                line.getStyleClass().add(outcome.added() ? "status" : "field-error");
                line.setId("documents-message-" + messages.getChildren().size());
                messages.getChildren().add(line);
            }
            showBin.setSelected(false);
            reload();
            offerUndo(outcomes.stream().filter(AddFilesTask.Outcome::added).map(AddFilesTask.Outcome::documentId)
                    .toList());
        }, error -> {
            finishProgress();
            status.setText(Problems.forParent(error));
        });
    }

    /** Undo after adding: the new documents go to the bin, where "Show the bin" still finds them. */
    private void offerUndo(List<Long> added) {
        if (added.isEmpty()) {
            return;
        }
        saved.added("documents-saved-undo", added.size() == 1 ? "Document added." : added.size() + " documents added.",
                () -> {
                    added.forEach(documents::moveToBin);
                    return added.size();
                }, then -> {
                    messages.getChildren().clear();
                    reload();
                    then.run();
                });
    }

    private void finishProgress() {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        progress.setVisible(false);
        add.setDisable(false);
    }

    private void binOrRestore() {
        selected().ifPresent(document -> {
            boolean restoring = showBin.isSelected();
            background.run(() -> {
                if (restoring) {
                    documents.restore(document.id());
                } else {
                    documents.moveToBin(document.id());
                }
                return document;
            }, done -> {
                status.setText(restoring ? "Put back " + done.originalName() + "."
                        : "Moved " + done.originalName() + " to the bin. Tick \"Show the bin\" to put it back.");
                reload();
            }, error -> status.setText(Problems.forParent(error)));
        });
    }

    private java.util.Optional<AttachedDocument> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void updateButtons() {
        boolean none = table.getSelectionModel().getSelectedItem() == null;
        open.setDisable(none);
        bin.setDisable(none);
    }

    private void reload() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            table.getItems().clear();
            return;
        }
        boolean binned = showBin.isSelected();
        background.run(() -> binned ? documents.binned(caseFile.id()) : documents.documents(caseFile.id()),
                list -> {
                    table.getItems().setAll(list);
                    table.scrollTo(0); // newest first: the table opens at its newest document
                }, error -> status.setText(Problems.forParent(error)));
    }

    @Override
    public String key() {
        return "documents";
    }

    @Override
    public String title() {
        return "Documents";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        reload();
    }
}
