package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;
import uk.cml.ui.shell.Destination;

/**
 * "Write to the CMS about missed payments" was greyed out while the Payments page read its records, and stayed greyed
 * with no reason when nothing was missed: a parent took it for broken. It is never greyed out: pressed while the
 * records are read it says so and opens the letter once they are; with nothing missed it says why there is no letter.
 */
class MissedLetterButtonTest extends WithAPage {

    final List<Destination> wentTo = new CopyOnWriteArrayList<>();
    /** Holds the page's background thread, as a slow disk would, until the test lets it go. */
    final CountDownLatch slowDisk = new CountDownLatch(1);

    @AfterEach
    void close() {
        slowDisk.countDown();
        if (harness != null) {
            // The page's reads (and the bins they ask for) end before the harness closes their thread (WithAPage).
            waitUntil("the page's reads are done", () -> harness.background.running().get() == 0);
        }
    }

    /** The Payments page for a case, its records read only once {@link #slowDisk} is let go. */
    private void openPayments(boolean withMissedDues) {
        if (withMissedDues) {
            // Weekly from Sun 1 Nov 2026, nothing received: 1, 8 and 15 Nov are missed by Sun 22 Nov (the clock).
            harness.services.payments.savePlan(harness.currentCase.get().id(), new PaymentPlan(0,
                    Money.ofPence(43_21), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "CMS letter"));
        }
        harness.background.run(() -> {
            slowDisk.await();
            return null;
        }, done -> { }, error -> { });
        PaymentsView page = PaymentsPages.open(harness, wentTo::add);
        show(page);
    }

    @Test
    void pressedWhileTheRecordsAreReadItSaysSoAndOpensTheLetterOnceTheyAreRead() throws Exception {
        openPayments(true);
        Button write = waitFor("#payments-write-missed");
        assertFalse(write.isDisabled(), "greyed out while the records are read, with no reason given");
        press("#payments-write-missed");
        Label note = lookup("#payments-write-missed-note").query();
        assertEquals("Reading your records… The letter opens once they are read.", note.getText());
        assertTrue(note.isVisible());
        uk.cml.ui.Snapshots.save(this, harness.stage().getScene().getRoot(), "payments-write-missed-reading.png");
        assertEquals(List.of(), wentTo, "nothing opens before the records are read");

        slowDisk.countDown();
        waitUntil("the letter about missed payments opens", () -> !wentTo.isEmpty());
        assertEquals(List.of(new Destination.LetterAboutMissedPayments()), wentTo);
        assertEquals("", note.getText());
        assertFalse(write.isDisabled());
    }

    @Test
    void withNothingMissedItIsNotGreyedOutAndSaysWhyThereIsNoLetter() throws Exception {
        openPayments(false);
        slowDisk.countDown();
        Label owed = waitFor("#payments-owed");
        waitUntil("the records are read", () -> owed.getText().equals("No payment plan yet"));
        Button write = lookup("#payments-write-missed").query();
        assertFalse(write.isDisabled(), "greyed out after the records were read, with no reason given");
        press("#payments-write-missed");
        Label note = lookup("#payments-write-missed-note").query();
        waitUntil("the reason shows", note::isVisible);
        assertEquals("Nothing is missed or part paid so far, so there is nothing to write about yet.",
                note.getText());
        WaitForAsyncUtils.waitForFxEvents();
        uk.cml.ui.Snapshots.save(this, harness.stage().getScene().getRoot(), "payments-write-missed-nothing.png");
        assertEquals(List.of(), wentTo, "no letter claims payments were missed when none was");
    }
}
