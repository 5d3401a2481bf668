package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithTheApp;

/**
 * Found by the lead at 1366 x 768 on the sample case with a letter made and a payment added after: the Reply chip
 * "Records changed: make it again" ran past the list's right edge ("Records changed: make it agai"), the one chip
 * that says what to do. It reads whole inside the list, at 1366 x 768 and at 1024 x 700.
 */
class RecordsChangedChipFitsTest extends WithTheApp {

    private static final int[][] SIZES = {{1366, 768}, {1024, 700}};

    @Test
    void theRecordsChangedChipReadsWholeInsideTheList() throws Exception {
        withSampleRecords();
        // Made (and typed in) two hours before, not posted; a payment added since.
        try (AppServices services = AppServices.open(dataFolder, Clock.offset(clock(), Duration.ofHours(-2)))) {
            long caseId = services.cases.cases().get(0).id();
            for (String subject : List.of("Missed Direct Pay payments", "My own letter about the arrears")) {
                services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 22), Optional.empty(),
                        new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), subject,
                        LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                        Optional.empty(), Optional.empty()));
            }
        }
        try (AppServices services = AppServices.open(dataFolder, clock())) {
            long caseId = services.cases.cases().get(0).id();
            services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 21), Money.ofPounds(50),
                    PaymentMethod.BANK_TRANSFER, "", ""));
        }
        // The window at its size before the list is first laid out, as on a laptop's screen (a list laid out at
        // another size first shared its width out again as the window changed, and hid the fault).
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(SIZES[0][0], SIZES[0][1]);
        WaitForAsyncUtils.waitForFxEvents();
        press("#nav-letters");
        TableView<?> sent = waitFor("#letters-sent-table");
        waitUntil("the letters are listed", () -> sent.getItems().size() >= 5);
        for (int[] size : SIZES) {
            sizeTheWindow(size[0], size[1]);
            for (int i = 0; i < 5; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(),
                    "letters-records-changed-" + size[0] + "x" + size[1] + ".png");
            List<String> cut = new ArrayList<>();
            int chips = interactAndGet(() -> {
                Node rows = sent.lookup(".clipped-container");
                Bounds area = rows.localToScene(rows.getLayoutBounds());
                int seen = 0;
                for (Node node : sent.lookupAll(".status-chip")) {
                    if (node instanceof Label chip && chip.isVisible() && chip.getScene() != null
                            && chip.getText().startsWith("Records changed")) {
                        seen++;
                        Bounds b = chip.localToScene(chip.getLayoutBounds());
                        boolean whole = chip.prefWidth(-1) <= chip.getWidth() + 0.5
                                && b.getMaxX() <= area.getMaxX() + 0.5 && b.getMinX() >= area.getMinX() - 0.5;
                        if (!whole) {
                            cut.add("\"" + chip.getText().replace('\n', ' ') + "\" at " + size[0] + " x " + size[1]
                                    + ": chip " + b.getMinX() + ".." + b.getMaxX() + " (wants " + chip.prefWidth(-1)
                                    + ", has " + chip.getWidth() + "), list " + area.getMinX() + ".." + area.getMaxX());
                        }
                    }
                }
                return seen;
            });
            assertEquals(2, chips, "both letters say the records changed at " + size[0] + " x " + size[1]);
            assertTrue(cut.isEmpty(), String.join("; ", cut));
        }
    }
}
