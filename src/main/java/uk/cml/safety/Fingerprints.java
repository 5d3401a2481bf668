package uk.cml.safety;

import java.time.LocalDateTime;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/** The sentence "Check a fingerprint" gives, for the command line and Settings alike. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String describe(String asked, Optional<RecordsJournal.Found> found, boolean allMatch) {
        String shown = asked.strip().toUpperCase(java.util.Locale.ROOT);
        if (found.isEmpty()) {
            return Words.text("safety.fingerprint.notFound", shown);
        }
        RecordsJournal.Found at = found.get();
        String when;
        try {
            when = UkFormats.DATE_TIME.format(LocalDateTime.parse(at.at()));
        } catch (RuntimeException e) {
            when = at.at();
        }
        return Words.text(allMatch ? "safety.fingerprint.foundUnchanged" : "safety.fingerprint.foundChanged", shown,
                at.entry(), at.entries(), when);
    }
}
