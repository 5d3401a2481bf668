package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.store.ImportPayerStore;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * Seen in a real 1366 x 768 window on "Record a payment": "This is before the first payment was due ... paid in
 * advance" was said at the form's foot, below the fold, so the parent never saw it; and the warning under "This
 * payment was for" (a due that is no longer a due) pushed the note and the evidence down as it came and pulled them
 * up as it went. Both are now said where the parent is looking, in room kept for them, and move nothing.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentFormWarningsInPlaceTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;
    PageHarness harness;

    @Start
    void start(Stage primary) {
        // Each test opens its own window (AppRobot.startOn or PageHarness).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
        if (harness != null) {
            interact(harness::close);
        }
    }

    @Test
    void aDateBeforeTheFirstDueIsSaidInViewWithoutMovingTheFields() throws Exception {
        SampleFolders.fill(dataFolder);
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        press("#nav-payments");
        receivedTab();
        TableView<?> table = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> table.getItems().size() > 20);
        Label warning = lookup("#payment-date-warning").query();
        for (double[] size : new double[][] {{1366, 768}, {1024, 700}}) {
            String where = " at " + size[0] + " x " + size[1];
            resize(size);
            // The form as it opens, not scrolled: the parent clicks into the date and then the amount, both in view
            // (the robot's own press and type scroll each field to near the top, which no parent does).
            interact(() -> formScroll(warning).setVvalue(0));
            typeInView("#payment-date", "20/11/2026");
            clickInView("#payment-amount");
            waitUntil("no hint for a date after the first due" + where, () -> interactAndGet(warning::getText)
                    .isEmpty());
            typeInView("#payment-date", "01/01/2020");
            double amountAt = inWindow("#payment-amount").getMinY();
            double methodAt = inWindow("#payment-method").getMinY();

            clickInView("#payment-amount"); // the date is left: the hint is said
            waitUntil("the hint is said" + where, () -> interactAndGet(warning::getText).contains("paid in advance"));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(interactAndGet(warning::isVisible), "it is shown" + where);
            Bounds seen = interactAndGet(() -> {
                ScrollPane scroll = formScroll(warning);
                Node viewport = scroll.lookup(".viewport");
                return viewport.localToScene(viewport.getLayoutBounds());
            });
            Bounds hint = inWindow("#payment-date-warning");
            assertTrue(hint.getMinY() >= seen.getMinY() - 0.5 && hint.getMaxY() <= seen.getMaxY() + 0.5,
                    "the hint " + hint + " is inside the form's view " + seen + where);
            assertTrue(hint.getMaxY() <= window().getScene().getHeight(), "the hint is on screen" + where);
            assertEquals(amountAt, inWindow("#payment-amount").getMinY(), 0.5, "the Amount field stays put" + where);
            assertEquals(methodAt, inWindow("#payment-method").getMinY(), 0.5, "and the field after it" + where);
            uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payment-date-hint-"
                    + (int) size[0] + "x" + (int) size[1] + ".png");
        }
    }

    @Test
    void theWarningAboutADueNoLongerADueMovesNothingAsItComesAndGoes() {
        harness = new PageHarness(dataFolder);
        long caseId = harness.currentCase.get().id();
        // Weekly on Sundays from 1 Nov 2026: the payment is linked to Tue 3 Nov, no longer a due.
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 1), "Private agreement"));
        harness.services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 10),
                Money.ofPence(43_21), PaymentMethod.BANK_TRANSFER, "J REED", "",
                Optional.of(LocalDate.of(2026, 11, 3))));
        PaymentsView page = new PaymentsView(harness.services.payments, new PaymentsView.Evidence(
                harness.services.documents, harness.picker(), path -> { }), new ImportSources(owner -> Optional.empty(),
                new ImportPayerStore(harness.services.settings)), harness.background, CLOCK, harness.currentCase,
                destination -> { });
        interact(() -> harness.show(page));
        receivedTab();
        TableView<?> table = waitFor("#payments-table");
        waitUntil("the payment is listed", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        Label warning = lookup("#payment-for-due-warning").query();
        waitUntil("the warning is said on opening", () -> interactAndGet(warning::getText)
                .contains("no longer a due"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(interactAndGet(warning::isVisible), "it is shown");
        ComboBox<DueChoices.Choice> forDue = lookup("#payment-for-due").query();
        DueChoices.Choice stale = interactAndGet(forDue::getValue);
        reveal(lookup("#payment-note").query());
        double noteAt = inWindow("#payment-note").getMinY();
        double evidenceAt = inWindow("#payment-evidence").getMinY();

        choose("#payment-for-due", DueChoices.LET_THE_APP);
        waitUntil("the warning goes", () -> interactAndGet(warning::getText).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(noteAt, inWindow("#payment-note").getMinY(), 0.5, "the note stays put as the warning goes");
        assertEquals(evidenceAt, inWindow("#payment-evidence").getMinY(), 0.5, "and so does the evidence");

        choose("#payment-for-due", stale);
        waitUntil("the warning is said again", () -> !interactAndGet(warning::getText).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(noteAt, inWindow("#payment-note").getMinY(), 0.5, "the note stays put as the warning comes");
        assertEquals(evidenceAt, inWindow("#payment-evidence").getMinY(), 0.5, "and so does the evidence");
    }

    /** Clicks a field where it is, as the parent does, with no scrolling first; it must be in the form's view. */
    private void clickInView(String id) {
        Node node = lookup(id).query();
        Bounds at = inWindow(id);
        Bounds seen = interactAndGet(() -> {
            Node viewport = formScroll(node).lookup(".viewport");
            return viewport.localToScene(viewport.getLayoutBounds());
        });
        assertTrue(at.getMinY() >= seen.getMinY() && at.getMaxY() <= seen.getMaxY(), id + " is in view " + at);
        click(node);
    }

    private void typeInView(String id, String text) {
        clickInView(id);
        Node node = lookup(id).query();
        javafx.scene.control.TextInputControl field = node instanceof javafx.scene.control.DatePicker picker
                ? picker.getEditor() : (javafx.scene.control.TextInputControl) node;
        interact(field::selectAll);
        write(text);
    }

    private void receivedTab() {
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-payments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void resize(double[] size) {
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(size[0]);
            window().setHeight(size[1]);
        });
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static ScrollPane formScroll(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("the form does not scroll");
    }

    /** Where the control is in the window, without its focus ring. */
    private Bounds inWindow(String id) {
        Node node = lookup(id).query();
        return interactAndGet(() -> node.localToScene(node.getLayoutBounds()));
    }
}
