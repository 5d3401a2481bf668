package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.importer.PreviewRow;
import uk.cml.importer.RowStatus;
import uk.cml.store.ImportPayerStore;
import uk.cml.ui.WithAPage;

/** The import dialog driven by id on a real data folder, with files from the bank-layout corpus. */
class ImportDialogTest extends WithAPage {

    @TempDir
    Path downloads;

    /** Opens the Payments page for a case owed by Daniel Reed, with the file the "chooser" hands over. */
    private void openPaymentsWith(String corpusFile) throws IOException {
        openDialogWith(corpusFile);
        press("#import-choose");
        waitUntil("the preview is built", () -> lookup("#import-confirm").queryButton().getText()
                .startsWith("Import 4"));
    }

    /** The Payments page as above, with the import dialog open and no file chosen yet. */
    private void openDialogWith(String corpusFile) throws IOException {
        Path file = downloads.resolve(corpusFile);
        try (InputStream in = getClass().getResourceAsStream("/uk/cml/importer/banks/" + corpusFile)) {
            Files.write(file, in.readAllBytes());
        }
        CaseFile before = harness.currentCase.get();
        CaseFile reed = new CaseFile(before.id(), "Daniel Reed", before.otherParentAddress(), before.otherParentWork(),
                before.arrangement(), before.cmsReference(), before.children(), before.collectionFeePercent());
        harness.services.cases.update(reed);
        harness.services.payments.savePlan(reed.id(), new PaymentPlan(0, Money.ofPence(250_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 5), "Private agreement"));
        PaymentsView page = new PaymentsView(harness.services.payments, new PaymentsView.Evidence(
                harness.services.documents, harness.picker(), path -> { }),
                new ImportSources(owner -> Optional.of(file), new ImportPayerStore(harness.services.settings)),
                harness.background, CLOCK, harness.currentCase, destination -> { });
        interact(() -> {
            harness.currentCase.set(harness.services.cases.find(reed.id()).orElseThrow());
            harness.show(page);
        });
        Label owed = waitFor("#payments-owed");
        waitUntil("the page has loaded", () -> owed.getText().startsWith("Owed"));
        press("#payments-import");
    }

    /**
     * A parent who typed who the money is from before choosing the file lost it: the other parent's name (and the
     * names remembered) replaced it. What they typed stays; the name is filled in only when the field is empty.
     */
    @Test
    void whatTheParentTypedInMoneyFromIsKeptWhenTheFileIsChosen() throws IOException {
        openDialogWith("monzo.csv");
        type("#import-payers", "CHILD MAINT");
        press("#import-choose");
        waitUntil("the file is read", () -> lookup("#import-layout").queryLabeled().getText().startsWith("Looks like"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("CHILD MAINT", lookup("#import-payers").queryAs(TextField.class).getText());
    }

    @Test
    void untickingOneReadyRowImportsExactlyTheTickedRows() throws IOException {
        openPaymentsWith("monzo.csv");
        assertEquals("Looks like a Monzo export.", lookup("#import-layout").queryLabeled().getText());
        assertEquals("Daniel Reed", lookup("#import-payers").queryAs(TextField.class).getText());
        snapshot("import-monzo.png");
        type("#import-payers", "Daniel Reed, CHILD MAINT");
        waitUntil("the preview is rebuilt", () -> lookup("#import-confirm").queryButton().getText()
                .equals("Import 4 payments") && !lookup("#import-preview").queryTableView().getItems().isEmpty());

        clickOn(tickBoxFor(LocalDate.of(2026, 11, 4)));
        waitUntil("the count follows the tick", () -> lookup("#import-confirm").queryButton().getText()
                .equals("Import 3 payments"));
        press("#import-confirm");

        TableView<Payment> payments = lookup("#payments-table").query();
        waitUntil("the payments are listed", () -> payments.getItems().size() == 3);
        assertEquals(List.of("2026-09-05 250.00 Daniel Reed", "2026-10-05 250.00 Daniel Reed",
                        "2026-11-19 62.50 Daniel Reed"),
                payments.getItems().stream().map(p -> p.date() + " " + p.amount().toPlainString() + " "
                        + p.reference()).sorted().toList());
        assertEquals(3, harness.services.payments.records(harness.currentCase.get().id()).payments().size());

        // The next import starts with the reference remembered, and the three already recorded are likely duplicates.
        press("#payments-import");
        press("#import-choose");
        waitUntil("the preview is built", () -> lookup("#import-confirm").queryButton().getText()
                .equals("Import 1 payment"));
        assertEquals("Daniel Reed, CHILD MAINT", lookup("#import-payers").queryAs(TextField.class).getText());
        TableView<PreviewRow> rows = lookup("#import-preview").query();
        assertEquals(3, rows.getItems().stream().filter(r -> r.status() == RowStatus.POSSIBLE_DUPLICATE).count());
    }

    /**
     * The import keeps the payments of the case open when it was opened: the dialog holds the main window (with the
     * case switcher) until it is closed, so no other case can be chosen meanwhile (PaymentsCaseChangeTest has the
     * page's own forms).
     */
    @Test
    void theDialogHoldsTheWindowWithTheCaseSwitcherUntilItCloses() throws IOException {
        openPaymentsWith("monzo.csv");
        Stage dialog = (Stage) lookup("#import-dialog").query().getScene().getWindow();
        assertEquals(javafx.stage.Modality.WINDOW_MODAL, dialog.getModality());
        assertEquals(harness.stage(), dialog.getOwner());
    }

    @Test
    void nationwideStatementBelowItsAccountLines() throws IOException {
        openPaymentsWith("nationwide-statement.csv");
        assertEquals("Looks like a Nationwide statement export.", lookup("#import-layout").queryLabeled().getText());
        snapshot("import-nationwide-statement.png");
        TableView<PreviewRow> rows = lookup("#import-preview").query();
        assertTrue(rows.getItems().stream().anyMatch(r -> r.message().contains("does not mention Daniel Reed")),
                "salary and refunds are shown as not from him");
        press("#import-columns");
        assertEquals("Column 1: Date", lookup("#import-date-column").queryComboBox().getValue());
        assertEquals("Row 5", lookup("#import-header-row").queryComboBox().getValue());
        snapshot("import-nationwide-columns.png");
    }

    /** The tick box in the row of the preview holding the payment of that date. */
    private CheckBox tickBoxFor(LocalDate date) {
        // Only rows in view have cells: scroll the row into view first, as a parent would.
        javafx.scene.control.TableView<PreviewRow> table = lookup("#import-preview").queryTableView();
        interact(() -> table.getItems().stream()
                .filter(row -> row.payment().map(p -> p.date().equals(date)).orElse(false)).findFirst()
                .ifPresent(table::scrollTo));
        return lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(box -> rowOf(box).flatMap(PreviewRow::payment).map(p -> p.date().equals(date)).orElse(false))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Optional<PreviewRow> rowOf(Node box) {
        for (Node n = box; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableRow<?> row) {
                return Optional.ofNullable((PreviewRow) row.getItem());
            }
        }
        return Optional.empty();
    }

    /** Saves what the dialog shows to target/screenshots, to be looked at. */
    private void snapshot(String name) throws IOException {
        Node dialog = lookup("#import-dialog").query();
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = dialog.getScene().snapshot(null));
        PixelReader pixels = image[0].getPixelReader();
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(png, "png", folder.resolve(name).toFile());
    }
}
