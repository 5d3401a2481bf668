package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.ui.Snapshots;
import uk.cml.ui.WithTheApp;

/** Moving a case to Direct Pay on the Case page asks from which day; checked in the SQLite file. */
class ArrangementMoveFlowTest extends WithTheApp {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final String ONE = "Arranged so far: CMS Collect and Pay.";
    private static final String MOVED = "Arranged so far: CMS Collect and Pay until 31 Mar 2026, then CMS Direct Pay "
            + "from 1 Apr 2026.";

    @BeforeEach
    void aCollectAndPayCase() {
        withCase(CaseFileBuilder.jordanReed().arrangement(Arrangement.COLLECT_AND_PAY)
                .cmsReference("121234567890").build(), (services, caseId) -> {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(123_45), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 1, 1), "CMS calculation letter"));
            for (int month = 1; month <= 6; month++) {
                services.payments.savePayment(caseId, month <= 3
                        ? new Payment(0, LocalDate.of(2026, month, 5), Money.ofPence(118_51), PaymentMethod.THROUGH_CMS,
                        "", "")
                        : new Payment(0, LocalDate.of(2026, month, 1), Money.ofPence(123_45),
                        PaymentMethod.BANK_TRANSFER, "", ""));
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

    private void historyIs(String expected) {
        waitUntil("the history reads: " + expected, () -> lookup("#arrangement-history").tryQuery()
                .map(node -> ((Label) node).getText().equals(expected)).orElse(false));
    }

    private void look(String revealId, String name) throws Exception {
        reveal(lookup(revealId).query());
        Snapshots.save(this, window().getScene().getRoot(), name);
    }

    @Test
    void aMoveToDirectPayFromADateLeavesTheDuesBeforeItWithTheirFee() throws Exception {
        interact(() -> {
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#nav-case");
        historyIs(ONE);
        assertFalse(showing("#arrangement-moved-on"), "no date asked while the arrangement is unchanged");

        press("#arrangement-direct-pay");
        waitUntil("the day of the move is asked", () -> showing("#arrangement-moved-on"));
        assertEquals("22 Nov 2026", text("#arrangement-moved-on"), "today by the app's clock");

        type("#arrangement-moved-on", "1/12/2026");
        press("#case-save");
        waitUntil("a day after today is refused", () -> label("#arrangement-moved-on-error").contains("after today"));
        assertEquals("Nothing was saved. Please check the answers marked in red.", label("#case-status"));
        look("#arrangement-moved-on", "arrangement-move-1-future.png");

        type("#arrangement-moved-on", "31/02/2026");
        press("#case-save");
        waitUntil("an impossible date is refused", () -> label("#arrangement-moved-on-error").contains("no such day"));

        type("#arrangement-moved-on", "1/4/2026");
        press("#case-save");
        historyIs(MOVED);
        assertFalse(showing("#arrangement-moved-on"), "saved: Direct Pay is now the case's arrangement");
        look("#arrangement-history", "arrangement-move-2-saved.png");
        // The saved case replaces its entry in the switcher, which then is only as wide as its label: the name must
        // still end clear of the arrow.
        Node name = lookup("#case-switcher .label .text").query();
        Node arrow = lookup("#case-switcher .open-button").query();
        double nameEnd = name.localToScene(name.getBoundsInLocal()).getMaxX();
        double arrowStart = arrow.localToScene(arrow.getBoundsInLocal()).getMinX();
        assertTrue(nameEnd + 4 <= arrowStart, "the case's name ends at " + nameEnd + ", the arrow starts at "
                + arrowStart);

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            ArrearsSchedule schedule = services.payments.schedule(caseId, LocalDate.of(2026, 6, 10));
            assertEquals(List.of(494L, 494L, 494L, 0L, 0L, 0L),
                    schedule.lines().stream().map(line -> line.fee().pence()).toList());
            assertEquals(Money.ZERO, schedule.owedNow());
            assertEquals(Arrangement.DIRECT_PAY, services.cases.find(caseId).orElseThrow().arrangement());
            assertEquals(Arrangement.COLLECT_AND_PAY, services.cases.arrangements(caseId).on(APRIL_1.minusDays(1)));
        }
    }

    @Test
    void undoTakesTheMoveBack() {
        press("#nav-case");
        press("#arrangement-direct-pay");
        type("#arrangement-moved-on", "1/4/2026");
        press("#case-save");
        historyIs(MOVED);
        press("#case-saved-undo");
        historyIs(ONE);

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(ArrangementHistory.since(Arrangement.COLLECT_AND_PAY), services.cases.arrangements(caseId));
            assertEquals(Arrangement.COLLECT_AND_PAY, services.cases.find(caseId).orElseThrow().arrangement());
        }
    }

    @Test
    void theDayOfTheLatestMoveCanBeCorrectedAndTheCorrectionUndone() throws Exception {
        interact(() -> {
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#nav-case");
        historyIs(ONE);
        assertFalse(showing("#arrangement-correct-move"), "no move yet, so none to correct");
        press("#arrangement-direct-pay");
        type("#arrangement-moved-on", "1/4/2026");
        press("#case-save");
        historyIs(MOVED);

        assertEquals("Correct the day of the move to CMS Direct Pay", interactAndGet(() -> ((Button) lookup(
                "#arrangement-correct-move").query()).getText()));
        assertFalse(showing("#arrangement-latest-move-on"), "asked for only when the parent wants it");
        press("#arrangement-correct-move");
        waitUntil("the day of the move is shown to correct", () -> showing("#arrangement-latest-move-on"));
        assertEquals("1 Apr 2026", text("#arrangement-latest-move-on"));
        type("#arrangement-latest-move-on", "1/12/2026");
        press("#case-save");
        waitUntil("a day after today is refused", () -> label("#arrangement-latest-move-on-error")
                .contains("after today"));
        historyIs(MOVED);
        look("#arrangement-latest-move-on", "arrangement-move-3-correcting.png");

        type("#arrangement-latest-move-on", "1/3/2026");
        press("#case-save");
        historyIs("Arranged so far: CMS Collect and Pay until 28 Feb 2026, then CMS Direct Pay from 1 Mar 2026.");
        look("#arrangement-correct-move", "arrangement-move-4-corrected.png");
        press("#case-saved-undo");
        historyIs(MOVED);

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(Arrangement.COLLECT_AND_PAY, services.cases.arrangements(caseId).on(APRIL_1.minusDays(1)));
            assertEquals(Arrangement.DIRECT_PAY, services.cases.arrangements(caseId).on(APRIL_1));
            assertEquals(List.of(494L, 494L, 494L, 0L, 0L, 0L), services.payments.schedule(caseId,
                    LocalDate.of(2026, 6, 10)).lines().stream().map(line -> line.fee().pence()).toList());
        }
    }
}
