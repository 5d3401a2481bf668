package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import uk.cml.app.SampleFolders;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.ui.WithTheApp;

/**
 * A CMS figure is what the CMS says was owed on a day ("arrears as at 30 September"), often before the date on its
 * letter: the date under Adjustments asks for that "as at" day while the change is a CMS figure, and for the date on
 * the letter or agreement for anything else.
 */
class AdjustmentAsAtHintTest extends WithTheApp {

    @Test
    void theDateHintAsksForTheAsAtDayOfACmsFigure() throws Exception {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-adjustments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        Label hint = waitFor("#adjustment-date-hint");
        ComboBox<AdjustmentKind> kind = lookup("#adjustment-kind").query();
        assertEquals(null, interactAndGet(kind::getValue), "what happened is not chosen for the parent");
        assertEquals("The date on the CMS letter or agreement.", interactAndGet(hint::getText));
        interact(() -> kind.setValue(AdjustmentKind.CMS_CONFIRMED_FIGURE));
        String asAt = interactAndGet(hint::getText);
        assertEquals("The \"as at\" date the CMS letter gives the arrears for: it may be before the date on the "
                + "letter.", asAt);

        interact(() -> kind.setValue(AdjustmentKind.WRITE_OFF));
        assertEquals("The date on the CMS letter or agreement.", interactAndGet(hint::getText));
        interact(() -> kind.setValue(AdjustmentKind.CMS_CONFIRMED_FIGURE));
        assertEquals(asAt, interactAndGet(hint::getText));
    }
}
