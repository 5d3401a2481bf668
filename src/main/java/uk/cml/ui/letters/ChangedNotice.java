package uk.cml.ui.letters;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;

/**
 * Above a letter not posted yet whose records changed after it was made: it may say what they no longer do (an
 * amount since paid, an address since corrected), so the parent makes it again before posting, with a button to.
 */
final class ChangedNotice {

    private final Label said = new Label();
    private final Button again;
    private final VBox view;
    private SentLetter letter;

    /** @param makeAgain begins the letter again, given the one open */
    ChangedNotice(Consumer<SentLetter> makeAgain) {
        said.setWrapText(true);
        said.setId("letters-changed-since");
        again = PageLayout.button("letters-make-again", Messages.text("letters.changedNotice.makeItAgain"),
                () -> makeAgain.accept(letter));
        again.managedProperty().bind(again.visibleProperty());
        view = new VBox(8, said, again);
        view.getStyleClass().add("note");
        view.managedProperty().bind(view.visibleProperty());
        view.setVisible(false);
    }

    VBox view() {
        return view;
    }

    /**
     * Shows what changed after the letter was made, or hides when nothing did (or it is posted). A letter typed in
     * (not made here) cannot be made again here: the parent is asked to check it against the records instead.
     */
    void show(SentLetter open, Optional<ChangedSinceMade> changed, LettersModel.MadeAgain madeAgain) {
        letter = open;
        boolean shown = open != null && !open.isPosted() && changed.isPresent();
        view.setVisible(shown);
        boolean madeHere = madeAgain != LettersModel.MadeAgain.NOT_MADE_HERE;
        again.setVisible(madeHere);
        if (shown) {
            ChangedSinceMade c = changed.get();
            String made = UkFormats.dateTime(c.made());
            String last = UkFormats.dateTime(c.lastChanged());
            // A change in the same minute would read "made at 04:57 … the last change at 04:57": said as "later".
            String words = made.equals(last)
                    ? Messages.text(madeHere ? "letters.changedNotice.saidSameMinute"
                            : "letters.changedNotice.loggedSameMinute", made, c.areasInWords())
                    : Messages.text(madeHere ? "letters.changedNotice.said" : "letters.changedNotice.logged", made,
                            c.areasInWords(), last);
            // Why a day off matters to a letter, which the record's own name ("The bank holiday ... was added") does
            // not say.
            if (c.areas().contains(RecordArea.BANK_HOLIDAYS)) {
                words += " " + Messages.text("letters.changedNotice.bankHolidays");
            }
            // Nor why a time limit corrected in Settings does: the letter's dates were counted with it.
            if (c.areas().contains(RecordArea.TIME_LIMITS)) {
                words += " " + Messages.text("letters.changedNotice.timeLimits");
            }
            List<String> records = c.recordsInLines();
            said.setText(words
                    + (madeAgain == LettersModel.MadeAgain.BESIDE_IT
                            ? " " + Messages.text("letters.changedNotice.thenBin") : "")
                    // Each record by what it says, for the parent to check the letter against: a few, then a count.
                    + (records.isEmpty() ? "" : "\n" + Messages.text("letters.changedNotice.records")
                            + "\n" + String.join("\n", records)));
        }
    }
}
