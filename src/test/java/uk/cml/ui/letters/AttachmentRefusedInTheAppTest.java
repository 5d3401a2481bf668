package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.ui.Snapshots;
import uk.cml.ui.WithTheApp;

/**
 * The certificate's photo refused in the app's own window, with its theme: the message is red, as the Documents page
 * shows it, and every word of it is on the screen at 1024 x 700.
 */
class AttachmentRefusedInTheAppTest extends WithTheApp {

    @TempDir
    Path parentsFiles;

    @Test
    void anEmptyPdfAsTheCertificatesPhotoIsRefusedInRedInFull() throws Exception {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of("14 Orchard Close",
                    "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed", Optional.empty(),
                    WorkSituation.EMPLOYED, Arrangement.PRIVATE, Optional.empty(),
                    List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")));
        }
        Path empty = parentsFiles.resolve("empty.pdf");
        Files.write(empty, new byte[0]);
        startup = startOn(dataFolder, (owner, title, many) -> List.of(empty));
        waitFor("#case-switcher");
        interact(() -> {
            window().setWidth(1024);
            window().setHeight(700);
        });
        press("#nav-letters");
        press("#letters-new-sent");
        press("#sent-cert-got");
        press("#sent-cert-photo-attach");
        Label message = lookup("#sent-cert-photo-message").query();
        waitUntil("the file is refused", () -> interactAndGet(() -> message.getText().contains("is empty")));
        reveal(message);
        javafx.scene.text.Text shown = interactAndGet(() -> (javafx.scene.text.Text) message.lookup(".text"));
        assertEquals(interactAndGet(message::getText), interactAndGet(shown::getText), "said in full, not cut");
        Paint fill = interactAndGet(message::getTextFill);
        assertTrue(fill instanceof Color red && red.getRed() > 0.6 && red.getGreen() < 0.4, "red: " + fill);
        Snapshots.save(this, window().getScene().getRoot(), "letters-cert-photo-refused-in-the-app.png");
    }
}
