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
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.PostcodeInput;
import uk.cml.ui.common.StatusLine;
import uk.cml.ui.common.TextColumns;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.shell.Page;

/** The CMS and other contacts: each says when it was last checked, and every entry can be corrected. */
public final class AddressBookView extends Page {

    private final AddressBookModel model;
    private final ScrollPane view = new ScrollPane();
    private final TableView<AddressBookEntry> table = new TableView<>();
    private final UkDateField checked = new UkDateField();

    public AddressBookView(AddressBookStore store, Background background, Clock clock) {
        super("addresses", "Addresses");
        this.model = new AddressBookModel(store, background, clock);
        table.setId("address-table");
        table.setAccessibleText("Address book");
        table.getColumns().add(TextColumns.of("Name", AddressBookEntry::name, 240));
        table.getColumns().add(TextColumns.of("Address or number", AddressBookEntry::summary, 380));
        table.getColumns().add(TextColumns.of("Last checked",
                e -> e.lastChecked().map(UkFormats::shortDate).orElse("Not checked"), 120));
        table.getStyleClass().add("address-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.entries());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && entry != model.editingProperty().get()) {
                model.edit(entry);
            }
        });
        model.editingProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                table.getSelectionModel().select(entry);
            }
        });
        Button save = new Button("Save");
        save.setId("address-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> {
            boolean unreadable = checked.hasUnreadableText();
            model.checkedUnreadableProperty().set(unreadable);
            if (!unreadable) {
                // Text that is no date stays in the box for the parent to correct.
                model.checkedProperty().set(checked.typedDate().orElse(null));
            }
            model.save();
        });
        Button add = new Button("New entry");
        add.setId("address-new");
        add.setOnAction(e -> model.edit(null));
        Button remove = new Button("Remove");
        remove.setId("address-remove");
        remove.setOnAction(e -> model.remove());
        Label status = StatusLine.bind(new Label(), model.status(), "address-undo");
        status.setId("address-status");
        status.setWrapText(true);
        Label heading = new Label("Addresses");
        heading.getStyleClass().add("title");
        Label intro = new Label("Addresses and phone numbers. The app fills letters from here. Facts change: check an address on GOV.UK or on your "
                + "latest CMS letter before you post anything important, then update the date.");
        intro.setWrapText(true);
        Label editHeading = new Label("Add or correct an entry");
        editHeading.getStyleClass().add("heading");
        VBox editor = new VBox(12, editHeading, form(), new HBox(10, save, add, remove), status);
        editor.getStyleClass().add("card");
        VBox page = new VBox(heading, intro, table, editor);
        page.getStyleClass().addAll("page", "narrow-page"); // margins, gaps and width from app.css
        view.setContent(page);
        view.setFitToWidth(true);
        lay(view, () -> model.reload(Optional.empty()));
    }

    private FormGrid form() {
        ComboBox<EntryKind> kind = new ComboBox<>(FXCollections.observableArrayList(EntryKind.values()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.nameProperty());
        TextArea details = new TextArea();
        details.textProperty().bindBidirectional(model.detailsProperty());
        details.setPrefRowCount(3);
        TextField postcode = PostcodeInput.tidyOnLeave(new TextField());
        postcode.textProperty().bindBidirectional(model.postcodeProperty());
        TextArea notes = new TextArea();
        notes.textProperty().bindBidirectional(model.notesProperty());
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        checked.setDate(model.checkedProperty().get());
        model.checkedProperty().addListener((obs, old, date) -> checked.setDate(date));
        FormGrid form = new FormGrid();
        form.add("address-kind", "Kind", kind, null);
        FormGrid.follow(form.add("address-name", "Name", name, null), model.nameProblemProperty());
        FormGrid.follow(form.add("address-details", "Address lines or phone number", details,
                "For a postal address: each line on its own line, without the postcode."),
                model.detailsProblemProperty());
        FormGrid.follow(form.add("address-postcode", "Postcode", postcode, null), model.postcodeProblemProperty());
        form.add("address-notes", "What it is for", notes, null);
        FormGrid.follow(form.add("address-checked", "Last checked", checked,
                "When you last checked this against GOV.UK or a CMS letter."), model.checkedProblemProperty());
        return form;
    }


}
