package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
import uk.cml.domain.arrears.RunningBalance;

/**
 * A reviewer's pack summary said "of which older than 1 month, at least £350.00" and, just under it, "All of the ...
 * owed could be from payments due in the last 3 months": a CMS caseworker read them as two answers to one question.
 * Each age figure says what it counts, with the date it counts to. Since 5 Dec 2026 it is what the pack's schedule
 * shows owed on the dues up to that date (its Short column), not a least figure from totals ("at least £47.08" beside
 * a schedule putting all £332.58 on old dues read as the whole). Read back from the PDF.
 *
 * <p>Worked by hand: £300.00 a month due on the 5th from 5 Sep 2026; only the first paid. On 4 Dec 2026 £600.00 is owed
 * (5 Oct and 5 Nov), without a break since 5 Oct. The schedule shows £300.00 short on 5 Oct, the one due up to 3 Nov
 * 2026 still owed; nothing is owed on dues up to 3 Sep 2026, so no line is given for it.
 */
@DisplayName("The pack's summary says each age of the arrears once, by the date it counts to")
class PackAgesSaidOnceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path folder;

    @Test
    void eachAgeFigureSaysWhatItCountsAndNothingReadsAsItsOpposite() throws Exception {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPounds(300),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 5), "CMS calculation")),
                List.of(new Payment(0, LocalDate.of(2026, 9, 5), Money.ofPounds(300), PaymentMethod.BANK_TRANSFER,
                        "", "", Optional.empty())), List.of(), TODAY, FeeRule.NONE);
        Map<Integer, Money> older = new LinkedHashMap<>();
        for (int months : new int[] {1, 3, 6, 12}) {
            schedule.owedOnDuesUpToAsShown(ArrearsSchedule.olderThanMonthsBefore(TODAY, months).minusDays(1),
                    LocalDate.of(2026, 9, 5)).ifPresent(owed -> older.put(months, owed));
        }
        PackPeriod period = new PackPeriod(LocalDate.of(2026, 9, 5), TODAY);
        PackContents contents = new PackContents(new PackContents.Cover("Sam Taylor", List.of(), "Jordan Reed",
                List.of(), Optional.of("1212 3456 7890"), "CMS Direct Pay", true, TODAY), period,
                Set.of(PackSection.SUMMARY, PackSection.SCHEDULE), new PackContents.Summary(Money.ZERO, schedule.owedOn(TODAY),
                        Money.ofPounds(900), Money.ofPounds(300), RunningBalance.owedWithoutBreakSinceDue(schedule),
                        Optional.empty(), older),
                schedule.lines(period.from(), TODAY, EnumSet.allOf(LineStatus.class)),
                MoneyReceived.of(schedule, period.from(), period.from()), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty());
        Path target = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        String summary = EvidencePackBuilderTest.pageTexts(target).stream()
                .filter(p -> p.startsWith(PackSection.SUMMARY.title())).findFirst().orElseThrow()
                .replaceAll("\\s+", " ");

        assertTrue(summary.contains("Owed at the end of the period £600.00"), summary);
        assertTrue(summary.contains("Owed without a break since the payment due on 5 Oct 2026"), summary);
        // What the schedule's Short column shows owed on the dues up to that day (5 Oct), not a least figure.
        assertTrue(summary.contains("Owed for payments due up to 3 Nov 2026 £300.00"), summary);
        // Nothing is owed on dues up to 3 Sep 2026 (5 Sep was paid, and is not that old): no line for it.
        assertFalse(summary.contains("up to 3 Sep 2026"), summary);
        assertFalse(summary.contains("at least"), summary);
        // The cut-off date and what the figure adds up are explained, not left for the reader to work out.
        assertTrue(summary.contains("Each \"Owed for payments due up to\" figure adds up the Short column of the "
                + "arrears schedule for the payments due up to that date: what is still owed on them, with each payment "
                + "matched to the payments due as the schedule explains. The CMS decides which missed payments each "
                + "payment pays off, and may match them differently."), summary);
        // Only the ages printed: "1, 3, 6 or 12 months" beside two figures read as missing rows (reviewer rv7).
        assertFalse(summary.contains("1, 3, 6 or 12"), summary);
        // The words a caseworker read as the summary contradicting itself.
        assertFalse(summary.contains("could be from"), summary);
        assertFalse(summary.contains("older than"), summary);
        assertFalse(summary.contains("of which"), summary);
    }
}
