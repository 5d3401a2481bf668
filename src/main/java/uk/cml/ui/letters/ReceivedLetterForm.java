package uk.cml.ui.letters;

import uk.cml.ui.common.AttachedAtOnce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.AcknowledgementAnswer;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.LetterRules;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.correspondence.StatedArrears;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.DecisionReading;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.common.AttachmentField;
import uk.cml.ui.common.UnchosenPrompt;

/**
 * The fields of a letter the parent received, with its scan, the arrears figure it gives (saved as the CMS's figure)
 * and, if it answers one, the letter it answers.
 */
final class ReceivedLetterForm {

    /**
     * What the form holds: the letter, the arrears figure it states, if it gives one, and the kind of CMS decision it
     * is, if it is one.
     */
    record Typed(ReceivedLetter letter, Optional<StatedArrears> stated, Optional<Decision.Kind> decision) {
    }

    /** Stands for "not a reply" in the list of letters it may answer. */
    private static final SentLetter NONE = null;

    private final Clock clock;
    private final UkCalendar calendar;
    /** A calm word under "A reply to" when it arrived before the letter it answers counts as delivered. */
    private final Label arrivedEarly = new Label();
    /**
     * Under "A reply to", for a letter linked to none of the parent's while their complaint waits for the CMS's final
     * response: which complaint letter the two questions ask about ({@link #openComplaint}).
     */
    private final Label openComplaintNote = new Label();
    /**
     * Under "Does this letter only say ...", a calm word while the parent's Yes has been taken back because they set
     * "A reply to" back to "Not a reply" ({@link #takeBackYesOffTheComplaint}); gone once they answer again.
     */
    private final Label acknowledgementTakenBack = new Label();
    final FormGrid grid = new FormGrid();
    private final UkDateField dated = new UkDateField();
    private final UkDateField received = new UkDateField();
    private final TextField from = new TextField();
    private final TextArea summary = uk.cml.ui.common.TabMovesFocus.on(new TextArea());
    private final ComboBox<SentLetter> answers = new ComboBox<>();
    /**
     * Asked only of a reply to the parent's complaint or review request: does it say it is the CMS's final response?
     * Nothing chosen until the parent answers (a Yes they did not give would start ICE's time from it).
     */
    private final ComboBox<FinalResponseAnswer> finalResponse = new ComboBox<>(
            javafx.collections.FXCollections.observableArrayList(FinalResponseAnswer.values()));
    /**
     * Asked of the same letters, before it: does it only say the CMS has received the complaint? Nothing chosen until
     * the parent answers (a Yes they did not give would leave the reply "still due" after it came). With Yes the
     * final-response question is not asked: a letter that only acknowledges is not the final response.
     */
    private final ComboBox<AcknowledgementAnswer> acknowledgement = new ComboBox<>(
            javafx.collections.FXCollections.observableArrayList(AcknowledgementAnswer.values()));
    private final Label acknowledgementError;
    /** The kind of CMS decision the letter is (none: not one), suggested from the summary until the parent chooses. */
    private final ComboBox<Decision.Kind> decision = new ComboBox<>();
    private final Label decisionError;
    private final Label answersError;
    private boolean decisionChosen;
    private boolean suggesting;
    /** The arrears figure the letter gives, if any, and the day it gives it as at (the letter's date unless changed). */
    private final TextField arrears = new TextField();
    private final UkDateField asAt = new UkDateField();
    private final Label arrearsError;
    private final Label asAtError;
    /**
     * The as-at text last filled in from the letter's date: while the box still holds it, it follows that date;
     * null once it holds a day of its own.
     */
    private String asAtFollowed = "";
    private final AttachmentField scan;
    private final Label datedError;
    private final Label receivedError;
    private final Label fromError;
    private final Label summaryError;
    private ReceivedLetter editing;
    /** Filled in and shown: only then does what it holds count as typing (see {@link #closed}). */
    private boolean open;
    /**
     * The parent's letter this one answers, as last chosen (or saved), kept while the choices are rebuilt: after a
     * change of case they are the other case's letters, and the choice comes back with its own case's.
     */
    private Optional<Long> chosenReplyTo = Optional.empty();
    /** The case's letters; "A reply to" offers those the letter could answer by its dates ({@link #offerReplies}). */
    private List<SentLetter> sentLetters = List.of();
    /** The case's letters received, to tell whether the complaint still waits for its final response. */
    private List<ReceivedLetter> receivedLetters = List.of();
    /** Set while {@link #edit} fills the form: a Yes it puts in is the record's, not one the parent just chose. */
    private boolean filling;
    private boolean fillingChoices;
    /** The answers as the form was last filled in, to tell what has been typed, chosen or attached since. */
    private final AnswersAsFilled asFilled = new AnswersAsFilled(this::answers);

    /** The scan, linked at once to a letter already saved. */
    private final AttachedAtOnce<ReceivedLetter> scanAtOnce;

    ReceivedLetterForm(Clock clock, UkCalendar calendar, AttachmentField scan) {
        this.clock = clock;
        this.calendar = calendar;
        this.scan = scan;
        scanAtOnce = new AttachedAtOnce<>(scan, asFilled, () -> open ? editing : null, ReceivedLetter::id,
                ReceivedLetter::withScan, amended -> editing = amended, SentLetterForm.atOnceWords());
        receivedError = grid.add("received-on", Messages.text("letters.receivedLetterForm.dateItArrived"), received,
                null);
        datedError = grid.add("received-dated", Messages.text("letters.receivedLetterForm.dateOnTheLetter"), dated,
                Messages.text("letters.receivedLetterForm.oftenAFewDaysBefore"));
        fromError = grid.add("received-from", Messages.text("letters.tables.from"), from, null);
        summary.setPrefRowCount(4);
        summary.setWrapText(true);
        summaryError = grid.add("received-summary", Messages.text("letters.receivedLetterForm.whatItSaysInBrief"), summary,
                Messages.text("letters.receivedLetterForm.datesAmountsAndAnythingThey"));
        decision.getItems().add(null);
        decision.getItems().addAll(Decision.Kind.values());
        decision.setConverter(new StringConverter<>() {
            @Override
            public String toString(Decision.Kind kind) {
                return kind == null ? Messages.text("letters.receivedLetterForm.notADecision") : kind.label();
            }

            @Override
            public Decision.Kind fromString(String text) {
                return null;
            }
        });
        decision.setPromptText(Messages.text("letters.receivedLetterForm.notADecision"));
        decisionError = grid.add("received-decision", Messages.text("letters.receivedLetterForm.isItADecision"),
                decision, Messages.text("letters.receivedLetterForm.isItADecisionHint"));
        decision.valueProperty().addListener((obs, old, now) -> decisionChosen |= !suggesting);
        summary.textProperty().addListener((obs, old, now) -> suggestDecision());
        arrearsError = grid.add("received-arrears", Messages.text("letters.receivedLetterForm.arrearsItGives"),
                arrears, Messages.text("letters.receivedLetterForm.arrearsItGivesHint"));
        asAtError = grid.add("received-arrears-as-at", Messages.text("letters.receivedLetterForm.arrearsAsAt"), asAt,
                Messages.text("letters.receivedLetterForm.arrearsAsAtHint"));
        dated.getEditor().textProperty().addListener((obs, old, now) -> followLetterDate());
        // Only the letters it could answer, as its dates are typed: one written after it, the save refuses.
        dated.getEditor().textProperty().addListener((obs, old, now) -> offerReplies());
        received.getEditor().textProperty().addListener((obs, old, now) -> offerReplies());
        grid.add("received-scan", Messages.text("letters.receivedLetterForm.scanOrPhoto"), scan, null);
        answers.setConverter(new StringConverter<>() {
            @Override
            public String toString(SentLetter letter) {
                return letter == null ? Messages.text("letters.receivedLetterForm.notAReplyToOne")
                        // Posted on another day than it is dated: both, as the Letters list shows the posting.
                        : letter.posted().filter(p -> !p.equals(letter.written())).isPresent()
                        ? Messages.text("letters.receivedLetterForm.yourLetterOfPosted",
                        UkFormats.shortDate(letter.written()), UkFormats.shortDate(letter.posted().get()),
                        letter.title())
                        : Messages.text("letters.receivedLetterForm.yourLetterOf",
                        UkFormats.shortDate(letter.written()), letter.title());
            }

            @Override
            public SentLetter fromString(String text) {
                return null;
            }
        });
        answers.setPromptText(Messages.text("letters.receivedLetterForm.notAReplyToOne"));
        answersError = grid.add("received-answers", Messages.text("letters.receivedLetterForm.aReplyTo"), answers,
                Messages.text("letters.receivedLetterForm.linkingItMarksYourLetter"));
        answers.valueProperty().addListener((obs, old, now) -> {
            if (!fillingChoices) {
                chosenReplyTo = Optional.ofNullable(now).map(SentLetter::id);
            }
        });
        UnchosenPrompt.on(acknowledgement, Messages.text("letters.receivedLetterForm.chooseAcknowledgement"));
        acknowledgementError = grid.add("received-acknowledgement",
                Messages.text("letters.receivedLetterForm.isAcknowledgement"), acknowledgement,
                Messages.text("letters.receivedLetterForm.isAcknowledgementHint"));
        UnchosenPrompt.on(finalResponse, Messages.text("letters.receivedLetterForm.chooseFinalResponse"));
        grid.add("received-final-response", Messages.text("letters.receivedLetterForm.isFinalResponse"),
                finalResponse, Messages.text("letters.receivedLetterForm.isFinalResponseHint"));
        answers.valueProperty().addListener((obs, old, now) -> {
            askFinalResponse();
            takeBackYesOffTheComplaint(old, now);
        });
        acknowledgement.valueProperty().addListener((obs, old, now) -> {
            if (!filling) {
                // Answered again: the word about the Yes taken back has said its piece.
                acknowledgementTakenBack.setText("");
            }
            // An acknowledgement says the complaint has arrived: the parent's Yes about the open complaint, on a
            // letter linked to nothing, links it to that letter, in sight under "A reply to", so Where it stands
            // counts the target to acknowledge as met. Never on filling the form with a letter logged before.
            if (!filling && now == AcknowledgementAnswer.YES && answers.getValue() == NONE) {
                openComplaint().ifPresent(letter -> answers.setValue(letter));
            }
            askFinalResponse();
        });
        openComplaintNote.setId("received-open-complaint");
        openComplaintNote.getStyleClass().add("field-hint");
        openComplaintNote.setWrapText(true);
        openComplaintNote.managedProperty().bind(openComplaintNote.textProperty().isNotEmpty());
        askFinalResponse();
        // A warning, never a refusal: a letter can come early, and the parent may have the dates right.
        arrivedEarly.setId("received-answers-early");
        arrivedEarly.getStyleClass().addAll("field-hint", "field-warning");
        arrivedEarly.setWrapText(true);
        arrivedEarly.managedProperty().bind(arrivedEarly.visibleProperty());
        arrivedEarly.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Optional.ofNullable(answers.getValue()).flatMap(letter -> LetterRules.arrivedBeforeDelivery(
                        received.typedDate(), letter, calendar)).orElse(""),
                answers.valueProperty(), received.getEditor().textProperty()));
        arrivedEarly.visibleProperty().bind(arrivedEarly.textProperty().isNotEmpty());
        FormGrid.addUnder(answers, arrivedEarly);
        FormGrid.addUnder(answers, openComplaintNote);
        // A warning, never a refusal: the parent changed an answer, and the form says what it did with the other.
        acknowledgementTakenBack.setId("received-acknowledgement-taken-back");
        acknowledgementTakenBack.getStyleClass().addAll("field-hint", "field-warning");
        acknowledgementTakenBack.setWrapText(true);
        acknowledgementTakenBack.visibleProperty().bind(acknowledgementTakenBack.textProperty().isNotEmpty());
        acknowledgementTakenBack.managedProperty().bind(acknowledgementTakenBack.visibleProperty());
        FormGrid.addUnder(acknowledgement, acknowledgementTakenBack);
    }

    /**
     * The acknowledgement and final-response questions show for a reply to the parent's complaint or review request,
     * and each for a letter that already holds an answer to it (one logged before the question, answered from its
     * summary), so an answer is never kept unseen; the final-response one goes with a Yes to the first
     * ({@link #asksFinalResponse}).
     */
    private void askFinalResponse() {
        grid.showRow(acknowledgement, asksAcknowledgement());
        grid.showRow(finalResponse, asksFinalResponse());
        // The note's room is kept while a complaint is open, shown or not: choosing a letter under "A reply to" took
        // it away, and the next question moved up under the parent's pointer (reviewer, 5 Dec 2026).
        Optional<SentLetter> waiting = openComplaint();
        Optional<SentLetter> open = answers.getValue() == NONE ? waiting : Optional.empty();
        boolean keptYes = waiting.isPresent() && savedUnlinkedYes();
        openComplaintNote.setText(waiting.map(letter -> keptYes ? unlinkedYes(letter)
                : Messages.text("letters.receivedLetterForm.openComplaint",
                UkFormats.shortDate(letter.written()), letter.subjectAsPrinted())).orElse(""));
        openComplaintNote.getStyleClass().remove("field-warning");
        if (keptYes) {
            openComplaintNote.getStyleClass().add("field-warning");
        }
        openComplaintNote.setVisible(open.isPresent());
    }

    /**
     * The letter opened was saved with a Yes to "only says the CMS has received your complaint" and linked to none of
     * the parent's letters (saved before the form took such a Yes back), and the form still shows it so: the note
     * must not say it "is logged as the reply", which it is not.
     */
    private boolean savedUnlinkedYes() {
        return editing != null && editing.inReplyTo().isEmpty() && editing.isSaidAcknowledgementOnly()
                && acknowledgement.getValue() == AcknowledgementAnswer.YES;
    }

    /**
     * What the records hold for such a letter, read as they are (never changed behind the parent's back): not linked
     * to the open complaint, and whether Where it stands still counts it as the CMS saying the complaint has arrived
     * ({@link uk.cml.domain.standing.ComplaintPosition#countsAsAcknowledgement}), with how to link it.
     */
    private String unlinkedYes(SentLetter complaint) {
        boolean counted = uk.cml.domain.standing.ComplaintPosition.countsAsAcknowledgement(editing, complaint);
        return Messages.text(counted ? "letters.receivedLetterForm.unlinkedYesCounted"
                : "letters.receivedLetterForm.unlinkedYesNotCounted", UkFormats.shortDate(complaint.written()),
                complaint.subjectAsPrinted());
    }

    /**
     * The parent took the letter off the complaint ("A reply to" set back to "Not a reply") while it holds their Yes
     * to "only says the CMS has received your complaint": that Yes is what links it (the note under "A reply to" says
     * so), and kept unlinked it would be saved as an answer that counts for nothing the form showed. So the Yes is
     * taken back, in sight, with a word saying why; the question stays asked while the complaint waits, and a Yes
     * given again links the letter again. Never while the form is filled or its choices rebuilt.
     */
    private void takeBackYesOffTheComplaint(SentLetter old, SentLetter now) {
        if (filling || fillingChoices || now != NONE || old == NONE
                || acknowledgement.getValue() != AcknowledgementAnswer.YES || !asksAcknowledgement()) {
            return;
        }
        acknowledgement.setValue(null);
        acknowledgementTakenBack.setText(Messages.text("letters.receivedLetterForm.acknowledgementTakenBack"));
    }

    /**
     * The parent's complaint letter (or review request) still waiting for the CMS's final response, which this letter
     * could answer by its dates ({@link uk.cml.domain.standing.ComplaintPosition#awaitingFinalResponse}): a letter
     * logged without a link may be about it, so the two questions are asked of it too (a final response or an
     * acknowledgement logged unlinked used to be asked nothing, so counted for nothing). The letter being corrected
     * is left out of the letters received, so its own answer does not close the complaint it is about.
     */
    private Optional<SentLetter> openComplaint() {
        List<ReceivedLetter> others = receivedLetters.stream()
                .filter(r -> editing == null || r.id() != editing.id()).toList();
        return uk.cml.domain.standing.ComplaintPosition.awaitingFinalResponse(sentLetters, others)
                .flatMap(open -> answers.getItems().stream().filter(l -> l != null && l.id() == open.id())
                        .findFirst());
    }

    private boolean replyToComplaint() {
        return Optional.ofNullable(answers.getValue()).flatMap(
                uk.cml.domain.standing.ComplaintThreads::stepOf).filter(step -> step
                == uk.cml.domain.standing.ComplaintStage.Step.COMPLAINT
                || step == uk.cml.domain.standing.ComplaintStage.Step.SENIOR_REVIEW).isPresent();
    }

    private boolean asksAcknowledgement() {
        return replyToComplaint() || unlinkedWhileComplaintOpen()
                || editing != null && editing.acknowledgement().isPresent();
    }

    private boolean unlinkedWhileComplaintOpen() {
        return answers.getValue() == NONE && openComplaint().isPresent();
    }

    /**
     * Not once the parent says the letter only acknowledges the complaint: it is then no final response, and a No or
     * Not sure it held is not kept. A Yes it held stays in sight, and the save asks the parent to change one answer.
     */
    private boolean asksFinalResponse() {
        if (asksAcknowledgement() && acknowledgement.getValue() == AcknowledgementAnswer.YES) {
            return editing != null && editing.isSaidFinalResponse();
        }
        return replyToComplaint() || unlinkedWhileComplaintOpen()
                || editing != null && editing.finalResponse().isPresent();
    }

    /** Where a scan attached to a letter already saved is saved at once. */
    void savesAttachmentsWith(AttachedAtOnce.Saver<ReceivedLetter> saver) {
        scanAtOnce.savesWith(saver);
    }

    /** The name of the scan attached and not saved with the letter yet, if any. */
    Optional<String> fileWaiting() {
        return scanAtOnce.waitingForSave();
    }

    void setSentLetters(List<SentLetter> letters) {
        sentLetters = List.copyOf(letters);
        offerReplies();
    }

    void setReceivedLetters(List<ReceivedLetter> letters) {
        receivedLetters = List.copyOf(letters);
        askFinalResponse();
    }

    /**
     * Fills "A reply to" with the letters this one could answer by the dates typed ({@link LetterRules#answerable}),
     * with the one chosen kept, and chooses it again.
     */
    private void offerReplies() {
        List<SentLetter> offered = LetterRules.answerable(sentLetters, dated.typedDate(), received.typedDate(),
                chosenReplyTo);
        boolean same = answers.getItems().size() == offered.size() + 1
                && answers.getItems().subList(1, answers.getItems().size()).equals(offered);
        fillingChoices = true;
        try {
            if (!same) {
                answers.getItems().setAll(NONE);
                answers.getItems().addAll(offered);
            }
            select(chosenReplyTo);
        } finally {
            fillingChoices = false;
        }
        // The open complaint is asked about only while this letter could answer it by its dates.
        askFinalResponse();
    }

    void edit(ReceivedLetter letter, Optional<StatedArrears> stated, Optional<Decision.Kind> isDecision) {
        filling = true;
        try {
            fill(letter, stated, isDecision);
        } finally {
            filling = false;
        }
    }

    private void fill(ReceivedLetter letter, Optional<StatedArrears> stated, Optional<Decision.Kind> isDecision) {
        editing = letter;
        open = true;
        acknowledgementTakenBack.setText("");
        // A letter logged before keeps what it was; a new one follows its summary until the parent chooses.
        decisionChosen = false;
        suggesting = true;
        decision.setValue(isDecision.orElse(null));
        suggesting = false;
        decisionChosen = letter != null;
        received.setDate(letter == null ? LocalDate.now(clock) : letter.received());
        dated.setDate(letter == null ? null : letter.dated().orElse(null));
        from.setText(letter == null ? Messages.text("letters.receivedLetterForm.childMaintenanceService")
                : letter.from());
        summary.setText(letter == null ? "" : letter.summary());
        scan.show(letter == null ? Optional.empty() : letter.scanDocumentId());
        chosenReplyTo = letter == null ? Optional.empty() : letter.inReplyTo();
        finalResponse.setValue(letter == null ? null : letter.finalResponse().orElse(null));
        acknowledgement.setValue(letter == null ? null : letter.acknowledgement().orElse(null));
        offerReplies(); // by this letter's dates, with its own link
        askFinalResponse();
        arrears.setText(stated.map(a -> a.amount().toPlainString()).orElse(""));
        asAt.setDate(stated.map(StatedArrears::asAt).orElse(dated.typedDate().orElse(null)));
        // A figure as at a day other than the letter's own stays put when the letter's date is corrected.
        asAtFollowed = stated.isEmpty() || stated.get().asAt().equals(dated.typedDate().orElse(null))
                ? asAt.typedText() : null;
        List.of(datedError, receivedError, fromError, summaryError, decisionError, arrearsError, asAtError,
                answersError, acknowledgementError)
                .forEach(l -> FormGrid.show(l, Optional.empty()));
        asFilled.filled();
    }

    /** The form is closed (the lists shown again): what it still holds is no typing to keep or put back. */
    void closed() {
        open = false;
    }

    /** From now on {@code drafts} keeps what is typed here; {@code caseId} is the case the letter is logged for. */
    uk.cml.ui.common.KeptForm keptBy(uk.cml.ui.common.DraftKeeper drafts, java.util.function.LongSupplier caseId) {
        return drafts.keep("received", () -> !open ? null : "case-" + caseId.getAsLong() + "/"
                + (editing == null ? "new" : "record-" + editing.id()), asFilled, grid);
    }

    /** True when anything has been typed, chosen or attached since the form was filled in: closing it would lose it. */
    boolean hasUnsavedTyping() {
        return open && asFilled.changed();
    }

    private List<Object> answers() {
        return List.of(received.typedDate(), received.hasUnreadableText(), dated.typedDate(),
                dated.hasUnreadableText(), from.getText(), summary.getText(), Optional.ofNullable(decision.getValue()), scan.answer(),
                chosenReplyTo, Optional.ofNullable(finalResponse.getValue()),
                Optional.ofNullable(acknowledgement.getValue()),
                arrears.getText(), asAt.typedText());
    }

    /** The kind of decision the summary reads as, until the parent chooses one (or "No") themselves. */
    private void suggestDecision() {
        if (decisionChosen) {
            return;
        }
        suggesting = true;
        try {
            decision.setValue(DecisionReading.kind(summary.getText()).orElse(null));
        } finally {
            suggesting = false;
        }
    }

    /** The as-at day is the letter's date until the parent types another. */
    private void followLetterDate() {
        if (asAtFollowed == null || !asAt.typedText().equals(asAtFollowed)) {
            return;
        }
        asAt.setDate(dated.typedDate().orElse(null));
        asAtFollowed = asAt.typedText();
    }

    private void select(Optional<Long> sentId) {
        answers.setValue(sentId.flatMap(id -> answers.getItems().stream()
                .filter(l -> l != null && l.id() == id).findFirst()).orElse(NONE));
    }

    Optional<Typed> read(long caseId) {
        LocalDate today = LocalDate.now(clock);
        boolean ok = FormGrid.show(datedError, dated.hasUnreadableText()
                ? Optional.of(Messages.text("letters.receivedLetterForm.thatIsNotADate")) : Optional.empty());
        ok &= FormGrid.show(receivedError, LetterRules.received(received.typedDate(), received.hasUnreadableText(),
                dated.typedDate(), today));
        ok &= FormGrid.show(fromError, LetterRules.required(from.getText(),
                Messages.text("letters.receivedLetterForm.whoItIsFrom")).or(() -> TextLimit.SHORT.problem(from.getText())));
        ok &= FormGrid.show(summaryError, TextLimit.NOTE.problem(summary.getText()));
        Map<String, String> figure = StatedArrears.problems(arrears.getText(), asAt.typedDate(),
                asAt.hasUnreadableText(), dated.typedDate(), received.typedDate(), today);
        ok &= FormGrid.show(arrearsError, Optional.ofNullable(figure.get(StatedArrears.AMOUNT)));
        ok &= FormGrid.show(asAtError, Optional.ofNullable(figure.get(StatedArrears.AS_AT)));
        ok &= FormGrid.show(answersError, Optional.ofNullable(answers.getValue()).flatMap(letter ->
                LetterRules.replyAfter(dated.typedDate(), received.typedDate(), letter)));
        ok &= FormGrid.show(decisionError, decision.getValue() != null && dated.typedDate().isEmpty()
                && !dated.hasUnreadableText() ? Optional.of(Messages.text("letters.receivedLetterForm.decisionNeedsItsDate"))
                : Optional.empty());
        Optional<AcknowledgementAnswer> onlyAcknowledges = asksAcknowledgement()
                ? Optional.ofNullable(acknowledgement.getValue()) : Optional.empty();
        Optional<FinalResponseAnswer> said = asksFinalResponse() ? Optional.ofNullable(finalResponse.getValue())
                : Optional.empty();
        // Both Yes can only be typed on a letter that already held a final-response answer: the parent chooses.
        ok &= FormGrid.show(acknowledgementError, onlyAcknowledges.equals(Optional.of(AcknowledgementAnswer.YES))
                && said.equals(Optional.of(FinalResponseAnswer.YES))
                ? Optional.of(Messages.text("letters.receivedLetterForm.notBothAcknowledgementAndFinal"))
                : Optional.empty());
        if (!ok) {
            return Optional.empty();
        }
        ReceivedLetter letter = new ReceivedLetter(editing == null ? 0 : editing.id(), caseId, dated.typedDate(),
                received.typedDate().get(), from.getText(), summary.getText(), scan.documentId(),
                Optional.ofNullable(answers.getValue()).map(SentLetter::id),
                said, onlyAcknowledges);
        return Optional.of(new Typed(letter, StatedArrears.read(arrears.getText(), asAt.typedDate()),
                Optional.ofNullable(decision.getValue())));
    }

    Optional<ReceivedLetter> editing() {
        return Optional.ofNullable(editing);
    }
}
