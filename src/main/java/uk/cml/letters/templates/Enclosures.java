package uk.cml.letters.templates;

/** Enclosures the letters share, each named with its date so the reader can match it to their file. */
final class Enclosures {

    private Enclosures() {
    }

    /** The earlier letter and, if there is one, its proof of postage. */
    static void earlierLetter(DraftWriter w, EarlierLetter earlier) {
        String date = w.needDate(earlier.date(), "the date of your earlier letter");
        w.enclosure("Copy of my letter of " + date);
        if (!earlier.proofReference().isEmpty()) {
            String posted = earlier.postedOn() == null ? "" : " of " + w.date(earlier.postedOn());
            w.enclosure("Copy of the proof of postage" + posted + " (" + earlier.proofReference() + ")");
        }
    }
}
