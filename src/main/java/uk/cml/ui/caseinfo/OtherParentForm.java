package uk.cml.ui.caseinfo;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PostcodeInput;

/** The parent who should be paying. Only the name is needed: many parents do not know the other's address. */
public final class OtherParentForm {

    private final FormGrid grid = new FormGrid();
    private final TextField name = new TextField();
    private final TextArea address = new TextArea();
    private final TextField postcode = PostcodeInput.tidyOnLeave(new TextField());
    private final ComboBox<WorkSituation> work = new ComboBox<>(FXCollections.observableArrayList(WorkSituation.values()));
    private final Label nameError;
    private final Label addressError;
    private final Label postcodeError;

    public OtherParentForm(CaseDraft draft) {
        name.textProperty().bindBidirectional(draft.otherName);
        address.textProperty().bindBidirectional(draft.otherAddress);
        postcode.textProperty().bindBidirectional(draft.otherPostcode);
        work.valueProperty().bindBidirectional(draft.otherWork);
        address.setPrefRowCount(3);
        TextAreas.tabMovesFocus(address);
        nameError = grid.add("other-name", Messages.text("caseinfo.otherParentForm.theirFullName"), name, null);
        addressError = grid.add("other-address", Messages.text("caseinfo.otherParentForm.theirAddressOptional"),
                address,
                Messages.text("caseinfo.otherParentForm.leaveThisEmptyIfYou"));
        postcodeError = grid.add("other-postcode", Messages.text("caseinfo.otherParentForm.theirPostcodeOptional"),
                postcode, null);
        grid.add("other-work", Messages.text("caseinfo.caseSummary.theirWork"), work,
                Messages.text("caseinfo.otherParentForm.theCmsCollectsMoneyIn"));
    }

    public FormGrid view() {
        return grid;
    }

    public TextField firstField() {
        return name;
    }

    public boolean validate() {
        boolean ok = FormGrid.show(nameError, CaseRules.name(name.getText(), "their"));
        ok &= FormGrid.show(addressError, CaseRules.addressLines(address.getText(), false));
        ok &= FormGrid.show(postcodeError, CaseRules.postcode(postcode.getText(), false));
        return ok;
    }
}
