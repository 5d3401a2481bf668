package uk.cml.ui.lock;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckBox;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.AddressPrivacyStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.Problems;

/** The open case's "keep my address private from the other parent", read and saved in the background. */
final class AddressPrivacyBox {

    private final CheckBox box = new CheckBox(Messages.text("lock.addressPrivacyBox.keepMyAddressPrivateFrom"));
    private boolean loading;

    AddressPrivacyBox(AddressPrivacyStore store, ObjectProperty<CaseFile> currentCase, Background background) {
        box.setId("privacy-address-private");
        box.setWrapText(true);
        Runnable load = () -> {
            CaseFile caseFile = currentCase.get();
            box.setDisable(caseFile == null);
            if (caseFile != null) {
                background.run(() -> store.isPrivate(caseFile.id()), isPrivate -> {
                    loading = true;
                    box.setSelected(isPrivate);
                    loading = false;
                }, error -> box.setText(Problems.forParent(error)));
            }
        };
        currentCase.addListener((obs, old, now) -> load.run());
        load.run();
        box.selectedProperty().addListener((obs, was, now) -> {
            CaseFile caseFile = currentCase.get();
            if (!loading && caseFile != null) {
                background.run(() -> {
                    store.setPrivate(caseFile.id(), now);
                    return now;
                }, ok -> { }, error -> box.setText(Problems.forParent(error)));
            }
        });
    }

    CheckBox view() {
        return box;
    }
}
