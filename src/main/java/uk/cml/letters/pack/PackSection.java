package uk.cml.letters.pack;

/** The parts of an evidence pack the parent can choose. The cover and the contents are always there. */
public enum PackSection {
    SUMMARY("Summary of arrears"),
    STANDING("Where it stands"),
    SCHEDULE("Arrears schedule"),
    CHRONOLOGY("Chronology"),
    CALLS("Calls in full"),
    LETTERS_SENT("Letters written and sent, with proof of postage"),
    LETTERS_RECEIVED("Letters received"),
    NOTES("Notes"),
    DOCUMENTS("Documents");

    private final String title;

    PackSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
