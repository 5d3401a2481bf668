package uk.cml.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private static final Path APP = Path.of("src/main/java/uk/cml/app");
    /** The start-up classes that show windows; the rest of app is the command line and the log. */
    private static final List<String> APP_WINDOWS = List.of("LetterWiring", "MainScreens", "StandingWiring",
            "StartScreens", "Startup", "SetupFlow", "PrivacyWiring", "CmlApplication");
    private static final Pattern ENGLISH = Pattern.compile("(?s).*\\p{L}.*");
    private static final Pattern LOOKS_WRITTEN = Pattern.compile("(?s)(.*\\s.*|\\p{Lu}.*|.*[.:?!])");
    /** Lines whose literals are for developers: the log, exceptions no parent sees, date patterns. */
    private static final Pattern DEVELOPERS_ONLY = Pattern.compile("\\.resolve\\(|mark\\(|LOG\\.|Logger|log\\("
            + "|Exception\\(|Error\\(|ofPattern\\(|getResource|System\\.getProperty");
    /** File names the app reads or suggests, such as LICENSE.txt. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[\\w.-]+\\.(txt|css|png|csv|zip|pdf|json|properties|ics|jpe?g|md|log)");
    /** Constant names (NOT_KNOWN), key prefixes ("child."), system setting names and paths the code reads. */
    private static final Pattern CODE = Pattern.compile(
            "[A-Z][A-Z0-9_]+|[a-z][A-Za-z0-9]*\\.|[A-Z][a-z]+([A-Z][a-z]+)+|\\S*\\\\\\S*");

    @Test
    @DisplayName("no view under ui, nor a start-up window, passes hard-coded English to the screen")
    void noHardCodedWords() {
        List<JavaLiterals.Literal> literals = new ArrayList<>(JavaLiterals.under(UI));
        APP_WINDOWS.forEach(name -> literals.addAll(JavaLiterals.in(APP.resolve(name + ".java"))));
        List<String> found = literals.stream()
                .filter(l -> ENGLISH.matcher(l.text()).matches() && LOOKS_WRITTEN.matcher(l.text()).matches())
                .filter(l -> !DEVELOPERS_ONLY.matcher(l.sourceLine()).find())
                .filter(l -> !FILE_NAME.matcher(l.text()).matches() && !CODE.matcher(l.text()).matches())
                .map(JavaLiterals.Literal::toString).toList();
        assertEquals(List.of(), found, found.size() + " literals still hold words; move them to messages.properties");
    }
}
