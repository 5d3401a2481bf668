package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.AppServices;
import uk.cml.app.Startup;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.ui.AppRobot;

/**
 * A window made narrow (the form goes under the table) and then wide again gives the table back its room: the form
 * beside it is as wide as it was before, not as wide as it was while it lay under the table.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentsResizeTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void theTableGetsItsRoomBackWhenTheWindowWidensAgain() {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            services.cases.completeSetup(new MyDetails("Sam Taylor",
                            new PostalAddress(List.of("14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()),
                    new CaseFile(0, "Jordan Reed", Optional.empty(), WorkSituation.EMPLOYED, Arrangement.PRIVATE,
                            Optional.empty(), List.of(), new BigDecimal("4")));
        }
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        interact(() -> {
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getSelectionModel().select(1));
        TableView<?> table = waitFor("#payments-table");
        double before = settledWidth(table);

        interact(() -> window().setWidth(900));
        settledWidth(table);
        interact(() -> window().setWidth(1366));
        double after = settledWidth(table);

        assertEquals(before, after, 2, "the table's width at 1366 before and after a narrow window; side form: "
                + widths(table.getParent()));
    }

    private double settledWidth(Region region) {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> region.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        return region.getWidth();
    }

    /** Each node's width and minimum width, so a failure says which part would not shrink. */
    private static String widths(Parent parent) {
        StringBuilder out = new StringBuilder();
        for (Node child : parent.getChildrenUnmodifiable()) {
            out.append('\n').append(child.getClass().getSimpleName()).append(' ').append(child.getId())
                    .append(' ').append(child.getStyleClass()).append(" w=").append(child.getLayoutBounds().getWidth())
                    .append(" min=").append(child.minWidth(-1));
            if (child instanceof Parent p) {
                out.append(widths(p).replace("\n", "\n  "));
            }
        }
        return out.toString();
    }
}
