package uk.cml.safety;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/** The sentence "Check a fingerprint" gives, for the command line and Settings alike. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String describe(String asked, Optional<RecordsJournal.Found> found, boolean allMatch) {
        return describe(asked, found, allMatch, List.of());
    }

    /**
     * As {@link #describe(String, Optional, boolean)}, with the fingerprints in the history close to the one typed
     * ({@link RecordsJournal#near}). One not found is first taken for what it most often is, a typing slip: one a
     * character or two away from a fingerprint in the history is said to be one, with what to compare; one with
     * characters a fingerprint never has, or too few, is said to be typed wrong. Only a fingerprint typed right and
     * not found is said to be missing from the history, and even then the typing is checked first.
     */
    public static String describe(String asked, Optional<RecordsJournal.Found> found, boolean allMatch,
                                  List<RecordsJournal.Near> near) {
        String shown = asked.strip().toUpperCase(Locale.ROOT);
        if (found.isEmpty()) {
            return notFound(shown, near);
        }
        RecordsJournal.Found at = found.get();
        return Words.text(allMatch ? "safety.fingerprint.foundUnchanged" : "safety.fingerprint.foundChanged", shown,
                at.entry(), at.entries(), when(at));
    }

    private static String when(RecordsJournal.Found at) {
        try {
            return UkFormats.DATE_TIME.format(LocalDateTime.parse(at.at()));
        } catch (RuntimeException e) {
            return at.at();
        }
    }

    private static String notFound(String shown, List<RecordsJournal.Near> near) {
        String digits = Fingerprint.normalise(shown).toUpperCase(Locale.ROOT);
        if (!near.isEmpty()) {
            RecordsJournal.Near closest = near.get(0);
            return Words.text("safety.fingerprint.typingSlip", shown, closest.printed(), when(closest.found()),
                    differences(digits, closest.printed().replace(" ", "")));
        }
        String strange = digits.replaceAll("[0-9A-F]", "");
        if (!strange.isEmpty()) {
            String first = strange.substring(0, 1);
            String lookalike = switch (first) {
                case "O", "Q" -> "0";
                case "I", "L" -> "1";
                case "S" -> "5";
                case "Z" -> "2";
                case "G" -> "6";
                default -> "";
            };
            return Words.text("safety.fingerprint.notItsCharacters", shown, first)
                    + (lookalike.isEmpty() ? "" : " " + Words.text("safety.fingerprint.lookalike", first, lookalike));
        }
        if (digits.length() < 16) {
            return Words.text("safety.fingerprint.tooShort", shown, digits.length());
        }
        return Words.text("safety.fingerprint.notFound", shown);
    }

    /** Where the typed digits differ from the fingerprint's, said so they can be compared on the letter. */
    private static String differences(String typed, String printed) {
        if (typed.length() != printed.length()) {
            return Words.text("safety.fingerprint.differsByLength");
        }
        List<String> each = new java.util.ArrayList<>();
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != printed.charAt(i)) {
                each.add(Words.text("safety.fingerprint.differsAt", i + 1, typed.charAt(i), printed.charAt(i)));
            }
        }
        if (each.isEmpty() || each.size() > 2) {
            return Words.text("safety.fingerprint.differsByLength"); // a character left out and another added
        }
        return each.size() == 1 ? Words.text("safety.fingerprint.differsInOne", each.get(0))
                : Words.text("safety.fingerprint.differsInTwo", each.get(0), each.get(1));
    }
}
