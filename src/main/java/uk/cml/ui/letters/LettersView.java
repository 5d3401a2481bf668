package uk.cml.ui.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.store.AddressBookStore;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.ReceivedLetterStore;
import uk.cml.store.SentLetterStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.BinWithUndo;
import uk.cml.ui.common.SavedWithUndo;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.AttachmentField;
import uk.cml.ui.common.FilePicker;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.Navigator;
import uk.cml.ui.shell.Section;

/** The log of letters sent (with posting and proof) and received (with the scan), and when replies are due. */
public final class LettersView implements Section {

    /** The stores this page reads and writes. */
    public record Stores(SentLetterStore sent, ReceivedLetterStore received, DocumentRecordStore documents,
                         AddressBookStore addressBook) {
    }

    private record Loaded(List<SentLetter> sent, Set<Long> answered, List<ReceivedLetter> received,
                          List<AddressBookEntry> addresses) {
    }

    private final Stores stores;
    private final Background background;
    private final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final Navigator navigator;
    private final BorderPane view = new BorderPane();
    private final TableView<SentLetter> sentTable;
    private final TableView<ReceivedLetter> receivedTable = LetterTables.received();
    private final SentLetterForm sentForm;
    private final ReceivedLetterForm receivedForm;
    private final Label formHeading = new Label();
    private final VBox formBox = new VBox(12);
    private final Button save = new Button("Save");
    private final Button bin = new Button("Move to bin");
    private final Button history = new Button("Earlier versions");
    private final Button reply = new Button("Log the reply you sent");
    private final Button writeReply = new Button("Write a reply");
    private final Button chase = new Button("Chase this letter");
    private final Label status = new Label();
    private final SavedWithUndo saved;
    private final Button back = new Button("Back to the list");
    private final Node lists;
    private final Node editor;
    private Set<Long> answered = Set.of();
    private boolean showingSent = true;

    /** @param navigator where the "Write..." buttons take the parent: the letter writer, started on the letter */
    public LettersView(Stores stores, UkCalendar calendar, Background background, Clock clock,
                       ObjectProperty<CaseFile> currentCase, FilePicker picker, Navigator navigator) {
        this.stores = stores;
        this.navigator = navigator;
        this.background = background;
        this.saved = new SavedWithUndo(background, status);
        this.clock = clock;
        this.currentCase = currentCase;
        sentTable = LetterTables.sent(() -> answered, () -> LocalDate.now(clock));
        java.util.function.LongSupplier caseId = () -> currentCase.get().id();
        sentForm = new SentLetterForm(clock, calendar,
                new AttachmentField("sent-copy", stores.documents(), background, caseId, picker, "Your copy of the letter"),
                new AttachmentField("sent-cert-photo", stores.documents(), background, caseId, picker,
                        "Photo or scan of the certificate of posting"));
        receivedForm = new ReceivedLetterForm(clock,
                new AttachmentField("received-scan", stores.documents(), background, caseId, picker,
                        "Scan or photo of the letter"));
        Label heading = new Label("Letters");
        heading.getStyleClass().add("title");
        Label intro = new Label("Keep a record of every letter: a copy of what you sent, how you posted it and the "
                + "certificate of posting, and each letter you receive. The app shows when a reply is due.");
        intro.setWrapText(true);
        Button newSent = button("letters-new-sent", "Log a letter you sent", () -> editSent(null, Optional.empty(), ""));
        Button newReceived = button("letters-new-received", "Log a letter you received", () -> editReceived(null));
        Button write = button("letters-write", "Write a letter", () -> navigator.go(new Destination.ChooseLetter()));
        write.getStyleClass().add("primary");
        HBox actions = new HBox(10, write, newSent, newReceived);
        status.setId("letters-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty().or(status.graphicProperty().isNotNull()));
        VBox top = new VBox(10, heading, intro, actions, status);
        top.setPadding(new Insets(0, 0, 14, 0));
        view.setTop(top);
        lists = lists();
        editor = editor();
        view.setCenter(lists);
        view.setPadding(new Insets(24, 32, 24, 32));
        view.setId("letters-page");
        sentTable.getSelectionModel().selectedItemProperty().addListener((obs, old, letter) -> {
            if (letter != null) {
                receivedTable.getSelectionModel().clearSelection();
                editSent(letter, Optional.empty(), "");
            }
        });
        receivedTable.getSelectionModel().selectedItemProperty().addListener((obs, old, letter) -> {
            if (letter != null) {
                sentTable.getSelectionModel().clearSelection();
                editReceived(letter);
            }
        });
        currentCase.addListener((obs, old, now) -> {
            showList();
            reload();
        });
    }

    private Node lists() {
        Label sentHeading = new Label("Letters you sent");
        sentHeading.getStyleClass().add("heading");
        Label receivedHeading = new Label("Letters you received");
        receivedHeading.getStyleClass().add("heading");
        VBox.setVgrow(sentTable, Priority.ALWAYS);
        VBox.setVgrow(receivedTable, Priority.ALWAYS);
        return new VBox(8, sentHeading, sentTable, receivedHeading, receivedTable);
    }

    private Node editor() {
        formHeading.getStyleClass().add("heading");
        formHeading.setId("letters-form-heading");
        save.setId("letters-save");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        bin.setId("letters-bin");
        bin.setOnAction(e -> moveToBin());
        history.setId("letters-history");
        history.setOnAction(e -> showHistory());
        reply.setId("letters-start-reply");
        reply.setOnAction(e -> receivedForm.editing().ifPresent(this::logReplyTo));
        reply.managedProperty().bind(reply.visibleProperty());
        writeReply.setId("letters-write-reply");
        writeReply.setOnAction(e -> receivedForm.editing().ifPresent(l -> navigator.go(new Destination.ReplyTo(l))));
        writeReply.managedProperty().bind(writeReply.visibleProperty());
        chase.setId("letters-chase");
        chase.setOnAction(e -> sentForm.editing().ifPresent(l -> navigator.go(new Destination.ChaseUnanswered(l))));
        chase.managedProperty().bind(chase.visibleProperty());
        back.setId("letters-back");
        back.setCancelButton(true);
        back.setOnAction(e -> showList());
        VBox editor = new VBox(12, formHeading, formBox, new FlowPane(10, 8, save, back, writeReply, chase, reply, bin, history));
        editor.setPadding(new Insets(0, 16, 16, 0));
        editor.setMaxWidth(800);
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        scroll.setId("letters-editor");
        return scroll;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Starts logging the letter sent in reply to a received one, linked to it. */
    public void logReplyTo(ReceivedLetter letter) {
        editSent(null, Optional.of(letter.id()), "In reply to the letter from " + letter.from() + " that arrived on "
                + UkFormats.shortDate(letter.received()) + ".");
        status.setText("Fill in the reply you sent, then Save.");
    }

    private void editSent(SentLetter letter, Optional<Long> replyTo, String replyToText) {
        showingSent = true;
        formHeading.setText(letter == null ? "Log a letter you sent" : "Letter you sent");
        formBox.getChildren().setAll(sentForm.grid);
        sentForm.edit(letter, replyTo, replyToText);
        view.setCenter(editor);
        afterEdit(letter != null);
        reply.setVisible(false);
        writeReply.setVisible(false);
        // Chasing makes sense once a letter is posted and nothing has come back in reply to it.
        chase.setVisible(letter != null && letter.isPosted()
                && !answered.contains(letter.id()));
    }

    private void editReceived(ReceivedLetter letter) {
        showingSent = false;
        formHeading.setText(letter == null ? "Log a letter you received" : "Letter you received");
        formBox.getChildren().setAll(receivedForm.grid);
        receivedForm.edit(letter);
        view.setCenter(editor);
        afterEdit(letter != null);
        reply.setVisible(letter != null);
        writeReply.setVisible(letter != null);
        chase.setVisible(false);
    }

    private void afterEdit(boolean saved) {
        bin.setDisable(!saved);
        history.setDisable(!saved);
        status.setGraphic(null);
        status.setText("");
    }

    private void showList() {
        sentTable.getSelectionModel().clearSelection();
        receivedTable.getSelectionModel().clearSelection();
        status.setGraphic(null);
        status.setText("");
        view.setCenter(lists);
    }

    private void save() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        if (showingSent) {
            Optional<SentLetter> before = sentForm.editing();
            sentForm.read(caseFile.id()).ifPresentOrElse(letter -> background.run(() -> stores.sent().save(letter),
                    id -> saved(id, true, before.isEmpty(), () -> {
                        before.ifPresentOrElse(stores.sent()::save, () -> stores.sent().moveToBin(id));
                        return id;
                    }), this::failed), this::notSaved);
        } else {
            Optional<ReceivedLetter> before = receivedForm.editing();
            receivedForm.read(caseFile.id()).ifPresentOrElse(letter -> background.run(
                    () -> stores.received().save(letter), id -> saved(id, false, before.isEmpty(), () -> {
                        before.ifPresentOrElse(stores.received()::save, () -> stores.received().moveToBin(id));
                        return id;
                    }), this::failed), this::notSaved);
        }
    }

    private void notSaved() {
        status.setText("Nothing was saved. Please check the answers marked in red.");
    }

    private void failed(Throwable error) {
        status.setText(Problems.forParent(error));
    }

    /** @param undo moves a new letter to the bin, or saves the earlier version of a changed one again */
    private void saved(long id, boolean sent, boolean isNew, java.util.concurrent.Callable<Long> undo) {
        reload(() -> {
            view.setCenter(lists);
            // Show where the saved letter is without opening it again.
            if (sent) {
                sentTable.getItems().stream().filter(l -> l.id() == id).findFirst().ifPresent(sentTable::scrollTo);
            } else {
                receivedTable.getItems().stream().filter(l -> l.id() == id).findFirst()
                        .ifPresent(receivedTable::scrollTo);
            }
            if (isNew) {
                saved.added("letters-saved-undo", "Saved.", undo, this::reload);
            } else {
                saved.amended("letters-saved-undo", "Saved. The earlier version is kept in its history.", undo,
                        this::reload);
            }
        });
    }

    private void moveToBin() {
        Optional<Long> sentId = showingSent ? sentForm.editing().map(SentLetter::id) : Optional.empty();
        Optional<Long> receivedId = showingSent ? Optional.empty() : receivedForm.editing().map(ReceivedLetter::id);
        if (sentId.isEmpty() && receivedId.isEmpty()) {
            return;
        }
        new BinWithUndo(background, status).moveToBin("letters-undo", "Moved to the bin.", () -> {
            sentId.ifPresent(stores.sent()::moveToBin);
            receivedId.ifPresent(stores.received()::moveToBin);
            return true;
        }, () -> {
            sentId.ifPresent(stores.sent()::restore);
            receivedId.ifPresent(stores.received()::restore);
            return true;
        }, () -> {
            showList();
            reload();
        }, this::reload);
    }

    private void showHistory() {
        Optional<Long> sentId = showingSent ? sentForm.editing().map(SentLetter::id) : Optional.empty();
        Optional<Long> receivedId = showingSent ? Optional.empty() : receivedForm.editing().map(ReceivedLetter::id);
        background.run(() -> sentId.map(stores.sent()::earlierVersions)
                        .orElseGet(() -> receivedId.map(stores.received()::earlierVersions).orElse(List.of())),
                versions -> status.setText(HistoryText.describe(versions)), this::failed);
    }

    private void reload() {
        reload(() -> { });
    }

    private void reload(Runnable then) {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        long id = caseFile.id();
        background.run(() -> new Loaded(stores.sent().letters(id), stores.sent().answered(id),
                stores.received().letters(id), stores.addressBook().entries()), loaded -> {
                    status.setGraphic(null);
                    answered = loaded.answered();
                    sentTable.getItems().setAll(loaded.sent());
                    receivedTable.getItems().setAll(loaded.received());
                    // Newest first: both lists open at their newest letter.
                    sentTable.scrollTo(0);
                    receivedTable.scrollTo(0);
                    sentForm.setAddressBook(loaded.addresses());
                    receivedForm.setSentLetters(loaded.sent());
                    then.run();
                }, this::failed);
    }

    @Override
    public String key() {
        return "letters";
    }

    @Override
    public String title() {
        return "Letters";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        reload();
    }

    /** A sent letter, selected and open, once the lists are loaded. */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.LettersSelecting letter) {
            reload(() -> sentTable.getItems().stream().filter(l -> l.id() == letter.letterId()).findFirst()
                    .ifPresent(l -> {
                        sentTable.scrollTo(l);
                        sentTable.getSelectionModel().select(l);
                    }));
        }
    }
}
