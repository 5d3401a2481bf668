package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A long summary in the letters list ends at a whole word, so an amount is shown whole or not at all. */
class FirstWordsTest {

    @Test
    void shortTextIsShownWhole() {
        assertEquals("They propose to write off £250.00.", WrappingCells.firstWords("They propose to write off £250.00.",
                40));
    }

    @Test
    void longTextEndsAtAWholeWord() {
        String text = "They say Jordan offers £404.20 in full and final settlement of the arrears.";
        assertEquals("They say Jordan offers\u2026", WrappingCells.firstWords(text, 28));
        assertEquals("They say Jordan offers £404.20\u2026", WrappingCells.firstWords(text, 30));
    }

    @Test
    void oneVeryLongWordIsCutWhereItMust() {
        assertEquals("abcde\u2026", WrappingCells.firstWords("abcdefghij", 5));
    }
}
