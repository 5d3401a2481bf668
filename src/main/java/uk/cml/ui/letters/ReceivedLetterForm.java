package uk.cml.ui.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.LetterRules;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.common.AttachmentField;

/** The fields of a letter the parent received, with its scan and, if it answers one, the letter it answers. */
final class ReceivedLetterForm {

    /** Stands for "not a reply" in the list of letters it may answer. */
    private static final SentLetter NONE = null;

    private final Clock clock;
    final FormGrid grid = new FormGrid();
    private final UkDateField dated = new UkDateField();
    private final UkDateField received = new UkDateField();
    private final TextField from = new TextField();
    private final TextArea summary = new TextArea();
    private final ComboBox<SentLetter> answers = new ComboBox<>();
    private final AttachmentField scan;
    private final Label datedError;
    private final Label receivedError;
    private final Label fromError;
    private final Label summaryError;
    private ReceivedLetter editing;
    /**
     * The parent's letter this one answers, as last chosen (or saved), kept while the choices are rebuilt: after a
     * change of case they are the other case's letters, and the choice comes back with its own case's.
     */
    private Optional<Long> chosenReplyTo = Optional.empty();
    private boolean fillingChoices;
    /** The answers as the form was last filled in, to tell what has been typed, chosen or attached since. */
    private final AnswersAsFilled asFilled = new AnswersAsFilled(this::answers);

    ReceivedLetterForm(Clock clock, AttachmentField scan) {
        this.clock = clock;
        this.scan = scan;
        receivedError = grid.add("received-on", Messages.text("letters.receivedLetterForm.dateItArrived"), received,
                null);
        datedError = grid.add("received-dated", Messages.text("letters.receivedLetterForm.dateOnTheLetter"), dated,
                Messages.text("letters.receivedLetterForm.oftenAFewDaysBefore"));
        fromError = grid.add("received-from", Messages.text("letters.tables.from"), from, null);
        summary.setPrefRowCount(4);
        summary.setWrapText(true);
        summaryError = grid.add("received-summary", Messages.text("letters.receivedLetterForm.whatItSaysInBrief"), summary,
                Messages.text("letters.receivedLetterForm.datesAmountsAndAnythingThey"));
        grid.add("received-scan", Messages.text("letters.receivedLetterForm.scanOrPhoto"), scan, null);
        answers.setConverter(new StringConverter<>() {
            @Override
            public String toString(SentLetter letter) {
                return letter == null ? Messages.text("letters.receivedLetterForm.notAReplyToOne")
                        : Messages.text("letters.receivedLetterForm.yourLetterOf",
                        UkFormats.shortDate(letter.written()), letter.title());
            }

            @Override
            public SentLetter fromString(String text) {
                return null;
            }
        });
        answers.setPromptText(Messages.text("letters.receivedLetterForm.notAReplyToOne"));
        grid.add("received-answers", Messages.text("letters.receivedLetterForm.aReplyTo"), answers,
                Messages.text("letters.receivedLetterForm.linkingItMarksYourLetter"));
        answers.valueProperty().addListener((obs, old, now) -> {
            if (!fillingChoices) {
                chosenReplyTo = Optional.ofNullable(now).map(SentLetter::id);
            }
        });
    }

    void setSentLetters(List<SentLetter> letters) {
        fillingChoices = true;
        try {
            answers.getItems().setAll(NONE);
            answers.getItems().addAll(letters);
            select(chosenReplyTo);
        } finally {
            fillingChoices = false;
        }
    }

    void edit(ReceivedLetter letter) {
        editing = letter;
        received.setDate(letter == null ? LocalDate.now(clock) : letter.received());
        dated.setDate(letter == null ? null : letter.dated().orElse(null));
        from.setText(letter == null ? Messages.text("letters.receivedLetterForm.childMaintenanceService")
                : letter.from());
        summary.setText(letter == null ? "" : letter.summary());
        scan.show(letter == null ? Optional.empty() : letter.scanDocumentId());
        chosenReplyTo = letter == null ? Optional.empty() : letter.inReplyTo();
        select(chosenReplyTo);
        List.of(datedError, receivedError, fromError, summaryError).forEach(l -> FormGrid.show(l, Optional.empty()));
        asFilled.filled();
    }

    /** From now on {@code drafts} keeps what is typed here; {@code caseId} is the case the letter is logged for. */
    uk.cml.ui.common.KeptForm keptBy(uk.cml.ui.common.DraftKeeper drafts, java.util.function.LongSupplier caseId) {
        return drafts.keep("received", () -> "case-" + caseId.getAsLong() + "/"
                + (editing == null ? "new" : "record-" + editing.id()), asFilled, grid);
    }

    /** True when anything has been typed, chosen or attached since the form was filled in: closing it would lose it. */
    boolean hasUnsavedTyping() {
        return asFilled.changed();
    }

    private List<Object> answers() {
        return List.of(received.typedDate(), received.hasUnreadableText(), dated.typedDate(),
                dated.hasUnreadableText(), from.getText(), summary.getText(), scan.documentId(), chosenReplyTo);
    }

    private void select(Optional<Long> sentId) {
        answers.setValue(sentId.flatMap(id -> answers.getItems().stream()
                .filter(l -> l != null && l.id() == id).findFirst()).orElse(NONE));
    }

    Optional<ReceivedLetter> read(long caseId) {
        LocalDate today = LocalDate.now(clock);
        boolean ok = FormGrid.show(datedError, dated.hasUnreadableText()
                ? Optional.of(Messages.text("letters.receivedLetterForm.thatIsNotADate")) : Optional.empty());
        ok &= FormGrid.show(receivedError, LetterRules.received(received.typedDate(), received.hasUnreadableText(),
                dated.typedDate(), today));
        ok &= FormGrid.show(fromError, LetterRules.required(from.getText(),
                Messages.text("letters.receivedLetterForm.whoItIsFrom")).or(() -> TextLimit.SHORT.problem(from.getText())));
        ok &= FormGrid.show(summaryError, TextLimit.NOTE.problem(summary.getText()));
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new ReceivedLetter(editing == null ? 0 : editing.id(), caseId, dated.typedDate(),
                received.typedDate().get(), from.getText(), summary.getText(), scan.documentId(),
                Optional.ofNullable(answers.getValue()).map(SentLetter::id)));
    }

    Optional<ReceivedLetter> editing() {
        return Optional.ofNullable(editing);
    }
}
