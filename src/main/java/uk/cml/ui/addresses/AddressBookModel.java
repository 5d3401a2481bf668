package uk.cml.ui.addresses;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.cml.domain.TextLimit;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.addressbook.AddressBookEntry.EntryKind;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.store.AddressBookStore;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;

/** The address book: its entries, the one being added or corrected, what is wrong with it, save and remove. */
final class AddressBookModel {

    private final AddressBookStore store;
    private final Jobs jobs;
    private final Clock clock;
    private final ObservableList<AddressBookEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AddressBookEntry> editing = new SimpleObjectProperty<>();
    private final java.util.List<Runnable> whenFilled = new java.util.ArrayList<>();
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(EntryKind.POSTAL);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> checked = new SimpleObjectProperty<>();
    private final BooleanProperty checkedUnreadable = new SimpleBooleanProperty();
    private final StringProperty nameProblem = new SimpleStringProperty("");
    private final StringProperty detailsProblem = new SimpleStringProperty("");
    private final StringProperty postcodeProblem = new SimpleStringProperty("");
    private final StringProperty checkedProblem = new SimpleStringProperty("");
    private final StringProperty notesProblem = new SimpleStringProperty("");
    private final PageStatus status = new PageStatus();

    AddressBookModel(AddressBookStore store, Jobs jobs, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
        edit(null);
    }

    ObservableList<AddressBookEntry> entries() {
        return entries;
    }

    /** The entry being corrected, or null while a new one is added. */
    ReadOnlyObjectProperty<AddressBookEntry> editingProperty() {
        return editing;
    }

    ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty detailsProperty() {
        return details;
    }

    StringProperty postcodeProperty() {
        return postcode;
    }

    StringProperty notesProperty() {
        return notes;
    }

    /** When the entry was last checked; null when not known. */
    ObjectProperty<LocalDate> checkedProperty() {
        return checked;
    }

    /** The last-checked box holds text that is not a date. */
    BooleanProperty checkedUnreadableProperty() {
        return checkedUnreadable;
    }

    StringProperty nameProblemProperty() {
        return nameProblem;
    }

    StringProperty detailsProblemProperty() {
        return detailsProblem;
    }

    StringProperty postcodeProblemProperty() {
        return postcodeProblem;
    }

    StringProperty notesProblemProperty() {
        return notesProblem;
    }

    StringProperty checkedProblemProperty() {
        return checkedProblem;
    }

    PageStatus status() {
        return status;
    }

    void reload(Optional<Long> select) {
        reload(select, () -> { });
    }

    /** Loads the entries, opens the one with id {@code select} if any, then runs {@code then}. */
    private void reload(Optional<Long> select, Runnable then) {
        jobs.start(store::entries, loaded -> {
            entries.setAll(loaded);
            select.flatMap(id -> loaded.stream().filter(e -> e.id() == id).findFirst()).ifPresent(this::edit);
            then.run();
        }, status::problem);
    }

    /** Opens an entry for correction, or (null) starts a new one, checked today. */
    void edit(AddressBookEntry entry) {
        kind.set(entry == null ? EntryKind.POSTAL : entry.kind());
        name.set(entry == null ? "" : entry.name());
        details.set(entry == null ? "" : entry.details());
        postcode.set(entry == null ? "" : entry.postcode());
        notes.set(entry == null ? "" : entry.notes());
        checked.set(entry == null ? LocalDate.now(clock) : entry.lastChecked().orElse(null));
        checkedUnreadable.set(false);
        for (StringProperty problem : new StringProperty[] {nameProblem, detailsProblem, postcodeProblem,
            checkedProblem, notesProblem}) {
            problem.set("");
        }
        editing.set(entry);
        status.say(entry == null ? Messages.text("addresses.addressBookModel.fillInANewEntry") : "");
        whenFilled.forEach(Runnable::run);
    }

    /** {@code then} runs each time the form is filled afresh (an entry opened, a new one begun, one saved). */
    void whenFilled(Runnable then) {
        whenFilled.add(then);
    }

    /** Saves the entry when its answers are fine; otherwise says what to change beside each answer. */
    void save() {
        boolean postal = kind.get() == EntryKind.POSTAL;
        boolean ok = show(nameProblem,
                blank(name.get()) ? Optional.of(Messages.text("addresses.addressBookModel.enterAName"))
                : TextLimit.SHORT.problem(name.get()));
        ok &= show(detailsProblem, blank(details.get())
                ? Optional.of(postal ? Messages.text("addresses.addressBookModel.enterTheAddressLines")
                : Messages.text("addresses.addressBookModel.enterThePhoneNumber"))
                : postal ? CaseRules.addressLines(details.get(), true) : TextLimit.SHORT.problem(details.get()));
        ok &= show(postcodeProblem, postal ? CaseRules.postcode(postcode.get(), true) : Optional.empty());
        ok &= show(notesProblem, TextLimit.NOTE.problem(notes.get()));
        ok &= show(checkedProblem, checkedUnreadable.get()
                ? Optional.of(Messages.text("addresses.addressBookModel.thatIsNotADate"))
                : Optional.ofNullable(checked.get()).filter(d -> d.isAfter(LocalDate.now(clock)))
                        .map(d -> Messages.text("addresses.addressBookModel.thatDateIsInThe")));
        if (!ok) {
            status.refuse(Messages.text("addresses.addressBookModel.nothingWasSavedPleaseCheck"));
            return;
        }
        AddressBookEntry was = editing.get();
        AddressBookEntry entry = new AddressBookEntry(was == null ? 0 : was.id(), kind.get(), name.get(),
                details.get(), postal ? CaseRules.normalisePostcode(postcode.get()) : "", notes.get(),
                was == null ? Optional.empty() : was.role(), Optional.ofNullable(checked.get()),
                was == null ? Messages.text("addresses.addressBookModel.addedByYou") : was.source());
        jobs.start(() -> was == null ? java.util.OptionalLong.of(store.save(entry))
                : store.correctIfChanged(entry) ? java.util.OptionalLong.of(entry.id())
                : java.util.OptionalLong.empty(), saved -> {
                    if (saved.isEmpty()) {
                        status.nothingChanged(); // the same answers saved again: nothing recorded
                        return;
                    }
                    reload(Optional.of(saved.getAsLong()),
                            () -> status.done(Messages.text("addresses.addressBookModel.saved")));
                }, status::problem);
    }

    /** Removes the entry being corrected, offering Undo. */
    void remove() {
        AddressBookEntry entry = editing.get();
        if (entry == null) {
            return;
        }
        jobs.start(() -> {
            store.remove(entry.id());
            return entry.id();
        }, id -> {
            reload(Optional.empty());
            edit(null);
            status.sayWithUndo(Messages.text("addresses.addressBookModel.removed", entry.name()),
                    () -> jobs.start(() -> {
                store.restore(id);
                return id;
            }, back -> reload(Optional.of(id), () -> status.done(Messages.text("addresses.addressBookModel.putBack"))),
                    status::problem));
        }, status::problem);
    }

    private static boolean show(StringProperty problem, Optional<String> found) {
        problem.set(found.orElse(""));
        return found.isEmpty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
