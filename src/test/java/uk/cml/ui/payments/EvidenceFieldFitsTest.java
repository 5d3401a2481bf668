package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.ui.WithTheApp;

/**
 * Seen in a real 1366 x 768 window: once a saved payment had a bank statement attached, the evidence field beside
 * the form showed Open, "Attach a file…" and Remove on one row, wider than the form, so "Attach a file…" was cut
 * and the form scrolled sideways. At the laptop sizes the field's buttons fit the form (wrapping if they must), no
 * button's words are cut, and the form has no sideways bar.
 */
class EvidenceFieldFitsTest extends WithTheApp {

    @Test
    void aPaymentWithEvidenceShowsTheFieldsButtonsWholeWithNoSidewaysBar() throws Exception {
        Path statement = dataFolder.getParent().resolve("bank-statement-november-2026-photo.png");
        ImageIO.write(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB), "png", statement.toFile());
        withSampleRecords((services, id) -> {
            long document = services.documents.add(id, statement, "").document().id();
            services.payments.savePayment(id, new Payment(0, LocalDate.of(2026, 11, 20), Money.ofPence(51_87),
                    PaymentMethod.BANK_TRANSFER, "J REED", "with its statement", Optional.empty()),
                    Optional.of(document));
        });
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-payments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<Payment> table = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> table.getItems().size() > 20);
        int row = interactAndGet(() -> table.getItems().indexOf(table.getItems().stream()
                .filter(p -> "with its statement".equals(p.note())).findFirst().orElseThrow()));
        interact(() -> table.getSelectionModel().select(row));
        waitUntil("the evidence is shown", () -> lookup("#payment-evidence-name").queryLabeled().getText()
                .startsWith("bank-statement"));
        for (double[] size : new double[][] {{1366, 768}, {1280, 800}, {1024, 700}}) {
            sizeTheWindow(size[0], size[1]);
            for (int i = 0; i < 4; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            String where = "at " + size[0] + " x " + size[1];
            uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(),
                    "payment-evidence-" + (int) size[0] + "x" + (int) size[1] + ".png");
            assertEquals(List.of(), interactAndGet(this::sidewaysBars), "sideways bars " + where);
            assertEquals(List.of(), interactAndGet(this::cutButtons), "the field's buttons " + where);
        }
    }

    /** Scroll panes holding the evidence field that show a sideways bar. */
    private List<String> sidewaysBars() {
        List<String> bars = new ArrayList<>();
        Node field = lookup("#payment-evidence").query();
        for (Node parent = field.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane) {
                for (Node node : pane.lookupAll(".scroll-bar")) {
                    if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                            && bar.isVisible() && nearestScrollPane(bar) == pane) {
                        bars.add(pane.getStyleClass() + " " + Math.round(pane.getWidth()) + " wide, its content "
                                + Math.round(pane.getContent().prefWidth(-1)));
                    }
                }
            }
        }
        return bars;
    }

    private static ScrollPane nearestScrollPane(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** The field's buttons whose words are cut, or that reach past the field or the window. */
    private List<String> cutButtons() {
        List<String> cut = new ArrayList<>();
        Node field = lookup("#payment-evidence").query();
        Bounds frame = field.localToScene(field.getLayoutBounds());
        for (String id : List.of("#payment-evidence-open", "#payment-evidence-attach", "#payment-evidence-remove")) {
            Button button = lookup(id).query();
            if (!button.isVisible()) {
                continue;
            }
            Text shown = (Text) button.lookup(".text");
            Bounds b = button.localToScene(button.getLayoutBounds());
            boolean inside = b.getMaxX() <= frame.getMaxX() + 0.5 && b.getMaxX() <= window().getScene().getWidth();
            if (shown == null || !button.getText().equals(shown.getText()) || !inside) {
                cut.add(button.getText() + " reads \"" + (shown == null ? "" : shown.getText()) + "\", ends at "
                        + Math.round(b.getMaxX()) + " (field to " + Math.round(frame.getMaxX()) + ")");
            }
        }
        return cut;
    }
}
