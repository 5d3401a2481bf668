package uk.cml.ui.settings;

/** The longer explanations on the safety part of Settings, kept together so they are easy to review. */
final class SafetyTexts {

    private SafetyTexts() {
    }

    static final String WHAT_IT_PROVES = "Everything you save, and every correction, goes into a journal. Each entry "
            + "is sealed with a code worked out from its content and from the entry before it, so the entries are "
            + "chained together. Check records works every code out again, compares your records and stored files "
            + "with the journal, and names anything that was changed, added or deleted outside the app, for "
            + "example by editing the records file with another program. What it cannot prove is when an entry "
            + "was first written: the dates come from this computer's clock. The fingerprint printed on your "
            + "letters fixes your records as they were that day: if it can still be found later, nothing before "
            + "it has been rewritten.";

    static final String AUTOMATIC = "When you close the app, it makes a backup in the backups folder inside your "
            + "data folder, at most once a day. A copy on a USB stick as well keeps them safe if this computer breaks.";
}
