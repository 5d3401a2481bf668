package uk.cml.ui.settings;

/** The longer explanations on the safety part of Settings, kept together so they are easy to review. */
final class SafetyTexts {

    private SafetyTexts() {
    }

    static final String WHAT_IT_PROVES = "Everything you save, and every correction, goes into a journal. Each entry "
            + "is sealed with a code worked out from its content and from the entry before it, so the entries are "
            + "chained together. Check records reads your records without changing anything. It works every code "
            + "out again, compares the journal's end with a note of it kept beside your records, compares your "
            + "records, stored files and the records file's layout with what the app makes, and names anything "
            + "changed, added or deleted outside the app, or an older copy of the file put back. What no check on "
            + "this computer can prove is when an entry was first written (the dates come from this computer's "
            + "clock), or that nobody with this computer rewrote everything in the same way. The fingerprint "
            + "printed on your letters is the proof kept outside: if it can still be found below, nothing before "
            + "it has been rewritten.";

    static final String AUTOMATIC = "When you close the app, it makes a backup in the backups folder inside your "
            + "data folder, at most once a day. A copy on a USB stick as well keeps them safe if this computer breaks.";
}
