package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * A pack to 30 Jun 2026, made on 2 Dec 2026: its chronology tells the payments as they stood on 30 Jun, as its
 * schedule does, not as they stand on the day it is made. £100 due on the 1st of April, May and June, then
 * maintenance stopped; £40 arrived for June; money in August made June up later, in full or in part.
 */
class PackChronologyUntilTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneId.of("Europe/London"));
    static final PackPeriod APRIL_TO_JUNE = new PackPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

    @TempDir
    Path folder;

    @Test
    void aDueShortAtTheEndOfThePeriodIsInTheChronologyThoughMadeUpLater() throws Exception {
        // 15 Aug: £60 towards the arrears, June's. Today June is paid (late); on 30 Jun it was £60 short.
        String chronology = chronologyOfPack(Money.ofPence(60_00));
        assertTrue(chronology.contains("1 Jun 2026 From the plan Payment due £100.00, only part paid: "
                + "£60.00 short"), chronology);
        assertFalse(chronology.contains("Aug 2026"), "nothing after the period: " + chronology);
    }

    @Test
    void aDuePartMadeUpLaterIsAsShortAsItWasAtTheEndOfThePeriod() throws Exception {
        // 15 Aug: £30 towards June. Today June is £30 short; on 30 Jun it was £60 short.
        String chronology = chronologyOfPack(Money.ofPence(30_00));
        assertTrue(chronology.contains("£100.00, only part paid: £60.00 short"), chronology);
        assertFalse(chronology.contains("£30.00 short"), chronology);
        assertFalse(chronology.contains("Aug 2026"), "no money from after the period: " + chronology);
    }

    /** Makes the pack from a real records file and reads its chronology back from the PDF. */
    private String chronologyOfPack(Money paidInAugust) throws Exception {
        Path pdf = folder.resolve("pack.pdf");
        try (AppServices services = AppServices.open(folder.resolve("records"), CLOCK)) {
            long caseId = services.cases.completeSetup(TestParents.samTaylor(),
                    CaseFileBuilder.jordanReed().arrangement(Arrangement.PRIVATE).children().build());
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 4, 1), "Private agreement"));
            services.payments.savePlan(caseId, PaymentPlan.stopped(0, LocalDate.of(2026, 7, 1), "Private agreement"));
            services.payments.addPayments(caseId, List.of(payment(4, 1, Money.ofPounds(100)),
                    payment(5, 1, Money.ofPounds(100)), payment(6, 1, Money.ofPounds(40)),
                    payment(8, 15, paidInAugust)));
            PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
            PackContents contents = assembler.assemble(caseId, APRIL_TO_JUNE,
                    EnumSet.of(PackSection.SCHEDULE, PackSection.CHRONOLOGY), Optional.empty());
            assertEquals(LineStatus.PART_PAID, contents.schedule().get(2).status(), "the schedule is worked to 30 Jun");
            new EvidencePackBuilder().build(contents, pdf, PackProgress.NONE, () -> false);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document);
            Matcher listed = Pattern.compile("(?m)^Chronology CML-(\\d{4})\\s*$").matcher(all);
            assertTrue(listed.find(), all);
            stripper.setStartPage(Integer.parseInt(listed.group(1)));
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Payment payment(int month, int day, Money amount) {
        return new Payment(0, LocalDate.of(2026, month, day), amount, PaymentMethod.BANK_TRANSFER, "", "");
    }
}
