package uk.cml.ui.addresses;

import java.time.Clock;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.addressbook.AddressBookEntry.EntryKind;
import uk.cml.store.AddressBookStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FirstProblem;
import uk.cml.safety.TypingWaiting;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.FormAnswers;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.KeptForm;
import uk.cml.ui.common.LosingQuestion;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PostcodeInput;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.StatusLine;
import uk.cml.ui.common.TextColumns;
import uk.cml.ui.common.TabMovesFocus;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.shell.Page;

/** The CMS and other contacts: each says when it was last checked, and every entry can be corrected. */
public final class AddressBookView extends Page {

    private final AddressBookModel model;
    private final ScrollPane view = new ScrollPane();
    private final TableView<AddressBookEntry> table = new TableView<>();
    private final UkDateField checked = new UkDateField();

    /** The form's answers as last filled: typing since is asked about before it is lost, and kept through a kill. */
    private final AnswersAsFilled asFilled;
    private final LosingQuestion losing = new LosingQuestion("address");

    public AddressBookView(AddressBookStore store, Background background, Clock clock, DraftKeeper drafts) {
        super("addresses", Messages.text("addresses.addressBookView.addresses"));
        this.model = new AddressBookModel(store, background, clock);
        FormGrid form = form();
        // Once every answer marked in red has been changed, "check the answers marked in red" points at nothing.
        FormGrid.onceNothingIsRed(form, model.status()::refusalPutRight);
        asFilled = new AnswersAsFilled(() -> FormAnswers.of(form));
        model.whenFilled(() -> {
            losing.hide();
            asFilled.filled();
        });
        asFilled.filled();
        losing.whenTyping(asFilled::changed);
        // The address book is the same for every case, so its typing is kept under none of them.
        KeptForm kept = drafts.keep(FORM, () -> TypingWaiting.EVERY_CASE + (model.editingProperty().get() == null
                ? "new" : "record-" + model.editingProperty().get().id()), asFilled, form);
        table.setId("address-table");
        table.setAccessibleText(Messages.text("addresses.addressBookView.addressBook"));
        table.getColumns().add(TextColumns.of(Messages.text("addresses.addressBookView.name"), AddressBookEntry::name,
                240));
        table.getColumns().add(TextColumns.of(Messages.text("addresses.addressBookView.addressOrNumber"),
                AddressBookEntry::summary, 380));
        table.getColumns().add(TextColumns.of(Messages.text("addresses.addressBookView.lastChecked"),
                e -> e.lastChecked().map(UkFormats::shortDate)
                .orElse(Messages.text("addresses.addressBookView.notChecked")), 120));
        table.getStyleClass().add("address-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.entries());
        // Another entry chosen while one is typed in asks first, as the other pages' forms do.
        losing.whenChoosing(table, () -> model.editingProperty().get(), model::edit);
        model.editingProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                table.getSelectionModel().select(entry);
            }
        });
        Button save = new Button(Messages.text("addresses.addressBookView.save"));
        save.setId("address-save");
        save.getStyleClass().add("primary");
        // Enter in a box saves, as on the other pages' forms (a text area keeps Enter for its next line).
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            boolean unreadable = checked.hasUnreadableText();
            model.checkedUnreadableProperty().set(unreadable);
            if (!unreadable) {
                // Text that is no date stays in the box for the parent to correct.
                model.checkedProperty().set(checked.typedDate().orElse(null));
            }
            model.save();
            FirstProblem.reveal(view);
        });
        Button add = new Button(Messages.text("addresses.addressBookView.newEntry"));
        add.setId("address-new");
        add.setOnAction(e -> losing.beforeLosing(() -> model.edit(null)));
        Button remove = new Button(Messages.text("addresses.addressBookView.remove"));
        remove.setId("address-remove");
        remove.setOnAction(e -> losing.beforeLosing(model::remove));
        Label status = StatusLine.bind(new Label(), model.status(), "address-undo");
        status.setId("address-status");
        status.setWrapText(true);
        Label heading = new Label(Messages.text("addresses.addressBookView.addresses"));
        heading.getStyleClass().add("title");
        Label intro = new Label(Messages.text("addresses.addressBookView.theAppFillsLettersFrom"));
        intro.setWrapText(true);
        Label editHeading = new Label(Messages.text("addresses.addressBookView.addOrCorrectAnEntry"));
        editHeading.getStyleClass().add("heading");
        HBox buttons = new HBox(10, save, add, remove);
        losing.inPlaceOf(buttons);
        VBox editor = new VBox(12, editHeading, kept.notice(), form, buttons, losing.view(), status);
        editor.getStyleClass().add("card");
        VBox page = new VBox(heading, intro, table, editor);
        page.getStyleClass().addAll("page", "narrow-page"); // margins, gaps and width from app.css
        view.setContent(page);
        view.setFitToWidth(true);
        // "Saved." goes once the parent types a new entry, chooses another, or leaves the page.
        MovingOn.watch(view, model.status());
        lay(view, () -> model.reload(Optional.empty()));
    }

    private FormGrid form() {
        ComboBox<EntryKind> kind = new ComboBox<>(FXCollections.observableArrayList(EntryKind.values()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.nameProperty());
        TextArea details = TabMovesFocus.on(new TextArea());
        details.textProperty().bindBidirectional(model.detailsProperty());
        details.setPrefRowCount(3);
        TextField postcode = PostcodeInput.tidyOnLeave(new TextField());
        postcode.textProperty().bindBidirectional(model.postcodeProperty());
        TextArea notes = TabMovesFocus.on(new TextArea());
        notes.textProperty().bindBidirectional(model.notesProperty());
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        checked.setDate(model.checkedProperty().get());
        model.checkedProperty().addListener((obs, old, date) -> checked.setDate(date));
        FormGrid form = new FormGrid();
        form.add("address-kind", Messages.text("addresses.addressBookView.kind"), kind, null);
        FormGrid.follow(form.add("address-name", Messages.text("addresses.addressBookView.name"), name, null),
                model.nameProblemProperty());
        FormGrid.follow(form.add("address-details",
                Messages.text("addresses.addressBookView.addressLinesOrPhoneNumber"), details,
                Messages.text("addresses.addressBookView.forAPostalAddressEach")),
                model.detailsProblemProperty());
        FormGrid.follow(form.add("address-postcode", Messages.text("addresses.addressBookView.postcode"), postcode,
                null), model.postcodeProblemProperty());
        FormGrid.follow(form.add("address-notes", Messages.text("addresses.addressBookView.whatItIsFor"), notes, null),
                model.notesProblemProperty());
        FormGrid.follow(form.add("address-checked", Messages.text("addresses.addressBookView.lastChecked"), checked,
                Messages.text("addresses.addressBookView.whenYouLastCheckedThis")), model.checkedProblemProperty());
        return form;
    }

    /** The form's key among the drafts (see {@link DraftKeeper}): "address/every-case/record-4". */
    static final String FORM = "address";

    /** Typing in the form not saved yet: closing the app asks first. */
    @Override
    public boolean holdsUnsavedTyping() {
        return asFilled.changed();
    }


}
