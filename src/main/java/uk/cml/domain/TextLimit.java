package uk.cml.domain;

import java.util.Optional;

/**
 * How much a parent may type into one field: one rule for every form (the sentence beside the field) and every store
 * (which refuses the same text, so a limit cannot be got round). Nothing typed is ever cut short to fit.
 */
public enum TextLimit {

    /**
     * A name, a team, a staff ID, a bank reference. A bank's own reference is 18 characters, but a parent may copy the
     * whole line of a statement, and an import keeps the statement's description, so the room is a whole line's.
     */
    SHORT(200, "evidence.rules.tooLong"),
    /** A note on a payment or an arrears change, where a plan's amount came from: a few paragraphs. */
    NOTE(5_000, "evidence.rules.tooLong"),
    /** Long enough for the fullest account of a call; a pasted e-book is refused with a message, not a crash. */
    LONG(20_000, "evidence.rules.tooLongForOneEntry");

    private final int characters;
    private final String messageKey;

    TextLimit(int characters, String messageKey) {
        this.characters = characters;
        this.messageKey = messageKey;
    }

    public int characters() {
        return characters;
    }

    /** The sentence to show beside the field, or empty when the text fits (spaces at either end do not count). */
    public Optional<String> problem(String text) {
        int length = text == null ? 0 : text.strip().length();
        return length > characters ? Optional.of(Words.text(messageKey, UkFormats.count(length),
                UkFormats.count(characters))) : Optional.empty();
    }
}
