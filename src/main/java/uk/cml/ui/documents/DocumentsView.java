package uk.cml.ui.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.UkDateField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.documents.DocumentPreview;
import uk.cml.documents.DocumentRefusedException;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.AttachedDocument;
import uk.cml.store.DocumentRecordStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FileOpener;
import uk.cml.ui.common.FilePicker;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.SaveDialog;
import uk.cml.ui.common.StatusLine;
import uk.cml.ui.shell.Page;

/** The case's evidence files: add (chooser or drag and drop), preview, open, move to the bin and back. */
public final class DocumentsView extends Page {

    private final DocumentsModel model;
    private final Background background;
    private final BorderPane view = new BorderPane();
    private final TableView<AttachedDocument> table = new TableView<>();
    /** Shown while the bin is: when each document went there. */
    private TableColumn<AttachedDocument, String> binned;
    private final PreviewPane preview;
    private final CheckBox showBin = new CheckBox(Messages.text("documents.view.showTheBin"));
    private final Button add = new Button(Messages.text("documents.view.addFiles"));
    private final Button open = new Button(Messages.text("documents.view.openWithTheSystemViewer"));
    private final Button saveCopy = new Button(Messages.text("documents.view.saveACopy"));
    private final Label openProblem = new Label();
    private final Button bin = new Button(Messages.text("documents.model.moveToBin"));
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final VBox messages = new VBox(4);
    /** Under the list: what the chosen document is and the date on it, saved as an amendment. */
    private final javafx.scene.control.TextArea description = WordsBox.make(this::saveDetails);
    private final UkDateField datedOn = new UkDateField();
    private final Button saveDetails = new Button(Messages.text("documents.view.saveDetails"));
    private final Label detailsHeading = new Label();
    /** The description and date as last filled in from the chosen document: typing since is asked about first. */
    private final uk.cml.ui.common.AnswersAsFilled asFilled = new uk.cml.ui.common.AnswersAsFilled(
            () -> List.of(description.getText(), datedOn.typedText()));
    private final uk.cml.ui.common.LosingQuestion losing = new uk.cml.ui.common.LosingQuestion("documents");
    private static final double PREVIEW_GAP = 16;
    /** The date on a document: "e.g. 22/11/2026" and the calendar button, read whole. */
    private static final double DATE_WIDTH = 190;
    /**
     * What the list keeps for the file names and their words beside the dates before the preview gives way: at 1024 x
     * 700 (the preview at its narrowest) a certificate of posting's words read in three lines under its name.
     */
    private static final double FILE_ROOM = 280;
    /** The names and their words at their narrowest, in a window too narrow even for the preview's 250 px. */
    private static final double FILE_LEAST = 150;
    /** The name's least width while the bin is shown, with its "Moved to bin" column beside the others. */
    private static final double FILE_LEAST_IN_BIN = 120;

    /**
     * @param opener opens a copy of a document in the program the computer uses for it
     * @param saving the save dialog a copy of a document is saved with
     */
    public DocumentsView(DocumentRecordStore documents, DocumentPreview documentPreview, Background background,
                         ObjectProperty<CaseFile> currentCase, FilePicker picker, FileOpener opener,
                         SaveDialog saving) {
        super("documents", Messages.text("documents.view.documents"));
        this.model = new DocumentsModel(documents, background, currentCase, opener);
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
        open.setOnAction(e -> model.open());
        open.disableProperty().bind(model.hasSelection().not());
        saveCopy.setId("documents-save-copy");
        saveCopy.setOnAction(e -> model.copyName().ifPresent(name -> {
            String ending = name.substring(name.lastIndexOf('.') + 1);
            java.io.File chosen = saving.show(saving.chooser(Messages.text("documents.view.saveACopyTitle"), name,
                    new javafx.stage.FileChooser.ExtensionFilter(Messages.text("documents.view.fileOfType",
                            ending.toUpperCase(java.util.Locale.ROOT)), "*." + ending)), view.getScene().getWindow());
            if (chosen != null) {
                model.saveCopy(chosen.toPath());
            }
        }));
        saveCopy.disableProperty().bind(model.hasSelection().not());
        openProblem.setId("documents-open-problem");
        openProblem.setWrapText(true);
        openProblem.getStyleClass().add("field-error");
        openProblem.textProperty().bind(model.openProblemProperty());
        openProblem.managedProperty().bind(openProblem.textProperty().isNotEmpty());
        openProblem.visibleProperty().bind(openProblem.textProperty().isNotEmpty());
        bin.setId("documents-bin");
        bin.setOnAction(e -> model.binOrRestore());
        bin.disableProperty().bind(model.hasSelection().not());
        bin.textProperty().bind(model.binActionText());
        // As wide for "Restore" as for "Move to bin": narrower in the bin, it let "Show the bin" come up onto the
        // buttons' line at 1024 wide, and the list under them moved up 26 px as the bin was shown.
        keepWidest(bin, Messages.text("documents.model.moveToBin"), Messages.text("documents.model.restore"));
        showBin.setId("documents-show-bin");
        // Showing the bin (or leaving it) empties the form: typing not saved is asked about first.
        showBin.setSelected(model.showBinProperty().get());
        model.showBinProperty().addListener((obs, was, now) -> showBin.setSelected(now));
        showBin.setOnAction(e -> {
            boolean wanted = showBin.isSelected();
            showBin.setSelected(model.showBinProperty().get());
            losing.beforeLosing(() -> model.showBinProperty().set(wanted));
        });
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
        // Keeps its room (a line with its Undo button) when it goes: the list under it jumped up by that much as the
        // parent moved on, and a click meant for one document chose the next.
        // Until a first message, it takes no room at all.
        javafx.beans.property.BooleanProperty hasSpoken = new javafx.beans.property.SimpleBooleanProperty();
        status.textProperty().addListener((obs, was, now) -> hasSpoken.set(hasSpoken.get() || !now.isEmpty()));
        status.managedProperty().bind(hasSpoken.or(status.textProperty().isNotEmpty()));
        status.heightProperty().addListener((obs, was, now) -> {
            if (!status.getText().isEmpty() && now.doubleValue() > status.getMinHeight()) {
                status.setMinHeight(now.doubleValue());
            }
        });
        messages.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(messages.getChildren()));
        // Wraps on a narrow window (1024 wide: five actions do not fit one row) rather than cutting their words.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(10, 8, add, open, saveCopy, bin,
                showBin);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // Why the document did not open, and what to do instead, right under the buttons that were pressed.
        VBox top = new VBox(10, heading, intro, actions, openProblem, progressRow, status, messages);
        top.getStyleClass().add("page-head");
        view.setId("documents-page");
        view.setTop(top);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        view.setCenter(new VBox(10, table, details()));
        BorderPane.setMargin(preview, new Insets(0, 0, 0, PREVIEW_GAP));
        view.setRight(preview);
        narrowerPreviewWhenTight();
        view.getStyleClass().add("page"); // the page's margins come from app.css
        acceptDrops();
        // "Document added." goes once the parent changes a description, chooses another, or leaves the page.
        MovingOn.watch(view, model.status());
        lay(view, model::reload);
        // Copies made for a viewer in an earlier session go when the page is first visited (each opening tidies too).
        background.run(documents::tidyCopiesToOpen, removed -> { }, error -> { });
    }

    /**
     * The preview is 390 px wide where there is room (1366 wide), and gives way down to 250 so that the list keeps
     * room for its name column beside the kind, date and size read whole: at 1024 wide a 390 px preview left the list
     * about 340 px, and it read "3 Dec 2...", "Pictur..." and file names only.
     */
    private void narrowerPreviewWhenTight() {
        javafx.beans.binding.DoubleBinding room = javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double list = FILE_ROOM + table.snappedLeftInset() + table.snappedRightInset();
            for (TableColumn<AttachedDocument, ?> column : table.getColumns()) {
                list += column == table.getColumns().get(0) ? 0 : column.getMinWidth();
            }
            double left = view.getWidth() - view.snappedLeftInset() - view.snappedRightInset() - PREVIEW_GAP - list;
            return Math.max(narrowest(), Math.min(PreviewPane.WIDEST, Math.floor(left)));
        }, view.widthProperty(), table.getColumns().get(1).minWidthProperty(),
                table.getColumns().get(2).minWidthProperty(), binned.minWidthProperty(), table.getColumns(),
                model.showBinProperty());
        preview.prefWidthProperty().bind(room);
        preview.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(this::narrowest,
                model.showBinProperty()));
    }

    /**
     * In the bin the list has a fourth column, when each went there: beside a 250 px preview the names had about
     * 124 px at 1024 x 700 and a bank statement's words took six lines. There the preview, for knowing a document again
     * before putting it back, gives way further.
     */
    private double narrowest() {
        return model.showBinProperty().get() ? PreviewPane.NARROWEST_IN_BIN : PreviewPane.NARROWEST;
    }

    /**
     * The chosen document's description and the date on it, with Save: each problem is said beside its field. The
     * form follows the chosen document; in the bin, or with none chosen, it is greyed out.
     */
    private Node details() {
        detailsHeading.setId("documents-details-heading");
        detailsHeading.getStyleClass().add("subtitle");
        detailsHeading.setWrapText(true);
        // On as many lines as it takes: a long file name read "About Certificate of posting - complaint to CMS
        // Wolverhampton 27..." on one line at 1024 x 700.
        detailsHeading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detailsHeading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            AttachedDocument chosen = model.selectedProperty().get();
            return chosen == null ? Messages.text("documents.view.chooseToDescribe")
                    : Messages.text("documents.view.detailsOf", chosen.originalName(), chosen.type().label(),
                            chosen.sizeText());
        }, model.selectedProperty()));
        FormGrid form = new FormGrid();
        form.setTwoColumns(true);
        description.setPromptText(Messages.text("documents.view.whatItIsHint"));
        FormGrid.follow(form.add("documents-description", Messages.text("documents.view.whatItIs"), description, ""),
                model.descriptionProblemProperty());
        FormGrid.follow(form.add("documents-dated-on", Messages.text("documents.view.datedOn"), datedOn,
                Messages.text("documents.view.datedOnHint")), model.datedOnProblemProperty());
        // The date as wide as a date needs, so that what it is has the rest of the line: beside a 294 px date box it
        // had 170 px at 1024 x 700.
        // As wide as its hint in a line, at the least: at 190 px the hint read "The date printed on it, if it ...".
        FormGrid.hintOf(datedOn).ifPresentOrElse(hint -> datedOn.prefWidthProperty().bind(
                javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(DATE_WIDTH,
                        Math.ceil(hint.prefWidth(-1))), hint.textProperty(), hint.fontProperty())),
                () -> datedOn.setPrefWidth(DATE_WIDTH));
        form.secondColumnAsItsFields();
        saveDetails.setId("documents-save-details");
        saveDetails.setOnAction(e -> saveDetails());
        javafx.beans.binding.BooleanBinding closed = model.hasSelection().not().or(model.showBinProperty());
        form.disableProperty().bind(closed);
        saveDetails.disableProperty().bind(closed);
        model.selectedProperty().addListener((obs, old, chosen) -> fill(old, chosen));
        losing.whenTyping(asFilled::changed);
        losing.inPlaceOf(saveDetails);
        asFilled.filled();
        VBox box = new VBox(6, detailsHeading, form, saveDetails, losing.view());
        box.setId("documents-details");
        return box;
    }

    /**
     * Fills the form from the document chosen. The same document read again (its details just saved) leaves typing
     * since alone, unless what is typed is what it now says.
     */
    private void fill(AttachedDocument old, AttachedDocument chosen) {
        boolean same = old != null && chosen != null && old.id() == chosen.id();
        if (same && asFilled.changed() && !(description.getText().strip().equals(chosen.description())
                && datedOn.typedDate().equals(chosen.datedOn()) && !datedOn.hasUnreadableText())) {
            return;
        }
        losing.hide();
        description.setText(chosen == null ? "" : chosen.description());
        datedOn.setDate(chosen == null ? null : chosen.datedOn().orElse(null));
        asFilled.filled();
    }

    /** What the parent typed about a document and has not saved: choosing another, or closing, asks first. */
    @Override
    public boolean holdsUnsavedTyping() {
        return asFilled.changed();
    }

    /**
     * Another document chosen in the list: its details are shown at once when nothing typed would be lost; otherwise
     * the list keeps the one typed about chosen, and the form asks "Keep what I typed" or "Lose what I typed".
     */
    private void choosing(AttachedDocument chosen) {
        AttachedDocument open = model.selectedProperty().get();
        if (chosen == null) {
            // The list read again: the one typed about, still listed, stays open with its typing.
            boolean stillListed = open != null && model.shown().stream().anyMatch(d -> d.id() == open.id());
            if (!(stillListed && losing.typing())) {
                model.selectedProperty().set(null);
            }
            return;
        }
        if (open != null && open.id() == chosen.id()) {
            model.selectedProperty().set(chosen); // the same document read again
            return;
        }
        if (losing.typing()) {
            javafx.application.Platform.runLater(() -> {
                Optional<AttachedDocument> back = model.shown().stream().filter(d -> d.id() == open.id()).findFirst();
                back.ifPresentOrElse(d -> table.getSelectionModel().select(d),
                        () -> table.getSelectionModel().clearSelection());
            });
            losing.ask(() -> {
                model.selectedProperty().set(chosen);
                table.getSelectionModel().select(chosen);
            });
        } else {
            model.selectedProperty().set(chosen);
        }
    }

    private void saveDetails() {
        model.saveDetails(description.getText(), datedOn.typedDate(),
                datedOn.hasUnreadableText() ? Optional.of(datedOn.typedText()) : Optional.empty());
    }

    private void buildTable() {
        table.setId("documents-table");
        table.setAccessibleText(Messages.text("documents.view.documents"));
        Label empty = new Label();
        empty.setId("documents-empty");
        // The bin has its own words: "No documents yet. Add one with the button" read wrongly there.
        empty.textProperty().bind(model.emptyText());
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        // Until the documents are read, the empty table says so, rather than "No documents yet".
        uk.cml.ui.common.ReadingPlaceholder.until(table.placeholderProperty(), empty, model.readProperty());
        // The file's name, and under it what it is, its words wrapping across the width of both: in a column of its
        // own beside the name, the two dates and the preview, "What it is" had about 110 px at 1024 x 700 and a
        // certificate of posting took 5 to 8 lines. The date on it and the day it was added always read whole (each
        // column as wide as its widest entry, over all the rows, so no column moves as the list scrolls). The kind
        // and size of the chosen one are said above its details.
        TableColumn<AttachedDocument, AttachedDocument> file = new TableColumn<>(
                Messages.text("documents.view.nameAndWhatColumn"));
        file.setId("documents-file-column");
        file.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        file.setCellFactory(column -> new FileAndWordsCell());
        file.setComparator(java.util.Comparator.comparing(AttachedDocument::originalName));
        file.setMinWidth(FILE_LEAST);
        file.setPrefWidth(FILE_ROOM + 150);
        uk.cml.ui.common.WrappingCells.refitRowsOnResize(table);
        table.getColumns().add(file);
        TableColumn<AttachedDocument, String> dated = whole(Messages.text("documents.view.datedColumn"),
                d -> d.datedOn().map(UkFormats::shortDate).orElse(""), 100);
        dated.setId("documents-dated-column");
        table.getColumns().add(dated);
        TableColumn<AttachedDocument, String> added = whole(Messages.text("documents.view.added"),
                d -> UkFormats.shortDate(d.addedOn()), 100);
        table.getColumns().add(added);
        // In the bin, when each went there (newest first, as the bin lists them).
        binned = whole(Messages.text("documents.view.binned"),
                d -> d.binnedAt().map(at -> UkFormats.shortDate(at.toLocalDate())).orElse(""), 100);
        binned.setId("documents-binned-column");
        // Added and taken away rather than shown and hidden: a hidden column's cells, once shown, sat above the line.
        model.showBinProperty().addListener((obs, was, now) -> {
            // With the bin's column the list needs 508 px at the least beside the 250 px preview, and had 482 at
            // 1024 x 700: in the bin the preview gives way down to 160 px (narrowest()), and in a window narrower
            // still the name down to 120 px (cut in its middle, whole on pointing).
            file.setMinWidth(now ? FILE_LEAST_IN_BIN : FILE_LEAST);
            if (now) {
                table.getColumns().add(binned);
                // Rows made before the column came sat its cell at the top of the row; made again, they line up.
                table.refresh();
                // The widths shared out afresh: at 1024 x 700 the name kept its width and the Binned column stood
                // wholly past the list's right edge, out of sight.
                table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
            } else {
                table.getColumns().remove(binned);
            }
        });
        for (TableColumn<AttachedDocument, String> day : List.of(dated, added, binned)) {
            day.maxWidthProperty().bind(day.minWidthProperty());
            // On the row's first line, level with the file's name: centred in a row two or three lines high, beside
            // the words under the name, a date seemed to belong to them (app.css, .documents-day).
            day.getStyleClass().add("documents-day");
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // A double click on a document, or Enter on the one chosen, opens it as the button does.
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<AttachedDocument> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2
                        && !row.isEmpty()) {
                    model.open();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && model.hasSelection().get()) {
                model.open();
                e.consume();
            }
        });
        table.setItems(model.shown());
        // Newest first: after each load the table is back at its newest document, or at the one just added or
        // described, chosen again so its details stay in view.
        model.shown().addListener((javafx.collections.ListChangeListener<AttachedDocument>) c -> {
            long id = model.toChooseProperty().get();
            Optional<AttachedDocument> again = model.shown().stream().filter(d -> id != 0 && d.id() == id).findFirst();
            if (again.isPresent()) {
                model.toChooseProperty().set(0);
                table.getSelectionModel().select(again.get());
                table.scrollTo(again.get());
            } else {
                table.scrollTo(0);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> choosing(chosen));
        model.selectedProperty().addListener((obs, old, document) -> {
            if (document == null) {
                preview.clear(Messages.text("documents.view.chooseADocumentToSee"));
            } else {
                preview.show(document, model.store().fileOf(document));
            }
        });
    }

    /** The button as wide as it is for the widest of {@code texts}, whichever it says. */
    private static void keepWidest(Button button, String... texts) {
        javafx.beans.binding.DoubleBinding widest = javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            javafx.scene.text.Text measure = new javafx.scene.text.Text();
            measure.setFont(button.getFont());
            double most = 0;
            for (String text : texts) {
                measure.setText(text);
                most = Math.max(most, measure.getLayoutBounds().getWidth());
            }
            Insets padding = button.getLabelPadding();
            return Math.ceil(most + button.snappedLeftInset() + button.snappedRightInset() + padding.getLeft()
                    + padding.getRight()) + 2;
        }, button.fontProperty(), button.insetsProperty(), button.labelPaddingProperty());
        button.minWidthProperty().bind(widest);
        button.prefWidthProperty().bind(widest);
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
        run(new AddFilesTask(model.store(), caseFile.get().id(), files));
    }

    /** Adds a file refused as misnamed, as what it really is, under its name without the misleading ending. */
    private void addAs(Path file, DocumentRefusedException.AddAs addAs) {
        model.caseFile().ifPresent(caseFile -> run(AddFilesTask.addingAs(model.store(), caseFile.id(), file, addAs)));
    }

    private void run(AddFilesTask task) {
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
            int index = messages.getChildren().size();
            Label line = new Label(outcome.message());
            line.setWrapText(true);
            line.getStyleClass().add("field-error");
            line.setId("documents-message-" + index);
            if (outcome.addAs().isEmpty() || outcome.file().isEmpty()) {
                messages.getChildren().add(line);
                continue;
            }
            // The app knows what a misnamed file really is: renaming it is hard where Windows hides the ending.
            DocumentRefusedException.AddAs addAs = outcome.addAs().get();
            line.setText(addAs.message());
            Button addIt = new Button(Messages.text("documents.view.addItAs", addAs.type().description()));
            addIt.setId("documents-add-as-" + index);
            addIt.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            addIt.setOnAction(e -> addAs(outcome.file().get(), addAs));
            VBox withButton = new VBox(6, line, addIt);
            messages.getChildren().add(withButton);
        }
    }

    private void finishProgress() {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        progress.setVisible(false);
        add.setDisable(false);
    }

}
