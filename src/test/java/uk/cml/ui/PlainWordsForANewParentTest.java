package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.cml.ui.common.Messages;

/**
 * Reviewer rv10, a new parent in the real window (6 Dec 2026): words on Settings, Where it stands and the Case page's
 * plan form that only someone who knows the app could follow. Each is now said plainly, with the same meaning.
 */
class PlainWordsForANewParentTest {

    @Test
    void keepingYourRecordsSafeSaysWhatACsvFileIsAndWhatToCheck() {
        String text = Messages.text("settings.safetyTexts.whatEachButtonDoes");
        assertTrue(text.contains("as spreadsheet files (CSV files, which Excel and other spreadsheet programs open)"),
                text);
        assertTrue(text.contains("First, details saved by an older version of the app that the Case page would not "
                + "accept today: correct them on the Case page."), text);
        assertFalse(text.contains("would now refuse"), text);
        assertFalse(text.contains("arrears schedule"), text);
    }

    @Test
    void theFingerprintIsExplainedBeforeItsName() {
        String text = Messages.text("settings.recordsSafetyPanel.fingerprintIsFor");
        assertTrue(text.startsWith("To show later that your records have not been changed, the app prints a code on "
                + "every letter and evidence pack it makes. It is called the record fingerprint."), text);
    }

    @Test
    void challengingADecisionLeadsWithWhatToDoInShortSentences() {
        String text = Messages.text("standing.panels.aCalculationOrOtherDecision", 30, 13);
        assertTrue(text.startsWith("Log each decision the CMS sends you below, with the date on its letter."), text);
        assertTrue(text.contains("ask the CMS to look at the decision again. This is called a mandatory "
                + "reconsideration."), text);
        assertTrue(text.contains("reply in writing within 30 days."), text);
        assertTrue(text.contains("up to 13 months after it."), text);
        assertFalse(text.contains("has no limits counted from it"), text);
        for (String sentence : text.split("(?<=[.:])\\s+")) {
            assertTrue(sentence.split(" ").length <= 30, "a short sentence: " + sentence);
        }
    }

    @Test
    void thePlanFormsHintSaysWhyToLogTheLetter() {
        String text = Messages.text("caseinfo.planForm.sourceHintCms");
        assertFalse(text.contains("to have its time limits counted"), text);
        assertTrue(text.contains("For the app to work out your time limits for it, such as the last day to challenge it, also "
                + "log the letter on the "
                + "Letters page and say which decision it is."), text);
    }
}
