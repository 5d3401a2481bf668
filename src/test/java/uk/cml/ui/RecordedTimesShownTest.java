package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.privacy.MovableClock;

/**
 * The Timeline and the Calls page say when a record was first written down, and when it was changed: a payment typed
 * in on 6 Nov and corrected on 20 Nov was not "recorded in the app" on 20 Nov.
 */
class RecordedTimesShownTest extends WithTheApp {

    @BeforeEach
    void paymentsAndACallTypedInThenCorrected() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-06T18:02:00Z"), ZoneId.of("Europe/London"));
        try (AppServices services = AppServices.open(dataFolder, clock)) {
            long caseId = services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                    "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed",
                    Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.empty(),
                    List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")));
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 10, 6), "CMS calculation"));
            long payment = services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6),
                    Money.ofPounds(45), PaymentMethod.BANK_TRANSFER, "", ""));
            Call call = new Call(0, caseId, LocalDateTime.of(2026, 11, 6, 17, 40), CallDirection.I_CALLED,
                    "0800 171 2345", "Priya", "Arrears team", "", "Said the arrears are £90", "", Optional.empty(), "",
                    Optional.empty(), false, false, null);
            long callId = services.calls.add(call);
            clock.advance(Duration.ofDays(7).plusMinutes(58)); // 13 Nov, 19:00
            services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 13), Money.ofPence(750),
                    PaymentMethod.BANK_TRANSFER, "", ""));
            clock.advance(Duration.ofDays(6).plusHours(20)); // 20 Nov, 15:00
            services.payments.savePayment(caseId, new Payment(payment, LocalDate.of(2026, 11, 6),
                    Money.ofPounds(50), PaymentMethod.BANK_TRANSFER, "", ""));
            services.calls.correct(new Call(callId, caseId, call.happenedAt(), call.direction(), call.number(),
                    call.spokeTo(), call.team(), "", "Said the arrears are £100", "", Optional.empty(), "",
                    Optional.empty(), false, false, null));
        }
        openTheApp();
    }

    private int items(String listId) {
        return ((ListView<?>) lookup(listId).query()).getItems().size();
    }

    private String detailsOfTheOneFound(String search) {
        type("#timeline-search", search);
        waitUntil("one entry is left for " + search, () -> items("#timeline-list") == 1);
        press("#timeline-list .list-cell");
        return lookup("#timeline-details").queryLabeled().getText();
    }

    @Test
    void theTimelineGivesTheFirstMomentAndTheChange() {
        press("#nav-timeline");
        waitUntil("the entries load", () -> items("#timeline-list") >= 3);
        String corrected = detailsOfTheOneFound("Received £50.00");
        assertTrue(corrected.contains("Recorded in the app: 6 Nov 2026, 18:02; changed 20 Nov 2026, 15:00"),
                corrected);
        String untouched = detailsOfTheOneFound("Received £7.50");
        assertTrue(untouched.contains("Recorded in the app: 13 Nov 2026, 19:00"), untouched);
        assertFalse(untouched.contains("changed"), untouched);
    }

    @Test
    void theCallsPageSaysTheSame() {
        press("#nav-calls");
        waitUntil("the call is listed", () -> items("#call-list") == 1);
        clickFirstRecord("#call-list");
        waitUntil("the call is open", () -> status().startsWith("Recorded in the app"));
        assertTrue(status().startsWith("Recorded in the app: 6 Nov 2026, 18:02; changed 20 Nov 2026, 15:00."),
                status());
    }

    private String status() {
        return lookup("#call-status").queryLabeled().getText();
    }
}
