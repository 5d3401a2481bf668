package uk.cml.ui.settings;
import uk.cml.ui.common.Messages;

/** The longer explanations on the safety part of Settings, kept together so they are easy to review. */
final class SafetyTexts {

    private SafetyTexts() {
    }

    /** What each button does for the parent and when to use it, one short paragraph per button. */
    static final String WHAT_EACH_BUTTON_DOES = Messages.text("settings.safetyTexts.whatEachButtonDoes");

    static final String AUTOMATIC = Messages.text("settings.safetyTexts.whenYouCloseTheApp");
}
