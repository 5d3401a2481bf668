package uk.cml.ui.common;

import uk.cml.domain.Words;

/**
 * The windows' words: the app's one bundle ({@code uk/cml/messages.properties}), read by {@link Words}. Kept as the
 * name the views use so a view's words read {@code Messages.text("notes.view.kindOfNote")}; the bundle and its
 * filling-in live in one place, {@code uk.cml.domain.Words}, which the rules in {@code domain} use too.
 */
public final class Messages {

    private Messages() {
    }

    /** The words under {@code key}, with {@code {0}}, {@code {1}} ... replaced by the arguments. */
    public static String text(String key, Object... args) {
        return Words.text(key, args);
    }
}
