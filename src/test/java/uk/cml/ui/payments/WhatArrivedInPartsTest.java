package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.WithTheApp;
import uk.cml.ui.common.StatusChip;

/**
 * A due paid in parts read "£20.00 on 2 Oct 2026; £10.00 on 3 Oct 2026; £10.00 on 4 Oct 2026; £10..." in What
 * arrived at 1024 x 768: the words of every part do not fit the two lines a row has (and the rows' height must not
 * change with the window's width: JDK-8392756). The cell says what came in short, "£57.50 from 5 payments, the last
 * on 6 Oct 2026", whole at both laptop sizes and never with a date broken over two lines; every part reads on
 * pointing (and to a screen reader), and under the table once the due is chosen, with the mouse or the keys.
 */
class WhatArrivedInPartsTest extends WithTheApp {

    /** A space a wrap may break at inside a date: "13 Nov" or "Nov 2026". */
    private static final java.util.regex.Pattern INSIDE_A_DATE = java.util.regex.Pattern.compile(
            "\\b[0-9]{1,2} [A-Z][a-z]{2}\\b|\\b[A-Z][a-z]{2} [0-9]{4}\\b");
    private static final LocalDate IN_PARTS = LocalDate.of(2026, 10, 2);
    private static final String EVERY_PART = "£20.00 on 2 Oct 2026; £10.00 on 3 Oct 2026; £10.00 on 4 Oct 2026; "
            + "£10.00 on 5 Oct 2026; £7.50 on 6 Oct 2026";

    @Test
    void aDuePaidInPartsReadsWholeInItsCellAndEveryPartReadsUnderTheTableOnceChosen() throws Exception {
        withJordanReedsCase((services, id) -> {
            services.payments.savePlan(id, new PaymentPlan(0, Money.ofPence(57_50), PaymentFrequency.WEEKLY,
                    IN_PARTS, "CMS calculation letter dated 20 Sep 2026"));
            // The first due in five parts, the last four late; every other due in full on its day.
            long[] parts = {20_00, 10_00, 10_00, 10_00, 7_50};
            int[] days = {0, 1, 2, 3, 4};
            for (int i = 0; i < parts.length; i++) {
                services.payments.savePayment(id, new Payment(0, IN_PARTS.plusDays(days[i]), Money.ofPence(parts[i]),
                        PaymentMethod.BANK_TRANSFER, "J REED", ""));
            }
            for (LocalDate day = IN_PARTS.plusWeeks(1); day.isBefore(LocalDate.of(2026, 11, 22));
                    day = day.plusWeeks(1)) {
                services.payments.savePayment(id, new Payment(0, day, Money.ofPence(57_50),
                        PaymentMethod.BANK_TRANSFER, "J REED", ""));
            }
        });
        openTheApp("payments");
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("one row per due", () -> table.getItems().size() == 8);
        for (double[] size : new double[][] {{1024, 768}, {1366, 768}}) {
            String where = " at " + (int) size[0] + " x " + (int) size[1];
            sizeTheWindow(size[0], size[1]);
            settle();
            interact(() -> table.getSelectionModel().clearSelection());
            settle();
            TableCell<?, ?> cell = interactAndGet(() -> arrivedCell(table, IN_PARTS));
            String text = interactAndGet(cell::getText);
            String drawn = interactAndGet(() -> ((Text) cell.lookup(".text")).getText());
            assertEquals(text, drawn, "What arrived for the due paid in parts is drawn whole" + where);
            assertEquals("£57.50 from 5 payments, the last on 6\u00a0Oct\u00a02026", text, where);
            assertNotNull(cell.getTooltip(), "every part reads on pointing" + where);
            assertEquals(EVERY_PART, plain(cell.getTooltip().getText()), where);
            assertEquals(EVERY_PART, plain(cell.getAccessibleText()), "a screen reader reads every part" + where);
            double rows = table.getFixedCellSize();
            assertTrue(rows == 30 || rows == StatusChip.TWO_LINE_ROWS, "the rows keep their heights" + where);

            Label whole = lookup("#schedule-arrived-whole").query();
            assertFalse(interactAndGet(whole::isVisible), "no line about what arrived with no due chosen" + where);
            chooseByClicking(table, IN_PARTS);
            waitUntil("every part under the table" + where, whole::isVisible);
            assertEquals("What arrived for the due on Fri 2 Oct 2026: " + EVERY_PART + ".",
                    plain(interactAndGet(whole::getText)), where);
            assertTrue(interactAndGet(whole::getText).contains("5\u00a0Oct\u00a02026"), "dates kept whole" + where);
            // The keys choose the next due, paid in one payment whose cell reads whole: the line goes, and comes
            // back with the due paid in parts.
            type(KeyCode.DOWN);
            waitUntil("the line goes with a due paid at once" + where, () -> !whole.isVisible());
            type(KeyCode.UP);
            waitUntil("the line is back with the due paid in parts" + where, whole::isVisible);
            uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(),
                    "what-arrived-in-parts-" + (int) size[0] + "x" + (int) size[1] + ".png");
            Node chosen = interactAndGet(() -> arrivedCell(table, IN_PARTS));
            Node clip = table.lookup(".clipped-container");
            assertTrue(interactAndGet(() -> chosen.localToScene(chosen.getLayoutBounds()).getMaxY()
                    <= clip.localToScene(clip.getLayoutBounds()).getMaxY() + 0.5),
                    "the due chosen stays in sight above the line" + where);
        }
    }

    /**
     * What was seen in a real 1024 x 768 window on the sample records: "£25.00 on 20 Nov 2026; £26.87 of £103.74 on
     * 27 Nov 2026 (towards ..." beside a status column held wide by "Arrived late (1 day after Tue 7 Apr)". The due
     * paid in parts reads whole in its cell at both laptop sizes, every part on pointing.
     */
    @Test
    void onTheSampleRecordsTheDuePaidInPartsReadsWholeAtBothLaptopSizes() throws Exception {
        withSampleRecords();
        openTheApp("payments");
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("the schedule is filled", () -> table.getItems().size() > 100);
        ScheduleLine inParts = interactAndGet(() -> table.getItems().stream()
                .filter(l -> l.arrivals().stream().filter(a -> !a.counted().isZero()).count() > 1)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("the sample has a due paid in parts")));
        int index = interactAndGet(() -> table.getItems().indexOf(inParts));
        for (double[] size : new double[][] {{1024, 768}, {1366, 768}}) {
            String where = " at " + (int) size[0] + " x " + (int) size[1];
            sizeTheWindow(size[0], size[1]);
            settle();
            waitUntil("the due paid in parts in view" + where, () -> {
                boolean shown = table.lookupAll(".table-cell").stream().anyMatch(n -> n instanceof TableCell<?, ?> c
                        && c.isVisible() && c.getIndex() == index && "What arrived".equals(
                                c.getTableColumn() == null ? null : c.getTableColumn().getText()));
                if (!shown) {
                    table.scrollTo(index);
                }
                return shown;
            });
            TableCell<?, ?> cell = interactAndGet(() -> arrivedCell(table, inParts.date()));
            String text = interactAndGet(cell::getText);
            String drawn = interactAndGet(() -> ((Text) cell.lookup(".text")).getText());
            assertEquals(text, drawn, "What arrived for " + inParts.date() + " is drawn whole" + where);
            assertEquals(inParts.arrivedTextBesideExpected(), plain(cell.getTooltip().getText()), "every part" + where);
            // At 1024 wide "£51.87 of £103.74 on 13 Nov" read over "2026": no date of a cell on screen can part so.
            List<String> parted = interactAndGet(() -> table.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof TableCell<?, ?> c && c.isVisible() && c.getTableColumn() != null
                            && "What arrived".equals(c.getTableColumn().getText()) && c.getText() != null
                            && INSIDE_A_DATE.matcher(c.getText()).find())
                    .map(n -> ((TableCell<?, ?>) n).getText()).toList());
            assertEquals(List.of(), parted, "dates that may wrap" + where);
            if (size[0] == 1024) {
                uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "what-arrived-in-parts-sample-1024x768.png");
            }
        }
    }

    private void chooseByClicking(TableView<ScheduleLine> table, LocalDate due) {
        waitUntil("the due of " + due + " chosen", () -> {
            ScheduleLine chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.date().equals(due)) {
                return true;
            }
            clickOn(interactAndGet(() -> arrivedCell(table, due)));
            WaitForAsyncUtils.waitForFxEvents();
            chosen = table.getSelectionModel().getSelectedItem();
            return chosen != null && chosen.date().equals(due);
        });
    }

    /** What arrived's cell on screen in the row of the due of this date. */
    private static TableCell<?, ?> arrivedCell(TableView<ScheduleLine> table, LocalDate due) {
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null
                    && "What arrived".equals(cell.getTableColumn().getText()) && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof ScheduleLine line && line.date().equals(due)) {
                return cell;
            }
        }
        throw new AssertionError("no What arrived cell on screen for the due of " + due);
    }

    /** The words as read: the no-break spaces that keep a date on one line are spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    private void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
