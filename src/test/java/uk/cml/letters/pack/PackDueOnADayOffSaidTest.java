package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The reviewer's case in the evidence pack: the due of Good Friday 3 Apr 2026 paid on Tue 7 Apr (Easter Monday
 * between) says why it is on time, the rule is said once under the schedule, and a credit reads as the app says it.
 * Read back from the printed pack.
 */
class PackDueOnADayOffSaidTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @TempDir
    Path folder;

    /**
     * Worked by hand (hand.md, from 20 Mar 2026): £61.50 every 2 weeks on Fridays from 20 Mar 2026. Paid Fri 20 Mar
     * £61.50; Tue 7 Apr £61.50 for Good Friday 3 Apr (on time by Tue 7 Apr: Mon 6 Apr is Easter Monday); Fri 17 Apr
     * £89.50 (£28.00 over: in credit £28.00 until 30 Apr); nothing on 1 May: £33.50 owed.
     */
    static ArrearsSchedule goodFriday() {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(6150),
                PaymentFrequency.FORTNIGHTLY, LocalDate.of(2026, 3, 20), "CMS decision letter")), List.of(
                        pay(LocalDate.of(2026, 3, 20), 6150), pay(LocalDate.of(2026, 4, 7), 6150),
                        pay(LocalDate.of(2026, 4, 17), 8950)), List.of(), TODAY, FeeRule.NONE);
    }

    @Test
    @DisplayName("the due of Good Friday paid on Tue 7 Apr names the holiday and the day it was on time by; credit in words")
    void goodFridayInTheSchedule() throws Exception {
        ArrearsSchedule schedule = goodFriday();
        assertEquals(Money.ofPence(3350), schedule.owedNow());
        List<String> pages = scheduleText(schedule);
        String text = String.join("\n", pages);
        String flat = text.replaceAll("\\s+", " ");
        assertEquals("3 Apr 2026 Paid (due on Good Friday, a bank holiday; on time by the next working day, 7 Apr 2026)",
                uk.cml.letters.templates.RowText.row(text, "3 Apr 2026"), text);
        assertEquals("20 Mar 2026 Paid", uk.cml.letters.templates.RowText.row(text, "20 Mar 2026"), text);
        String rule = "A payment due on a weekend or bank holiday is on time if it arrives by the next working day.";
        assertTrue(flat.contains(rule), flat);
        assertEquals(flat.indexOf(rule), flat.lastIndexOf(rule), "said once: " + flat);
        assertFalse(flat.contains("-£"), flat);
        assertFalse(flat.contains("a minus balance"), flat);
        assertTrue(uk.cml.letters.templates.RowText.rowWithAmounts(text, "17 Apr 2026")
                .matches("17 Apr 2026 £61\\.50 £61\\.50 Paid In credit ?£28\\.00"),
                uk.cml.letters.templates.RowText.rowWithAmounts(text, "17 Apr 2026"));
    }

    /** The pack's schedule from 1 Mar 2026 to {@link #TODAY}, printed and read back, page by page. */
    private List<String> scheduleText(ArrearsSchedule schedule) throws Exception {
        PackPeriod period = new PackPeriod(LocalDate.of(2026, 3, 1), TODAY);
        PackContents.Summary summary = new PackContents.Summary(Money.ZERO, schedule.owedNow(), Money.ofPence(24600),
                Money.ofPence(21250), Optional.of(LocalDate.of(2026, 5, 1)), Optional.empty(), Map.of());
        PackContents contents = new PackContents(new PackContents.Cover("Sam Taylor", List.of(), "Jordan Reed",
                List.of(), Optional.empty(), "CMS Direct Pay", TODAY), period, Set.of(PackSection.SCHEDULE), summary,
                schedule.lines(period.from(), TODAY, java.util.EnumSet.allOf(LineStatus.class)),
                MoneyReceived.of(schedule, period.from(), period.from()), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty());
        Path target = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return EvidencePackBuilderTest.pageTexts(target);
    }

    private static Payment pay(LocalDate date, long pence) {
        return new Payment(0, date, Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }
}
