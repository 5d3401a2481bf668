package uk.cml.ui.caseinfo;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import uk.cml.domain.NiNumber;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PostcodeInput;

/** The parent's own name and address: the sender of every letter. */
public final class MyDetailsForm {

    private final FormGrid grid = new FormGrid();
    private final TextField name = new TextField();
    private final TextArea address = new TextArea();
    private final TextField postcode = PostcodeInput.tidyOnLeave(new TextField());
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final TextField niNumber = new TextField();
    private final Label nameError;
    private final Label addressError;
    private final Label postcodeError;
    private final Label phoneError;
    private final Label emailError;
    private final Label niError;

    public MyDetailsForm(CaseDraft draft) {
        name.textProperty().bindBidirectional(draft.myName);
        address.textProperty().bindBidirectional(draft.myAddress);
        postcode.textProperty().bindBidirectional(draft.myPostcode);
        phone.textProperty().bindBidirectional(draft.myPhone);
        email.textProperty().bindBidirectional(draft.myEmail);
        niNumber.textProperty().bindBidirectional(draft.myNiNumber);
        address.setPrefRowCount(3);
        address.setWrapText(false);
        TextAreas.tabMovesFocus(address);
        nameError = grid.add("my-name", Messages.text("caseinfo.myDetailsForm.yourFullName"), name,
                Messages.text("caseinfo.myDetailsForm.asItAppearsOnLetters"));
        addressError = grid.add("my-address", Messages.text("caseinfo.caseSummary.yourAddress"), address,
                Messages.text("caseinfo.myDetailsForm.houseNumberAndStreetThen"));
        postcodeError = grid.add("my-postcode", Messages.text("caseinfo.myDetailsForm.yourPostcode"), postcode, null);
        phoneError = grid.add("my-phone", Messages.text("caseinfo.myDetailsForm.phoneOptional"), phone, null);
        emailError = grid.add("my-email", Messages.text("caseinfo.myDetailsForm.emailOptional"), email, null);
        niError = grid.add("my-ni-number", Messages.text("caseinfo.myDetailsForm.nationalInsuranceNumberOptional"),
                niNumber,
                Messages.text("caseinfo.myDetailsForm.theCmsUsesItTo"));
    }

    public FormGrid view() {
        return grid;
    }

    public TextField firstField() {
        return name;
    }

    /** Shows every problem beside its field; true when all answers are fine. */
    public boolean validate() {
        boolean ok = FormGrid.show(nameError, CaseRules.name(name.getText(), "your"));
        ok &= FormGrid.show(addressError, CaseRules.addressLines(address.getText(), true));
        ok &= FormGrid.show(postcodeError, CaseRules.postcode(postcode.getText(), true));
        ok &= FormGrid.show(phoneError, CaseRules.phone(phone.getText()));
        ok &= FormGrid.show(emailError, CaseRules.email(email.getText()));
        String ni = niNumber.getText();
        ok &= FormGrid.show(niError, ni == null || ni.isBlank() ? Optional.empty() : NiNumber.parse(ni).problem());
        return ok;
    }
}
