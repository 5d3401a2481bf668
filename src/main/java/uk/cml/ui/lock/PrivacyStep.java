package uk.cml.ui.lock;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** The set-up page for {@link PrivacyChoices}: the address question first, then the optional passcode. */
public final class PrivacyStep {

    public static final String TITLE = "Your privacy";
    public static final String INTRO = "Both are optional, and you can change them later in Settings.";

    private final VBox view;
    private final CheckBox address = new CheckBox("Keep my address private from the other parent");

    public PrivacyStep(PrivacyChoices choices) {
        address.setId("setup-address-private");
        address.selectedProperty().bindBidirectional(choices.addressPrivate);
        Label addressHint = hint("The CMS never gives one parent's address to the other. With this on, letters to "
                + "the other parent show only your name and say to reply through the CMS: no address, phone or "
                + "email. Letters to the CMS still carry your address, as it needs it.");
        Label passcodeHeading = new Label("A passcode for this app (optional)");
        passcodeHeading.getStyleClass().add("subheading");
        PasswordField passcode = new PasswordField();
        passcode.setId("setup-passcode");
        passcode.setAccessibleText("New passcode");
        passcode.setPromptText("Passcode, at least 4 characters");
        passcode.textProperty().bindBidirectional(choices.passcode);
        passcode.getStyleClass().add("passcode-field");
        PasswordField repeat = new PasswordField();
        repeat.setId("setup-passcode-repeat");
        repeat.setAccessibleText("Type the passcode again");
        repeat.setPromptText("The same passcode again");
        repeat.textProperty().bindBidirectional(choices.repeat);
        repeat.getStyleClass().add("passcode-field");
        Label problem = new Label();
        problem.setId("setup-passcode-error");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(choices.problem);
        Label passcodeHint = hint("The app will ask for it when it opens and after 10 minutes without use. Press "
                + AppLock.QUICK_HIDE_TEXT + " to hide the app at once. The passcode locks the app; it does not "
                + "encrypt your records. Leave both boxes empty for no passcode.");
        view = new VBox(10, address, addressHint, passcodeHeading, passcodeHint, passcode, repeat, problem);
        view.setId("setup-privacy");
        view.getStyleClass().add("privacy-step");
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("field-hint");
        return label;
    }

    public Node view() {
        return view;
    }

    public Node firstField() {
        return address;
    }
}
