package uk.cml.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a row mentions the payer, in any of its cells. Banks write a person's name many ways
 * ("DANIEL REED", "D REED", "REED D", "MR D J REED"), so a name of two or more words matches when the surname is there
 * as a word with a first name or its initial; anything else (a reference such as "CHILD MAINT") matches as whole words
 * in order. Whole words only: "REED" does not match "REEDS" and "REED RECRUITMENT" is not Daniel Reed.
 */
final class PayerFilter {

    private final List<String> terms;

    PayerFilter(List<String> payers) {
        terms = payers.stream().map(PayerFilter::words).filter(t -> !t.isBlank()).toList();
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    boolean matches(List<String> cells) {
        String row = " " + words(String.join(" ", cells)) + " ";
        return terms.stream().anyMatch(term -> row.contains(" " + term + " ") || asName(term, row));
    }

    private static boolean asName(String term, String row) {
        String[] parts = term.split(" ");
        if (parts.length < 2 || !row.contains(" " + parts[parts.length - 1] + " ")) {
            return false;
        }
        return Arrays.stream(parts, 0, parts.length - 1)
                .anyMatch(first -> row.contains(" " + first + " ") || row.contains(" " + first.charAt(0) + " "));
    }

    /** Lower case letters and digits, every run of anything else one space. */
    private static String words(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }
}
