package uk.cml.letters.pack;

/** The parent cancelled the pack; nothing was saved. */
public final class PackCancelledException extends Exception {

    public PackCancelledException() {
        super("The evidence pack was cancelled. Nothing was saved.");
    }
}
