package uk.cml.ui.calls;

import java.time.Clock;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.store.AddressBookStore;
import uk.cml.store.CallStore;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.KeptForm;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.RecordsPage;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.Navigator;
import uk.cml.ui.shell.Page;

/**
 * The call log: every call with the CMS, newest first, and a form to note a call quickly while it is
 * fresh. Corrections keep the earlier version and show it as history; deleting moves a call to the bin.
 */
public final class CallsView extends Page {

    private final CallsModel model;
    private final CallForm form;
    private final RecordsPage<Call> page;
    /** The work under way, for bringing the question into view once the call's page has all come back. */
    private final javafx.beans.value.ObservableIntegerValue work;

    /** @param navigator takes the parent to the letter writer, to confirm a call in writing */
    public CallsView(CallStore store, AddressBookStore addressBook, Background background, Clock clock,
                     UkCalendar calendar, ObjectProperty<CaseFile> currentCase, Navigator navigator) {
        this(store, addressBook, background, clock, calendar, currentCase, navigator, DraftKeeper.none());
    }

    /** @param drafts keeps what is typed in the form as it is typed, and puts it back after the app was closed */
    public CallsView(CallStore store, AddressBookStore addressBook, Background background, Clock clock,
                     UkCalendar calendar, ObjectProperty<CaseFile> currentCase, Navigator navigator,
                     DraftKeeper drafts) {
        this(store, addressBook, background, clock, calendar, currentCase, navigator, drafts,
                caseId -> java.util.List.of());
    }

    /**
     * @param letters the case's sent letters: a call a letter names as the one it confirms (the app's letter made
     *                from it, or one logged by hand as following it up) is said to be confirmed, and the letter
     *                confirming it is not offered again
     */
    public CallsView(CallStore store, AddressBookStore addressBook, Background background, Clock clock,
                     UkCalendar calendar, ObjectProperty<CaseFile> currentCase, Navigator navigator,
                     DraftKeeper drafts, java.util.function.LongFunction<java.util.List<SentLetter>> letters) {
        this(store, addressBook, background, clock, calendar, currentCase, navigator, drafts, letters,
                caseId -> java.util.Map.of());
    }

    /**
     * @param raised the case's calls whose passed promise a posted letter to the CMS has raised, each with that letter
     *               ({@code StandingStore#promisesRaisedIn}: the one rule the Overview and Where it stands leave such a
     *               promise out by); their rows say so, not "Promised date passed"
     */
    public CallsView(CallStore store, AddressBookStore addressBook, Background background, Clock clock,
                     UkCalendar calendar, ObjectProperty<CaseFile> currentCase, Navigator navigator,
                     DraftKeeper drafts, java.util.function.LongFunction<java.util.List<SentLetter>> letters,
                     java.util.function.LongFunction<java.util.Map<Long, SentLetter>> raised) {
        super("calls", Messages.text("calls.view.calls"));
        this.model = new CallsModel(store, addressBook, background, currentCase,
                call -> navigator.go(new Destination.LetterFromCall(call)), letters, raised);
        this.form = new CallForm(clock, calendar);
        this.work = background.running();
        Button confirm = new Button(Messages.text("calls.view.writeALetterConfirmingThis"));
        confirm.setId("call-confirm-letter");
        confirm.setAccessibleText(Messages.text("calls.view.writeALetterToThe"));
        confirm.setOnAction(e -> model.editing()
                .ifPresent(call -> navigator.go(new Destination.LetterFromCall(call))));
        confirm.disableProperty().bind(model.hasSaved().not());
        // One offer at a time: just after a save the status line under Save offers this same letter (see CallsModel).
        // A call a letter in the log confirms is not offered the letter again: the page says which letter it was.
        javafx.beans.binding.BooleanBinding confirmed = javafx.beans.binding.Bindings.isNotEmpty(model.confirmedIn());
        confirm.visibleProperty().bind(model.status().nextProperty().isNull().and(confirmed.not()));
        confirm.managedProperty().bind(confirm.visibleProperty());
        javafx.scene.control.Label confirmedIn = new javafx.scene.control.Label();
        confirmedIn.setId("call-confirmed-in");
        confirmedIn.setWrapText(true);
        confirmedIn.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        confirmedIn.getStyleClass().add("field-hint");
        confirmedIn.textProperty().bind(model.confirmedIn());
        confirmedIn.visibleProperty().bind(confirmed);
        confirmedIn.managedProperty().bind(confirmedIn.visibleProperty());
        form.startNew("");
        KeptForm kept = form.keptBy(drafts, model::draftRecord);
        RecordsPage.Parts<Call> parts = new RecordsPage.Parts<>("call", Messages.text("calls.view.calls"),
                Messages.text("calls.view.noteEveryCallWithThe"), Messages.text("calls.view.yourCallsNewestFirst"),
                Messages.text("calls.view.noCallsNotedYet"), Messages.text("calls.view.saveCall"),
                Messages.text("calls.model.noteANewCall"), form.view(),
                new VBox(6, kept.notice(), confirmedIn, form.whenCheck()), CallsView::cellText,
                Call::changesSince);
        page = new RecordsPage<>(model, parts, () -> model.save(form::read), this::showForm, confirm)
                .asksBeforeLosing(form::hasUnsavedTyping);
        // A promise whose day has gone, as the Overview's "Chase it" says (Call#promiseLate), in the call's row; one a
        // posted letter has raised is said to be raised there, as the Overview no longer says to chase it.
        page.withStatus(call -> promiseStatus(call, java.time.LocalDate.now(clock), model.raisedProperty().get()),
                model.raisedProperty());
        Node view = page.view();
        model.hoursProperty().addListener((obs, old, hours) -> form.setPhoneHours(hours));
        model.helplineProperty().addListener((obs, old, number) -> {
            if (model.editing().isEmpty()) {
                form.offerNumber(number);
            }
        });
        // "Clear it" after a put-back: the form is as it was (DraftField empties "Who called" again), so a new call
        // has nobody chosen and no number; only the helpline, if read since, is offered to it.
        kept.whenCleared(() -> {
            if (model.editing().isEmpty()) {
                form.offerNumber(model.helplineProperty().get());
            }
        });
        lay(view, () -> {
            page.afreshUnlessTyping();
            model.reload(Optional.empty());
        });
    }

    /** A call, selected and open, once the list is loaded. */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.CallSelecting call) {
            askAbout = 0;
            // Opened from another page (the Overview's "Follow up the call"): a half-typed call is asked about first.
            page.beforeLosing(() -> model.reload(Optional.of(call.callId())));
        } else if (destination instanceof Destination.CallToldMissedPayments call) {
            // From the Overview's to-do for a call with no answer: the question in view and focused once it shows.
            page.beforeLosing(() -> {
                askAbout = call.callId();
                model.reload(Optional.of(call.callId()));
            });
        }
    }

    /** The call to open at "Did you tell them about missed payments?" when it is shown (0: none). */
    private long askAbout;

    private void showForm(Call call) {
        if (call == null) {
            form.startNew(model.helplineProperty().get());
        } else {
            form.show(call);
        }
        if (call != null && call.id() == askAbout) {
            askAbout = 0;
            // Not once in a runLater, as before: that could run before the page's first layout (pages are built when
            // first shown), and the page's other loads, coming back after it, lay the form out again (SettledInView).
            form.bringToldIntoView(work);
        }
    }

    /**
     * "Promised date passed" for a call whose promised day has gone and is still to chase (never "not kept": the
     * parent knows only that it is not marked done by the date she noted, which may be her own count); for one a posted letter to the
     * CMS has raised ({@code raised}: PromisesRaised, the Overview's rule), that it was raised in that letter; none for
     * any other, nor while the letters are still being read ({@code raised} null).
     */
    static uk.cml.ui.common.StatusChip.Status promiseStatus(Call call, java.time.LocalDate today,
            java.util.Map<Long, SentLetter> raised) {
        if (!call.promiseLate(today) || raised == null) {
            return uk.cml.ui.common.StatusChip.Status.NONE;
        }
        String by = UkFormats.shortDate(call.promiseToChase().orElseThrow());
        String kept = Messages.text("calls.form.theyDidWhatTheyPromised");
        SentLetter letter = raised.get(call.id());
        if (letter != null) {
            String written = UkFormats.shortDate(letter.written());
            // The chip within the list's narrowest width: the day and month, the year only when not this year's.
            String chip = Messages.text("calls.view.promiseRaised", letter.written().getYear() == today.getYear()
                    ? uk.cml.domain.calendar.CalendarText.dayAndMonth(letter.written()) : written);
            return new uk.cml.ui.common.StatusChip.Status(chip, uk.cml.ui.common.StatusChip.Tone.INFO, chip,
                    Messages.text("calls.view.promiseRaisedInFull", by, written,
                            UkFormats.shortDate(letter.posted().orElseThrow()), kept));
        }
        return new uk.cml.ui.common.StatusChip.Status(
                Messages.text("calls.view.promiseDatePassed"), uk.cml.ui.common.StatusChip.Tone.WARN,
                Messages.text("calls.view.promiseDatePassed"), Messages.text("calls.view.promiseDatePassedInFull", by,
                kept));
    }

    /**
     * The day and time, who called whom, then what was said: the list shows its first line (cut at the list's width
     * only if it must be), and the tooltip all of it, so calls of a day can be told apart.
     */
    static String cellText(Call call) {
        String said = call.whatWasSaid().strip();
        return UkFormats.dateTime(call.happenedAt()) + "\n" + call.title() + (said.isEmpty() ? "" : "\n" + said);
    }

    @Override
    public boolean holdsUnsavedTyping() {
        return form.hasUnsavedTyping();
    }
}
