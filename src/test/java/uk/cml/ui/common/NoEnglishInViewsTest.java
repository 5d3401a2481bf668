package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No page writes its words in Java: every literal under {@code ui} that reads as English (a space, a capital first
 * letter or a sentence's end) must be a key into messages.properties instead. Ids, style classes, keys, format
 * patterns and what only the log reads are allowed.
 */
class NoEnglishInViewsTest {

    private static final Path UI = Path.of("src/main/java/uk/cml/ui");
    private static final Pattern ENGLISH = Pattern.compile("(?s).*\\p{L}.*");
    private static final Pattern LOOKS_WRITTEN = Pattern.compile("(?s)(.*\\s.*|\\p{Lu}.*|.*[.:?!])");
    /** Lines whose literals are for developers: the log, exceptions no parent sees, date patterns. */
    private static final Pattern DEVELOPERS_ONLY = Pattern.compile(
            "LOG\\.|Logger|log\\(|Exception\\(|Error\\(|ofPattern\\(|getResource|System\\.getProperty");
    /** Literals that look like words but are not shown as such, each with why. */
    private static final Set<String> NOT_WORDS = Set.of();
    /** File names the app reads or suggests, such as LICENSE.txt. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[\\w.-]+\\.(txt|css|png|csv|zip|pdf|json|properties|ics|jpe?g|md|log)");
    /** Constant names (NOT_KNOWN), key prefixes ("child."), system setting names and paths the code reads. */
    private static final Pattern CODE = Pattern.compile(
            "[A-Z][A-Z0-9_]+|[a-z][A-Za-z0-9]*\\.|[A-Z][a-z]+([A-Z][a-z]+)+|\\S*\\\\\\S*");
    /** Feature folders whose words have not been moved to the bundle yet. */
    private static final Set<String> NOT_MOVED_YET = Set.of();

    @Test
    @DisplayName("no view under ui passes hard-coded English to the screen")
    void noHardCodedWords() {
        List<String> found = JavaLiterals.under(UI).stream()
                .filter(l -> ENGLISH.matcher(l.text()).matches() && LOOKS_WRITTEN.matcher(l.text()).matches())
                .filter(l -> !DEVELOPERS_ONLY.matcher(l.sourceLine()).find())
                .filter(l -> !NOT_WORDS.contains(l.text()) && !FILE_NAME.matcher(l.text()).matches()
                        && !CODE.matcher(l.text()).matches())
                .filter(l -> !NOT_MOVED_YET.contains(UI.relativize(l.file()).getName(0).toString()))
                .map(JavaLiterals.Literal::toString).toList();
        assertEquals(List.of(), found, found.size() + " literals still hold words; move them to messages.properties");
    }
}
