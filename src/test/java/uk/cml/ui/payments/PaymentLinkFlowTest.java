package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.AppRobot;
import uk.cml.ui.WithTheApp;

/**
 * A parent links a late payment to the due it was for, on the Payments page, and sees the schedule change. AppRobot's
 * clock is Sunday 22 Nov 2026.
 */
class PaymentLinkFlowTest extends WithTheApp {

    @Test
    void aLatePaymentLinkedToOctoberMakesOctoberPaidLateAndLeavesNovemberOwed() {
        // £300 a month from 1 Sep 2026. Paid 1 Sep; nothing on 1 Oct; £300 on 26 Oct, inside Sun 1 Nov's 7 early
        // days, so by date it is November's, paid early, and October is "Nothing received". The bank reference
        // says October: linked to 1 Oct it pays October 25 days late, and November is owed.
        long caseId = PaymentsPageTest.aCase(dataFolder, false);
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(300_00), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 9, 1), "CMS calculation letter"));
            services.payments.addPayments(caseId, List.of(
                    new Payment(0, LocalDate.of(2026, 9, 1), Money.ofPence(300_00), PaymentMethod.BANK_TRANSFER,
                            "", ""),
                    new Payment(0, LocalDate.of(2026, 10, 26), Money.ofPence(300_00), PaymentMethod.BANK_TRANSFER,
                            "OCT MAINTENANCE", "")));
        }
        startup = startOn(dataFolder);
        press("#nav-payments");
        TableView<ScheduleLine> schedule = waitFor("#schedule-table");
        waitUntil("one row per due", () -> schedule.getItems().size() == 3);
        assertEquals(List.of("Paid", "Nothing received", "Paid"), statuses(schedule));
        press("#schedule-matching");
        Label rule = waitFor("#schedule-matching-rule");
        waitUntil("the explanation opens", rule::isVisible);
        assertTrue(rule.getText().endsWith("If you know which due a payment was for, you can say so: open the payment "
                + "under Payments received and choose the due under \"This payment was for\". The app then counts "
                + "the money for that due first."), rule.getText());

        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getSelectionModel().select(1));
        TableView<Payment> payments = waitFor("#payments-table");
        waitUntil("both payments listed", () -> payments.getItems().size() == 2);
        Payment late = payments.getItems().stream().filter(p -> p.reference().equals("OCT MAINTENANCE"))
                .findFirst().orElseThrow();
        interact(() -> payments.getSelectionModel().select(late));
        ComboBox<DueChoices.Choice> forDue = waitFor("#payment-for-due");
        waitUntil("the form shows the payment, matched by the app",
                () -> forDue.getValue() == DueChoices.LET_THE_APP && forDue.getItems().size() == 4);

        click(forDue);
        Node october = waitUntilShown("Thu 1 Oct 2026, £300.00 due");
        click(october);
        waitUntil("October is chosen", () -> forDue.getValue().due().equals(Optional.of(LocalDate.of(2026, 10, 1))));
        press("#payment-save");

        waitUntil("October is now paid late, November owed",
                () -> statuses(schedule).equals(List.of("Paid", "Arrived late (25 days)", "Nothing received")));
        assertEquals("Owed now: £300.00", lookup("#payments-owed").queryLabeled().getText(), "the total is the same");
        assertEquals("£300.00 on 26 Oct 2026 (you said it was for this due)",
                schedule.getItems().get(1).arrivedText());
        waitUntil("the list says which due it was for", () -> payments.getItems().stream()
                .anyMatch(p -> p.forDue().equals(Optional.of(LocalDate.of(2026, 10, 1)))));

        // Opened again, the form shows the link, and its history the earlier version without one.
        Payment linked = payments.getItems().stream().filter(p -> p.forDue().isPresent()).findFirst().orElseThrow();
        interact(() -> payments.getSelectionModel().clearSelection());
        interact(() -> payments.getSelectionModel().select(linked));
        waitUntil("the link is shown", () -> forDue.getValue() != null
                && forDue.getValue().label().equals("Thu 1 Oct 2026, £300.00 due"));
        Label history = waitFor("#payment-history");
        waitUntil("the history is loaded", () -> history.getText().startsWith("Earlier versions:"));
        assertTrue(!history.getText().contains("for the due on"), history.getText());

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), services.payments.payments(caseId).stream()
                    .filter(p -> p.reference().equals("OCT MAINTENANCE")).findFirst().orElseThrow().forDue());
        }
    }

    private static List<String> statuses(TableView<ScheduleLine> schedule) {
        return schedule.getItems().stream().map(ScheduleLine::statusText).toList();
    }

    private Node waitUntilShown(String text) {
        waitUntil("the choice \"" + text + "\" is shown", () -> lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof ListCell<?> cell && text.equals(cell.getText()) && n.isVisible()));
        return lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> cell && text.equals(cell.getText())).findFirst().orElseThrow();
    }
}
