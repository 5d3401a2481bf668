package uk.cml.ui.letters;

import uk.cml.ui.common.AttachedAtOnce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.SearchableComboBox;
import uk.cml.ui.common.DisplayNames;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.LetterRules;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.letters.templates.ReplyRules;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.DecisionAnswers;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.common.UnchosenPrompt;
import uk.cml.ui.common.AttachmentField;

/** The fields of a letter the parent sent: who to, the copy, how it was posted and the proof. */
final class SentLetterForm {

    private final Clock clock;
    private final UkCalendar calendar;
    final FormGrid grid = new FormGrid();
    private final UkDateField written = new UkDateField();
    /** Searchable: the parent types part of a name to find it in a long address book. */
    private final ComboBox<AddressBookEntry> toEntry = new SearchableComboBox<>();
    /** While the address book is put in afresh: choosing the same entry again leaves the name and address typed. */
    private boolean refillingAddresses;
    /** True while {@link #edit} fills the form: the reply date is suggested once, when every answer is in. */
    private boolean filling;
    private final TextField toName = new TextField();
    private final TextArea toAddress = uk.cml.ui.common.TabMovesFocus.on(new TextArea());
    private final TextField subject = new TextField();
    private final ComboBox<LetterKind> kind = new ComboBox<>(FXCollections.observableArrayList(LetterKind.values()));
    /** For a reconsideration request or write-off reply: the decision it answers, or not said. */
    private final ComboBox<DecisionChoice> decision = new ComboBox<>();
    private final List<Node> decisionRow;
    private List<Decision> decisions = List.of();
    /** The case's letters received: a write-off reply's proposal may be the CMS letter it was logged as the reply to. */
    private List<uk.cml.domain.correspondence.ReceivedLetter> receivedLetters = List.of();
    /** The decision the letter answers as last chosen (or saved); kept while the choices are rebuilt. */
    private Optional<Long> chosenDecision = Optional.empty();
    private boolean fillingDecisions;
    /**
     * For a follow-up to a call: the logged call it follows up, chosen by the parent (nothing is chosen for them), or
     * "none of these". Saved as the letter's link to the call ({@link SentLetter#confirmsCall}): the call then counts
     * as confirmed in writing, and the letters name it as the call this letter followed up.
     */
    private final ComboBox<FollowedCall> followsCall = new ComboBox<>();
    private final List<Node> followsCallRow;
    private List<Call> calls = List.of();
    /** The answer as last chosen (or saved): a call's id, 0 for "none of these"; empty while none is chosen. */
    private Optional<Long> chosenCall = Optional.empty();
    private boolean fillingCalls;
    private final UkDateField posted = new UkDateField();
    private final ComboBox<PostingMethod> method =
            new ComboBox<>(FXCollections.observableArrayList(PostingMethod.values()));
    private final TextField tracking = new TextField();
    private final UkDateField trackedDelivery = new UkDateField();
    /**
     * The parent's own answer: they got a certificate of posting from the Post Office. Unticked until they say so, and
     * the certificate's date, branch, reference and photo are asked for (and kept) only then: recording a posting
     * never claims a certificate by itself.
     */
    private final javafx.scene.control.CheckBox gotCertificate =
            new javafx.scene.control.CheckBox(Messages.text("letters.sentLetterForm.iGotACertificate"));
    /** The certificate's rows (date, branch, reference, photo), shown only while {@link #gotCertificate} is ticked. */
    private final List<Node> certificateRows;
    /** The question's own row, shown unless the letter went some way with no certificate (emailed, handed in). */
    private final List<Node> gotCertificateRow;
    private final UkDateField certificateDate = new UkDateField();
    /** Keeps the certificate's date with the posting date: the Post Office dates it the day it is handed in. */
    private final CertificateDateInStep certificateInStep = new CertificateDateInStep();
    private final TextField branch = new TextField();
    private final TextField reference = new TextField();
    private final UkDateField replyBy = new UkDateField();
    private final Label replyByHint = new Label();
    /** A gentle word beside the date posted when it is a Sunday or a bank holiday: not an error. */
    private final Label postedOnClosedDay = new Label();
    private final PostingDayCheck postingDay;
    private final Label inReplyToText = new Label();
    private final AttachmentField copy;
    private final AttachmentField certificate;
    private final Label writtenError;
    private final Label postedError;
    private final Label methodError;
    private final Label certificateDateError;
    private final Label replyByError;
    private final Label trackedDeliveryError;
    /** The typed texts with their limits and the labels that say when one is too long. */
    private final List<Limited> limited = new java.util.ArrayList<>();
    private SentLetter editing;
    /** Filled in and shown: only then does what it holds count as typing (see {@link #closed}). */
    private boolean open;
    private Optional<Long> inReplyTo = Optional.empty();
    private Optional<LocalDate> lastSuggestion = Optional.empty();
    /** The reply-by date kept while the letter is not posted: no reply is due then, so the field shows none. */
    private Optional<LocalDate> heldReplyBy = Optional.empty();
    /**
     * The facts the reply rules count with: none until the case's are read (the facts table is the only copy of the
     * figures), and no date is suggested until then.
     */
    private Optional<CmsFacts> facts = Optional.empty();
    /** The answers as the form was last filled in, to tell what has been typed, chosen or attached since. */
    private final AnswersAsFilled asFilled = new AnswersAsFilled(this::answers);

    SentLetterForm(Clock clock, UkCalendar calendar, AttachmentField copy, AttachmentField certificate) {
        this.clock = clock;
        this.calendar = calendar;
        this.postingDay = new PostingDayCheck(calendar);
        this.copy = copy;
        this.certificate = certificate;
        java.util.function.Supplier<SentLetter> openLetter = () -> open ? editing : null;
        linkedAtOnce = List.of(
                new AttachedAtOnce<>(copy, asFilled, openLetter, SentLetter::id, SentLetter::withCopy,
                        amended -> editing = amended, atOnceWords()),
                new AttachedAtOnce<>(certificate, asFilled, openLetter, SentLetter::id, (letter, photo) -> {
                    ProofOfPostage was = letter.proof();
                    return letter.withProof(new ProofOfPostage(was.certificateDate(), was.branch(), was.reference(),
                            Optional.of(photo)));
                }, amended -> editing = amended, atOnceWords()));
        writtenError = grid.add("sent-written", Messages.text("letters.sentLetterForm.dateWritten"), written, null);
        toEntry.setPromptText(Messages.text("letters.sentLetterForm.chooseFromTheAddressBook"));
        java.util.function.Function<AddressBookEntry, String> entryName = entry -> entry.postcode().isBlank()
                ? entry.name() : Messages.text("letters.sentLetterForm.nameAndPostcode", entry.name(), entry.postcode());
        DisplayNames.show(toEntry, entryName);
        // The box asks again each time nothing is chosen: emptied after an entry was chosen (the form opened a second
        // time), the drop-down's own cell showed nothing where "Choose from the address book" had been.
        toEntry.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AddressBookEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? toEntry.getPromptText() : entryName.apply(item));
            }
        });
        toEntry.valueProperty().addListener((obs, old, entry) -> {
            if (entry != null && !refillingAddresses) {
                toName.setText(entry.name());
                toAddress.setText(String.join("\n", entry.postalAddress().printedLines()));
            }
        });
        grid.add("sent-to", Messages.text("letters.sentLetterForm.to"), toEntry,
                Messages.text("letters.sentLetterForm.orTypeTheNameAnd"));
        limit(toName, TextLimit.SHORT, grid.add("sent-to-name", Messages.text("letters.sentLetterForm.name"), toName,
                null));
        uk.cml.ui.common.FitsItsWords.on(toAddress, 3); // three lines read whole, with no scroll bar of its own
        limit(toAddress, TextLimit.NOTE, grid.add("sent-to-address", Messages.text("letters.sentLetterForm.address"),
                toAddress, Messages.text("letters.sentLetterForm.asPrintedOnTheLetter")));
        limit(subject, TextLimit.SHORT, grid.add("sent-subject", Messages.text("letters.sentLetterForm.subject"),
                subject, Messages.text("letters.sentLetterForm.forExampleMissedPaymentsIn")));
        grid.add("sent-kind", Messages.text("letters.sentLetterForm.kindOfLetter"), kind, null);
        DisplayNames.show(decision, DecisionChoice::name);
        grid.add("sent-answers-decision", Messages.text("letters.sentLetterForm.decisionItAnswers"), decision,
                Messages.text("letters.sentLetterForm.decisionItAnswersHint"));
        decisionRow = List.copyOf(grid.getChildren().subList(grid.getChildren().size() - 2,
                grid.getChildren().size()));
        decisionRow.forEach(n -> n.managedProperty().bind(n.visibleProperty()));
        decision.valueProperty().addListener((obs, old, now) -> {
            if (!fillingDecisions && now != null) {
                chosenDecision = now.decisionId();
            }
            // A write-off reply's decision is waited for from the proposal it answers: counted again as it changes.
            if (!filling) {
                suggest();
            }
        });
        DisplayNames.show(followsCall, FollowedCall::name);
        UnchosenPrompt.on(followsCall, Messages.text("letters.sentLetterForm.chooseTheCall"));
        grid.add("sent-follows-call", Messages.text("letters.sentLetterForm.whichCall"), followsCall,
                Messages.text("letters.sentLetterForm.whichCallHint"));
        followsCallRow = List.copyOf(grid.getChildren().subList(grid.getChildren().size() - 2,
                grid.getChildren().size()));
        followsCallRow.forEach(n -> n.managedProperty().bind(n.visibleProperty()));
        followsCall.valueProperty().addListener((obs, old, now) -> {
            if (!fillingCalls) {
                chosenCall = Optional.ofNullable(now).map(FollowedCall::callId);
            }
        });
        grid.add("sent-copy", Messages.text("letters.sentLetterForm.yourCopy"), copy,
                Messages.text("letters.sentLetterForm.thePdfYouPrintedOr"));
        Label posting = new Label(Messages.text("letters.sentLetterForm.posting"));
        posting.getStyleClass().add("heading");
        GridPane.setHalignment(posting, HPos.LEFT);
        grid.addWide(posting);
        postedError = grid.add("sent-posted", Messages.text("letters.sentLetterForm.datePostedOrSent"), posted,
                Messages.text("letters.sentLetterForm.leaveEmptyUntilItIs"));
        postedOnClosedDay.setId("sent-posted-closed-day");
        postedOnClosedDay.getStyleClass().addAll("field-hint", "field-warning");
        postedOnClosedDay.setWrapText(true);
        postedOnClosedDay.managedProperty().bind(postedOnClosedDay.visibleProperty());
        postedOnClosedDay.setVisible(false);
        FormGrid.addUnder(posted, postedOnClosedDay);
        methodError = grid.add("sent-method", Messages.text("letters.sentLetterForm.howItWasSent"), method, null);
        limit(tracking, TextLimit.SHORT, grid.add("sent-tracking",
                Messages.text("letters.sentLetterForm.trackingNumber"), tracking,
                Messages.text("letters.sentLetterForm.forSignedForAndSpecial")));
        trackedDeliveryError = grid.add("sent-delivered", Messages.text("letters.sentLetterForm.deliveredOnTracking"),
                trackedDelivery,
                Messages.text("letters.sentLetterForm.theDeliveryDateRoyalMail"));
        grid.add("sent-cert-got", Messages.text("letters.sentLetterForm.certificateOfPosting"), gotCertificate,
                Messages.text("letters.sentLetterForm.thePostOfficeGivesA"));
        gotCertificateRow = List.copyOf(grid.getChildren().subList(grid.getChildren().size() - 2,
                grid.getChildren().size()));
        int certificateFrom = grid.getChildren().size();
        certificateDateError = grid.add("sent-cert-date",
                Messages.text("letters.sentLetterForm.certificateOfPostingDate"), certificateDate,
                Messages.text("letters.sentLetterForm.itIsDatedTheDay"));
        limit(branch, TextLimit.SHORT, grid.add("sent-cert-branch",
                Messages.text("letters.sentLetterForm.postOfficeBranch"), branch, null));
        limit(reference, TextLimit.SHORT, grid.add("sent-cert-ref",
                Messages.text("letters.sentLetterForm.certificateReference"), reference, null));
        grid.add("sent-cert-photo", Messages.text("letters.sentLetterForm.photoOfTheCertificate"), certificate, null);
        certificateRows = List.copyOf(grid.getChildren().subList(certificateFrom, grid.getChildren().size()));
        java.util.stream.Stream.concat(gotCertificateRow.stream(), certificateRows.stream())
                .forEach(n -> n.managedProperty().bind(n.visibleProperty()));
        gotCertificate.selectedProperty().addListener((obs, was, now) -> {
            if (now && certificateDate.typedDate().isEmpty() && !certificateDate.hasUnreadableText()) {
                posted.typedDate().ifPresent(certificateDate::setDate); // dated at the counter the day it is posted
            }
            showCertificate();
        });
        replyByHint.getStyleClass().add("field-hint");
        replyByHint.setWrapText(true);
        replyByHint.setId("sent-reply-by-suggestion");
        replyByError = grid.add("sent-reply-by", Messages.text("letters.sentLetterForm.replyExpectedBy"), replyBy,
                null);
        grid.addWide(replyByHint);
        inReplyToText.setId("sent-in-reply-to");
        inReplyToText.setWrapText(true);
        inReplyToText.managedProperty().bind(inReplyToText.visibleProperty());
        grid.addWide(inReplyToText);
        method.valueProperty().addListener((obs, old, now) -> {
            tracking.setDisable(now == null || !now.tracked());
            trackedDelivery.setDisable(now == null || !now.tracked());
            showCertificate();
            keepCertificateInStep();
            suggest();
            warnOfClosedDay();
        });
        kind.valueProperty().addListener((obs, old, now) -> {
            fillDecisions();
            fillCalls();
            suggest();
        });
        written.getEditor().textProperty().addListener((obs, old, now) -> {
            fillDecisions();
            fillCalls();
        });
        posted.valueProperty().addListener((obs, old, now) -> {
            keepCertificateInStep();
            suggest();
        });
        posted.getEditor().textProperty().addListener((obs, old, now) -> {
            keepCertificateInStep();
            suggest();
            warnOfClosedDay();
        });
        trackedDelivery.getEditor().textProperty().addListener((obs, old, now) -> suggest());
        // Whom it went to decides whether a complaint's reply is the CMS's target: suggested again as it changes.
        javafx.beans.InvalidationListener recipientChanged = obs -> {
            if (!filling && !refillingAddresses) {
                suggest();
            }
        };
        toName.textProperty().addListener(recipientChanged);
        // So does what the letter is called: a complaint to ICE has no CMS target.
        subject.textProperty().addListener(recipientChanged);
        toAddress.textProperty().addListener(recipientChanged);
        toEntry.valueProperty().addListener(recipientChanged);
    }

    /**
     * The address book as read afresh (after each load of the page): the entry chosen stays chosen, found by its id
     * (it may have changed since), and the name and address in the form stay as they are. Replacing the list used to
     * empty the choice, so a letter only opened read as changed ("not saved yet") and would have lost its "To".
     * A letter opened before the address book was read, and not typed in, shows the entry it was made for.
     */
    void setAddressBook(List<AddressBookEntry> entries) {
        Optional<Long> chosen = Optional.ofNullable(toEntry.getValue()).map(AddressBookEntry::id);
        boolean untouched = !hasUnsavedTyping();
        List<AddressBookEntry> postal = entries.stream().filter(e -> e.kind() == AddressBookEntry.EntryKind.POSTAL)
                .toList();
        Optional<AddressBookEntry> madeFor = chosen.isEmpty() && untouched && editing != null
                ? postal.stream().filter(e -> madeFor(editing.to(), e)).findFirst() : Optional.empty();
        refillingAddresses = true;
        try {
            toEntry.getItems().setAll(postal);
            toEntry.setValue(chosen.flatMap(id -> postal.stream().filter(e -> e.id() == id).findFirst())
                    .or(() -> madeFor).orElse(null));
        } finally {
            refillingAddresses = false;
        }
        if (madeFor.isPresent()) {
            asFilled.filled(); // as the letter was opened: nothing typed
        }
    }

    /**
     * The entry a letter went to: the one it was chosen from, or for a letter made in the app (which keeps what it
     * printed, not the entry's id) the entry with that very name and address.
     */
    private static boolean madeFor(Recipient to, AddressBookEntry entry) {
        return to.addressBookId().map(id -> id == entry.id()).orElseGet(() -> entry.name().equals(to.name())
                && String.join("\n", entry.postalAddress().printedLines()).equals(to.address()));
    }

    /** Puts the posting date in as the certificate's, unless the parent typed another (refused on saving). */
    private void keepCertificateInStep() {
        if (posted.hasUnreadableText()) {
            return; // still being typed
        }
        Optional<LocalDate> shown = certificateDate.typedDate();
        Optional<LocalDate> next = certificateInStep.next(posted.typedDate(), Optional.ofNullable(method.getValue()),
                shown, certificateDate.hasUnreadableText());
        if (!next.equals(shown)) {
            certificateDate.setDate(next.orElse(null));
        }
    }

    /** The case's letters received, for the proposal a write-off reply answers when it was logged as its reply. */
    void setReceivedLetters(List<uk.cml.domain.correspondence.ReceivedLetter> all) {
        receivedLetters = List.copyOf(all);
    }

    /** The case's CMS decisions, for the choice of the one a reconsideration request or write-off reply answers. */
    void setDecisions(List<Decision> all) {
        decisions = List.copyOf(all);
        fillDecisions();
    }

    /**
     * Offers the decisions a letter of the chosen kind can answer (of its kind, dated on or before it, latest first),
     * after "not said", keeping the one chosen if it is still there. Shown only for the two kinds that answer one.
     */
    private void fillDecisions() {
        LetterKind of = kind.getValue();
        boolean shown = of != null && DecisionAnswers.answersDecisions(of);
        decisionRow.forEach(n -> n.setVisible(shown));
        decision.setVisible(shown);
        List<DecisionChoice> choices = new java.util.ArrayList<>();
        choices.add(DecisionChoice.NOT_SAID);
        if (shown) {
            DecisionAnswers.choices(decisions, of, written.typedDate())
                    .forEach(d -> choices.add(new DecisionChoice(d)));
        }
        fillingDecisions = true;
        try {
            decision.getItems().setAll(choices);
            decision.setValue(choices.stream().filter(c -> c.decisionId().isPresent()
                    && c.decisionId().equals(chosenDecision)).findFirst().orElse(DecisionChoice.NOT_SAID));
        } finally {
            fillingDecisions = false;
        }
    }

    /** The decision the form says the letter answers: one still offered for its kind and date, or none. */
    private Optional<Long> answersDecision() {
        DecisionChoice chosen = decision.getValue();
        return decisionRow.get(0).isVisible() && chosen != null ? chosen.decisionId() : Optional.empty();
    }

    /** One choice of decision: a decision, or "not said" ({@code decision} null). */
    record DecisionChoice(Decision decision) {
        static final DecisionChoice NOT_SAID = new DecisionChoice(null);

        Optional<Long> decisionId() {
            return Optional.ofNullable(decision).map(Decision::id);
        }

        String name() {
            return decision == null ? Messages.text("letters.sentLetterForm.decisionNotSaid")
                    : Messages.text("letters.sentLetterForm.decisionChoice", decision.kind().label(),
                    UkFormats.shortDate(decision.dated()));
        }
    }

    /** The case's calls (any order), for the choice of the one a follow-up to a call follows up. */
    void setCalls(List<Call> all) {
        calls = all.stream().sorted(java.util.Comparator.comparing(Call::happenedAt).thenComparing(Call::id)
                .reversed()).toList();
        fillCalls();
    }

    /**
     * Offers the case's calls, newest first, then "none of these", for a follow-up to a call only; keeps the answer
     * chosen if it is still offered. Nothing is chosen for the parent: the hint names the latest call on or before
     * the day the letter was written, as a help to find it, not as the answer.
     */
    private void fillCalls() {
        boolean shown = kind.getValue() == LetterKind.FOLLOW_UP_TO_CALL;
        followsCallRow.forEach(n -> n.setVisible(shown));
        followsCall.setVisible(shown);
        List<FollowedCall> choices = new java.util.ArrayList<>();
        calls.forEach(c -> choices.add(new FollowedCall(c.id(), callName(c))));
        choices.add(FollowedCall.NONE);
        fillingCalls = true;
        try {
            followsCall.getItems().setAll(choices);
            followsCall.setValue(chosenCall.flatMap(id -> choices.stream().filter(c -> c.callId() == id)
                    .findFirst()).orElse(null));
        } finally {
            fillingCalls = false;
        }
        Optional<Call> latest = written.typedDate().flatMap(day -> calls.stream()
                .filter(c -> !c.happenedAt().toLocalDate().isAfter(day)).findFirst());
        FormGrid.hintOf(followsCall).ifPresent(hint -> hint.setText(latest.map(c -> Messages.text(
                "letters.sentLetterForm.whichCallLatest", callName(c))).orElse(
                Messages.text("letters.sentLetterForm.whichCallHint"))));
    }

    /** "10 Nov 2026, 10:15: I called the CMS (Priya, Direct Pay)": when, who called whom, and who they spoke to. */
    private static String callName(Call call) {
        return Messages.text("letters.sentLetterForm.callChoice", UkFormats.dateTime(call.happenedAt()),
                call.title());
    }

    /**
     * The call the form says the letter follows up: the one chosen for a follow-up to a call; none for "none of
     * these" or another kind. Nothing chosen keeps the call a saved letter names when that call is not offered (in
     * the Bin, or the calls not read yet): the box never drops a link the parent did not change.
     */
    private Optional<Long> followsUp() {
        if (kind.getValue() != LetterKind.FOLLOW_UP_TO_CALL) {
            return Optional.empty();
        }
        FollowedCall chosen = followsCall.getValue();
        if (chosen != null) {
            return chosen.callId() == 0 ? Optional.empty() : Optional.of(chosen.callId());
        }
        return editing == null ? Optional.empty() : editing.confirmsCall()
                .filter(id -> calls.stream().noneMatch(c -> c.id() == id));
    }

    /**
     * One answer to "Which call does it follow up?": a logged call ({@code callId}, {@code name} as listed), or
     * "none of these" ({@code callId} 0). Kept in a draft by its words ({@code toString}), as every choice is.
     */
    record FollowedCall(long callId, String name) {
        static final FollowedCall NONE = new FollowedCall(0, Messages.text("letters.sentLetterForm.noneOfTheseCalls"));
    }

    /** The kinds of letter offered for the letter opened (its own kind among them): every kind until told. */
    private java.util.function.Function<Optional<LetterKind>, List<LetterKind>> kindsOffered =
            kept -> List.of(LetterKind.values());

    /** How the kinds of letter offered are chosen for the case (see {@code LettersModel#kindsOffered}). */
    void offerKinds(java.util.function.Function<Optional<LetterKind>, List<LetterKind>> offered) {
        kindsOffered = offered;
    }

    /** Fills the form from a letter, or empties it for a new one (optionally as the reply to a received letter). */
    void edit(SentLetter letter, Optional<Long> replyTo, String replyToDescription) {
        filling = true;
        try {
            fill(letter, replyTo, replyToDescription);
        } finally {
            filling = false;
        }
        suggest();
        asFilled.filled();
    }

    /**
     * How the parent said on the Write a letter page they would post a letter the app made, for a letter not yet
     * posted with no way of sending on record: the letter's printed dates count from it (a complaint's targets, a
     * reconsideration's last day), so the form starts from the same choice, as every letter that asks keeps it. Empty
     * for a letter whose page did not ask, or one logged by hand.
     */
    static Optional<PostingMethod> chosenInWriter(SentLetter letter) {
        if (letter.posted().isPresent()) {
            return Optional.empty();
        }
        return uk.cml.letters.KeptLetterWords.read(letter.madeWords())
                .flatMap(uk.cml.letters.KeptLetterWords::postedBy);
    }

    private void fill(SentLetter letter, Optional<Long> replyTo, String replyToDescription) {
        editing = letter;
        open = true;
        inReplyTo = letter == null ? replyTo : letter.inReplyTo();
        lastSuggestion = Optional.empty();
        written.setDate(letter == null ? LocalDate.now(clock) : letter.written());
        toEntry.setValue(null);
        if (letter != null) {
            toEntry.getItems().stream().filter(e -> madeFor(letter.to(), e)).findFirst().ifPresent(toEntry::setValue);
        }
        toName.setText(letter == null ? "" : letter.to().name());
        toAddress.setText(letter == null ? "" : letter.to().address());
        // The words printed in the letter, as the list names it; the subject kept with it is not changed by showing them.
        subject.setText(letter == null ? "" : letter.subjectAsPrinted());
        // A reply logged to a CMS letter that came with a proposal to write off arrears is the reply to that
        // proposal: logged as one, answering it, so its limit is ticked once it is posted.
        Optional<Decision> proposal = letter != null ? Optional.empty() : replyTo.flatMap(r -> decisions.stream()
                .filter(d -> d.kind() == Decision.Kind.WRITE_OFF && d.fromLetter().equals(Optional.of(r)))
                .findFirst());
        chosenDecision = letter == null ? proposal.map(Decision::id) : letter.answersDecision();
        chosenCall = letter == null ? Optional.empty() : letter.confirmsCall();
        kind.getItems().setAll(kindsOffered.apply(letter == null ? Optional.empty() : Optional.of(letter.kind())));
        kind.setValue(letter == null ? (proposal.isPresent() ? LetterKind.WRITE_OFF_REPLY
                : replyTo.isPresent() ? LetterKind.REPLY : LetterKind.OTHER) : letter.kind());
        fillDecisions();
        fillCalls();
        copy.show(letter == null ? Optional.empty() : letter.copyDocumentId());
        posted.setDate(letter == null ? null : letter.posted().orElse(null));
        method.setValue(letter == null ? null : letter.method().or(() -> chosenInWriter(letter)).orElse(null));
        tracking.setText(letter == null ? "" : letter.trackingNumber());
        trackedDelivery.setDate(letter == null ? null : letter.trackedDelivery().orElse(null));
        ProofOfPostage proof = letter == null ? ProofOfPostage.NONE : letter.proof();
        // Any certificate detail on record is the parent's answer "I got one": the form has only ever kept a date with
        // the parent's own typing or with their photo, branch or reference (see ProofOfPostage#certificateGot).
        gotCertificate.setSelected(proof.certificateGot());
        certificateDate.setDate(proof.certificateDate().orElse(null));
        certificateInStep.opened(letter == null ? Optional.empty() : letter.posted(), proof.certificateDate());
        keepCertificateInStep();
        branch.setText(proof.branch());
        reference.setText(proof.reference());
        certificate.show(proof.photoDocumentId());
        showCertificate();
        heldReplyBy = letter == null ? Optional.empty() : letter.replyBy();
        replyBy.setDate(letter == null ? null : letter.replyBy().orElse(null));
        inReplyToText.setText(replyToDescription);
        inReplyToText.setVisible(!replyToDescription.isEmpty());
        List.of(writtenError, postedError, methodError, certificateDateError, replyByError, trackedDeliveryError)
                .forEach(l -> FormGrid.show(l, Optional.empty()));
        limited.forEach(l -> FormGrid.show(l.error(), Optional.empty()));
    }

    /**
     * The form is closed (the lists shown again, after Save or Back): what it still holds is no typing, and is
     * neither kept nor put back until it is filled again. A form closed after a save still held what was typed and
     * compared it with the letter as opened, so the page read afresh (its drop-downs set again) kept the saved
     * answers as "Typing not saved yet".
     */
    void closed() {
        open = false;
    }

    /** Keeps what is typed in the form as the parent types, and puts it back after a stop (see DraftKeeper). */
    uk.cml.ui.common.KeptForm keptBy(uk.cml.ui.common.DraftKeeper drafts, java.util.function.LongSupplier caseId) {
        return drafts.keep("sent", () -> !open ? null : "case-" + caseId.getAsLong() + "/"
                + (editing == null ? "new" : "record-" + editing.id()), asFilled, grid);
    }

    /** What a file attached says on the Letters page: Save keeps it with a new letter; a saved one has it at once. */
    static AttachedAtOnce.Words atOnceWords() {
        return new AttachedAtOnce.Words(Messages.text("letters.sentLetterForm.attachedPressSave"),
                Messages.text("letters.sentLetterForm.attachedSaving"),
                Messages.text("letters.sentLetterForm.attachedAndSaved"));
    }

    /** The copy and the certificate's photo, each linked at once to a letter already saved. */
    private final List<AttachedAtOnce<SentLetter>> linkedAtOnce;

    /** Where a file attached to a letter already saved (its copy, its certificate's photo) is saved at once. */
    void savesAttachmentsWith(AttachedAtOnce.Saver<SentLetter> saver) {
        linkedAtOnce.forEach(l -> l.savesWith(saver));
    }

    /** The name of a file attached (the copy, the certificate's photo) and not saved with the letter yet, if any. */
    Optional<String> fileWaiting() {
        return linkedAtOnce.stream().map(AttachedAtOnce::waitingForSave).flatMap(Optional::stream).findFirst();
    }

    /** True when anything has been typed, chosen or attached since the form was filled in: closing it would lose it. */
    boolean hasUnsavedTyping() {
        return open && asFilled.changed();
    }

    /** Every answer, dates as read with whether the box holds text that is no date, and attachments by their id. */
    private List<Object> answers() {
        // The entry chosen by its id: the address book read afresh holds a new copy of the same entry.
        return List.of(written.typedDate(), written.hasUnreadableText(),
                Optional.ofNullable(toEntry.getValue()).map(AddressBookEntry::id),
                toName.getText(), toAddress.getText(), subject.getText(), Optional.ofNullable(kind.getValue()),
                answersDecision(), followsUp(), Optional.ofNullable(followsCall.getValue()), copy.answer(),
                posted.typedDate(), posted.hasUnreadableText(),
                Optional.ofNullable(method.getValue()), tracking.getText(), trackedDelivery.typedDate(),
                trackedDelivery.hasUnreadableText(), gotCertificate.isSelected(), certificateDate.typedDate(), certificateDate.hasUnreadableText(),
                branch.getText(), reference.getText(), certificate.answer(), replyBy.typedDate(),
                replyBy.hasUnreadableText());
    }

    /**
     * Puts the suggested reply-by date in, unless the parent typed their own or the letter prints one: a letter
     * the app wrote keeps the date it asks for, and the hint says when the real posting would give another.
     */
    private void suggest() {
        Optional<LocalDate> when = posted.typedDate();
        Optional<LocalDate> printed = editing == null ? Optional.empty() : editing.printedReplyBy();
        if (notPosted()) {
            // A reply counts from posting or delivery: before the letter is posted no reply is due, so the date is
            // kept aside (and saved as it was) and the hint says what to do next.
            replyBy.typedDate().ifPresent(d -> heldReplyBy = Optional.of(d));
            replyBy.setDate(null);
            replyBy.setDisable(true);
            // A certificate of posting is only for a letter that goes by post, not one emailed or handed in.
            PostingMethod how = method.getValue();
            String toDo = Messages.text(how == null ? "letters.sentLetterForm.notSentYetHow"
                    : how.byPost() ? "letters.sentLetterForm.notPostedYet" : "letters.sentLetterForm.notSentYet");
            String then = printedRule().filter(ReplyRules::watchedFromPosting).isPresent()
                    ? "letters.sentLetterForm.thenWatchesLaw" : "letters.sentLetterForm.thenWatches";
            replyByHint.setText(toDo + " " + printed.map(p -> Messages.text(then,
                    UkFormats.shortDate(p), printedCountedFrom())).orElse(
                    Messages.text("letters.sentLetterForm.thenSuggests")));
            return;
        }
        if (replyBy.isDisabled()) {
            replyBy.setDisable(false);
            if (replyBy.typedDate().isEmpty() && !replyBy.hasUnreadableText()) {
                heldReplyBy.ifPresent(replyBy::setDate);
            }
        }
        if (when.isEmpty() || method.getValue() == null || kind.getValue() == null) {
            replyByHint.setText(printed.map(p -> Messages.text("letters.sentLetterForm.appWatches", asked(p))).orElse(
                    Messages.text("letters.sentLetterForm.onceYouSayWhenAnd")));
            return;
        }
        if (printed.isPresent() && ReplyRules.fixedInTheLetter(editing.subject())) {
            // Counted from the letter's own date, not from delivery: the posting does not move it.
            replyByHint.setText(Messages.text("letters.sentLetterForm.askedFixedDate", asked(printed.get())));
            return;
        }
        if (facts.isEmpty()) {
            replyByHint.setText(Messages.text("letters.sentLetterForm.readingTimeLimits"));
            return;
        }
        CmsFacts facts = this.facts.get();
        Optional<LocalDate> tracked = method.getValue().tracked() ? trackedDelivery.typedDate() : Optional.empty();
        LocalDate delivered = calendar.deemedDelivery(when.get(), method.getValue(), tracked);
        // A letter the app wrote counts by the rule it printed its date by; any other by its kind's.
        Optional<ReplyRules> printedRule = printedRule();
        if (printedRule.isEmpty() && printed.isEmpty() && kind.getValue() == LetterKind.WRITE_OFF_REPLY) {
            suggestWriteOffDecision(facts, delivered, tracked.isPresent());
            return;
        }
        ReplyRule rule = printedRule.map(r -> r.rule(facts))
                .orElseGet(() -> ReplyRules.forKind(kind.getValue(), recipient(), subjectKept(), facts));
        DueDate suggested = calendar.replyBy(delivered, rule);
        String on = UkFormats.shortDate(delivered);
        String wait = rule.words();
        // Months and weeks end on the next working day; only working days skip weekends along the way.
        boolean months = !(rule instanceof ReplyRule.WorkingDays);
        String counted = tracked.isPresent()
                ? Messages.text(months ? "letters.sentLetterForm.deliveredOnMonth" : "letters.sentLetterForm.deliveredOn",
                        on, wait)
                : Messages.text(months ? "letters.sentLetterForm.countsAsDeliveredOnMonth"
                        : "letters.sentLetterForm.countsAsDeliveredOn", on, wait);
        if (printed.isPresent() && printedRule.filter(ReplyRules::watchedFromPosting).isPresent()) {
            // The law's time (or the CMS's published target for a complaint) runs from when the CMS gets the letter:
            // the app watches the date the real posting gives, not the one printed for a letter posted first class
            // on its date (unless the parent typed one). The letter as printed keeps its date, and the hint says so.
            LocalDate p = printed.get();
            String gives = UkFormats.shortDate(suggested.date());
            // Printed for 1st class and posted 2nd (or later): the letter's dates fall before the CMS's own targets,
            // and it would call the CMS late before it is. Said plainly, with what to do if it is not posted yet.
            boolean targetLater = suggested.date().isAfter(p) && printedRule.filter(ReplyRules::setByLaw).isEmpty();
            // The one date to watch first, then why the printed one differs (counted by the letters' own rule).
            replyByHint.setText(p.equals(suggested.date())
                    ? Messages.text("letters.sentLetterForm.askedSameDate", asked(p), counted)
                    : Messages.text(printedRule.filter(ReplyRules::setByLaw).isPresent()
                    ? "letters.sentLetterForm.askedLawDate" : targetLater ? "letters.sentLetterForm.printedBeforeTarget"
                    : "letters.sentLetterForm.askedTargetDate", gives, counted, UkFormats.shortDate(p),
                    printedCountedFrom()));
            Optional<LocalDate> current = replyBy.typedDate();
            if (!replyBy.hasUnreadableText() && (current.isEmpty() || current.equals(printed)
                    || current.equals(lastSuggestion))) {
                replyBy.setDate(suggested.date());
            }
            lastSuggestion = Optional.of(suggested.date());
            return;
        }
        if (printed.isPresent()) {
            LocalDate p = printed.get();
            String asked = asked(p);
            String gives = UkFormats.shortDate(suggested.date());
            // The printed date is kept and watched: named first, then what this posting would give instead.
            replyByHint.setText(p.equals(suggested.date())
                    ? Messages.text("letters.sentLetterForm.askedSameDate", asked, counted)
                    : Messages.text(suggestion() ? "letters.sentLetterForm.watchPrintedSuggestion"
                    : "letters.sentLetterForm.watchPrinted", UkFormats.shortDate(p), printedCountedFrom(), on,
                    gives));
            return;
        }
        replyByHint.setText(Messages.text("letters.sentLetterForm.suggestedYouCanChangeIt",
                UkFormats.shortDate(suggested.date()), counted));
        Optional<LocalDate> current = replyBy.typedDate();
        if (current.isEmpty() && !replyBy.hasUnreadableText() || current.equals(lastSuggestion)) {
            replyBy.setDate(suggested.date());
        }
        lastSuggestion = Optional.of(suggested.date());
    }

    /**
     * A reply to a proposal to write off arrears logged by hand: the CMS's decision is waited for once the proposal's
     * days are over, counted from the date on the CMS's letter, never from this reply's delivery
     * ({@link uk.cml.domain.standing.ReplyRuleBook#writeOffDecision}), the date the app's own reply asks for. The
     * proposal is the decision chosen, or the one the CMS letter it answers came with, or that letter, or the only one.
     */
    private void suggestWriteOffDecision(CmsFacts facts, LocalDate delivered, boolean tracked) {
        Optional<LocalDate> proposal = uk.cml.domain.standing.DecisionAnswers.writeOffProposalDated(
                answersDecision(), inReplyTo, written.typedDate(), decisions, receivedLetters);
        uk.cml.domain.standing.ReplyRuleBook.DecisionAwaited awaited = new uk.cml.domain.standing.ReplyRuleBook(facts)
                .writeOffDecision(calendar, delivered, proposal);
        String date = UkFormats.shortDate(awaited.date());
        String on = UkFormats.shortDate(delivered);
        String wait = new uk.cml.domain.standing.ReplyRuleBook(facts).request().words();
        String hint;
        if (awaited.proposalDaysEnd().isEmpty()) {
            hint = Messages.text("letters.sentLetterForm.writeOffNoProposal", date,
                    Messages.text(tracked ? "letters.sentLetterForm.deliveredOn"
                            : "letters.sentLetterForm.countsAsDeliveredOn", on, wait));
        } else {
            String days = String.valueOf(facts.writeOffReplyDays());
            String proposed = UkFormats.shortDate(proposal.get());
            String end = UkFormats.shortDate(awaited.proposalDaysEnd().get());
            hint = awaited.fromDaysEnd()
                    ? Messages.text("letters.sentLetterForm.writeOffAfterDays", date, days, proposed, end)
                    : Messages.text("letters.sentLetterForm.writeOffAfterDelivery", date, days, proposed, end, on,
                    wait);
        }
        Optional<LocalDate> current = replyBy.typedDate();
        // A reply logged before this rule (its date then counted 30 days from its own delivery) keeps the date saved
        // with it: never changed on opening, and said beside the rule's, so the parent sees both and chooses.
        Optional<LocalDate> saved = editing == null ? Optional.empty() : editing.replyBy();
        if (saved.isPresent() && current.equals(saved) && !saved.get().equals(awaited.date())
                && !current.equals(lastSuggestion)) {
            hint = hint + " " + Messages.text("letters.sentLetterForm.savedDateKept",
                    UkFormats.shortDate(saved.get()), date);
        }
        replyByHint.setText(hint);
        if (current.isEmpty() && !replyBy.hasUnreadableText() || current.equals(lastSuggestion)) {
            replyBy.setDate(awaited.date());
        }
        lastSuggestion = Optional.of(awaited.date());
    }

    /**
     * The rule the letter being edited printed its reply-by date by, when the app wrote it from a template that
     * counts one from delivery and it is still logged as that template's kind.
     */
    private Optional<ReplyRules> printedRule() {
        if (editing == null || editing.printedReplyBy().isEmpty()) {
            return Optional.empty();
        }
        return ReplyRules.printedBy(editing.subject(), kind.getValue()).filter(r -> r.targetOf(recipient()));
    }

    /**
     * Whom the letter went to as the form has it, known as the CMS or not by the address book's entries for the CMS
     * and ICE (their roles and postcodes, whatever their names: {@link Recipient#recognisedBy}).
     */
    private Recipient recipient() {
        return new Recipient(Optional.ofNullable(toEntry.getValue()).map(AddressBookEntry::id), toName.getText(),
                toAddress.getText()).recognisedBy(toEntry.getItems());
    }

    /**
     * The facts (targets and time limits, as the parent may have corrected them) the reply rules count with. Read
     * with the case's letters, before any of them is opened: the next letter opened or typed in counts with them.
     */
    void setFacts(CmsFacts facts) {
        this.facts = Optional.ofNullable(facts);
    }

    private void warnOfClosedDay() {
        Optional<String> warning = postingDay.warning(posted.typedDate(), Optional.ofNullable(method.getValue()));
        postedOnClosedDay.setText(warning.orElse(""));
        postedOnClosedDay.setVisible(warning.isPresent());
    }

    /** No posting date typed (an unreadable one is still being typed, so it counts as posted). */
    private boolean notPosted() {
        return posted.typedDate().isEmpty() && !posted.hasUnreadableText();
    }

    /**
     * The hint for the reply-by date a letter the app wrote prints. Only a complaint's (the CMS's published target)
     * and a subject access request's (the legal time limit) are not the app's own suggestion.
     */
    private String asked(LocalDate printed) {
        return Messages.text(suggestion() ? "letters.sentLetterForm.yourLetterSuggests"
                : "letters.sentLetterForm.yourLetterAsksForA", UkFormats.shortDate(printed));
    }

    /** True when the date a letter the app wrote prints is the app's own suggestion, not a CMS target or the law's. */
    private boolean suggestion() {
        LetterKind of = kind.getValue();
        // A complaint's date is the CMS's target only in a letter to the CMS or ICE.
        return of != null && (of != LetterKind.COMPLAINT || !recipient().isTheCms())
                && of != LetterKind.SUBJECT_ACCESS_REQUEST;
    }

    /**
     * How the letter being edited counted the dates it prints: from posting it the way the parent chose when making
     * it (1st class unless they chose 2nd) on the first day Post Offices open on or after its date, the letters' own
     * rule ({@link UkCalendar#postingDay}), so a letter dated on a Sunday or bank holiday is said to count from the
     * day after, never "on the day it is dated".
     */
    private String printedCountedFrom() {
        PostingMethod by = uk.cml.letters.KeptLetterWords.read(editing.madeWords())
                .flatMap(uk.cml.letters.KeptLetterWords::postedBy).orElse(PostingMethod.FIRST_CLASS);
        LocalDate day = calendar.postingDay(editing.written(), by);
        return day.equals(editing.written())
                ? Messages.text("letters.sentLetterForm.printedOnItsDate", by.label(), UkFormats.shortDate(day))
                : Messages.text("letters.sentLetterForm.printedOnFirstOpenDay", by.label(), UkFormats.shortDate(day),
                UkFormats.shortDate(editing.written()));
    }

    /** The letter as filled in, or empty after marking what is wrong. */
    Optional<SentLetter> read(long caseId) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> writtenOn = written.typedDate();
        Optional<String> writtenProblem = LetterRules.pastDate(writtenOn, written.hasUnreadableText(),
                Messages.text("letters.sentLetterForm.theDateYouWroteIt"), today);
        // A letter the app made has its date printed on it: a log entry with another date (and a posting before the
        // printed one) would show the CMS a copy dated after the day it was said to be posted.
        if (writtenProblem.isEmpty() && editing != null && editing.madeByTheApp() && writtenOn.isPresent()
                && !writtenOn.get().equals(editing.written())) {
            // A letter posted before this one was made (before the app was used, say) is logged on its own.
            writtenProblem = Optional.of(Messages.text("letters.sentLetterForm.madeInAppDate",
                    UkFormats.shortDate(editing.written()), Messages.text("letters.model.logALetterYouSent")));
        }
        boolean ok = FormGrid.show(writtenError, writtenProblem);
        Optional<PostingMethod> how = Optional.ofNullable(method.getValue());
        ok &= FormGrid.show(postedError, LetterRules.posted(posted.typedDate(), posted.hasUnreadableText(), how,
                writtenOn.orElse(null), today));
        ok &= FormGrid.show(methodError, LetterRules.method(posted.typedDate(), how));
        boolean got = certificateGot();
        ok &= FormGrid.show(certificateDateError, !got ? Optional.empty() : certificateDate.hasUnreadableText()
                ? Optional.of(Messages.text("letters.receivedLetterForm.thatIsNotADate"))
                : certificateDate.typedDate().isEmpty()
                ? Optional.of(Messages.text("letters.sentLetterForm.enterTheCertificatesDate"))
                : certificateInStep.refusal(posted.typedDate(), certificateDate.typedDate(), false));
        ok &= FormGrid.show(trackedDeliveryError, trackedDelivery.hasUnreadableText()
                ? Optional.of(Messages.text("letters.receivedLetterForm.thatIsNotADate"))
                : trackedDelivery.typedDate().filter(d -> posted.typedDate().filter(d::isBefore).isPresent())
                        .map(d -> Messages.text("letters.sentLetterForm.itWasDeliveredBeforeIt")));
        ok &= FormGrid.show(replyByError, replyBy.hasUnreadableText()
                ? Optional.of(Messages.text("letters.receivedLetterForm.thatIsNotADate")) : Optional.empty());
        boolean tracked = how.filter(PostingMethod::tracked).isPresent();
        for (Limited text : limited) {
            // A tracking number is kept only for a tracked service; otherwise it is not saved, so not checked.
            boolean kept = (text.field() != tracking || tracked)
                    && (got || text.field() != branch && text.field() != reference);
            ok &= FormGrid.show(text.error(), kept ? text.limit().problem(text.field().getText()) : Optional.empty());
        }
        if (!ok) {
            return Optional.empty();
        }
        Recipient to = new Recipient(Optional.ofNullable(toEntry.getValue()).map(AddressBookEntry::id),
                toName.getText(), toAddress.getText());
        // The same name and address as saved: the same recipient, with the entry it was saved with (none, for a
        // letter made in the app, which the form shows at the entry with that name and address). Taking the entry
        // shown into the record changed it, though the parent changed nothing: "Saved. Undo" for a save of the same
        // answers, where every other save says nothing changed.
        if (editing != null && editing.to().name().equals(to.name()) && editing.to().address().equals(to.address())) {
            to = editing.to();
        }
        // A certificate only when the parent said they got one: then its date (required) and what they gave of it.
        ProofOfPostage proof = got ? new ProofOfPostage(certificateDate.typedDate(), branch.getText(),
                reference.getText(), certificate.documentId()) : ProofOfPostage.NONE;
        return Optional.of(new SentLetter(editing == null ? 0 : editing.id(), caseId, writtenOn.get(),
                posted.typedDate(), to, subjectKept(), kind.getValue(), copy.documentId(), how, proof,
                how.filter(PostingMethod::tracked).isPresent() ? tracking.getText() : "",
                notPosted() ? heldReplyBy : replyBy.typedDate(),
                inReplyTo, how.filter(PostingMethod::tracked).isPresent() ? trackedDelivery.typedDate()
                        : Optional.empty(), editing == null ? Optional.empty() : editing.printedReplyBy(),
                answersDecision(), editing == null ? Optional.empty() : editing.chases(), followsUp())
                // The heading and words the app kept stay with the letter (its posting recorded, say); a subject the
                // parent retyped is theirs to find it by, so the heading no longer names it.
                .madeWith(editing == null || !editing.subject().equals(subjectKept().strip()) ? ""
                        : editing.heading(), editing == null ? "" : editing.madeWords()));
    }

    /**
     * The subject the letter is kept under: the one it was logged under while the form shows its printed heading
     * unchanged ({@link SentLetter#subjectAsPrinted}), which also says which letter the app made it as; else the
     * words the parent typed.
     */
    private String subjectKept() {
        String typed = subject.getText();
        return editing != null && typed.strip().equals(editing.subjectAsPrinted().strip()) ? editing.subject() : typed;
    }

    private void limit(TextInputControl field, TextLimit limit, Label error) {
        limited.add(new Limited(field, limit, error));
    }

    private record Limited(TextInputControl field, TextLimit limit, Label error) {
    }

    /**
     * Whether the parent says they got a certificate of posting for this letter: ticked, and the letter not sent a
     * way that has none (emailed, handed in, through the online account).
     */
    private boolean certificateGot() {
        return gotCertificate.isSelected() && gotCertificateRow.get(0).isVisible();
    }

    /** The question shown unless the letter went a way with no certificate; the certificate's rows only once ticked. */
    private void showCertificate() {
        PostingMethod how = method.getValue();
        boolean asked = how == null || how.byPost();
        gotCertificateRow.forEach(n -> n.setVisible(asked));
        boolean got = asked && gotCertificate.isSelected();
        certificateRows.forEach(n -> n.setVisible(got));
    }

    /** Whether the certificate's rows (its date and photo) are shown: the parent said they got one. */
    boolean certificateShown() {
        return certificateRows.get(0).isVisible();
    }

    /** The question "I got a certificate of posting", to bring into view and focus. */
    Node certificateQuestion() {
        return gotCertificate;
    }

    Optional<SentLetter> editing() {
        return Optional.ofNullable(editing);
    }
}
