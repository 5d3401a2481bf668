package uk.cml.store;

import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * The stores' half of {@link TextLimit}: text longer than its form allows is refused here too, with a message for the
 * parent and nothing saved, so a limit cannot be got round by a caller that skips the form's checks.
 */
final class TypedText {

    private TypedText() {
    }

    /** The text, stripped, when it is within {@code limit}; otherwise a refusal. */
    static String within(TextLimit limit, String text) {
        String value = text == null ? "" : text.strip();
        if (limit.problem(value).isPresent()) {
            throw new StoreException(Words.text("store.record.textTooLong", UkFormats.count(value.length()),
                    UkFormats.count(limit.characters())));
        }
        return value;
    }
}
