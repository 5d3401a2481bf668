package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * When due less paid is not what is short, the schedule says why: a write-off cleared part of it, or a due of today
 * is short but not yet missed. Read back from the printed pack.
 */
class PackScheduleNotesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    @TempDir
    Path folder;

    @Test
    @DisplayName("a write-off and a due of today are named, so the totals still add up")
    void clearedAndDueToday() throws Exception {
        // £200.00 a month from 1 Sep: Sep paid; Oct £150.00, then £20.00 of it written off; Nov falls due today.
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPence(20000), PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 1), "CMS letter")),
                List.of(pay(9, 20000), pay(10, 15000)), List.of(new Adjustment(0, LocalDate.of(2026, 10, 15),
                        AdjustmentKind.WRITE_OFF, Money.ofPence(2000), "")), TODAY, FeeRule.NONE);
        String text = scheduleText(schedule, TODAY, new PackContents.Summary(Money.ZERO, schedule.owedNow(),
                Money.ofPence(60000), Money.ofPence(35000), Optional.of(LocalDate.of(2026, 10, 1)), Optional.empty(),
                Map.of()));
        assertTrue(text.contains("Total £600.00 £350.00 £230.00"), text);
        assertTrue(text.contains("£20.00 owed on these payments was cleared by a write-off, an offset or a "
                + "settlement, as the status says."), text);
        assertTrue(text.contains("£200.00 of the short total is due today and can still arrive today"), text);
        assertTrue(text.contains("Matched by date, all of the £350.00 received went to the payments due listed above."), text);
    }

    @Test
    @DisplayName("the balance column is headed as the letters head it, and under the table one line says only what "
            + "the heading does not: the last line's day, money that came early counted on its due's day")
    void balanceSaidUnderTheTable() throws Exception {
        // £50.00 a week from Friday 4 Sep; 11 Sep's money arrived early, on Thursday 10 Sep, in 4 Sep's line's days:
        // by the bank 4 Sep's balance would be -£50.00, but that money is 11 Sep's and counts on its day: £0.00.
        LocalDate today = LocalDate.of(2026, 9, 17);
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(5000),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 9, 4), "CMS letter")), List.of(
                        new Payment(0, LocalDate.of(2026, 9, 4), Money.ofPence(5000), PaymentMethod.BANK_TRANSFER, "", ""),
                        new Payment(0, LocalDate.of(2026, 9, 10), Money.ofPence(5000), PaymentMethod.BANK_TRANSFER, "",
                                "")), List.of(), today, FeeRule.NONE);
        String text = scheduleText(schedule, today, new PackContents.Summary(Money.ZERO, schedule.owedNow(),
                Money.ofPence(10000), Money.ofPence(10000), Optional.empty(), Optional.empty(), Map.of()));

        assertTrue(text.contains("4 Sep 2026 £50.00 £50.00 Paid £0.00"), text);
        // The letters' heading for the same figure (PaymentTables), not "Balance" explained under the table.
        assertTrue(text.contains("Date due Due Paid towards it Status Short Owed before next due"), text);
        assertFalse(text.contains("Balance"), text);
        assertTrue(text.contains("\"Owed before next due\" comes from totals and does not depend on the matching."),
                text);
        String said = "\"Owed before next due\" is at the end of the day before the next payment was due, or on the "
                + "last line at the end of the period, counting money on the day it arrived; money that came a few "
                + "days early for a payment counts on the day that payment was due.";
        int table = text.indexOf("Total £100.00 £100.00");
        assertTrue(table > 0 && text.indexOf(said) > table
                && text.indexOf(said) < text.indexOf("Payments received in the period"), text);
    }

    /** The pack's schedule from 1 Sep 2026 to {@code today}, printed and read back, on one line. */
    private String scheduleText(ArrearsSchedule schedule, LocalDate today, PackContents.Summary summary)
            throws Exception {
        PackPeriod period = new PackPeriod(LocalDate.of(2026, 9, 1), today);
        PackContents contents = new PackContents(new PackContents.Cover("Sam Taylor", List.of(), "Jordan Reed",
                List.of(), Optional.empty(), "CMS Direct Pay", today), period, Set.of(PackSection.SCHEDULE), summary,
                schedule.lines(period.from(), today, java.util.EnumSet.allOf(LineStatus.class)),
                MoneyReceived.of(schedule, period.from(), period.from()), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty());
        Path target = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return String.join("\n", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
    }

    private static Payment pay(int month, long pence) {
        return new Payment(0, LocalDate.of(2026, month, 1), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "",
                "");
    }
}
