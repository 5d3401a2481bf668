package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackSection;

/**
 * Reviewer rv9: the pack's default period began at the first money received (26 Aug), not the first payment due
 * (24 Aug), so the first due was missing from its schedule and the total due for every week appeared nowhere. The
 * default period begins at the earliest of the first due and the first record.
 */
class PackFromTheFirstDueTest {

    static final Clock SUN_6_DEC = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"--collect-and-pay", ""})
    @DisplayName("The whole history begins no later than the first due, and its schedule lists every due")
    void theDefaultPeriodHoldsTheFirstDue(String option) {
        Path data = temp.resolve("data");
        if (option.isEmpty()) {
            SampleFolders.fillOn(data, SUN_6_DEC);
        } else {
            SampleFolders.fillOn(data, SUN_6_DEC, option);
        }
        try (AppServices services = AppServices.open(data, SUN_6_DEC)) {
            long caseId = services.cases.cases().get(0).id();
            var stores = PackCommand.stores(services);
            var schedule = stores.schedule(caseId, TODAY);
            LocalDate firstDue = schedule.lines().get(0).date();
            PackAssembler assembler = new PackAssembler(stores, services.clock);
            PackPeriod whole = assembler.wholeHistory(caseId);
            assertTrue(!whole.from().isAfter(firstDue), "from " + whole.from() + ", first due " + firstDue);
            PackContents pack = assembler.assemble(caseId, whole, EnumSet.allOf(PackSection.class), Optional.empty());
            long listed = pack.schedule().stream().filter(l -> !l.date().isAfter(TODAY)).count();
            long dues = schedule.lines().stream().filter(l -> !l.date().isAfter(TODAY)).count();
            assertEquals(dues, listed, "every due up to today is in the pack's schedule");
            assertEquals(firstDue, pack.schedule().stream().map(ScheduleLine::date).min(LocalDate::compareTo)
                    .orElseThrow());
        }
    }

    /**
     * rv9's case by hand: £64.30 a week due from Mon 24 Aug 2026, the first money on Wed 26 Aug. The pack made on
     * Sun 6 Dec covers 24 Aug, its 15 dues and their £964.50.
     */
    @Test
    @DisplayName("A case whose first money came after its first due: the pack starts at the due")
    void firstMoneyAfterTheFirstDue() {
        LocalDate firstDue = LocalDate.of(2026, 8, 24);
        try (AppServices services = AppServices.open(temp.resolve("data"), SUN_6_DEC)) {
            long caseId = services.cases.completeSetup(TestParents.samTaylor(), CaseFileBuilder.jordanReed().build());
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(6430), PaymentFrequency.WEEKLY,
                    firstDue, "CMS letter"));
            services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 8, 26), Money.ofPence(6430),
                    PaymentMethod.BANK_TRANSFER, "", ""));
            PackAssembler assembler = new PackAssembler(PackCommand.stores(services), services.clock);
            PackPeriod whole = assembler.wholeHistory(caseId);
            assertEquals(new PackPeriod(firstDue, TODAY), whole);
            PackContents pack = assembler.assemble(caseId, whole, EnumSet.allOf(PackSection.class), Optional.empty());
            assertEquals(15, pack.schedule().size());
            assertEquals(Money.ofPence(96450), pack.summary().dueInPeriod());
        }
    }
}
