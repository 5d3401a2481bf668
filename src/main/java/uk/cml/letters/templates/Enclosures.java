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

    /** Whose letter a copy is of: it decides where on the Letters page the parent attaches it. */
    enum From {
        /** A letter the parent sent: its copy goes under "Your copy". */
        PARENT,
        /** A letter the CMS sent: its scan goes under "Scan or photo". */
        CMS
    }

    /**
     * {@code copy} ("Copy of your reply of 23 November 2026") is enclosed if the records hold {@code letter}, a
     * letter from {@code from}.
     */
    static void ifKept(DraftWriter w, boolean kept, String copy, String letter, From from) {
        if (kept) {
            w.enclosure(copy);
        } else {
            notKept(w, letter, from);
        }
    }

    private static void notKept(DraftWriter w, String letter) {
        notKept(w, letter, From.PARENT);
    }

    /**
     * Says what is not listed and the two steps that list it: attach the copy on the Letters page, in the field that
     * page names, then make this letter again (the button is "Make PDF").
     */
    private static void notKept(DraftWriter w, String letter, From from) {
        // A date not yet known is named in the letter's own marker, not in this note.
        String named = letter.replaceAll(" of \\[[^\\]]*\\]", "");
        w.warn("Your records hold no copy of " + named + ", so this letter does not list one. To enclose it: on "
                + "the Letters page, open " + named + " and attach "
                + (from == From.CMS ? "a scan or photo of it under \u201cScan or photo\u201d"
                        : "its PDF or a scan under \u201cYour copy\u201d")
                + ". Then make this letter again, and it will list the copy.");
    }
}
