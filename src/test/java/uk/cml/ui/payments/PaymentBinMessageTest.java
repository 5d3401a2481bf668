package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.AppServices;
import uk.cml.app.Startup;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.ui.AppRobot;

/**
 * Found in review: after a payment was moved to the bin and put back from the list below the form, the page still
 * said it had been moved to the bin. Putting it back now says so instead.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentBinMessageTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void puttingAPaymentBackFromTheBinReplacesTheMovedToTheBinMessage() {
        long caseId = PaymentsPageTest.aCase(dataFolder, true);
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            services.payments.addPayments(caseId, List.of(new Payment(0, LocalDate.of(2026, 11, 2),
                    Money.ofPence(42_50), PaymentMethod.BANK_TRANSFER, "", "")));
        }
        startup = startOn(dataFolder);
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> table = waitFor("#payments-table");
        waitUntil("the payment is listed", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        press("#payment-remove");
        waitUntil("it is moved to the bin", () -> lookup("#payments-status").queryLabeled().getText()
                .startsWith("Moved the payment of £42.50 on 2 Nov 2026 to the bin."));
        press("#payment-bin-restore-0");
        waitUntil("it is back", () -> table.getItems().size() == 1);
        waitUntil("the page says it is back", () -> lookup("#payments-status").queryLabeled().getText()
                .equals("Put back the payment of £42.50."));
    }
}
