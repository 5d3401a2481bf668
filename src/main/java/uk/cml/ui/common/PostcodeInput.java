package uk.cml.ui.common;

import javafx.scene.control.TextField;
import uk.cml.domain.caseinfo.CaseRules;

/** A postcode box that tidies what was typed ("sw1a1aa" to "SW1A 1AA") when the parent moves on, as it is kept. */
public final class PostcodeInput {

    private PostcodeInput() {
    }

    public static TextField tidyOnLeave(TextField field) {
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && CaseRules.postcode(field.getText(), false).isEmpty()) {
                String tidy = CaseRules.normalisePostcode(field.getText());
                if (!tidy.equals(field.getText())) {
                    field.setText(tidy);
                }
            }
        });
        return field;
    }
}
