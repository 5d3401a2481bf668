package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterName;

/**
 * A reviewer found the complaint listed as "COMPLAINT" in the Letters list and the evidence pack's contents and
 * chronology, while its subject was "Complaint to CMS" and Documents said "Letter: Complaint to CMS". One name for
 * one letter, in plain words: no letter is headed in capitals, and a letter kept with such a heading is named by its
 * plain name when read.
 */
@DisplayName("Each letter has one plain name: no heading in capitals, and old ones read by their plain name")
class OnePlainNamePerLetterTest {

    @Test
    @DisplayName("no letter the app makes is headed in capitals, and each is named by the heading it prints")
    void noHeadingInCapitals() {
        List<String> wrong = new ArrayList<>();
        for (LetterTemplate template : LetterTemplates.all()) {
            String heading = template.draft(Facts.complete(template)).heading();
            if (!template.nameFor(heading).equals(heading.strip()) || heading.matches("(?s).*\\b[A-Z]{4,}\\b.*")) {
                wrong.add(template.fileTitle() + ": headed " + heading + ", named " + template.nameFor(heading));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("the complaints name themselves as their subject says")
    void complaintsHeadedAsTheirSubject() {
        for (LetterTemplate template : List.of(LetterTemplates.COLLECTION_COMPLAINT, LetterTemplates.ICE_COMPLAINT,
                LetterTemplates.SENIOR_REVIEW)) {
            assertEquals(template.fileTitle(), template.draft(Facts.complete(template)).heading());
        }
    }

    @Test
    @DisplayName("a letter kept with a heading in capitals is named by its plain name, wherever it is listed")
    void oldHeadingsReadPlainly() {
        assertEquals("Complaint to CMS", LetterName.of("COMPLAINT", "Complaint to CMS"));
        assertEquals("Complaint to ICE", LetterName.of("COMPLAINT ABOUT THE CHILD MAINTENANCE SERVICE",
                "Complaint to ICE"));
        assertEquals("Complaint review request to CMS", LetterName.of(
                "COMPLAINT: request for a review by a senior manager", "Complaint review request to CMS"));
        assertEquals("Missed Direct Pay payments", LetterName.of("Missed Direct Pay payments", "x"));
        assertEquals("CMS: my letter of 3 Dec", LetterName.of("CMS: my letter of 3 Dec", "x"));
        assertEquals("x", LetterName.of("  ", "x"));
    }
}
