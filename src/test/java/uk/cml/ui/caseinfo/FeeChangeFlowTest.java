package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.ui.Snapshots;
import uk.cml.ui.WithTheApp;

/** Changing the Collect and Pay fee on the case page asks from which day; checked in the SQLite file. */
class FeeChangeFlowTest extends WithTheApp {

    @BeforeEach
    void aCollectAndPayCaseAt4Percent() {
        withCase(CaseFileBuilder.jordanReed().arrangement(Arrangement.COLLECT_AND_PAY)
                .cmsReference("121234567890").build(), (services, caseId) -> {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(100_00), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 1, 1), "CMS calculation letter"));
            for (int month = 1; month <= 3; month++) {
                services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, month, 5),
                        Money.ofPence(month < 3 ? 96_00 : 98_00), PaymentMethod.THROUGH_CMS, "", ""));
            }
        });
        openTheApp();
    }

    private String label(String id) {
        return interactAndGet(() -> ((Label) lookup(id).query()).getText());
    }

    private boolean showing(String id) {
        return interactAndGet(() -> {
            Optional<Node> node = lookup(id).tryQuery();
            for (Node at = node.orElse(null); at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.isPresent();
        });
    }

    /** The window at a laptop's 1366 x 768, saved to target/screenshots for a person to look at. */
    private void look(String revealId, String name) throws Exception {
        reveal(lookup(revealId).query());
        Snapshots.save(this, window().getScene().getRoot(), name);
    }

    @Test
    void aNewRateFromADateLeavesEarlierPaymentsAtTheOldRate() throws Exception {
        interact(() -> {
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#nav-case");
        waitFor("#collection-fee");
        assertEquals("Fee so far: 4%.", label("#collection-fee-history"));
        assertFalse(showing("#collection-fee-from"), "no date asked while the fee is unchanged");

        type("#collection-fee", "2");
        waitUntil("the date is asked", () -> showing("#collection-fee-from"));
        assertEquals("22 Nov 2026", text("#collection-fee-from"), "today by the app's clock");
        look("#collection-fee-from", "fee-change-1-date-asked.png");

        type("#collection-fee-from", "31/02/2026");
        press("#case-save");
        waitUntil("the date is refused", () -> label("#collection-fee-from-error").contains("no such day"));
        assertEquals("Nothing was saved. Please check the answers marked in red.", label("#case-status"));
        look("#collection-fee-from", "fee-change-2-unreadable-date.png");

        type("#collection-fee-from", "1/3/2026");
        press("#case-save");
        waitUntil("the new rate is shown with its date", () -> lookup("#collection-fee-history").tryQuery()
                .map(node -> ((Label) node).getText().equals("Fee so far: 4% until 28 Feb 2026, then 2%."))
                .orElse(false));
        assertEquals("2", text("#collection-fee"));
        look("#collection-fee-history", "fee-change-3-saved.png");

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(Money.ZERO, services.payments.schedule(caseId, LocalDate.of(2026, 3, 10)).owedNow(),
                    "£96, £96 and £98 through the CMS pay £100 a month in full");
            assertEquals(new BigDecimal("4"), services.cases.fee(caseId).rateOn(LocalDate.of(2026, 2, 28)));
            assertEquals(new BigDecimal("2"), services.cases.fee(caseId).rateOn(LocalDate.of(2026, 3, 1)));
        }
    }

    @Test
    void undoPutsBackTheRateOfThatDayAndKeepsTheChangeInTheHistory() {
        press("#nav-case");
        type("#collection-fee", "2");
        type("#collection-fee-from", "1/3/2026");
        press("#case-save");
        waitFor("#case-saved-undo");
        press("#case-saved-undo");
        waitUntil("the notice says the earlier answers are back",
                () -> lookup("#case-status").queryLabeled().getText().contains("earlier answers are back"));
        waitUntil("one rate again", () -> lookup("#collection-fee-history").tryQuery()
                .map(node -> ((Label) node).getText().equals("Fee so far: 4%.")).orElse(false));

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(new BigDecimal("4"), services.cases.fee(caseId).rateOn(LocalDate.of(2026, 3, 1)));
            assertEquals(0, new BigDecimal("4").compareTo(services.cases.find(caseId).orElseThrow()
                    .collectionFeePercent()));
        }
    }

    @Test
    void aCommaInTheFeeIsRefusedWithWhatToTypeAndNothingIsSaved() throws Exception {
        interact(() -> {
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#nav-case");
        type("#collection-fee", "4,5");
        press("#case-save");
        waitUntil("the comma is refused beside the field",
                () -> label("#collection-fee-error").equals("Use a full stop, not a comma: 4.5"));
        assertEquals("Nothing was saved. Please check the answers marked in red.", label("#case-status"));
        look("#collection-fee-error", "fee-comma-refused.png");

        type("#collection-fee", "4.5");
        waitUntil("the date is asked once the fee reads", () -> showing("#collection-fee-from"));
        type("#collection-fee-from", "1/3/2026");
        press("#case-save");
        waitUntil("the rate typed with a full stop is saved", () -> lookup("#collection-fee-history").tryQuery()
                .map(node -> ((Label) node).getText().equals("Fee so far: 4% until 28 Feb 2026, then 4.5%."))
                .orElse(false));
        assertTrue(label("#collection-fee-error").isBlank(), label("#collection-fee-error"));
        // A fee never has thousands, yet a comma is not read as a point either: each says what to type.
        assertEquals(Optional.of("Use a full stop, not a comma: 2.25"), ArrangementForm.feeProblem(" 2,25 % "));
        assertEquals(Optional.of("Enter a percentage between 0 and 50, such as 4."), ArrangementForm.feeProblem("1,000"));
        assertEquals(Optional.of("Enter a percentage between 0 and 50, such as 4."), ArrangementForm.feeProblem("4,5,6"));
        assertEquals(Optional.empty(), ArrangementForm.feeProblem("4.5%"));

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(0, new BigDecimal("4.5").compareTo(services.cases.fee(caseId).rateOn(
                    LocalDate.of(2026, 3, 1))));
        }
    }

    @Test
    void theDayTheLatestRateBeganCanBeCorrectedAndTheCorrectionUndone() throws Exception {
        interact(() -> {
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#nav-case");
        waitFor("#collection-fee");
        assertFalse(showing("#collection-fee-correct-day"), "one rate from the start: nothing to correct");
        type("#collection-fee", "2");
        type("#collection-fee-from", "1/3/2026");
        press("#case-save");
        waitUntil("the new rate is shown with its date", () -> lookup("#collection-fee-history").tryQuery()
                .map(node -> ((Label) node).getText().equals("Fee so far: 4% until 28 Feb 2026, then 2%."))
                .orElse(false));

        assertEquals("Correct the day the 2% fee began", lookup("#collection-fee-correct-day").queryButton()
                .getText());
        press("#collection-fee-correct-day");
        waitUntil("the day is shown to correct", () -> showing("#collection-fee-latest-from"));
        assertEquals("1 Mar 2026", text("#collection-fee-latest-from"));
        type("#collection-fee-latest-from", "30/02/2026");
        press("#case-save");
        waitUntil("an impossible date is refused", () -> label("#collection-fee-latest-from-error")
                .contains("no such day"));
        look("#collection-fee-latest-from", "fee-change-4-correcting-the-day.png");

        type("#collection-fee-latest-from", "1/2/2026");
        press("#case-save");
        waitUntil("the rate's corrected day is shown", () -> lookup("#collection-fee-history").tryQuery()
                .map(node -> ((Label) node).getText().equals("Fee so far: 4% until 31 Jan 2026, then 2%."))
                .orElse(false));
        press("#case-saved-undo");
        waitUntil("the day it had is back", () -> lookup("#collection-fee-history").tryQuery()
                .map(node -> ((Label) node).getText().equals("Fee so far: 4% until 28 Feb 2026, then 2%."))
                .orElse(false));

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(new BigDecimal("4"), services.cases.fee(caseId).rateOn(LocalDate.of(2026, 2, 28)));
            assertEquals(new BigDecimal("2"), services.cases.fee(caseId).rateOn(LocalDate.of(2026, 3, 1)));
        }
    }
}
