package uk.cml.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many times a piece of text stands in another, as written (no patterns), for tests that read back a PDF. */
public final class Occurrences {

    private Occurrences() {
    }

    public static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
