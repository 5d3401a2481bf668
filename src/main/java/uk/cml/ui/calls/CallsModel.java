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
import uk.cml.domain.correspondence.SentLetter;
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
    /** The case's letters (not in the Bin), read for the ones that name the call they confirm. */
    private final java.util.function.LongFunction<java.util.List<SentLetter>> letters;
    /** The case's letters that name a call they confirm (made from it, or logged by hand as following it up). */
    private final ObjectProperty<java.util.List<SentLetter>> confirming =
            new SimpleObjectProperty<>(java.util.List.of());
    /** What the page says of the call shown when a letter confirms it; "" when none does (then the letter is offered). */
    private final javafx.beans.binding.StringBinding confirmedIn;
    /** Reads the case's calls whose passed promise a posted letter raised, each with that letter. */
    private final java.util.function.LongFunction<java.util.Map<Long, SentLetter>> raisedBy;
    /**
     * The calls whose passed promise a posted letter raised, with the letter; null until first read, so that no call
     * is said to be still to chase before the letters have been read for it.
     */
    private final ObjectProperty<java.util.Map<Long, SentLetter>> raised = new SimpleObjectProperty<>();
    private final StringProperty helpline = new SimpleStringProperty("");
    private final ObjectProperty<PhoneHours> hours = new SimpleObjectProperty<>(PhoneHours.WEEKDAYS);

    /** @param confirmInWriting opens the letter confirming a call, with that call chosen */
    CallsModel(CallStore store, AddressBookStore addressBook, Jobs jobs, ObjectProperty<CaseFile> currentCase,
               Consumer<Call> confirmInWriting) {
        this(store, addressBook, jobs, currentCase, confirmInWriting, caseId -> java.util.List.of());
    }

    /**
     * @param letters the case's sent letters: a call one of them names as the call it confirms is confirmed in
     *                writing, so the letter confirming it is not offered again
     */
    CallsModel(CallStore store, AddressBookStore addressBook, Jobs jobs, ObjectProperty<CaseFile> currentCase,
               Consumer<Call> confirmInWriting, java.util.function.LongFunction<java.util.List<SentLetter>> letters) {
        this(store, addressBook, jobs, currentCase, confirmInWriting, letters, caseId -> java.util.Map.of());
    }

    /**
     * @param raised the case's calls whose passed promise a posted letter to the CMS has raised, each with that letter
     *               (the rule the Overview and Where it stands leave the promise out by: PromisesRaised)
     */
    CallsModel(CallStore store, AddressBookStore addressBook, Jobs jobs, ObjectProperty<CaseFile> currentCase,
               Consumer<Call> confirmInWriting, java.util.function.LongFunction<java.util.List<SentLetter>> letters,
               java.util.function.LongFunction<java.util.Map<Long, SentLetter>> raised) {
        super(store, store::calls, new Kind<>(Messages.text("calls.model.noun"),
                Messages.text("calls.model.noteANewCall"),
                call -> Messages.text("calls.model.callOf", UkFormats.dateTime(call.happenedAt())), Call::id,
                Call::recordedAt), jobs, currentCase);
        this.addressBook = addressBook;
        this.confirmInWriting = confirmInWriting;
        this.letters = letters;
        this.raisedBy = raised;
        this.confirmedIn = javafx.beans.binding.Bindings.createStringBinding(
                () -> editing().flatMap(this::confirmedBy).map(CallsModel::said).orElse(""), editingProperty(),
                confirming);
    }

    /** The newest letter in the log that names {@code call} as the call it confirms, if any. */
    private Optional<SentLetter> confirmedBy(Call call) {
        return confirming.get().stream().filter(l -> l.confirmsCall().equals(Optional.of(call.id())))
                .max(java.util.Comparator.comparing(SentLetter::written).thenComparing(SentLetter::id));
    }

    private static String said(SentLetter letter) {
        return letter.isPosted()
                ? Messages.text("calls.view.confirmedIn", UkFormats.shortDate(letter.written()),
                        UkFormats.shortDate(letter.posted().orElseThrow()))
                : Messages.text("calls.view.confirmedInNotPosted", UkFormats.shortDate(letter.written()));
    }

    /**
     * What the page says of the call shown when a letter in the log confirms it (the app's letter made from it, or
     * one the parent logged as following it up and linked to it): "" when none does, and then the letter confirming
     * it is offered.
     */
    javafx.beans.value.ObservableStringValue confirmedIn() {
        return confirmedIn;
    }

    /**
     * The letter confirming the call is the next step the seeds give a parent: offered beside "Call saved.", where
     * the parent is looking, rather than only at the top of the form, which has scrolled away by then.
     */
    @Override
    protected void saved(Call call) {
        if (confirmedBy(call).isPresent()) {
            return; // confirmed in writing already: the page says so instead
        }
        status().offer(new PageStatus.Step("call-saved-letter",
                Messages.text("calls.view.writeALetterConfirmingThis"), () -> confirmInWriting.accept(call)));
    }

    /**
     * The calls whose passed promise a posted letter to the CMS raised, each with the first such letter; null until
     * read. Call ids are the records' own, so a map read for another case names none of this case's calls.
     */
    ReadOnlyObjectProperty<java.util.Map<Long, SentLetter>> raisedProperty() {
        return raised;
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
        long caseId = caseFile().get().id();
        jobs.start(() -> letters.apply(caseId).stream().filter(l -> l.confirmsCall().isPresent()).toList(),
                confirming::set, status()::problem);
        jobs.start(() -> raisedBy.apply(caseId), raised::set, status()::problem);
        jobs.start(() -> addressBook.byRole(Role.CMS_PHONE), phone -> {
            hours.set(phone.map(e -> PhoneHours.read(e.notes())).orElse(PhoneHours.WEEKDAYS));
            helpline.set(phone.map(AddressBookEntry::details).orElse(""));
        }, status()::problem);
    }
}
