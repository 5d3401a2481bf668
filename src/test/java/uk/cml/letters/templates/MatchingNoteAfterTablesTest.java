package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letters with tables of dues say how the parent matched the money once, under the table of dues whose "Paid
 * towards it" it explains: on page 1 its six lines pushed the figures the CMS needs (the tables) down (lead, layout
 * fault 1). (At the letters' end, after the payments received, it took Collect and Pay's sample letter to 4 pages.)
 */
@DisplayName("Letters with tables of dues say how the money was matched under the table of dues, not on page 1")
class MatchingNoteAfterTablesTest {

    static Stream<LetterTemplate> tableLetters() {
        return Stream.of(LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.COLLECT_AND_PAY,
                LetterTemplates.ENFORCEMENT_REQUEST, LetterTemplates.OTHER_PARENT);
    }

    @ParameterizedTest
    @MethodSource("tableLetters")
    @DisplayName("the matching note is under the table of dues, before the payments received")
    void afterTheTables(LetterTemplate template) throws IOException {
        ReadBack read = new ReadBack(template, Facts.complete(template));
        String text = read.flat();
        int how = text.indexOf("How I matched the money:");
        int dues = text.indexOf("Payments due Date due");
        int total = text.indexOf(" Total ", Math.max(dues, 0));
        int received = text.indexOf("Payments I received since");
        assertTrue(how >= 0 && dues >= 0 && total >= 0 && received >= 0, text);
        assertTrue(how > total && how < received, "the matching note is under the table of dues it explains: "
                + text);
        assertFalse(read.pages.get(0).replaceAll("\\s+", " ").contains("How I matched the money"),
                "not on page 1: " + read.pages.get(0));
        // Said once.
        assertTrue(text.indexOf("How I matched the money:", how + 1) < 0, text);
    }
}
