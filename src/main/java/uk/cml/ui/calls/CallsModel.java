package uk.cml.ui.calls;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.domain.UkFormats;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.addressbook.AddressBookEntry.Role;
import uk.cml.domain.calendar.PhoneHours;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.evidence.Call;
import uk.cml.store.AddressBookStore;
import uk.cml.store.CallStore;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.common.RecordsModel;

/**
 * The call log: the case's calls, the one being noted or corrected, and the CMS helpline with its opening
 * hours from the address book (offered as the number, and used to check when a call was made).
 */
final class CallsModel extends RecordsModel<Call> {

    private final AddressBookStore addressBook;
    private final Consumer<Call> confirmInWriting;
    private final StringProperty helpline = new SimpleStringProperty("");
    private final ObjectProperty<PhoneHours> hours = new SimpleObjectProperty<>(PhoneHours.WEEKDAYS);

    /** @param confirmInWriting opens the letter confirming a call, with that call chosen */
    CallsModel(CallStore store, AddressBookStore addressBook, Jobs jobs, ObjectProperty<CaseFile> currentCase,
               Consumer<Call> confirmInWriting) {
        super(store, store::calls, new Kind<>(Messages.text("calls.model.noun"),
                Messages.text("calls.model.noteANewCall"),
                call -> Messages.text("calls.model.callOf", UkFormats.dateTime(call.happenedAt())), Call::id,
                Call::recordedAt), jobs, currentCase);
        this.addressBook = addressBook;
        this.confirmInWriting = confirmInWriting;
    }

    /**
     * The letter confirming the call is the next step the seeds give a parent: offered beside "Call saved.", where
     * the parent is looking, rather than only at the top of the form, which has scrolled away by then.
     */
    @Override
    protected void saved(Call call) {
        status().offer(new PageStatus.Step("call-saved-letter",
                Messages.text("calls.view.writeALetterConfirmingThis"), () -> confirmInWriting.accept(call)));
    }

    /** The CMS helpline number from the address book, or "" when it has none. */
    ReadOnlyStringProperty helplineProperty() {
        return helpline;
    }

    ReadOnlyObjectProperty<PhoneHours> hoursProperty() {
        return hours;
    }

    /** Loads the calls and, beside them, the helpline and its hours. */
    @Override
    public void reload(Optional<Long> select) {
        super.reload(select);
        if (caseFile().isEmpty()) {
            return;
        }
        jobs.start(() -> addressBook.byRole(Role.CMS_PHONE), phone -> {
            hours.set(phone.map(e -> PhoneHours.read(e.notes())).orElse(PhoneHours.WEEKDAYS));
            helpline.set(phone.map(AddressBookEntry::details).orElse(""));
        }, status()::problem);
    }
}
