package uk.cml.safety;

import java.time.LocalDateTime;
import java.util.Optional;
import uk.cml.domain.UkFormats;

/** The sentence "Check a fingerprint" gives, for the command line and Settings alike. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String describe(String asked, Optional<RecordsJournal.Found> found, boolean allMatch) {
        String shown = asked.strip().toUpperCase(java.util.Locale.ROOT);
        if (found.isEmpty()) {
            return "The fingerprint " + shown + " is not in the record journal. The records as they stood when it was "
                    + "printed have been changed or replaced since, or it was printed from other records. Check you "
                    + "typed it exactly as printed.";
        }
        RecordsJournal.Found at = found.get();
        String when;
        try {
            when = UkFormats.DATE_TIME.format(LocalDateTime.parse(at.at()));
        } catch (RuntimeException e) {
            when = at.at();
        }
        return "The fingerprint " + shown + " is in the record journal: entry " + at.entry() + " of " + at.entries()
                + ", written " + when + "." + (allMatch ? " Every entry up to it still checks out, so the records "
                + "as they stood then have not been rewritten since." : " But the check above found changes: see "
                + "the list.");
    }
}
