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

    /** The text as given, when it is within {@code limit} (spaces at either end do not count); otherwise a refusal. */
    static String within(TextLimit limit, String text) {
        if (limit.problem(text).isPresent()) {
            throw new StoreException(Words.text("store.record.textTooLong", UkFormats.count(text.strip().length()),
                    UkFormats.count(limit.characters())));
        }
        return text;
    }
}
