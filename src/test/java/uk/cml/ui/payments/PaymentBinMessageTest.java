package uk.cml.ui.payments;


import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.ui.WithTheApp;

/**
 * Found in review: after a payment was moved to the bin and put back from the list below the form, the page still
 * said it had been moved to the bin. Putting it back now says so instead.
 */
class PaymentBinMessageTest extends WithTheApp {

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
