package uk.cml.letters.templates;

import java.util.List;
import java.util.Objects;

/** Small text clean-ups shared by the fact records: no nulls, no stray spaces, no empty lines. */
final class Text {

    private Text() {
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    static List<String> cleanLines(List<String> lines) {
        return lines == null ? List.of()
                : lines.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** "Mia", "Mia and Leo", "Mia, Leo and Ava". */
    static String joinAnd(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The first word of a name, for "Dear Jordan". */
    static String firstName(String fullName) {
        String name = clean(fullName);
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    /** The parent's words as a sentence of their own: a capital first letter and a full stop. */
    static String ownSentence(String text) {
        String t = sentence(text);
        return t.isEmpty() || t.startsWith("[") ? t : t.substring(0, 1).toUpperCase(java.util.Locale.UK) + t.substring(1);
    }

    /** A team name as typed, "Arrears" or "Arrears team", always read as "Arrears team". */
    static String team(String team) {
        String t = clean(team);
        return t.isEmpty() || t.toLowerCase(java.util.Locale.UK).matches(".*\\bteam\\b.*") ? t : t + " team";
    }

    /** Ends a sentence the parent typed with a full stop unless it already ends with one. */
    static String sentence(String text) {
        String t = clean(text);
        // A "[missing fact]" marker is left as it is, so the parent's typed fact is not followed by a stray stop.
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("]")) {
            return t;
        }
        return t + ".";
    }
}
