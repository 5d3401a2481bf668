package uk.cml.ui.payments;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.ui.common.Messages;

/**
 * What "Write to the CMS about missed payments" does when pressed. It was greyed out while the records were read,
 * and stayed greyed with no reason when nothing was missed: a parent took it for broken. Now it always answers:
 * the letter opens (at once, or once the records are read), or a note beside it says why there is no letter.
 */
final class MissedLetterAsk {

    private final PaymentsModel model;
    private final Runnable openLetter;
    private final StringProperty note = new SimpleStringProperty("");
    /** Pressed while the records were being read: the answer waits for them. */
    private boolean waiting;

    /** @param openLetter takes the parent to the letter about missed payments */
    MissedLetterAsk(PaymentsModel model, Runnable openLetter) {
        this.model = model;
        this.openLetter = openLetter;
        model.reading().addListener((obs, was, now) -> {
            if (now) {
                return;
            }
            if (waiting) {
                waiting = false;
                if (model.now().isPresent()) {
                    answer();
                } else {
                    note.set(""); // the records could not be read: the status line says so
                }
            } else {
                note.set(""); // "nothing to write about" was about the records as they were before this change
            }
        });
    }

    /** Why there is no letter yet, or that the records are being read; empty once the letter is opened. */
    ReadOnlyStringProperty note() {
        return note;
    }

    void press() {
        if (model.isRead()) {
            answer();
        } else {
            waiting = true;
            note.set(Messages.text("payments.missedLetter.reading"));
        }
    }

    private void answer() {
        boolean anyShort = model.now().orElseThrow().schedule().lines().stream()
                .anyMatch(line -> line.status().isShort());
        if (anyShort) {
            note.set("");
            openLetter.run();
        } else {
            note.set(Messages.text("payments.missedLetter.nothingMissed"));
        }
    }
}
