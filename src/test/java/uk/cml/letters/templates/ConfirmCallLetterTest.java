package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.evidence.CallDirection;

/** The confirming letter says only what the call's record says: who rang whom, and where the promise stands. */
class ConfirmCallLetterTest {

    /**
     * The letter's date: 2 Dec 2026, so it counts as delivered Fri 4 Dec and its reply date, 10 working days on, is
     * 18 Dec 2026.
     */
    private static final LocalDate LETTER = LocalDate.of(2026, 12, 2);

    private static CallDetails call(CallDirection direction, LocalDate on, String promised, LocalDate by,
            boolean kept) {
        return new CallDetails(on, LocalTime.of(14, 5), direction, "Mark", "Enforcement", "MK204",
                "Mark said an arrears notice would be sent", promised, by, kept);
    }

    private static String letter(CallDetails call) throws IOException {
        LetterFacts facts = Facts.complete(LetterTemplates.CONFIRM_CALL).toBuilder().letterDate(LETTER).call(call)
                .choices(LetterChoices.NONE.withSayComplaint(true)).build(); // the parent chose to say what they will do
        return new ReadBack(LetterTemplates.CONFIRM_CALL, facts).flat();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "CMS_CALLED | what was said when you phoned me on 26 Nov 2026 at 14:05",
        "I_CALLED   | what was said when I phoned you on 26 Nov 2026 at 14:05",
        "OTHER      | what was said on our phone call on 26 Nov 2026 at 14:05"})
    @DisplayName("the opening says who rang whom as the call was logged, and claims neither when the log does not say")
    void whoRang(CallDirection direction, String opening) throws IOException {
        String text = letter(call(direction, LocalDate.of(2026, 11, 26), "", null, false));
        assertTrue(text.contains(opening), text);
        if (direction != CallDirection.I_CALLED) {
            assertFalse(text.contains("I phoned"), text);
        }
    }

    @Nested
    @DisplayName("a promise the CMS made on the call")
    class Promise {

        @Test
        @DisplayName("past its date when the letter is written: the date is said, that the records do not show it"
                + " done (as the enforcement request says it), and it is asked for by the letter's own reply date,"
                + " without claiming it was not done")
        void overdue() throws IOException {
            String text = letter(call(CallDirection.I_CALLED, LocalDate.of(2026, 11, 9), "A letter to me about the "
                    + "arrears", LocalDate.of(2026, 11, 22), false));
            // Reviewer 4: a call-back promised by 2 Dec never came; the letter of 5 Dec only asked "whether it has
            // been done", as if the day had not passed.
            // Reviewer 7: the date and the words are the parent's own notes of the call (the date may be her count of
            // "10 working days"), so the letter says what she understood, and never quotes them as the CMS's words.
            assertTrue(text.contains("A letter to me about the arrears. I understood from the call that this would be"
                    + " done by 22 Nov 2026. My records do not show that it was done."), text);
            assertTrue(text.contains("I understood from the call that you would do this by 22 Nov 2026: A letter to "
                    + "me about the arrears. My records do not show that it was done. Please tell me in writing by 18 "
                    + "Dec 2026 whether it has been done, and if it has not, please do it now."), text);
            assertFalse(text.contains("told me you would do this by"), text);
            assertFalse(text.contains("I was told this would be done by"), text);
            assertFalse(text.contains("\u201c"), "the parent's notes are not quoted as the CMS's words: " + text);
            assertFalse(text.contains("when it was done"), "it is not known to have been done: " + text);
            assertFalse(text.contains("that you would do, as set out below, by 22 Nov 2026"), text);
            assertFalse(text.matches(".*(It|This) has not been done.*"), text);
            assertTrue(text.contains("If what I understood from the call you would do has not been done by then, I will make a "
                    + "formal complaint."), text);
        }

        @Test
        @DisplayName("still to come: asked for by its own date, and a complaint only after the later of the two dates")
        void toCome() throws IOException {
            String text = letter(call(CallDirection.CMS_CALLED, LocalDate.of(2026, 12, 1), "Send an arrears notice",
                    LocalDate.of(2026, 12, 31), false));
            assertTrue(text.contains("Please do what I understood from the call you would do (set out below under "
                    + "\u201cWhat I understood the CMS would do\u201d), by 31 Dec 2026."), text);
            // The promise is the parent's note: never quoted as the CMS's words (only the heading is named).
            assertFalse(text.contains("\u201cSend an arrears notice"), text);
            assertFalse(text.contains("My records do not show"), "its day has not come: " + text);
            assertTrue(text.contains("If what I understood from the call you would do has not been done by 31 Dec 2026, I will "
                    + "make a formal complaint."), text);
        }

        @Test
        @DisplayName("due the day the letter is written: not passed yet, so the letter asks for it by then and says"
                + " nothing of the records")
        void dueToday() throws IOException {
            String text = letter(call(CallDirection.I_CALLED, LocalDate.of(2026, 11, 30), "Call me back",
                    LETTER, false));
            assertTrue(text.contains("Please do what I understood from the call you would do (set out below under "
                    + "\u201cWhat I understood the CMS would do\u201d), by 2 Dec 2026."), text);
            assertFalse(text.contains("My records do not show"), text);
        }

        @Test
        @DisplayName("the parent did not choose to say it: no complaint is threatened, the choice is offered")
        void complaintNotChosen() throws IOException {
            LetterFacts facts = Facts.complete(LetterTemplates.CONFIRM_CALL).toBuilder().letterDate(LETTER)
                    .call(call(CallDirection.CMS_CALLED, LocalDate.of(2026, 12, 1), "Send an arrears notice",
                            LocalDate.of(2026, 12, 31), false)).build();
            String text = new ReadBack(LetterTemplates.CONFIRM_CALL, facts).flat();
            assertFalse(text.contains("complaint"), text);
            assertEquals(java.util.Optional.of("If what I understood from the call you would do has not been done by 31 Dec "
                    + "2026, I will make a formal complaint."),
                    LetterTemplates.CONFIRM_CALL.draft(facts).offers().complaint());
        }

        @Test
        @DisplayName("marked kept: the letter says it has been done and neither asks for it nor threatens a complaint")
        void kept() throws IOException {
            String text = letter(call(CallDirection.CMS_CALLED, LocalDate.of(2026, 11, 9), "Send an arrears notice",
                    LocalDate.of(2026, 11, 22), true));
            assertTrue(text.contains("Send an arrears notice. I understood from the call that this would be done by"
                    + " 22 Nov 2026, and it has since been done."), text);
            assertFalse(text.contains("Do what I was told"), text);
            assertFalse(text.contains("formal complaint"), text);
        }
    }

    @Test
    @DisplayName("what came of the call, as logged, is in the letter; silence is never said to be agreement")
    void outcomeAndSilence() throws IOException {
        CallDetails logged = new CallDetails(LocalDate.of(2026, 5, 5), LocalTime.of(14, 30), CallDirection.I_CALLED,
                "Mark", "", "", "Nothing came for April. Mark said he would look into why and ring me back.",
                "To ring me back within 5 working days.", LocalDate.of(2026, 5, 12), false, "Nobody rang back.");
        String text = letter(logged);
        assertTrue(text.contains("What came of the call: Nobody rang back."), text);
        assertTrue(text.contains("If I do not hear from you by 18 Dec 2026, I will rely on this letter as the "
                + "record of our call."), text);
        assertFalse(text.contains("agree"), text);
        assertFalse(letter(call(CallDirection.I_CALLED, LocalDate.of(2026, 11, 26), "", null, false))
                .contains("What came of the call"), "nothing logged, nothing said");
    }
}
