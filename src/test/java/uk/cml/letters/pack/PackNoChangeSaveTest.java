package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.app.PackStores;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.privacy.MovableClock;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * Saved again with nothing changed (a payment, an adjustment, a document's description, a step of the CMS's, the
 * case's details), nothing is printed as changed or corrected: the pack read back with PDFBox gives each record's
 * first moment only, as for a record never touched.
 */
class PackNoChangeSaveTest {

    @TempDir
    Path folder;
    MovableClock clock = new MovableClock(Instant.parse("2026-11-06T18:02:00Z"), ZoneId.of("Europe/London"));
    AppServices services;
    long caseId;

    @BeforeEach
    void records() throws Exception {
        services = AppServices.open(folder.resolve("data"), clock);
        caseId = services.cases.completeSetup(TestParents.samTaylor(), CaseFileBuilder.jordanReed().build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 6), "CMS calculation"));
        Payment payment = new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(45), PaymentMethod.BANK_TRANSFER,
                "JR MAINT", "Paid late");
        long paymentId = services.payments.savePayment(caseId, payment);
        Adjustment adjustment = new Adjustment(0, LocalDate.of(2026, 11, 2), AdjustmentKind.WRITE_OFF,
                Money.ofPounds(5), "CMS letter");
        long adjustmentId = services.payments.saveAdjustment(caseId, adjustment);
        long documentId = services.documents.add(caseId, png(folder.resolve("letter.png")),
                "CMS letter of 2 Nov").document().id();
        services.standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 11, 3), ""));

        // A fortnight later, each opened and saved again as it was (typed another way, spaces after the words).
        clock.advance(Duration.ofDays(14));
        services.payments.savePayment(caseId, new Payment(paymentId, payment.date(), Money.ofPence(4500),
                payment.method(), "JR MAINT ", "Paid late  "), Optional.empty());
        services.payments.saveAdjustment(caseId, new Adjustment(adjustmentId, adjustment.date(), adjustment.kind(),
                Money.ofPence(500), "CMS letter "));
        services.documents.describe(documentId, "CMS letter of 2 Nov ");
        services.standing.redate(services.standing.enforcement(caseId).get(0), LocalDate.of(2026, 11, 3));
        services.cases.saveCorrections(services.cases.myDetails().orElseThrow(),
                services.cases.find(caseId).orElseThrow());
    }

    private static Path png(Path file) throws java.io.IOException {
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void nothingIsPrintedAsChangedOrCorrected() throws Exception {
        PackStores stores = new PackStores(services.cases, services.payments, services.calls, services.sentLetters,
                services.receivedLetters, services.documents, services.notes, services.standing,
                List.of(services.payments, services.calls, services.sentLetters, services.receivedLetters,
                        services.documents, services.notes, services.standing));
        PackContents contents = new PackAssembler(stores, clock).assemble(caseId,
                new PackPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20)),
                EnumSet.of(PackSection.CHRONOLOGY, PackSection.CALLS, PackSection.NOTES), Optional.empty());
        Path pdf = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, pdf, PackProgress.NONE, () -> false);
        String text = String.join("\n", EvidencePackBuilderTest.pageTexts(pdf)).replaceAll("\\s+", " ");

        String chronology = text.substring(text.indexOf("Happened Recorded"));
        assertTrue(chronology.contains("Payment received £45.00"), chronology);
        assertTrue(chronology.contains("6 Nov 2026, 18:02"), "each gives when it was first recorded: " + chronology);
        assertFalse(Pattern.compile("changed \\d").matcher(chronology).find(), chronology);
        assertFalse(Pattern.compile("(?i)corrected (since|\\d)").matcher(text).find(), text);
    }
}
