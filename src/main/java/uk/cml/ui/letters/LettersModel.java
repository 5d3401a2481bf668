package uk.cml.ui.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.cml.domain.UkFormats;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.correspondence.StatedArrears;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.PlanChange;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.ui.common.CaseOfForm;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.shell.Destination;

/**
 * The letters page: the letters sent and received, which replies came, and the letter open in the form (none
 * while the lists show). Says which actions make sense for the open letter. Plain state, tried without a window.
 */
final class LettersModel {

    /**
     * The letter open in the form: a sent one or a received one, null while a new one is logged.
     *
     * @param replyTo     for a new sent letter, the received letter it answers
     * @param replyToText the words that say so on the form
     */
    record Opened(boolean sent, SentLetter sentLetter, ReceivedLetter receivedLetter, Optional<Long> replyTo,
                  String replyToText) {

        static Opened sent(SentLetter letter) {
            return new Opened(true, letter, null, Optional.empty(), "");
        }

        static Opened received(ReceivedLetter letter) {
            return new Opened(false, null, letter, Optional.empty(), "");
        }

        boolean saved() {
            return sent ? sentLetter != null : receivedLetter != null;
        }
    }

    private record Loaded(List<SentLetter> sent, Set<Long> answered, Map<Long, ChangedSinceMade> changed,
                          List<ReceivedLetter> received, Map<Long, StatedArrears> stated,
                          List<AddressBookEntry> addresses, List<Decision> decisions,
                          Map<Long, ComplaintPosition.Beyond> beyond, CmsFacts facts, List<Call> calls,
                          List<uk.cml.domain.arrears.PaymentPlan> plans) {

        Loaded(List<SentLetter> sent, Set<Long> answered, Map<Long, ChangedSinceMade> changed,
               List<ReceivedLetter> received, Map<Long, StatedArrears> stated, List<AddressBookEntry> addresses,
               List<Decision> decisions, CmsFacts facts, List<Call> calls,
               List<uk.cml.domain.arrears.PaymentPlan> plans) {
            this(sent, answered, changed, received, stated, addresses, decisions,
                    ComplaintPosition.beyond(sent, received), facts, calls, plans);
        }
    }

    private final LettersView.Stores stores;
    private final Jobs jobs;
    private final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final ObservableList<SentLetter> sent = FXCollections.observableArrayList();
    private final ObservableList<ReceivedLetter> received = FXCollections.observableArrayList();
    private final ObservableList<AddressBookEntry> addresses = FXCollections.observableArrayList();
    private final ObservableList<Decision> decisions = FXCollections.observableArrayList();
    /** The case's calls, for saying which one a follow-up to a call follows up. */
    private final ObservableList<Call> calls = FXCollections.observableArrayList();
    /** The CMS's targets and time limits, as the parent may have corrected them, for the reply rules; none till read. */
    private final ObjectProperty<CmsFacts> facts = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> answered = new SimpleObjectProperty<>(Set.of());
    /** The posted complaint letters the complaint has gone past, and why, as the Overview reads them. */
    private final ObjectProperty<Map<Long, ComplaintPosition.Beyond>> beyond = new SimpleObjectProperty<>(Map.of());
    /** The arrears figure each received letter states, by letter id. */
    private Map<Long, StatedArrears> stated = Map.of();
    /** The case's payment plans, for saying whether a calculation just logged is already in the plan. */
    private List<uk.cml.domain.arrears.PaymentPlan> plans = List.of();
    /** The letters not posted whose records changed after they were made, by id. */
    private Map<Long, ChangedSinceMade> changed = Map.of();
    private final ObjectProperty<Opened> opened = new SimpleObjectProperty<>();
    /**
     * The question asked beside Save before the posting of a letter made before its records changed is logged: did
     * the parent post this copy? Empty while not asked.
     */
    private final javafx.beans.property.StringProperty postedOutOfDate =
            new javafx.beans.property.SimpleStringProperty("");
    /** The letter the parent said they posted as it is, once asked: Save does not ask again for it (0: none). */
    private long postedAsItIs;
    private final ObjectProperty<Object> lastSaved = new SimpleObjectProperty<>();
    /**
     * The date of a CMS calculation just saved with its letter, while the page offers to add its new amount to the
     * payment plan (the app never changes the plan itself); empty otherwise.
     */
    private final ObjectProperty<Optional<java.time.LocalDate>> calculationSaved =
            new SimpleObjectProperty<>(Optional.empty());
    /** What the calculation last saved means for the plan ({@link PlanChange#of}), to fill the plan form from. */
    private Optional<PlanChange> calculationChange = Optional.empty();
    private final PageStatus status = new PageStatus();
    /** The case open when the letter in the form was begun or opened: it is saved to that case only. */
    private final CaseOfForm formCase;
    /** What becomes of the form when another case is chosen: back to the lists, unless the page keeps it. */
    private Runnable onCaseChange = this::showList;

    LettersModel(LettersView.Stores stores, Jobs jobs, Clock clock, ObjectProperty<CaseFile> currentCase) {
        this.stores = stores;
        this.jobs = jobs;
        this.clock = clock;
        this.currentCase = currentCase;
        this.formCase = new CaseOfForm(currentCase, () -> {
            onCaseChange.run();
            reload();
        });
        // Another letter opened, or the form closed: the question was about the one before.
        opened.addListener((obs, old, now) -> {
            postedOutOfDate.set("");
            postedAsItIs = 0;
            if (now != null) {
                calculationSaved.set(Optional.empty()); // the parent moved on to another letter
            }
        });
        currentCase.addListener((obs, old, now) -> calculationSaved.set(Optional.empty()));
    }

    /** The date of the CMS calculation just saved with its letter, while its new amount is offered; else empty. */
    javafx.beans.value.ObservableObjectValue<Optional<java.time.LocalDate>> calculationSaved() {
        return calculationSaved;
    }

    /**
     * The plan form the offer opens, while a calculation just saved is offered: saying where it came from, and filled
     * with the amount, the day it starts and how often where the decision's words say them (the one reading,
     * {@link PlanChange#of}), for the parent to check and save; what they do not say is left empty, never guessed.
     */
    Optional<Destination.PlanFromDecision> planForm() {
        Optional<PlanChange> change = calculationChange;
        return calculationSaved.get().map(dated -> new Destination.PlanFromDecision(
                change.flatMap(PlanChange::amount), change.flatMap(PlanChange::startsOn),
                change.flatMap(PlanChange::every), Messages.text("standing.planChange.source",
                UkFormats.shortDate(dated))));
    }

    /** The parent went to add the new amount: the offer has been taken up, and goes. */
    void calculationTaken() {
        calculationSaved.set(Optional.empty());
    }

    /** The question asked beside Save before logging the posting of an out-of-date letter; empty while not asked. */
    javafx.beans.value.ObservableStringValue postedOutOfDateQuestion() {
        return postedOutOfDate;
    }

    /** The parent posted the copy they made, out of date as it is: saved as it is typed, and asked no more. */
    void savePostedAsItIs(LongFunction<Optional<SentLetter>> readSent,
                          LongFunction<Optional<ReceivedLetterForm.Typed>> readReceived) {
        Opened now = opened.get();
        if (now != null && now.sentLetter() != null) {
            postedAsItIs = now.sentLetter().id();
        }
        postedOutOfDate.set("");
        save(readSent, readReceived);
    }

    /** Not posted yet after all: the question goes, and the form stays as typed, unsaved. */
    void notPostedYet() {
        postedOutOfDate.set("");
        status.say(Messages.text("letters.model.postedOutOfDate.notSaved"));
    }

    /**
     * Whether saving {@code typed} logs the posting of the open letter, made before its records changed and not
     * posted until now, and the parent has not yet said they posted this copy.
     */
    private boolean asksFirst(Opened now, Object typed) {
        SentLetter before = now.sentLetter();
        return typed instanceof SentLetter letter && before != null && letter.id() == before.id()
                && !before.isPosted() && letter.isPosted() && changed.containsKey(before.id())
                && postedAsItIs != before.id();
    }

    /** What the page does when another case is chosen (the lists, unless the parent is typing a letter). */
    void whenCaseChanges(Runnable then) {
        onCaseChange = then;
    }

    /** The id of the case the letter in the form belongs to, for the files attached to it. */
    long formCaseId() {
        return formCase.caseId();
    }

    ObservableList<SentLetter> sent() {
        return sent;
    }

    ObservableList<ReceivedLetter> received() {
        return received;
    }

    /** The address book, for choosing whom a sent letter went to. */
    ObservableList<AddressBookEntry> addresses() {
        return addresses;
    }

    /** The CMS's targets and time limits the sent-letter form counts a reply with, read with the letters. */
    ObjectProperty<CmsFacts> facts() {
        return facts;
    }

    /**
     * The kinds of letter the form offers ({@link LetterKind#offered}): every kind once the CMS has had the case (its
     * arrangement now involves the CMS, or the records hold a CMS decision or a letter only ever sent to the CMS); for
     * a case only ever private, only those that fit a letter to the other parent or anyone else, plus the kind of the
     * letter opened ({@code kept}), shown as it is.
     */
    List<LetterKind> kindsOffered(Optional<LetterKind> kept) {
        CaseFile caseFile = currentCase.get();
        boolean everWithCms = caseFile == null || caseFile.arrangement().involvesCms() || !decisions.isEmpty()
                || sent.stream().anyMatch(l -> l.kind().toTheCmsOnly() && l.to().isTheCms());
        return LetterKind.offered(everWithCms, kept);
    }

    /** The case's calls, for saying which one a follow-up to a call follows up. */
    ObservableList<Call> calls() {
        return calls;
    }

    /** The case's CMS decisions, for saying which one a reconsideration request or write-off reply answers. */
    ObservableList<Decision> decisions() {
        return decisions;
    }

    /** The parent's letter a received letter is linked to as answering, so a reply can follow on from it. */
    Optional<SentLetter> answers(ReceivedLetter letter) {
        return letter.inReplyTo().flatMap(id -> sent.stream().filter(s -> s.id() == id).findFirst());
    }

    /** The arrears figure a received letter states, if it gives one. */
    Optional<StatedArrears> stated(ReceivedLetter letter) {
        return letter == null ? Optional.empty() : Optional.ofNullable(stated.get(letter.id()));
    }

    /** What changed in the records after a letter not posted yet was made; empty when nothing did. */
    Optional<ChangedSinceMade> changedSinceMade(SentLetter letter) {
        return letter == null ? Optional.empty() : Optional.ofNullable(changed.get(letter.id()));
    }

    /**
     * Where "Make it again" begins a letter made before its records changed: the reply to the same CMS letter, or the
     * same letter, or (one typed in, not made here) the choice of letters.
     */
    Destination.WriteLetter makeAgain(SentLetter letter) {
        Optional<ReceivedLetter> answering = letter.inReplyTo()
                .flatMap(id -> received.stream().filter(r -> r.id() == id).findFirst());
        if (answering.isPresent()) {
            return new Destination.ReplyTo(answering.get(), answers(answering.get()), decisionFrom(answering.get()));
        }
        return LetterTemplates.madeAs(letter.subject())
                .<Destination.WriteLetter>map(t -> new Destination.LetterFromTemplate(t.key(),
                        Optional.of(letter.id())))
                .orElse(new Destination.ChooseLetter());
    }

    /** What making a letter again does with the one made before. */
    enum MadeAgain {
        /** The writer replaces the same letter, to the same address, not posted, by itself. */
        TAKES_ITS_PLACE,
        /**
         * A reply about a single call, letter or decision the log does not link it to: the parent bins the old one.
         * (Begun from the letter itself, "Make it again" offers to replace it: the writer knows which letter.)
         */
        BESIDE_IT,
        /** Typed in, not made here: there is nothing to make again, only the letter to check. */
        NOT_MADE_HERE
    }

    MadeAgain madeAgain(SentLetter letter) {
        return LetterTemplates.madeAs(letter.subject()).map(t -> LetterTemplates.aboutOneRecord(t)
                && letter.inReplyTo().isPresent() ? MadeAgain.BESIDE_IT : MadeAgain.TAKES_ITS_PLACE)
                .orElse(MadeAgain.NOT_MADE_HERE);
    }

    /** Ids of the letters not posted yet that were made before their records changed. */
    Set<Long> madeBeforeChanges() {
        return changed.keySet();
    }

    /** Ids of the sent letters a received letter answers. */
    Set<Long> answered() {
        return answered.get();
    }

    /** The posted complaint letters the complaint has gone past, and why ({@link ComplaintPosition#beyond}). */
    Map<Long, ComplaintPosition.Beyond> complaintBeyond() {
        return beyond.get();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The letter in the form, or null while the lists show. */
    ReadOnlyObjectProperty<Opened> openedProperty() {
        return opened;
    }

    /** The letter just saved (sent or received), so the list can show where it went. */
    ReadOnlyObjectProperty<Object> lastSavedProperty() {
        return lastSaved;
    }

    PageStatus status() {
        return status;
    }

    StringBinding heading() {
        return Bindings.createStringBinding(() -> {
            Opened now = opened.get();
            if (now == null) {
                return "";
            }
            return now.saved() ? (now.sent() ? Messages.text("letters.model.letterYouSent")
                    : Messages.text("letters.model.letterYouReceived"))
                    : (now.sent() ? Messages.text("letters.model.logALetterYouSent")
                    : Messages.text("letters.model.logALetterYouReceived"));
        }, opened);
    }

    /** The open letter is saved, so it can be moved to the bin and its earlier versions shown. */
    BooleanBinding hasSaved() {
        return Bindings.createBooleanBinding(() -> opened.get() != null && opened.get().saved(), opened);
    }

    /** Move to bin: a saved letter is open, and the case it was opened under is the case shown (as on Calls). */
    BooleanBinding canMoveToBin() {
        return hasSaved().and(formCase.ofOpenCaseProperty());
    }

    /**
     * Chasing makes sense once a letter is posted and nothing has come back in reply to it, and its complaint (for a
     * complaint letter) has not gone past it ({@link ComplaintPosition#beyond}), and only in the letter's own case: kept open across a change of case, a chase would be written for the case now shown.
     */
    BooleanBinding canChase() {
        return Bindings.createBooleanBinding(() -> {
            Opened now = opened.get();
            return now != null && now.sent() && now.sentLetter() != null && now.sentLetter().isPosted()
                    && !answered.get().contains(now.sentLetter().id())
                    && !beyond.get().containsKey(now.sentLetter().id());
        }, opened, answered, beyond).and(formCase.ofOpenCaseProperty());
    }

    /**
     * A saved received letter can be answered (log the reply sent, or write one) in its own case: a reply begun in
     * another case would be that case's letter linked to this one.
     */
    BooleanBinding canReply() {
        return Bindings.createBooleanBinding(() -> opened.get() != null && !opened.get().sent()
                && opened.get().saved(), opened).and(formCase.ofOpenCaseProperty());
    }

    void openSent(SentLetter letter) {
        formCase.begin();
        opened.set(Opened.sent(letter));
        status.clear();
    }

    void openReceived(ReceivedLetter letter) {
        formCase.begin();
        opened.set(Opened.received(letter));
        status.clear();
    }

    /** Starts logging the letter sent in reply to a received one, linked to it. */
    void logReplyTo(ReceivedLetter letter) {
        formCase.begin();
        opened.set(new Opened(true, null, null, Optional.of(letter.id()),
                Messages.text("letters.model.inReplyToTheLetter", letter.from(),
                UkFormats.shortDate(letter.received()))));
        status.say(Messages.text("letters.model.fillInTheReplyYou"));
    }

    void showList() {
        opened.set(null);
        status.clear();
    }

    /** Saves the open letter as the form reads it (nothing, when an answer needs changing), then shows the lists. */
    void save(LongFunction<Optional<SentLetter>> readSent,
              LongFunction<Optional<ReceivedLetterForm.Typed>> readReceived) {
        CaseFile caseFile = currentCase.get();
        Opened now = opened.get();
        if (caseFile == null || now == null) {
            return;
        }
        Optional<String> refused = formCase.refusal(Messages.text("letters.model.noun"));
        if (refused.isPresent()) {
            status.say(refused.get()); // what was typed stays in the form
            return;
        }
        Optional<?> typed = now.sent() ? readSent.apply(caseFile.id()) : readReceived.apply(caseFile.id());
        if (typed.isEmpty()) {
            status.refuse(Messages.text("letters.model.nothingWasSavedPleaseCheck"));
            return;
        }
        // The posting of a letter made before its records changed: the parent is asked first whether they posted this
        // copy (its figures are out of date) or should make it again. Nothing is saved until they say.
        if (asksFirst(now, typed.get())) {
            ChangedSinceMade c = changed.get(now.sentLetter().id());
            postedOutOfDate.set(Messages.text(madeAgain(now.sentLetter()) == MadeAgain.NOT_MADE_HERE
                    ? "letters.model.postedOutOfDate.logged" : "letters.model.postedOutOfDate.made",
                    UkFormats.shortDate(c.made().toLocalDate()), c.areasInWords()));
            status.clear();
            return;
        }
        postedOutOfDate.set("");
        // What the letter stated and was before this save, for Undo: both are read afresh once it is saved.
        Optional<StatedArrears> statedBefore = stated(now.receivedLetter());
        Optional<Decision.Kind> decisionBefore = decisionOf(now.receivedLetter());
        jobs.start(() -> write(typed.get()), written -> reload(() -> {
                    long id = written.id();
                    opened.set(null);
                    lastSaved.set(now.sent() ? find(sent, SentLetter::id, id) : find(received, ReceivedLetter::id, id));
                    if (!written.changed()) {
                        status.nothingChanged(); // the same answers saved again: nothing recorded, nothing to undo
                        return;
                    }
                    // A calculation whose amount the plan already has from the day it starts, or that keeps the
                    // amount: said so, and nothing offered. The one check Where it stands makes (PlanChange.of), on
                    // the decision as saved with the letter (its note is the letter's summary, unless one was typed).
                    Optional<java.time.LocalDate> calculation = newCalculation(typed.get(), decisionBefore);
                    Optional<PlanChange> change = calculation.flatMap(dated -> received.stream()
                            .filter(l -> l.id() == id).findFirst().flatMap(this::decisionFrom))
                            .flatMap(decision -> PlanChange.of(decision, plans));
                    status.sayWithUndo(savedWords(typed.get(), statedBefore, decisionBefore, breakdownAsked(), change),
                            () -> {
                                calculationSaved.set(Optional.empty());
                                undoSave(now, statedBefore, decisionBefore, id);
                            });
                    calculationChange = change;
                    calculationSaved.set(change.filter(c -> !c.offered()).isPresent() ? Optional.empty()
                            : calculation);
                }), status::problem);
    }

    /**
     * Saves a letter already saved, amended by one answer (a photo of its certificate attached), at once: a
     * correction with its history like any other, then the lists read afresh with the form left open as it is.
     */
    void saveAmendment(SentLetter amended, Runnable saved, java.util.function.Consumer<String> failed) {
        jobs.start(() -> stores.sent().correctIfChanged(amended), changedIt -> reload(saved),
                error -> failed.accept(uk.cml.ui.common.Problems.forParent(error)));
    }

    /**
     * Saves a received letter already saved, amended by its scan attached, at once: a correction with its history,
     * keeping the figure it states and the decision it is as saved, then the lists read afresh.
     */
    void saveReceivedAmendment(ReceivedLetter amended, Runnable saved, java.util.function.Consumer<String> failed) {
        Optional<StatedArrears> statedNow = stated(amended);
        jobs.start(() -> stores.received().correctIfChanged(amended, statedNow, null), changedIt -> reload(saved),
                error -> failed.accept(uk.cml.ui.common.Problems.forParent(error)));
    }

    /** What a save did: the letter's id, and whether anything changed (a new letter always does). */
    private record Written(long id, boolean changed) {
    }

    /** Saves a new letter, or a correction only if it changes something (off the FX thread). */
    private Written write(Object typed) {
        if (typed instanceof SentLetter letter) {
            return letter.id() == 0 ? new Written(stores.sent().save(letter), true)
                    : new Written(letter.id(), stores.sent().correctIfChanged(letter));
        }
        ReceivedLetterForm.Typed received = (ReceivedLetterForm.Typed) typed;
        return received.letter().id() == 0 ? new Written(saveReceived(received), true)
                : new Written(received.letter().id(), stores.received().correctIfChanged(received.letter(),
                received.stated(), received.decision()));
    }

    /** The day the latest letter asking the CMS for information (such as a breakdown) was written, if any. */
    private Optional<java.time.LocalDate> breakdownAsked() {
        return sent.stream().filter(l -> l.kind() == uk.cml.domain.correspondence.LetterKind.REQUEST_FOR_INFORMATION)
                .map(SentLetter::written).max(java.time.LocalDate::compareTo);
    }

    /**
     * The date on a received letter just saved as a CMS calculation it was not before: such a decision may set a new
     * amount, which the payment plan does not have until the parent adds it.
     */
    static Optional<java.time.LocalDate> newCalculation(Object typed, Optional<Decision.Kind> decisionBefore) {
        return typed instanceof ReceivedLetterForm.Typed received
                && received.decision().equals(Optional.of(Decision.Kind.CALCULATION))
                && !decisionBefore.equals(received.decision()) ? received.letter().dated() : Optional.empty();
    }

    /**
     * "Saved.", and for a received letter what became of the arrears figure it gives: the CMS's figure, saved with
     * it, is what the Payments page sets against the parent's own records. The Overview asks for a breakdown only
     * when the two differ and no request for information was written on or after the figure's day ({@code asked}):
     * with one written, the words say so, rather than promise a line the Overview leaves out.
     */
    static String savedWords(Object typed, Optional<StatedArrears> statedBefore,
            Optional<Decision.Kind> decisionBefore, Optional<java.time.LocalDate> asked) {
        return savedWords(typed, statedBefore, decisionBefore, asked, Optional.empty());
    }

    /**
     * As above; {@code change} is what a calculation saved means for the payment plan, as Where it stands reads it
     * ({@link PlanChange#of}): when the plan in force on the decision's first payment day already has its amount,
     * or the words say the amount stays the same, the words say so, not "Until you do, arrears are worked out from
     * the old amount" (a reviewer had saved the £185.50 from 31 Oct before logging the decision of 20 Oct, and was
     * told to add it). A plan change from after the decision's date with another amount is not the decision's.
     */
    static String savedWords(Object typed, Optional<StatedArrears> statedBefore,
            Optional<Decision.Kind> decisionBefore, Optional<java.time.LocalDate> asked,
            Optional<PlanChange> change) {
        if (!(typed instanceof ReceivedLetterForm.Typed received)) {
            return Messages.text("letters.model.saved");
        }
        String saved = received.stated().map(figure -> asked.filter(day -> !day.isBefore(figure.asAt()))
                        .map(day -> Messages.text("letters.model.savedWithCmsFigureAsked", figure.amount().format(),
                                UkFormats.shortDate(figure.asAt()), UkFormats.shortDate(day)))
                        .orElse(Messages.text("letters.model.savedWithCmsFigure",
                        figure.amount().format(), UkFormats.shortDate(figure.asAt()))))
                .orElse(Messages.text(statedBefore.isPresent() ? "letters.model.savedWithoutCmsFigure"
                        : "letters.model.saved"));
        // What became of the decision it is: counted on "Where things stand" from now on, or no longer.
        if (received.decision().isPresent() && !received.decision().equals(decisionBefore)) {
            String kind = received.decision().get().label();
            String named = Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
            Optional<PlanChange> needsNone = change.filter(c -> !c.offered());
            if (received.decision().get() == Decision.Kind.CALCULATION && needsNone.isPresent()) {
                if (needsNone.get().sameAmount()) {
                    return saved + " " + Messages.text("letters.model.savedAsCalculationSameAmount", named);
                }
                uk.cml.domain.arrears.PaymentPlan plan = needsNone.get().inPlan().orElseThrow();
                return saved + " " + Messages.text("letters.model.savedAsCalculationInPlan", named,
                        plan.amount().format(), plan.frequency().label().toLowerCase(java.util.Locale.UK),
                        UkFormats.shortDate(plan.firstDue()));
            }
            // A calculation may set a new amount: the plan keeps the old one until the parent adds it.
            return saved + " " + Messages.text(received.decision().get() == Decision.Kind.CALCULATION
                            ? "letters.model.savedAsCalculation" : "letters.model.savedAsDecision", named);
        }
        return received.decision().isEmpty() && decisionBefore.isPresent()
                ? saved + " " + Messages.text("letters.model.savedNoLongerDecision") : saved;
    }

    /**
     * A received letter, the arrears figure it states and the decision it is, saved in one transaction (off the FX
     * thread).
     */
    private long saveReceived(ReceivedLetterForm.Typed typed) {
        return stores.received().save(typed.letter(), typed.stated(), typed.decision());
    }

    /** The kind of CMS decision a received letter was logged as, if any. */
    Optional<Decision.Kind> decisionOf(ReceivedLetter letter) {
        return decisionFrom(letter).map(Decision::kind);
    }

    /** The CMS decision a received letter was logged as, if any. */
    Optional<Decision> decisionFrom(ReceivedLetter letter) {
        return letter == null ? Optional.empty() : decisions.stream()
                .filter(d -> d.fromLetter().equals(Optional.of(letter.id()))).findFirst();
    }

    /** A new letter goes to the bin; a correction is corrected back, so its history keeps both versions. */
    private void undoSave(Opened before, Optional<StatedArrears> statedBefore, Optional<Decision.Kind> decisionBefore,
            long id) {
        boolean wasNew = before.sent() ? before.sentLetter() == null : before.receivedLetter() == null;
        jobs.start(() -> {
            if (before.sent()) {
                if (wasNew) {
                    stores.sent().moveToBin(id);
                } else {
                    stores.sent().save(before.sentLetter());
                }
            } else if (wasNew) {
                stores.received().moveToBin(id);
            } else {
                saveReceived(new ReceivedLetterForm.Typed(before.receivedLetter(), statedBefore, decisionBefore));
            }
            return id;
        }, done -> reload(() -> status.done(wasNew ? Messages.text("letters.model.undoneTheLetterIsIn")
                : Messages.text("letters.model.undoneTheLetterSEarlier"))), status::problem);
    }

    /**
     * Back to the lists when the letter open in the form is no longer in them: moved to the Bin elsewhere (a letter
     * made again takes the old one's place), so the form would show, and save over, a letter that is not there.
     */
    private void closeIfGone() {
        Opened now = opened.get();
        if (now == null || !now.saved() || !formCase.ofOpenCaseProperty().get()) {
            return;
        }
        boolean there = now.sent() ? find(sent, SentLetter::id, now.sentLetter().id()) != null
                : find(received, ReceivedLetter::id, now.receivedLetter().id()) != null;
        if (!there) {
            showList();
            status.say(Messages.text("letters.model.openLetterGone"));
        }
    }

    private static <T> T find(List<T> letters, ToLongFunction<T> idOf, long id) {
        return letters.stream().filter(l -> idOf.applyAsLong(l) == id).findFirst().orElse(null);
    }

    /** Moves the open letter to the bin, offering Undo. */
    void moveToBin() {
        Opened now = opened.get();
        if (now == null || !now.saved() || !formCase.ofOpenCaseProperty().get()) {
            return; // the letter open belongs to another case than the one shown (Move to bin is greyed out)
        }
        BinSteps steps = now.sent() ? new BinSteps(now.sentLetter().id(), stores.sent()::moveToBin,
                stores.sent()::restore) : new BinSteps(now.receivedLetter().id(), stores.received()::moveToBin,
                stores.received()::restore);
        jobs.start(() -> {
            steps.move().accept(steps.id());
            return steps.id();
        }, done -> {
            showList();
            reload();
            status.sayWithUndo(Messages.text("letters.model.movedToTheBin"), () -> jobs.start(() -> {
                steps.back().accept(steps.id());
                return steps.id();
            }, back -> reload(() -> status.say(Messages.text("letters.model.putBack"))), status::problem));
        }, status::problem);
    }

    private record BinSteps(long id, LongConsumer move, LongConsumer back) {
    }

    /** Says in the status line how the open letter's record was corrected. */
    void showHistory() {
        Opened now = opened.get();
        if (now == null || !now.saved()) {
            return;
        }
        jobs.start(() -> now.sent() ? stores.sent().earlierVersions(now.sentLetter().id())
                : stores.received().earlierVersions(now.receivedLetter().id()),
                versions -> status.say(HistoryText.describe(versions)), status::problem);
    }

    void reload() {
        reload(() -> { });
    }

    /** True once the case's letters have been read (the tables' "no letters yet" means something only then). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper read = new javafx.beans.property.ReadOnlyBooleanWrapper();

    javafx.beans.property.ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    /** Loads the lists afresh, then opens the sent letter with this id (if it is still there). */
    void reloadAndOpenSent(long letterId) {
        reloadAndOpenSent(letterId, () -> { });
    }

    /** The same, then {@code opened} once the letter is open in the form. */
    void reloadAndOpenSent(long letterId, Runnable opened) {
        reload(() -> sent.stream().filter(l -> l.id() == letterId).findFirst().ifPresent(letter -> {
            openSent(letter);
            opened.run();
        }));
    }

    private void reload(Runnable then) {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        long id = caseFile.id();
        jobs.start(() -> new Loaded(stores.sent().letters(id), stores.sent().answered(id),
                stores.sent().changedSinceMade(id), stores.received().letters(id), stores.received().statedArrears(id),
                stores.addressBook().entries(),
                stores.standing().decisions(id), stores.standing().facts(), stores.calls().calls(id),
                stores.plans().apply(id)),
                loaded -> {
                    facts.set(loaded.facts());
                    changed = loaded.changed();
                    answered.set(loaded.answered());
                    beyond.set(loaded.beyond());
                    stated = loaded.stated();
                    // The decisions first: the received list reads a reply to a letter's decision as its reply.
                    decisions.setAll(loaded.decisions());
                    calls.setAll(loaded.calls());
                    plans = loaded.plans();
                    sent.setAll(loaded.sent());
                    received.setAll(loaded.received());
                    addresses.setAll(loaded.addresses());
                    read.set(true);
                    closeIfGone();
                    then.run();
                }, status::problem);
    }
}
