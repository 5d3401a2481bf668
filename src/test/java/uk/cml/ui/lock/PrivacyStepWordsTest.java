package uk.cml.ui.lock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.cml.ui.common.Messages;

/**
 * Set-up's address question said "The CMS never gives one parent's address to the other": neither seed nor
 * cms-facts.md says so. The hint now says only what the app itself does with the parent's address.
 */
class PrivacyStepWordsTest {

    @Test
    void theAddressHintSaysWhatTheAppDoesAndNothingOfTheCmsTheSourcesDoNotSay() throws Exception {
        String hint = Messages.text("lock.privacyStep.withThisOnLettersTo");
        assertTrue(hint.startsWith("With this on, letters to the other parent show only your name"), hint);
        Properties words = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/uk/cml/messages.properties")) {
            words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : words.stringPropertyNames()) {
            assertFalse(words.getProperty(key).contains("never gives one parent's address"), key);
        }
    }
}
