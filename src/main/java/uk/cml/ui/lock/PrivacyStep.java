package uk.cml.ui.lock;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;

/** The set-up page for {@link PrivacyChoices}: the address question first, then the optional passcode. */
public final class PrivacyStep {

    public static final String TITLE = Messages.text("lock.privacyStep.yourPrivacy");
    public static final String INTRO = Messages.text("lock.privacyStep.bothAreOptionalAndYou");

    private final VBox view;
    private final CheckBox address = new CheckBox(Messages.text("lock.privacyStep.keepMyAddressPrivateFrom"));

    public PrivacyStep(PrivacyChoices choices) {
        address.setId("setup-address-private");
        address.selectedProperty().bindBidirectional(choices.addressPrivate);
        Label addressHint = PageLayout.hint(Messages.text("lock.privacyStep.withThisOnLettersTo"));
        Label passcodeHeading = new Label(Messages.text("lock.privacyStep.aPasscodeForThisApp"));
        passcodeHeading.getStyleClass().add("subheading");
        PasswordField passcode = new PasswordField();
        passcode.setId("setup-passcode");
        passcode.setAccessibleText(Messages.text("lock.privacyStep.newPasscode"));
        passcode.setPromptText(Messages.text("lock.privacyStep.passcodeAtLeast4Characters"));
        passcode.textProperty().bindBidirectional(choices.passcode);
        passcode.getStyleClass().add("passcode-field");
        PasswordField repeat = new PasswordField();
        repeat.setId("setup-passcode-repeat");
        repeat.setAccessibleText(Messages.text("lock.privacyStep.typeThePasscodeAgain"));
        repeat.setPromptText(Messages.text("lock.privacyStep.theSamePasscodeAgain"));
        repeat.textProperty().bindBidirectional(choices.repeat);
        repeat.getStyleClass().add("passcode-field");
        Label problem = new Label();
        problem.setId("setup-passcode-error");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(choices.problem);
        Label passcodeHint = PageLayout.hint(Messages.text("lock.privacyStep.theAppWillAskFor",
                AppLock.QUICK_HIDE_TEXT));
        view = new VBox(10, address, addressHint, passcodeHeading, passcodeHint, passcode, repeat, problem);
        view.setId("setup-privacy");
        view.getStyleClass().add("privacy-step");
    }

    public Node view() {
        return view;
    }

    public Node firstField() {
        return address;
    }
}
