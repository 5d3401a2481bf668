package uk.cml.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.StatusChip;
import uk.cml.ui.common.StatusChip.Status;
import uk.cml.ui.common.StatusChip.Tone;

/**
 * The audit's check for words cut inside a cell (the letters page's "Overdue: was due 25 Nov 2026" chip ran past
 * its column), on a planted list whose cells draw a label wider than they are, and on the status chip column,
 * which must make room for its widest chip.
 */
@ExtendWith(ApplicationExtension.class)
class CutInCellTest extends AppRobot {

    private static final String OVERDUE = "Overdue: was due 25 Nov 2026";
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close() {
        interact(stage::hide);
    }

    private List<String> problems(javafx.scene.Parent root, double width) {
        interact(() -> {
            stage.setScene(new Scene(new VBox(root), width, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        List<String> found = new ArrayList<>();
        interact(() -> found.addAll(LayoutChecks.cutInCell(LayoutChecks.showing(scene.getRoot()))));
        return found;
    }

    @Test
    void aChipWiderThanItsCellIsFound() {
        TableView<String> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(OVERDUE));
        TableColumn<String, String> reply = new TableColumn<>("Reply");
        reply.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()));
        reply.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : StatusChip.of(new Status(item, Tone.BAD)));
            }
        });
        reply.setPrefWidth(120);
        table.getColumns().add(reply);
        List<String> found = problems(table, 400);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("cut in its cell: \"" + OVERDUE + "\""), found.get(0));
        interact(() -> reply.setPrefWidth(360));
        assertEquals(List.of(), problems(table, 400), "with room the chip reads whole");
    }

    /**
     * The audit lets a cell's words give way to "..." when its tooltip has them whole, but never an amount of money:
     * a money column too narrow for "£1,234.56" is found, with or without a tooltip.
     */
    @Test
    void anAmountCutInAMoneyColumnIsFoundEvenWithItsTooltip() {
        TableView<String> table = new TableView<>(javafx.collections.FXCollections.observableArrayList("£1,234.56"));
        TableColumn<String, String> due = uk.cml.ui.common.TextColumns.of("Due", s -> s, 40);
        due.getStyleClass().add("money-column");
        due.setMaxWidth(50);
        table.getColumns().add(due);
        List<String> found = new ArrayList<>();
        interact(() -> {
            stage.setScene(new Scene(new VBox(table), 300, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> found.addAll(LayoutChecks.cutMoney(LayoutChecks.showing(stage.getScene().getRoot()))));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("should read \"£1,234.56\""), found.get(0));
        interact(() -> found.addAll(LayoutChecks.cutText(LayoutChecks.showing(stage.getScene().getRoot()))));
        assertEquals(1, found.size(), "the plain check lets it give way to its tooltip: " + found);
        interact(() -> {
            due.setMaxWidth(5000);
            due.setPrefWidth(200);
        });
        // The cell takes its new width at the next layout pulse, which a loaded machine may not have run yet.
        waitUntil("with room the amount reads whole", () -> interactAndGet(() -> LayoutChecks.cutMoney(
                LayoutChecks.showing(stage.getScene().getRoot()))).isEmpty());
    }

    @Test
    void aStatusColumnMakesRoomForItsWidestChip() {
        TableView<String> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(OVERDUE,
                "Replied"));
        table.getColumns().add(uk.cml.ui.common.TextColumns.of("Letter", s -> "Missed payments", 300));
        table.getColumns().add(StatusChip.column("Reply", s -> new Status(s, Tone.BAD), 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<String> found = problems(table, 500);
        assertEquals(List.of(), found, "the Reply column grew to show the chip whole");
        double[] widths = interactAndGet(() -> new double[] {table.getColumns().get(0).getWidth(),
                table.getColumns().get(1).getWidth()});
        assertTrue(widths[0] + widths[1] <= 500, "the letter column gave way: " + java.util.Arrays.toString(widths));
    }
}
