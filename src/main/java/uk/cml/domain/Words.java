package uk.cml.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the app shows, read from {@code uk/cml/messages.properties}: the windows' words, the sentences the
 * records' rules and lists make, and the names of choices, so the wording can be reviewed in one file and
 * translated (a Welsh {@code messages_cy.properties} would sit beside it). Letters' wording stays in their templates.
 * Keys are named by feature and purpose ({@code arrears.payment.dateInFuture}).
 *
 * <p>A static reader: the bundle is read-only data on the class path, loaded once, not a service, and no rule,
 * page or test would ever be given a different one. An apostrophe is always just an apostrophe (MessageFormat's
 * quoting is not used), so "The parent's {0}" reads as written. Arguments are shown as string concatenation would
 * show them; money and dates come already formatted.
 */
public final class Words {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("uk.cml.messages");

    private Words() {
    }

    /** The words under {@code key}, with {@code {0}}, {@code {1}} ... replaced by the arguments. */
    public static String text(String key, Object... args) {
        return fill(BUNDLE.getString(key), args);
    }

    /** Whether the bundle has words under {@code key}: for words looked up by a name made from data (a table's). */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /** Fills {@code {0}}, {@code {1}} ... of {@code words} with the arguments as concatenation shows them. */
    public static String fill(String words, Object... args) {
        if (args.length == 0) {
            return words;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(words.replace("'", "''"), Locale.UK).format(shown);
    }
}
