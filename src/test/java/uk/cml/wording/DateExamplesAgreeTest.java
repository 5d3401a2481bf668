package uk.cml.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.cml.domain.UkDates;

/**
 * Found by a reviewer: a date box's hint said "e.g. 14 Mar 2017" while the error beside it said "Type it like
 * 22/11/2026". Every example of how to write a date, in a hint or in an error, names it the same way (day, month and
 * year in figures, as 22/11/2026), and a date box's hint gives the very example its error gives.
 */
class DateExamplesAgreeTest {

    /** A date given as an example: after "e.g.", "like", "as in", "such as" or "for example". */
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?:e\\.g\\.|like|as in|such as|for example|and)\\s+(\\d{1,2}(?:[/.-]\\d{1,2}[/.-]| [A-Z][a-z]+ )\\d{2,4})");
    private static final Pattern FIGURES = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

    private static Properties words() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(WordsBundleTest.BUNDLE, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static List<String> examples(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyDateExampleIsWrittenInOneStyle() throws IOException {
        Properties p = words();
        List<String> odd = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("cli.")) {
                continue; // the command line's own help names the forms it reads
            }
            for (String example : examples(p.getProperty(key))) {
                if (!FIGURES.matcher(example).matches() || UkDates.parse(example).isEmpty()) {
                    odd.add(key + ": " + example);
                }
            }
        }
        assertEquals(List.of(), odd, "dates given as examples not written as 22/11/2026");
    }

    @Test
    void aDateBoxsHintGivesTheExampleItsErrorGives() throws IOException {
        Properties p = words();
        assertEquals(examples(p.getProperty("correspondence.rules.unreadableDate")),
                examples(p.getProperty("common.ukDateField.example")), "any date box");
        assertEquals(examples(p.getProperty("caseinfo.childrenForm.thatIsNotADate")),
                examples(p.getProperty("caseinfo.childrenForm.dateOfBirthExample")), "a child's date of birth");
        assertEquals(examples(p.getProperty("caseinfo.rules.enterDateOfBirth")),
                examples(p.getProperty("caseinfo.childrenForm.dateOfBirthExample")), "a child's date of birth");
        LocalDate any = UkDates.parse(examples(p.getProperty("common.ukDateField.example")).get(0)).orElseThrow();
        assertTrue(any.getYear() >= 2025, "a date box's example is a date of the records' years: " + any);
    }
}
