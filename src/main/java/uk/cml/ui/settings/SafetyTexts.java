package uk.cml.ui.settings;
import uk.cml.ui.common.Messages;

/** The longer explanations on the safety part of Settings, kept together so they are easy to review. */
final class SafetyTexts {

    private SafetyTexts() {
    }

    static final String WHAT_IT_PROVES = Messages.text("settings.safetyTexts.everythingYouSaveAndEvery");

    static final String AUTOMATIC = Messages.text("settings.safetyTexts.whenYouCloseTheApp");
}
