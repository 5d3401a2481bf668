package uk.cml.ui.addresses;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.addressbook.AddressBookEntry.EntryKind;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.store.AddressBookStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.BinWithUndo;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.PostcodeInput;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.shell.Section;

/** The CMS and other contacts: each says when it was last checked, and every entry can be corrected. */
public final class AddressBookView implements Section {

    private final AddressBookStore store;
    private final Background background;
    private final Clock clock;
    private final ScrollPane view = new ScrollPane();
    private final TableView<AddressBookEntry> table = new TableView<>();
    private final ComboBox<EntryKind> kind = new ComboBox<>(FXCollections.observableArrayList(EntryKind.values()));
    private final TextField name = new TextField();
    private final TextArea details = new TextArea();
    private final TextField postcode = PostcodeInput.tidyOnLeave(new TextField());
    private final TextArea notes = new TextArea();
    private final UkDateField checked = new UkDateField();
    private final Label nameError;
    private final Label detailsError;
    private final Label postcodeError;
    private final Label checkedError;
    private final Label status = new Label();
    private AddressBookEntry editing;

    public AddressBookView(AddressBookStore store, Background background, Clock clock) {
        this.store = store;
        this.background = background;
        this.clock = clock;
        table.setId("address-table");
        table.setAccessibleText("Address book");
        table.getColumns().add(column("Name", e -> e.name(), 240));
        table.getColumns().add(column("Address or number", AddressBookEntry::summary, 380));
        table.getColumns().add(column("Last checked", e -> e.lastChecked().map(UkFormats::shortDate).orElse("Not checked"), 120));
        table.setPrefHeight(250);
        table.setMinHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                edit(entry);
            }
        });
        FormGrid form = new FormGrid();
        form.add("address-kind", "Kind", kind, null);
        nameError = form.add("address-name", "Name", name, null);
        details.setPrefRowCount(3);
        detailsError = form.add("address-details", "Address lines or phone number", details,
                "For a postal address: each line on its own line, without the postcode.");
        postcodeError = form.add("address-postcode", "Postcode", postcode, null);
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        form.add("address-notes", "What it is for", notes, null);
        checkedError = form.add("address-checked", "Last checked", checked,
                "When you last checked this against GOV.UK or a CMS letter.");
        Button save = new Button("Save");
        save.setId("address-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button add = new Button("New entry");
        add.setId("address-new");
        add.setOnAction(e -> edit(null));
        Button remove = new Button("Remove");
        remove.setId("address-remove");
        remove.setOnAction(e -> remove());
        status.setId("address-status");
        status.setWrapText(true);
        Label heading = new Label("Addresses and phone numbers");
        heading.getStyleClass().add("title");
        Label intro = new Label("The app fills letters from here. Facts change: check an address on GOV.UK or on your "
                + "latest CMS letter before you post anything important, then update the date.");
        intro.setWrapText(true);
        Label editHeading = new Label("Add or correct an entry");
        editHeading.getStyleClass().add("heading");
        VBox editor = new VBox(12, editHeading, form, new HBox(10, save, add, remove), status);
        editor.getStyleClass().add("card");
        VBox page = new VBox(14, heading, intro, table, editor);
        page.setPadding(new Insets(24, 32, 24, 32));
        page.setMaxWidth(900);
        view.setContent(page);
        view.setFitToWidth(true);
        edit(null);
    }

    private static TableColumn<AddressBookEntry, String> column(String title,
            java.util.function.Function<AddressBookEntry, String> value, double width) {
        TableColumn<AddressBookEntry, String> column = uk.cml.ui.common.TextColumns.of(title, value, width);
        return column;
    }

    @Override
    public String key() {
        return "addresses";
    }

    @Override
    public String title() {
        return "Addresses";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        reload(Optional.empty());
    }

    private void reload(Optional<Long> select) {
        background.run(store::entries, entries -> {
            table.getItems().setAll(entries);
            select.flatMap(id -> entries.stream().filter(e -> e.id() == id).findFirst())
                    .ifPresent(e -> table.getSelectionModel().select(e));
        }, error -> status.setText(Problems.forParent(error)));
    }

    private void edit(AddressBookEntry entry) {
        editing = entry;
        kind.setValue(entry == null ? EntryKind.POSTAL : entry.kind());
        name.setText(entry == null ? "" : entry.name());
        details.setText(entry == null ? "" : entry.details());
        postcode.setText(entry == null ? "" : entry.postcode());
        notes.setText(entry == null ? "" : entry.notes());
        checked.setDate(entry == null ? LocalDate.now(clock) : entry.lastChecked().orElse(null));
        List.of(nameError, detailsError, postcodeError, checkedError).forEach(l -> FormGrid.show(l, Optional.empty()));
        status.setText(entry == null ? "Fill in a new entry, then Save." : "");
    }

    private void save() {
        boolean postal = kind.getValue() == EntryKind.POSTAL;
        boolean ok = FormGrid.show(nameError, blank(name.getText()) ? Optional.of("Enter a name.") : Optional.empty());
        ok &= FormGrid.show(detailsError, blank(details.getText())
                ? Optional.of(postal ? "Enter the address lines." : "Enter the phone number.")
                : postal ? CaseRules.addressLines(details.getText(), true) : Optional.empty());
        ok &= FormGrid.show(postcodeError, postal ? CaseRules.postcode(postcode.getText(), true) : Optional.empty());
        ok &= FormGrid.show(checkedError, checked.hasUnreadableText()
                ? Optional.of("That is not a date we can read. Type it like 22/11/2026.")
                : checked.typedDate().filter(d -> d.isAfter(LocalDate.now(clock)))
                        .map(d -> "That date is in the future."));
        if (!ok) {
            status.setText("Nothing was saved. Please check the answers marked in red.");
            return;
        }
        AddressBookEntry entry = new AddressBookEntry(editing == null ? 0 : editing.id(), kind.getValue(),
                name.getText(), details.getText(), postal ? CaseRules.normalisePostcode(postcode.getText()) : "",
                notes.getText(), editing == null ? Optional.empty() : editing.role(), checked.typedDate(),
                editing == null ? "Added by you" : editing.source());
        background.run(() -> store.save(entry), id -> {
            status.setText("Saved.");
            reload(Optional.of(id));
        }, error -> status.setText(Problems.forParent(error)));
    }

    private void remove() {
        AddressBookEntry entry = editing;
        if (entry == null) {
            return;
        }
        new BinWithUndo(background, status).moveToBin("address-undo", "Removed " + entry.name() + ".", () -> {
            store.remove(entry.id());
            return entry.id();
        }, () -> {
            store.restore(entry.id());
            return entry.id();
        }, () -> {
            reload(Optional.empty());
            edit(null);
        }, () -> reload(Optional.of(entry.id())));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
