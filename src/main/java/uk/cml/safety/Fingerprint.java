package uk.cml.safety;

import java.util.Locale;
import uk.cml.domain.Words;

/**
 * The hash of the newest journal entry: it depends on every entry before it, so printing it on a letter
 * fixes the whole record as it stood that day. Anyone holding the letter can later ask "Check records"
 * whether that fingerprint is still in the journal.
 *
 * @param hash    the full SHA-256, lower-case hex
 * @param entries how many journal entries it covers
 */
public record Fingerprint(String hash, long entries) {

    /** The first 16 hex digits in groups of four, for printing: "3F2A 91C0 7D4E 88B1". */
    public String shortForm() {
        String start = hash.substring(0, 16).toUpperCase(Locale.ROOT);
        return start.substring(0, 4) + " " + start.substring(4, 8) + " " + start.substring(8, 12) + " "
                + start.substring(12, 16);
    }

    /** The line for the foot of a letter or the last page of a pack. */
    public String footerLine() {
        return Words.text("safety.fingerprint.footer", shortForm());
    }

    /** Reads a fingerprint as printed (any case, spaces or not) into the hex digits it starts with. */
    static String normalise(String printed) {
        return printed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
