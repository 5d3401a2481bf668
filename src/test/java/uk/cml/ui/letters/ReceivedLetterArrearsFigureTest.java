package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.UkDates;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.store.PaymentStore;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer: a CMS letter giving the arrears was logged on the Letters page, but its figure had to be
 * typed again on the Payments page, or never was. Logging the letter now records the figure it gives as the CMS's
 * figure, as at a day of its own (the letter's date unless the parent types another), checked beside the field.
 */
class ReceivedLetterArrearsFigureTest extends WithAPage {

    private long caseId() {
        return interactAndGet(() -> harness.currentCase.get().id());
    }

    private static LocalDate day(String text) {
        return UkDates.parse(text).orElseThrow(() -> new AssertionError("not a date: " + text));
    }

    private List<Adjustment> figures() {
        return harness.services.payments.adjustments(caseId());
    }

    @Test
    void aCmsLettersArrearsFigureIsRecordedAsAtItsOwnDayAndCorrectedWithHistory() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-received");
        type("#received-dated", "10/10/2026");
        type("#received-on", "14/10/2026");
        assertEquals(day("10/10/2026"), day(text("#received-arrears-as-at")), "as at the letter's date at first");
        type("#received-summary", "Arrears statement");
        type("#received-arrears", "310.50");

        // A day after the letter's own date is refused beside the field, and nothing is saved.
        type("#received-arrears-as-at", "12/10/2026");
        press("#letters-save");
        Label problem = waitFor("#received-arrears-as-at-error");
        waitUntil("the problem is said", () -> interactAndGet(problem::isVisible));
        assertEquals("This is after the date on the letter (10 Oct 2026). A letter gives arrears as at its own "
                + "date or before: check both dates.", interactAndGet(problem::getText));
        assertEquals(List.of(), figures());
        assertEquals(List.of(), harness.services.receivedLetters.letters(caseId()));

        type("#received-arrears-as-at", "04/10/2026");
        press("#letters-save");
        waitUntil("the letter is saved", () -> harness.services.receivedLetters.letters(caseId()).size() == 1);
        List<Adjustment> saved = figures();
        assertEquals(1, saved.size(), "saved with the letter, in the same transaction");
        assertEquals(AdjustmentKind.CMS_CONFIRMED_FIGURE, saved.get(0).kind());
        assertEquals(LocalDate.of(2026, 10, 4), saved.get(0).date());
        assertEquals(Money.ofPence(31050), saved.get(0).amount());
        assertTrue(saved.get(0).note().contains("dated 10 Oct 2026"), saved.get(0).note());
        // The status line says the figure went in too, and where it is used.
        assertEquals("Saved, with the CMS's arrears figure: £310.50 as at 4 Oct 2026. The Payments page sets it "
                + "against your own records; if the two differ, the Overview asks you to write to the CMS for a "
                + "breakdown.", status());

        // Opened again, the letter shows its figure; a change to it is a correction with the earlier one kept.
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> "310.50".equals(text("#received-arrears")));
        assertEquals(day("04/10/2026"), day(text("#received-arrears-as-at")));
        type("#received-arrears", "321.00");
        press("#letters-save");
        waitUntil("the figure is corrected", () -> figures().get(0).amount().equals(Money.ofPence(32100)));
        assertEquals(1, figures().size());
        assertEquals(1, harness.services.payments.earlierVersions(PaymentStore.Kind.ADJUSTMENT,
                figures().get(0).id()).size());

        // Emptied, the figure no longer counts, and the status line says so.
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> "321.00".equals(text("#received-arrears")));
        interact(() -> lookup("#received-arrears").queryAs(javafx.scene.control.TextField.class).clear());
        press("#letters-save");
        waitUntil("the figure is gone", () -> figures().isEmpty());
        waitUntil("the status line says so", () -> status().startsWith("Saved. The letter gives no arrears figure"));
    }

    private String status() {
        Label status = lookup("#letters-status").queryAs(Label.class);
        return interactAndGet(status::getText);
    }

    @Test
    void theAsAtDayFollowsTheLettersDateUntilTheParentTypesAnother() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-received");
        type("#received-dated", "10/10/2026");
        assertEquals(day("10/10/2026"), day(text("#received-arrears-as-at")));
        type("#received-dated", "11/10/2026");
        assertEquals(day("11/10/2026"), day(text("#received-arrears-as-at")), "the letter's date corrected");
        type("#received-arrears-as-at", "01/10/2026");
        type("#received-dated", "12/10/2026");
        assertEquals(day("01/10/2026"), day(text("#received-arrears-as-at")), "the parent's own day stays");
    }
}
