package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;

/**
 * A payment recorded without saying how it came (quick entry) is printed in the pack, read back from its PDF, with
 * no way of paying: the walk-through's pack said "Payment received: Bank transfer" for one the parent never described.
 */
class PackPaymentMethodTest extends WithPackFixture {

    @BeforeEach
    void setUp() throws Exception {
        fixture.stores.payments().savePayment(fixture.caseId, new Payment(0, LocalDate.of(2025, 4, 2),
                Money.ofPounds(200), PaymentMethod.NOT_SAID, "", ""));
    }

    @Test
    void aPaymentWhoseWayOfPayingWasNotSaidNamesNone() throws Exception {
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                PackFixture.YEAR_2025, EnumSet.allOf(PackSection.class), Optional.empty(), false);
        Path target = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        List<String> lines = EvidencePackBuilderTest.pageTexts(target).stream()
                .flatMap(page -> page.lines()).map(String::strip).toList();
        String text = String.join(" ", lines);

        assertFalse(text.contains("Not said"), text);
        assertTrue(lines.contains("2 Apr 2025 £200.00"), "its row of the payments received leaves how blank: " + text);
        assertTrue(lines.contains("2 Mar 2025 £200.00 Bank transfer"), "one said to be a bank transfer keeps it");
        assertEquals(1, lines.stream().filter(l -> l.equals("How it came: not recorded")).count(), "in the chronology: " + text);
        assertEquals(3, lines.stream().filter(l -> l.equals("How it came: Bank transfer")).count(), text);
    }
}
