package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * A report of missed payments, and a request to move to Collect and Pay, tell the whole story of the months their
 * table covers, as the CMS checks it against bank statements: payments that arrived late before the arrears owed now
 * began are listed too, with the days they really arrived (a reviewer's case: 31 Jul and 28 Aug arrived late before
 * any report, and the table began at 25 Sep, the three months before the letter, leaving them out). The table reaches
 * back to the earliest due of the last six months that was late, missed or part paid, no further; when earlier dues
 * were late or missed too, the letter says the table leaves them out. Read back from the PDFs.
 */
class LettersListEarlierLatePaymentsTest {

    private static final ArrangementHistory DIRECT_PAY = ArrangementHistory.since(Arrangement.DIRECT_PAY);

    private static Payment paid(LocalDate day, long pence) {
        return new Payment(0, day, Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }

    /**
     * £150.00 every 4 weeks from Fri 5 Jun 2026: 5 Jun and 3 Jul on time; 31 Jul arrived 10 Aug and 28 Aug arrived
     * 4 Sep (late, in full); 25 Sep on time; 23 Oct nothing; 20 Nov on time. Seen on 3 Dec 2026: £150.00 owed since 23
     * Oct, and the three months before the letter begin on 3 Sep.
     */
    static ArrearsSchedule lateBeforeTheArrears() {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(150_00),
                PaymentFrequency.FOUR_WEEKLY, LocalDate.of(2026, 6, 5), "CMS letter")), List.of(
                paid(LocalDate.of(2026, 6, 5), 150_00), paid(LocalDate.of(2026, 7, 3), 150_00),
                paid(LocalDate.of(2026, 8, 10), 150_00), paid(LocalDate.of(2026, 9, 4), 150_00),
                paid(LocalDate.of(2026, 9, 25), 150_00), paid(LocalDate.of(2026, 11, 20), 150_00)), List.of(),
                LocalDate.of(2026, 12, 3), FeeRule.NONE);
    }

    private static ReadBack letter(LetterTemplate template, ArrearsDetails arrears) throws IOException {
        return new ReadBack(template, Facts.complete(template).toBuilder().arrears(arrears).build());
    }

    @Test
    void lateDuesBeforeTheArrearsAreListedWithTheDaysTheyArrived() throws IOException {
        ArrearsDetails arrears = ArrearsDetails.from(lateBeforeTheArrears(), DIRECT_PAY, Optional.empty());
        assertEquals(List.of(LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 28), LocalDate.of(2026, 9, 25),
                LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 20)),
                arrears.lines().stream().map(ScheduleLine::date).toList(),
                "from the earliest late due of the last six months; 5 Jun and 3 Jul came on time");
        assertTrue(arrears.balanceFollowsFromLines());
        for (LetterTemplate template : List.of(LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.COLLECT_AND_PAY)) {
            ReadBack pdf = letter(template, arrears);
            String text = pdf.text();
            String name = template.fileTitle();
            assertTrue(RowText.row(text, "31 Jul 2026").contains("10 days late"), name + ": " + text);
            assertTrue(RowText.row(text, "28 Aug 2026").contains("7 days late"), name + ": " + text);
            // The second table gives the days the money really arrived, as the bank statement does.
            assertTrue(text.lines().anyMatch(l -> l.strip().startsWith("10 Aug 2026 £150.00")), name + ": " + text);
            assertTrue(text.lines().anyMatch(l -> l.strip().startsWith("4 Sep 2026 £150.00")), name + ": " + text);
            assertTrue(pdf.flat().contains("lists each payment due since 31 Jul 2026"), name + ": " + pdf.flat());
            assertFalse(pdf.flat().contains("are not listed"), name + ": nothing late is left out");
        }
    }

    /** A case paid on time all along but for one missed due lists the usual three months, no more. */
    @Test
    void onTimePaymentsDoNotLengthenTheTable() {
        List<Payment> payments = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 1, 2); day.isBefore(LocalDate.of(2026, 11, 1)); day = day
                .plusWeeks(4)) {
            payments.add(paid(day, 150_00));
        }
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPence(150_00), PaymentFrequency.FOUR_WEEKLY, LocalDate.of(2026, 1, 2), "CMS letter")),
                payments, List.of(), LocalDate.of(2026, 12, 3), FeeRule.NONE);
        assertEquals(List.of(LocalDate.of(2026, 9, 11), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 11, 6)),
                ArrearsDetails.from(schedule, DIRECT_PAY, Optional.empty()).lines().stream()
                        .map(ScheduleLine::date).toList());
    }

    /**
     * A weekly case paid a day late every week for a year, reported on 1 Sep: the table keeps to the last six months
     * (26 rows, about a page) and says that earlier payments, late too, are not listed.
     */
    @Test
    void aLongStoryIsCutAtSixMonthsAndTheLetterSaysSo() throws IOException {
        List<Payment> payments = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2025, 12, 1); day.isBefore(LocalDate.of(2026, 11, 1)); day = day
                .plusWeeks(1)) {
            payments.add(paid(day.plusDays(1), 50_00));
        }
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPence(50_00), PaymentFrequency.WEEKLY, LocalDate.of(2025, 12, 1), "CMS letter")),
                payments, List.of(), LocalDate.of(2026, 12, 3), FeeRule.NONE);
        ArrearsDetails arrears = ArrearsDetails.from(schedule, DIRECT_PAY, Optional.of(LocalDate.of(2026, 9, 1)));
        List<LocalDate> dates = arrears.lines().stream().map(ScheduleLine::date).toList();
        assertEquals(LocalDate.of(2026, 6, 8), dates.get(0), "the first due of the last six months");
        assertTrue(dates.size() <= 26, dates.toString());
        ReadBack pdf = letter(LetterTemplates.MISSED_DIRECT_PAY, arrears);
        // 27 Mondays from 1 Dec 2025 to 1 Jun 2026, each paid on the Tuesday; the three bank holiday Mondays (6 Apr,
        // 4 May, 25 May 2026) were on time by the Tuesday: 24 late.
        assertTrue(pdf.flat().contains("Payments due before 8 Jun 2026 are not listed, to keep this letter short. "
                + "24 of them were also late or not paid in full."), pdf.flat());
    }

    /**
     * Reviewer rv7: one due left out was late (a day), and the letter said "Some of them were also late": it says
     * how many.
     */
    @Test
    void theLetterSaysHowManyDuesLeftOutWentWrong() throws IOException {
        List<Payment> payments = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2025, 12, 1); day.isBefore(LocalDate.of(2026, 11, 1)); day = day
                .plusWeeks(1)) {
            boolean late = day.equals(LocalDate.of(2025, 12, 15)) || day.equals(LocalDate.of(2026, 6, 8));
            payments.add(paid(late ? day.plusDays(1) : day, 50_00));
        }
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPence(50_00), PaymentFrequency.WEEKLY, LocalDate.of(2025, 12, 1), "CMS letter")),
                payments, List.of(), LocalDate.of(2026, 12, 3), FeeRule.NONE);
        ArrearsDetails arrears = ArrearsDetails.from(schedule, DIRECT_PAY, Optional.of(LocalDate.of(2026, 9, 1)));
        assertEquals(LocalDate.of(2026, 6, 8), arrears.lines().get(0).date());
        ReadBack pdf = letter(LetterTemplates.MISSED_DIRECT_PAY, arrears);
        assertTrue(pdf.flat().contains("Payments due before 8 Jun 2026 are not listed, to keep this letter short. "
                + "One of them was also late or not paid in full."), pdf.flat());
    }
}
