package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letters with tables of dues say how the parent matched the money once, after the tables, as a note on the
 * figures: on page 1 its six lines pushed the figures the CMS needs (the tables) down (lead, layout fault 1).
 */
@DisplayName("Letters with tables of dues say how the money was matched after the tables, not on page 1")
class MatchingNoteAfterTablesTest {

    static Stream<LetterTemplate> tableLetters() {
        return Stream.of(LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.COLLECT_AND_PAY,
                LetterTemplates.ENFORCEMENT_REQUEST, LetterTemplates.OTHER_PARENT);
    }

    @ParameterizedTest
    @MethodSource("tableLetters")
    @DisplayName("the matching note follows both tables and what the money received went to")
    void afterTheTables(LetterTemplate template) throws IOException {
        ReadBack read = new ReadBack(template, Facts.complete(template));
        String text = read.flat();
        int how = text.indexOf("How I matched the money:");
        int dues = text.indexOf("Payments due Date due");
        int went = text.indexOf("Matched by date,");
        assertTrue(how >= 0 && dues >= 0 && went >= 0, text);
        assertTrue(how > dues && how > went, "the matching note comes after the tables: " + text);
        assertFalse(read.pages.get(0).replaceAll("\\s+", " ").contains("How I matched the money"),
                "not on page 1: " + read.pages.get(0));
        // Said once.
        assertTrue(text.indexOf("How I matched the money:", how + 1) < 0, text);
    }
}
