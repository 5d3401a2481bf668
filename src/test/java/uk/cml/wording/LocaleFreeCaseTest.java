package uk.cml.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Upper- and lower-casing follows the machine's language unless told otherwise: on a Turkish PC "TIFF" lower-cased
 * is "tıff" (dotless i), which no image reader knows, and a control's id made that way no longer matches. Every
 * change of case in the app names its locale.
 */
class LocaleFreeCaseTest {

    private static final Pattern MACHINE_CASE = Pattern.compile("\\.to(Upper|Lower)Case\\(\\)");

    @Test
    void everyChangeOfCaseNamesItsLocale() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (MACHINE_CASE.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "use toUpperCase(Locale.ROOT) or toLowerCase(Locale.ROOT)");
    }

    @Test
    void theMachinesLanguageReallyChangesTheAnswer() {
        // Why the rule exists, shown rather than told.
        assertEquals("t\u0131ff", "TIFF".toLowerCase(Locale.forLanguageTag("tr")));
        assertEquals("tiff", "TIFF".toLowerCase(Locale.ROOT));
    }
}
