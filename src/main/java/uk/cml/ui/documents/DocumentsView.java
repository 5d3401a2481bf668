package uk.cml.ui.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
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
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.StatusLine;
import uk.cml.ui.shell.Page;

/** The case's evidence files: add (chooser or drag and drop), preview, open, move to the bin and back. */
public final class DocumentsView extends Page {

    private final DocumentsModel model;
    private final Background background;
    private final BorderPane view = new BorderPane();
    private final TableView<AttachedDocument> table = new TableView<>();
    private final PreviewPane preview;
    private final CheckBox showBin = new CheckBox(Messages.text("documents.view.showTheBin"));
    private final Button add = new Button(Messages.text("documents.view.addFiles"));
    private final Button open = new Button(Messages.text("documents.view.openWithTheSystemViewer"));
    private final Button bin = new Button(Messages.text("documents.model.moveToBin"));
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final VBox messages = new VBox(4);
    private static final double PREVIEW_GAP = 16;
    /** What the list keeps for file names beside the other columns before the preview gives way. */
    private static final double NAME_ROOM = 170;

    /**
     * @param openWithSystem opens a file in the program the computer uses for it
     */
    public DocumentsView(DocumentRecordStore documents, DocumentPreview documentPreview, Background background,
                         ObjectProperty<CaseFile> currentCase, FilePicker picker, Consumer<Path> openWithSystem) {
        super("documents", Messages.text("documents.view.documents"));
        this.model = new DocumentsModel(documents, background, currentCase);
        this.background = background;
        this.preview = new PreviewPane(documentPreview, background);
        buildTable();
        Label heading = new Label(Messages.text("documents.view.documents"));
        heading.getStyleClass().add("title");
        Label intro = new Label(Messages.text("documents.view.keepCopiesOfLettersBank"));
        intro.setWrapText(true);
        add.setId("documents-add");
        add.getStyleClass().add("primary");
        add.setOnAction(e -> addFiles(picker.choose(view.getScene().getWindow(),
                Messages.text("documents.view.addDocuments"), true)));
        open.setId("documents-open");
        open.setOnAction(e -> Optional.ofNullable(model.selectedProperty().get())
                .ifPresent(d -> openWithSystem.accept(documents.fileOf(d))));
        open.disableProperty().bind(model.hasSelection().not());
        bin.setId("documents-bin");
        bin.setOnAction(e -> model.binOrRestore());
        bin.disableProperty().bind(model.hasSelection().not());
        bin.textProperty().bind(model.binActionText());
        showBin.setId("documents-show-bin");
        showBin.selectedProperty().bindBidirectional(model.showBinProperty());
        progress.setId("documents-progress");
        progressText.setId("documents-progress-text");
        HBox progressRow = new HBox(10, progress, progressText);
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        progressRow.setVisible(false);
        progress.visibleProperty().addListener((obs, was, now) -> progressRow.setVisible(now));
        progress.setVisible(false);
        messages.setId("documents-messages");
        model.notAdded().addListener((InvalidationListener) obs -> showNotAdded());
        Label status = StatusLine.bind(new Label(), model.status(), "documents-undo");
        status.setId("documents-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        messages.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(messages.getChildren()));
        HBox actions = new HBox(10, add, open, bin, showBin);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(10, heading, intro, actions, progressRow, status, messages);
        top.getStyleClass().add("page-head");
        view.setId("documents-page");
        view.setTop(top);
        view.setCenter(table);
        BorderPane.setMargin(preview, new Insets(0, 0, 0, PREVIEW_GAP));
        view.setRight(preview);
        narrowerPreviewWhenTight();
        view.getStyleClass().add("page"); // the page's margins come from app.css
        acceptDrops();
        // "Document added." goes once the parent changes a description, chooses another, or leaves the page.
        MovingOn.watch(view, model.status());
        lay(view, model::reload);
    }

    /**
     * The preview is 390 px wide where there is room (1366 wide), and gives way down to 250 so that the list keeps
     * room for its name column beside the kind, date and size read whole: at 1024 wide a 390 px preview left the list
     * about 340 px, and it read "3 Dec 2...", "Pictur..." and file names only.
     */
    private void narrowerPreviewWhenTight() {
        javafx.beans.binding.DoubleBinding room = javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double list = NAME_ROOM + table.snappedLeftInset() + table.snappedRightInset();
            for (TableColumn<AttachedDocument, ?> column : table.getColumns()) {
                list += column == table.getColumns().get(0) ? 0 : column.getMinWidth();
            }
            double left = view.getWidth() - view.snappedLeftInset() - view.snappedRightInset() - PREVIEW_GAP - list;
            return Math.max(PreviewPane.NARROWEST, Math.min(PreviewPane.WIDEST, Math.floor(left)));
        }, view.widthProperty(), table.getColumns().get(1).minWidthProperty(),
                table.getColumns().get(2).minWidthProperty(), table.getColumns().get(3).minWidthProperty());
        preview.prefWidthProperty().bind(room);
    }

    private void buildTable() {
        table.setId("documents-table");
        table.setAccessibleText(Messages.text("documents.view.documents"));
        Label empty = new Label(Messages.text("documents.view.noDocumentsYetAddOne"));
        empty.setWrapText(true);
        // Until the documents are read, the empty table says so, rather than "No documents yet".
        uk.cml.ui.common.ReadingPlaceholder.until(table.placeholderProperty(), empty, model.readProperty());
        table.getColumns().add(column(Messages.text("documents.view.name"), AttachedDocument::originalName, 240));
        // The kind, the day it was added and the size always read whole (each column as wide as its widest entry);
        // a long file name gives way, and reads whole on pointing.
        table.getColumns().add(whole(Messages.text("documents.view.type"), d -> d.type().label(), 110));
        table.getColumns().add(whole(Messages.text("documents.view.added"), d -> UkFormats.shortDate(d.addedOn()),
                100));
        table.getColumns().add(whole(Messages.text("documents.view.size"), AttachedDocument::sizeText, 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(model.shown());
        // Newest first: after each load the table is back at its newest document.
        model.shown().addListener((javafx.collections.ListChangeListener<AttachedDocument>) c -> table.scrollTo(0));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        model.selectedProperty().addListener((obs, old, document) -> {
            if (document == null) {
                preview.clear(Messages.text("documents.view.chooseADocumentToSee"));
            } else {
                preview.show(document, model.store().fileOf(document));
            }
        });
    }

    private static TableColumn<AttachedDocument, String> whole(String title, Function<AttachedDocument, String> value,
                                                               double width) {
        return uk.cml.ui.common.TextColumns.keepWhole(column(title, value, width), value);
    }

    private static TableColumn<AttachedDocument, String> column(String title, Function<AttachedDocument, String> value,
                                                                double width) {
        TableColumn<AttachedDocument, String> column = uk.cml.ui.common.TextColumns.of(title, value, width);
        return column;
    }

    private void acceptDrops() {
        view.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && model.caseFile().isPresent()) {
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

    /** Adds files off the FX thread, then says once what was added; public so other pages can hand files over. */
    public void addFiles(List<Path> files) {
        Optional<CaseFile> caseFile = model.caseFile();
        if (files.isEmpty() || caseFile.isEmpty()) {
            return;
        }
        AddFilesTask task = new AddFilesTask(model.store(), caseFile.get().id(), files);
        progress.progressProperty().bind(task.progressProperty());
        progressText.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        add.setDisable(true);
        model.adding();
        background.run(task, outcomes -> {
            finishProgress();
            model.added(outcomes);
        }, error -> {
            finishProgress();
            model.status().problem(error);
        });
    }

    /** A line for each file not added, saying why; the files added are named once, in the status line. */
    private void showNotAdded() {
        messages.getChildren().clear();
        for (AddFilesTask.Outcome outcome : model.notAdded()) {
            Label line = new Label(outcome.message());
            line.setWrapText(true);
            line.getStyleClass().add("field-error");
            line.setId("documents-message-" + messages.getChildren().size());
            messages.getChildren().add(line);
        }
    }

    private void finishProgress() {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        progress.setVisible(false);
        add.setDisable(false);
    }

}
