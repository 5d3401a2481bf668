package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The pack's summary said the same figure three times when all that is owed is old: "Owed at the end of the period
 * £600.00", "Owed for payments due up to 3 Nov 2026 £600.00", "Owed for payments due up to 3 Sep 2026 £600.00". It
 * says what is owed once; an age line adds only what is new: the oldest date all of it is for ("all of it"), then any
 * smaller figure. Read back from the PDF.
 *
 * <p>Worked by hand: £300.00 a month due on the 5th from 5 Jan 2026, every one paid on its day but 5 Jul and 5 Aug;
 * on 4 Dec 2026 £600.00 is owed, all of it on dues up to 3 Sep 2026 (more than 3 months old), none on dues up to 3 Jun.
 */
@DisplayName("The pack's summary says what is owed once, and each age line only what is new")
class PackSummarySaysOwedOnceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path folder;

    @Test
    void allOfItOldIsSaidOnce() throws Exception {
        List<Payment> paid = new ArrayList<>();
        for (int month : new int[] {1, 2, 3, 4, 5, 6, 9, 10, 11}) {
            paid.add(new Payment(0, LocalDate.of(2026, month, 5), Money.ofPounds(300), PaymentMethod.BANK_TRANSFER,
                    "", "", Optional.empty()));
        }
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPounds(300),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 5), "CMS calculation")), paid, List.of(), TODAY,
                FeeRule.NONE);
        Map<Integer, Money> older = new LinkedHashMap<>();
        for (int months : new int[] {1, 3, 6, 12}) {
            schedule.owedOnDuesUpToAsShown(ArrearsSchedule.olderThanMonthsBefore(TODAY, months).minusDays(1),
                    LocalDate.of(2026, 1, 5)).ifPresent(owed -> older.put(months, owed));
        }
        PackPeriod period = new PackPeriod(LocalDate.of(2026, 1, 5), TODAY);
        PackContents contents = new PackContents(new PackContents.Cover("Sam Taylor", List.of(), "Jordan Reed",
                List.of(), Optional.of("1212 3456 7890"), "CMS Direct Pay", true, TODAY), period,
                Set.of(PackSection.SUMMARY, PackSection.SCHEDULE), new PackContents.Summary(Money.ZERO,
                        schedule.owedOn(TODAY), Money.ofPounds(3300), Money.ofPounds(2700),
                        RunningBalance.owedWithoutBreakSinceDue(schedule), Optional.empty(), older),
                schedule.lines(period.from(), TODAY, EnumSet.allOf(LineStatus.class)),
                MoneyReceived.of(schedule, period.from(), period.from()), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty());
        Path target = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        String summary = EvidencePackBuilderTest.pageTexts(target).stream()
                .filter(p -> p.startsWith(PackSection.SUMMARY.title())).findFirst().orElseThrow()
                .replaceAll("\\s+", " ");

        assertTrue(summary.contains("Owed at the end of the period £600.00"), summary);
        assertTrue(summary.contains("Owed without a break since the payment due on 5 Jul 2026"), summary);
        assertTrue(summary.contains("Owed for payments due up to 3 Sep 2026 All of it"), summary);
        Matcher m = Pattern.compile(Pattern.quote("£600.00")).matcher(summary);
        int times = 0;
        while (m.find()) {
            times++;
        }
        assertEquals(1, times, "what is owed said once: " + summary);
    }
}
