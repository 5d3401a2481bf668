package uk.cml.ui.letters.write;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import uk.cml.domain.UkFormats;
import uk.cml.safety.TypingDrafts;
import uk.cml.safety.TypingWaiting;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.Messages;

/**
 * Keeps the parent's changes to a letter's words through a log-off, a shutdown or a kill, as the other forms keep
 * their typing ({@link DraftKeeper}): a moment after they stop typing, the changes not yet in a PDF are kept, by case
 * and letter; made into a PDF (or changed back), they are forgotten. The next time that letter of that case is
 * drafted, they go back in the way changes kept in the same run do, with a line saying so and "Clear it".
 */
final class WriterTyping {

    /**
     * The letter on screen: its key in the drafts file, its title, its changes to the words, and the money lost as
     * typed in its rows; {@code unsaved} when either is not in a PDF yet.
     */
    record OnScreen(String key, String title, DraftEdits words, List<LossRows.Row> losses,
                    uk.cml.letters.templates.LetterChoices choices, uk.cml.letters.templates.LetterDraft.Offers offers,
                    boolean unsaved) {
    }

    /**
     * What was kept for a letter: its changed words, the money lost typed in its rows, and the fields as kept, from
     * which what the parent chose for it is read ({@link KeptWords#choices}).
     */
    record Kept(DraftEdits words, List<LossRows.Row> losses, Map<String, String> fields) {
    }

    private final DraftKeeper keeper;
    private final PauseTransition pause;
    private final Label said = new Label();
    private final VBox notice;
    /** Keys this run has kept a draft under: only those need forgetting, so a quiet page writes nothing. */
    private final Set<String> onFile = new HashSet<>();
    private Supplier<OnScreen> onScreen = () -> null;

    /** @param clearIt drafts the letter on screen afresh, without the words put back */
    WriterTyping(DraftKeeper keeper, Duration wait, Runnable clearIt) {
        this.keeper = keeper;
        keeper.alsoForget(this::forgetAll);
        pause = new PauseTransition(wait);
        pause.setOnFinished(e -> keepNow());
        said.setId("letter-draft-text");
        said.setWrapText(true);
        said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button clear = new Button(Messages.text("common.draftKeeper.clearIt"));
        clear.setId("letter-draft-clear");
        clear.setAccessibleText(Messages.text("common.draftKeeper.clearItFully"));
        clear.setOnAction(e -> {
            hide();
            clearIt.run();
        });
        notice = new VBox(4, said, clear);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("draft-notice");
        notice.setId("letter-draft-notice");
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
    }

    /** The key a letter of a case is kept under: "letter/case-3/complaint". */
    static String key(long caseId, String letter) {
        return TypingWaiting.LETTER_WRITER + "case-" + caseId + "/" + letter;
    }

    Node notice() {
        return notice;
    }

    /** What to keep when the pause after typing ends: read then, so the latest words are kept. */
    void watching(Supplier<OnScreen> letterOnScreen) {
        onScreen = letterOnScreen;
    }

    /** The parent typed (or the letter changed): the words are kept a moment after they stop. */
    void typed() {
        pause.playFromStart();
    }

    /**
     * The changes kept for this letter before the app closed, taken once, with the line saying so shown; none when
     * nothing was kept or what was kept is no longer whole.
     */
    Optional<Kept> putBack(String key) {
        TypingDrafts.Draft draft = keeper.take(key);
        if (draft == null) {
            return Optional.empty();
        }
        Kept kept = new Kept(KeptWords.edits(draft.fields()), KeptWords.losses(draft.fields()), draft.fields());
        if (!kept.words().any() && kept.losses().isEmpty()) {
            return Optional.empty();
        }
        onFile.add(key);
        said.setText(Messages.text("common.draftKeeper.putBack", UkFormats.shortDate(draft.typedAt().toLocalDate()),
                UkFormats.TIME.format(draft.typedAt())));
        notice.setVisible(true);
        return Optional.of(kept);
    }

    /** Another letter is drafted, or the words were made into a PDF: the line about words put back goes. */
    void hide() {
        notice.setVisible(false);
    }

    /**
     * The letter's words are in a PDF now: nothing of it is left to keep, whether kept in this run or before it (a
     * draft waiting from before is never put back over the letter made).
     */
    void made(String key) {
        onFile.remove(key);
        keeper.take(key);
        keeper.clear(key);
    }

    /** "Close without saving": everything kept in this run is forgotten, and nothing more kept. */
    void forgetAll() {
        pause.stop();
        onFile.forEach(keeper::clear);
        onFile.clear();
    }

    /** Forgets what was kept for this letter (the parent chose to lose it). */
    void forget(String key) {
        if (onFile.remove(key)) {
            keeper.clear(key);
        }
    }

    private void keepNow() {
        OnScreen letter = onScreen.get();
        if (letter == null) {
            return;
        }
        if (!letter.unsaved()) {
            forget(letter.key());
            return;
        }
        // The choices with the words: the complaint ticked and the posting chosen are typing too.
        Map<String, String> fields = new LinkedHashMap<>(KeptWords.fields(letter.words(), letter.losses(),
                letter.choices(), letter.offers()));
        fields.put(TypingWaiting.LETTER_TITLE, letter.title());
        onFile.add(letter.key());
        keeper.write(letter.key(), fields);
    }
}
