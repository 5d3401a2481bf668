package uk.cml.letters.templates;

/**
 * Enclosures the letters share, each named with its date so the reader can match it to their file. A letter lists as
 * enclosed only what the records hold (a copy or scan attached to that record); for anything else the parent is told
 * why it is not listed and how to enclose it, and the letter claims nothing.
 */
final class Enclosures {

    private Enclosures() {
    }

    /** The earlier letter and its certificate of posting, each only if the records hold it. */
    static void earlierLetter(DraftWriter w, EarlierLetter earlier) {
        if (earlier.copyKept()) {
            w.enclosure("Copy of my letter of " + w.needDate(earlier.date(), "the date of your earlier letter"));
        } else {
            notKept(w, earlier.date() == null ? "your earlier letter" : "your letter of " + w.date(earlier.date()));
        }
        if (earlier.proofKept()) {
            String posted = earlier.postedOn() == null ? "" : " of " + w.date(earlier.postedOn());
            String reference = earlier.proofReference().isEmpty() ? "" : " (" + earlier.proofReference() + ")";
            w.enclosure("Copy of the proof of postage" + posted + reference);
        }
    }

    /** {@code copy} ("Copy of your reply of 23 November 2026") is enclosed if the records hold {@code letter}. */
    static void ifKept(DraftWriter w, boolean kept, String copy, String letter) {
        if (kept) {
            w.enclosure(copy);
        } else {
            notKept(w, letter);
        }
    }

    private static void notKept(DraftWriter w, String letter) {
        // A date not yet known is named in the letter's own marker, not in this note.
        w.warn("Your records hold no copy of " + letter.replaceAll(" of \\[[^\\]]*\\]", "")
                + ", so this letter does not say one is enclosed. To "
                + "enclose a copy, attach it to that letter on the Letters page, then write this letter again.");
    }
}
