package uk.cml.domain.caseinfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the parent's address, postcode, phone and email wherever they appear in text the parent typed (a note that
 * says "he came to 14 Orchard Close", say), for papers that may reach the other parent. Matching ignores case and
 * spacing; a street line is also hidden without its house number.
 */
public final class ContactMask {

    public static final String WITHHELD = "[withheld]";
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\d+[a-zA-Z]?,?\\s+");

    private final List<Pattern> patterns;

    private ContactMask(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static ContactMask of(MyDetails me) {
        List<String> texts = new ArrayList<>();
        for (String line : me.address().lines()) {
            texts.add(line);
            texts.add(HOUSE_NUMBER.matcher(line).replaceFirst(""));
        }
        texts.add(me.address().postcode());
        texts.add(me.email());
        List<Pattern> patterns = new ArrayList<>();
        // Longest first, so "14 Orchard Close" goes whole rather than leaving "14 " behind.
        texts.stream().map(String::strip).filter(t -> t.length() >= 3).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(t -> patterns.add(spacingFree(t)));
        String phoneDigits = me.phone().replaceAll("\\D", "");
        if (phoneDigits.length() >= 6) {
            patterns.add(phone(phoneDigits));
        }
        return new ContactMask(patterns);
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

    /** The words in order, with any run of spaces (or none, as in "LS62AB") between them. */
    private static Pattern spacingFree(String text) {
        String[] words = text.split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s*").append(Pattern.quote(words[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The digits in order, with spaces, dashes or brackets between, and +44 for a leading 0. */
    private static Pattern phone(String digits) {
        // An opening bracket before the number goes with it, so "(07700) 900 123" leaves no "(" behind.
        StringBuilder regex = new StringBuilder(digits.startsWith("0") ? "\\(?(?:\\+44[\\s\\-()]*|0)"
                : "\\(?" + digits.charAt(0));
        for (int i = 1; i < digits.length(); i++) {
            regex.append("[\\s\\-()]*").append(digits.charAt(i));
        }
        return Pattern.compile(regex.toString());
    }
}
