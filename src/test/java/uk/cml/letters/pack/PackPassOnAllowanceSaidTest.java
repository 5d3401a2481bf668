package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.store.SeededFacts;

/**
 * Collect and Pay, 4% fee, £50.00 due on Mon 7 Sep 2026, passed on Wed 9 Sep (£48.00): within the 5 working days the CMS
 * may take to pass money on, so on time. The pack's schedule says that rule once under its table, about the parent,
 * with the figure in use; with no allowance (0), nothing. Read back from the printed pack.
 */
@DisplayName("Evidence pack: the schedule of Collect and Pay dues says the days the CMS may take to pass money on")
class PackPassOnAllowanceSaidTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 12);

    @TempDir
    Path folder;

    private static ArrearsSchedule schedule(int passOn) {
        return new ArrearsCalculator(SeededFacts.calendar(), passOn).calculate(List.of(new PaymentPlan(0,
                Money.ofPence(50_00), PaymentFrequency.WEEKLY, LocalDate.of(2026, 9, 7), "CMS calculation letter")),
                List.of(new Payment(0, LocalDate.of(2026, 9, 9), Money.ofPence(48_00), PaymentMethod.THROUGH_CMS,
                        "CHILD MAINT SERVICE", "")), List.of(), TODAY, FeeRule.of(new BigDecimal("4")));
    }

    @Test
    @DisplayName("5 working days: said once under the schedule; 0: not said")
    void saidWithTheFigureInUse() throws Exception {
        String rule = "Under Collect and Pay, money that reached the parent within 5 working days after its due date is "
                + "counted as on time, as the CMS takes time to pass it on.";
        String flat = scheduleText(schedule(5));
        assertTrue(flat.contains(rule), flat);
        assertEquals(flat.indexOf(rule), flat.lastIndexOf(rule), "said once: " + flat);
        assertFalse(scheduleText(schedule(0)).contains("Under Collect and Pay, money that reached"));
    }

    private String scheduleText(ArrearsSchedule schedule) throws Exception {
        PackPeriod period = new PackPeriod(LocalDate.of(2026, 9, 1), TODAY);
        PackContents.Summary summary = new PackContents.Summary(Money.ZERO, schedule.owedNow(), Money.ofPence(50_00),
                Money.ofPence(50_00), Optional.empty(), Optional.empty(), Map.of());
        PackContents contents = new PackContents(new PackContents.Cover("Sam Taylor", List.of(), "Jordan Reed",
                List.of(), Optional.empty(), "CMS Collect and Pay", TODAY), period, Set.of(PackSection.SCHEDULE),
                summary, schedule.lines(period.from(), TODAY, java.util.EnumSet.allOf(LineStatus.class)),
                MoneyReceived.of(schedule, period.from(), period.from()), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty());
        Path target = folder.resolve("pack-" + System.nanoTime() + ".pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return String.join("\n", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
    }
}
