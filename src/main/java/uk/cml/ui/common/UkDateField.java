package uk.cml.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import uk.cml.domain.UkDates;

/**
 * A date picker that shows UK dates as 8 Nov 2026 and reads any UK form typed in (08/11/2026, 8/11/26, 2026-11-08,
 * 8 Nov 2026) through {@link UkDates}, the one UK date reader.
 */
public final class UkDateField extends DatePicker {

    private String typedByParent = "";

    public UkDateField() {
        setPromptText(Messages.text("common.ukDateField.example"));
        setConverter(new UkDateConverter());
        keepUnreadableText();
        keepUnreadableTextOnEnter();
        selectAllOnFocus();
    }

    /** Set on gaining focus (by Tab, a click, or the app, as a ticked step does), until a key or the first mouse release after it: that click's own caret is then replaced. */
    private boolean justFocused;

    /**
     * A date field that already holds a date (a step ticked offers today's) is typed over, not added to: the whole
     * text is chosen when the field gains focus, by Tab or by a click. A click places its caret after focus is given,
     * so the text is chosen again on the release of the first click after gaining focus (also when the app gave the
     * focus: a ticked step's offered date, clicked, then typed), unless the parent chose some of it by dragging or has
     * started typing. Later clicks place the caret as usual.
     */
    private void selectAllOnFocus() {
        focusedProperty().addListener((obs, was, focused) -> {
            justFocused = focused;
            if (focused) {
                Platform.runLater(() -> {
                    if (isFocused()) {
                        getEditor().selectAll();
                    }
                });
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> justFocused = false); // typing started: clicks place the caret
        getEditor().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!isFocused()) {
                justFocused = true; // focus comes with this press
            }
        });
        getEditor().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (justFocused) {
                justFocused = false;
                // Later: a press inside text already chosen places its caret only as the button is let go.
                Platform.runLater(() -> {
                    if (getEditor().getSelection().getLength() == 0) {
                        getEditor().selectAll();
                    }
                });
            }
        });
    }

    /**
     * The picker reads the box when Enter is let go, and text that is not a date (31/02/2026, "next Tuesday") reads as
     * no date, which empties the box while it still has the keyboard: the parent saw their typing vanish beside a
     * message about it. Enter's press still saves or moves on (the page's default button); only the picker's reading
     * of text it cannot read is skipped, so the box keeps what was typed for the parent to correct.
     */
    private void keepUnreadableTextOnEnter() {
        addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ENTER && hasUnreadableText()) {
                e.consume(); // the picker skips an event already consumed
            }
        });
    }

    /**
     * When focus leaves, the date picker turns unreadable text (31/02/2026) into no date and clears the box,
     * and the parent would then be told the date is missing. So remember what they typed, check that, and
     * put it back in the box.
     */
    private void keepUnreadableText() {
        getEditor().textProperty().addListener((obs, old, now) -> {
            // Only the picker's own focus counts: its editor still claims focus while the picker clears it.
            if (isFocused()) {
                typedByParent = now;
            }
        });
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                Platform.runLater(() -> {
                    if (getValue() == null && getEditor().getText().isBlank()) {
                        getEditor().setText(typedByParent);
                    }
                });
            }
        });
    }

    /** The text to check: the box, or what the parent typed if the date picker has just cleared it. */
    private String currentText() {
        String text = getEditor().getText();
        return (text == null || text.isBlank()) && getValue() == null ? typedByParent : text;
    }

    /** The text as typed (or as the picker shows a chosen date), even just after the picker cleared it. */
    public String typedText() {
        String text = currentText();
        return text == null ? "" : text;
    }

    /** What is in the box now, even if the parent has not pressed Enter or left the field. */
    public Optional<LocalDate> typedDate() {
        String text = currentText();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return UkDates.parse(text);
    }

    /** True when something is typed that is not a date (so "missing" and "not a date" get different messages). */
    public boolean hasUnreadableText() {
        String text = currentText();
        return text != null && !text.isBlank() && UkDates.parse(text).isEmpty();
    }

    /** What is typed, when it is written as a date but names no real day (31/02/2026). */
    public Optional<String> typedNoRealDay() {
        String text = currentText();
        return UkDates.namesNoRealDay(text) ? Optional.of(text.strip()) : Optional.empty();
    }

    public void setDate(LocalDate date) {
        // Remembered first: listeners told of the change read the box as it now is, not as the date it held before
        // (a step's "Save" stayed in view after its tick was taken back).
        typedByParent = UkDates.forField(date);
        setValue(date);
        getEditor().setText(typedByParent);
    }
}
