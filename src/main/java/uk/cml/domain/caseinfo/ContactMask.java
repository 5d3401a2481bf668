package uk.cml.domain.caseinfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the parent's own home, postcode, phone and email in text the parent typed (a note that says "he came to 14
 * Orchard Close", say), for papers that may reach the other parent. Only what is the parent's alone goes, each
 * whole: the part of the address that names the home (house number or name with its street; a flat with its
 * building), the full postcode, the phone number and the email, never inside a longer word or number ("114 Orchard
 * Close" is someone else's). The town, the district and a street without its number are shared with many others,
 * the other parent among them: hiding every "Leeds" would change the other parent's address and any record that
 * names the town, so they are never touched. Matching ignores case, and spacing and commas between words.
 */
public final class ContactMask {

    public static final String WITHHELD = "[withheld]";
    /** Words that say which flat or floor, not which building: "Flat 3" alone is not a home but part of one. */
    private static final Set<String> FLAT_WORDS = Set.of("flat", "apartment", "apt", "unit", "room", "studio",
            "suite", "floor", "ground", "first", "second", "third", "top", "basement", "lower", "upper");
    private static final String NOT_WORD = "[\\p{L}\\p{N}]";

    private final List<Pattern> patterns;

    private ContactMask(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static ContactMask of(MyDetails me) {
        List<String> texts = new ArrayList<>(home(me.address()));
        texts.add(me.address().postcode());
        texts.add(me.email());
        List<Pattern> patterns = new ArrayList<>();
        // Longest first, so "Flat 3, 22 Kirkstall Road" goes whole rather than leaving "Flat 3, " behind.
        texts.stream().map(String::strip).filter(t -> t.length() >= 3).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(t -> patterns.add(whole(t)));
        String phoneDigits = me.phone().replaceAll("\\D", "");
        if (phoneDigits.length() >= 6) {
            patterns.add(phone(phoneDigits));
        }
        return new ContactMask(patterns);
    }

    /**
     * The address's first part (its first line, or the first line's text before a comma, for an address typed on one
     * line); when that part names only a flat ("Flat 3"), it with the next part, and the next part alone when it has
     * a house number ("22 Kirkstall Road" is the building). Later parts (district, town, county) are not the home.
     */
    static List<String> home(PostalAddress address) {
        List<String> parts = new ArrayList<>();
        for (String line : address.lines()) {
            for (String part : line.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        String first = parts.get(0);
        if (namesABuilding(first) || parts.size() == 1) {
            return List.of(first);
        }
        String next = parts.get(1);
        List<String> home = new ArrayList<>(List.of(first + " " + next));
        if (next.matches(".*\\d.*")) {
            home.add(next);
        }
        return home;
    }

    /** A part with a word that is not about a flat or floor: "14 Orchard Close", "Rose Cottage"; not "Flat 3". */
    private static boolean namesABuilding(String part) {
        for (String word : part.toLowerCase(Locale.UK).split("[^\\p{L}]+")) {
            if (word.length() >= 3 && !FLAT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (Pattern pattern : patterns) {
            masked = pattern.matcher(masked).replaceAll(Matcher.quoteReplacement(WITHHELD));
        }
        return masked;
    }

    public List<String> apply(List<String> lines) {
        return lines.stream().map(this::apply).toList();
    }

    /**
     * The words in order, with any run of spaces or commas (or none, as in "LS62AB") between them, standing alone:
     * no letter or digit just before or after.
     */
    private static Pattern whole(String text) {
        String[] words = text.split("[\\s,]+");
        StringBuilder regex = new StringBuilder("(?<!" + NOT_WORD + ")");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "[\\s,]*").append(Pattern.quote(words[i]));
        }
        regex.append("(?!").append(NOT_WORD).append(")");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The digits in order, with spaces, dashes or brackets between, and +44 for a leading 0; not inside a longer number. */
    private static Pattern phone(String digits) {
        // An opening bracket before the number goes with it, so "(07700) 900 123" leaves no "(" behind.
        StringBuilder regex = new StringBuilder(digits.startsWith("0") ? "(?<![\\d+])\\(?(?:\\+44[\\s\\-()]*|0)"
                : "(?<![\\d+])\\(?" + digits.charAt(0));
        for (int i = 1; i < digits.length(); i++) {
            regex.append("[\\s\\-()]*").append(digits.charAt(i));
        }
        regex.append("(?!\\d)");
        return Pattern.compile(regex.toString());
    }
}
