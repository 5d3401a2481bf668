package uk.cml.ui.calls;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.addressbook.AddressBookEntry.Role;
import uk.cml.domain.calendar.PhoneHours;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.Call;
import uk.cml.store.AddressBookStore;
import uk.cml.store.CallStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.BinWithUndo;
import uk.cml.ui.common.SavedWithUndo;
import uk.cml.ui.common.HistoryList;
import uk.cml.ui.common.Problems;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.Navigator;
import uk.cml.ui.shell.Section;

/**
 * The call log: every call with the CMS, newest first, and a form to note a call quickly while it is
 * fresh. Corrections keep the earlier version and show it as history; deleting moves a call to the bin.
 */
public final class CallsView implements Section {

    private final CallStore store;
    private final AddressBookStore addressBook;
    private final Background background;
    private final ObjectProperty<CaseFile> currentCase;
    private final BorderPane view = new BorderPane();
    private final ListView<Call> list = new ListView<>();
    private final CallForm form;
    private final HistoryList history = new HistoryList("call-history");
    private final Label formHeading = new Label();
    private final Label status = new Label();
    private final SavedWithUndo saved;
    private final Button moveToBin = new Button("Move to bin");
    private final Button confirm = new Button("Write a letter confirming this call");
    private String helpline = "";
    private Call editing;

    /** @param navigator takes the parent to the letter writer, to confirm a call in writing */
    public CallsView(CallStore store, AddressBookStore addressBook, Background background, Clock clock,
                     UkCalendar calendar, ObjectProperty<CaseFile> currentCase, Navigator navigator) {
        this.store = store;
        this.addressBook = addressBook;
        this.background = background;
        this.currentCase = currentCase;
        this.form = new CallForm(clock, calendar);
        this.saved = new SavedWithUndo(background, status);
        list.setId("call-list");
        list.setAccessibleText("Your calls, newest first");
        list.setPlaceholder(new Label("No calls noted yet."));
        list.setCellFactory(v -> new CallCell());
        list.setPrefWidth(330);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, call) -> {
            if (call != null) {
                edit(call);
            }
        });
        Button save = new Button("Save call");
        save.setId("call-save");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button fresh = new Button("Note a new call");
        fresh.setId("call-new");
        fresh.setOnAction(e -> startNew());
        moveToBin.setId("call-bin");
        moveToBin.setOnAction(e -> moveToBin());
        confirm.setId("call-confirm-letter");
        confirm.setAccessibleText("Write a letter to the CMS confirming what was said on this call");
        confirm.setOnAction(e -> Optional.ofNullable(editing)
                .ifPresent(call -> navigator.go(new Destination.LetterFromCall(call))));
        status.setId("call-status");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.getStyleClass().add("status");
        formHeading.getStyleClass().add("heading");
        formHeading.setId("call-form-heading");
        VBox editor = new VBox(14, formHeading, form.view(), history);
        editor.setPadding(new Insets(0, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        // The buttons stay in sight below the long form, so saving never needs a scroll.
        FlowPane buttons = new FlowPane(10, 8, save, fresh, moveToBin, confirm);
        VBox center = new VBox(10, scroll, form.whenCheck(), buttons, status);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        center.setPadding(new Insets(0, 0, 0, 16));
        Label title = new Label("Calls");
        title.getStyleClass().add("title");
        Label intro = new Label("Note every call with the CMS while it is fresh: who you spoke to and what they said. "
                + "Then confirm it in a letter, so there is a written record.");
        intro.setWrapText(true);
        VBox top = new VBox(8, title, intro);
        top.setPadding(new Insets(0, 0, 16, 0));
        VBox left = new VBox(8, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        view.setTop(top);
        view.setLeft(left);
        view.setCenter(center);
        view.setPadding(new Insets(24, 24, 8, 32));
        currentCase.addListener((obs, old, now) -> reload(Optional.empty()));
        startNew();
    }

    @Override
    public String key() {
        return "calls";
    }

    @Override
    public String title() {
        return "Calls";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        reload(Optional.empty());
    }

    /** A call, selected and open, once the list is loaded. */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.CallSelecting call) {
            reload(Optional.of(call.callId()));
        }
    }

    private record Loaded(List<Call> calls, String helpline, PhoneHours hours) {
    }

    private void reload(Optional<Long> select) {
        reload(select, () -> { });
    }

    private void reload(Optional<Long> select, Runnable then) {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            list.getItems().clear();
            return;
        }
        background.run(() -> {
            Optional<AddressBookEntry> phone = addressBook.byRole(Role.CMS_PHONE);
            return new Loaded(store.calls(caseFile.id()), phone.map(AddressBookEntry::details).orElse(""),
                    phone.map(e -> PhoneHours.read(e.notes())).orElse(PhoneHours.WEEKDAYS));
        }, loaded -> {
            helpline = loaded.helpline();
            form.setPhoneHours(loaded.hours());
            list.getItems().setAll(loaded.calls());
            list.scrollTo(0); // newest first: the list opens at its newest call
            select.flatMap(id -> loaded.calls().stream().filter(c -> c.id() == id).findFirst())
                    .ifPresent(c -> {
                        list.scrollTo(c);
                        list.getSelectionModel().select(c);
                    });
            if (editing == null) {
                form.offerNumber(helpline);
            }
            then.run();
        }, error -> status.setText(Problems.forParent(error)));
    }

    private void startNew() {
        editing = null;
        list.getSelectionModel().clearSelection();
        form.startNew(helpline);
        history.show(List.of(), null, Call::changesSince);
        formHeading.setText("Note a new call");
        moveToBin.setDisable(true);
        confirm.setDisable(true);
        status.setGraphic(null);
        status.setText("");
    }

    private void edit(Call call) {
        editing = call;
        form.show(call);
        formHeading.setText("Call of " + UkFormats.dateTime(call.happenedAt()));
        moveToBin.setDisable(false);
        confirm.setDisable(false);
        status.setGraphic(null);
        status.setText("Recorded in the app on " + UkFormats.dateTime(call.recordedAt())
                + ". Change anything and save: the earlier version is kept.");
        background.run(() -> store.history(call.id()), (List<Amended<Call>> earlier) -> {
            if (editing == call) {
                history.show(earlier, call, Call::changesSince);
            }
        }, error -> status.setText(Problems.forParent(error)));
    }

    private void save() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        Optional<Call> typed = form.read(editing == null ? 0 : editing.id(), caseFile.id());
        if (typed.isEmpty()) {
            status.setGraphic(null);
            status.setText("Nothing was saved. Please check the answers marked in red.");
            return;
        }
        Call call = typed.get();
        Call before = editing;
        background.run(() -> {
            if (before == null) {
                return store.add(call);
            }
            store.correct(call);
            return call.id();
        }, id -> reload(Optional.of(id), () -> {
            // Once the saved call is selected again (which resets the status line), offer Undo.
            saved.afterSave("call-saved-undo", before == null, before == null ? "Call saved."
                    : "Correction saved. The earlier version is kept below.", () -> store.moveToBin(id),
                    () -> store.correct(before), (binned, then) -> {
                        if (binned) {
                            startNew();
                        }
                        reload(binned ? Optional.empty() : Optional.of(id), then);
                    });
        }), error -> status.setText(Problems.forParent(error)));
    }

    private void moveToBin() {
        Call call = editing;
        if (call == null) {
            return;
        }
        new BinWithUndo(background, status).moveToBin("call-undo",
                "Moved the call to the bin. You can put it back from the Bin page.", () -> {
                    store.moveToBin(call.id());
                    return call.id();
                }, () -> {
                    store.restore(call.id());
                    return call.id();
                }, this::startNewAndReload, () -> reload(Optional.of(call.id())));
    }

    private void startNewAndReload() {
        startNew();
        reload(Optional.empty());
    }

    private static final class CallCell extends ListCell<Call> {
        CallCell() {
            // Wrap within the list's width rather than widening the list with a sideways scroll bar.
            setPrefWidth(0);
            setWrapText(true);
            uk.cml.ui.common.FullTextTooltip.on(this);
        }

        @Override
        protected void updateItem(Call call, boolean empty) {
            super.updateItem(call, empty);
            if (empty || call == null) {
                setText(null);
                return;
            }
            String said = call.whatWasSaid().lines().findFirst().orElse("");
            setText(UkFormats.dateTime(call.happenedAt()) + "\n" + call.title()
                    + (said.isEmpty() ? "" : "\n" + (said.length() > 60 ? said.substring(0, 57) + "..." : said)));
        }
    }
}
