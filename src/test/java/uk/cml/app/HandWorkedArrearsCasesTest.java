package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.Due;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.store.PaymentStore;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;
import uk.cml.ui.overview.OverviewModel;

/**
 * Small cases a parent might really have, each worked out by hand first (the working is in the comments: every due
 * date, every payment, the running balance), then checked end to end through the real code: the records saved on a
 * real SQLite file in a temporary folder, the arrears schedule the Payments page shows, the figures the Overview's
 * page model reads and, where a letter states the arrears, the text read back from its PDF. Every figure is checked
 * as the parent sees it: £1,234.56 and 22 Nov 2026 (letters: 22 Nov 2026).
 *
 * <p>The facts are /work/shared/domain/cms-facts.md: under Collect and Pay the CMS states arrears as what the paying
 * parent owes (before its 4% fee, which it takes from what it passes on), and it attributes payments to arrears by
 * its own rules, so a letter states only totals.
 */
@DisplayName("Hand-worked arrears cases, end to end")
class HandWorkedArrearsCasesTest {

    @TempDir
    Path folder;

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("1. Monthly on the 31st: 28 Feb in a short month, weekend dues paid the working day before or after")
    void monthlyOnThe31st() {
        // Plan: £200.00 a month from Sat 31 Jan 2026. Dues (always counted from the 31st, never drifting):
        //   Sat 31 Jan 2026  +200.00   paid Fri 30 Jan £200.00 (the day before, inside its 7 early days)  -> Paid
        //   Sat 28 Feb 2026  +200.00   paid Mon 2 Mar £200.00 (next working day: on time)              -> Paid
        //   Tue 31 Mar 2026  +200.00   nothing                                                          -> Nothing
        // Running balance: 30 Jan -200.00; 31 Jan 0.00; 28 Feb 200.00; 2 Mar 0.00; 31 Mar 200.00.
        // Today Wed 15 Apr 2026: owed £200.00; owed at the start of April (end of 31 Mar) £200.00;
        // owed at the start of the year £0.00; next due Thu 30 Apr 2026; one missed in a row.
        // Further on: after 1 Feb 2028 the next due is 29 Feb 2028 (leap year), then 31 Mar 2028.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 4, 15), Arrangement.DIRECT_PAY, "0")) {
            p.plan(200_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 31));
            p.pay(LocalDate.of(2026, 1, 30), 200_00);
            p.pay(LocalDate.of(2026, 3, 2), 200_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "31 Jan 2026 £200.00 Paid", "28 Feb 2026 £200.00 Paid", "31 Mar 2026 £200.00 Nothing");
            assertEquals("£200.00", s.owedNow().format());
            assertEquals("£200.00", p.owedAtMonthStart(s));
            assertEquals("£0.00", p.owedAtYearStart(s));
            assertEquals("£200.00 on Thu 30 Apr 2026", p.nextDueWords(s));
            assertEquals(1, s.missedInARow());
            assertEquals(LocalDate.of(2028, 2, 29), s.nextDue(LocalDate.of(2028, 2, 1)).orElseThrow().date());
            assertEquals(LocalDate.of(2028, 3, 31), s.nextDue(LocalDate.of(2028, 2, 29)).orElseThrow().date());
            assertEquals(s.owedNow(), p.schedule().owedNow(), "the Payments page and the Overview agree");
        }
    }

    @Test
    @DisplayName("2. Monthly from 29 Feb 2024: 29th each month, 28 Feb 2025, back to the 29th in March")
    void monthlyFrom29FebInALeapYear() {
        // Plan: £150.00 a month from Thu 29 Feb 2024. Dues: 29 Feb 2024, 29 Mar, 29 Apr, ... 29 Jan 2025,
        // then 28 Feb 2025 (no 29th), then 29 Mar 2025 (Sat) and 29 Apr 2025 (not the 28th for good).
        // Paid £150.00 on each due date from 29 Feb 2024 to 28 Feb 2025: 13 payments, £1,950.00.
        // 29 Mar 2025 is a Saturday: on time by Mon 31 Mar; nothing arrived by today, Wed 2 Apr 2025.
        // Total due 14 x £150.00 = £2,100.00; paid £1,950.00; owed £150.00. Next due 29 Apr 2025.
        try (Parent p = new Parent(folder, LocalDate.of(2025, 4, 2), Arrangement.DIRECT_PAY, "0")) {
            p.plan(150_00, PaymentFrequency.MONTHLY, LocalDate.of(2024, 2, 29));
            LocalDate due = LocalDate.of(2024, 2, 29);
            for (int n = 0; n < 13; n++) {
                p.pay(due.plusMonths(n), 150_00);
            }
            ArrearsSchedule s = p.overview();
            List<ScheduleLine> lines = s.lines();
            assertEquals(14, lines.size());
            assertEquals(LocalDate.of(2024, 3, 29), lines.get(1).date());
            assertEquals(LocalDate.of(2025, 1, 29), lines.get(11).date());
            assertEquals(LocalDate.of(2025, 2, 28), lines.get(12).date());
            assertEquals(LineStatus.PAID, lines.get(12).status(), "paid on 28 Feb 2025, its due date");
            assertEquals(LocalDate.of(2025, 3, 29), lines.get(13).date());
            assertEquals(LineStatus.NOTHING_RECEIVED, lines.get(13).status());
            assertEquals("£2,100.00", s.totalDue().format());
            assertEquals("£1,950.00", s.totalReceived().format());
            assertEquals("£150.00", s.owedNow().format());
            assertEquals("£150.00 on Tue 29 Apr 2025", p.nextDueWords(s));
        }
    }

    @Test
    @DisplayName("3. Weekly over two bank holidays: paid the next working day is on time, two days later is late")
    void weeklyOverBankHolidays() {
        // Plan: £50.00 a week from Mon 4 May 2026 (early May bank holiday). Dues:
        //   Mon 4 May  (bank holiday) paid Tue 5 May  -> on time by Tue 5 May: Paid
        //   Mon 11 May                paid Mon 11 May -> Paid
        //   Mon 18 May                paid Mon 18 May -> Paid
        //   Mon 25 May (spring bank holiday) on time by Tue 26 May; paid Wed 27 May -> Paid late, 1 day after
        //   Tue 26 May (days late count from the day it was on time by, not from 25 May)
        // Running balance: 4 May 50.00; 5 May 0.00; 11 May 50.00 then 0.00; 18 May the same; 25 May 50.00;
        // 27 May 0.00. Today Sun 31 May 2026: owed £0.00, none missed; next due Mon 1 Jun 2026.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 5, 31), Arrangement.DIRECT_PAY, "0")) {
            p.plan(50_00, PaymentFrequency.WEEKLY, LocalDate.of(2026, 5, 4));
            p.pay(LocalDate.of(2026, 5, 5), 50_00);
            p.pay(LocalDate.of(2026, 5, 11), 50_00);
            p.pay(LocalDate.of(2026, 5, 18), 50_00);
            p.pay(LocalDate.of(2026, 5, 27), 50_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "4 May 2026 £50.00 Paid", "11 May 2026 £50.00 Paid", "18 May 2026 £50.00 Paid",
                    "25 May 2026 £50.00 Late");
            assertEquals(LocalDate.of(2026, 5, 5), s.lines().get(0).onTimeBy());
            assertEquals(LocalDate.of(2026, 5, 26), s.lines().get(3).onTimeBy());
            assertEquals(1, s.lines().get(3).daysLate());
            assertEquals("£0.00", s.owedNow().format());
            assertEquals(0, s.missedInARow());
            assertEquals("£50.00 on Mon 1 Jun 2026", p.nextDueWords(s));
            assertEquals("£50.00 on 27 May 2026", p.lastPaymentWords(s));
        }
    }

    @Test
    @DisplayName("4. A part payment, then one catch-up payment covering two dues")
    void partPaymentThenCatchUp() {
        // Plan: £300.00 a month from Mon 1 Jun 2026.
        //   Mon 1 Jun  +300.00; paid 1 Jun £300.00           balance   0.00  -> Paid
        //   Wed 1 Jul  +300.00; paid 1 Jul £100.00 (part)    balance 200.00
        //   Sat 1 Aug  +300.00 (on time by Mon 3 Aug)        balance 500.00
        //   Mon 10 Aug paid £500.00: £300.00 for August, £200.00 for July    balance 0.00
        // July is paid late (completed 10 Aug, 40 days after 1 Jul); August late (7 days after Mon 3 Aug, the day
        // it was on time by; 9 after 1 Aug).
        // Today Thu 20 Aug 2026: owed £0.00; owed at the start of August (end of 31 Jul) £200.00.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 8, 20), Arrangement.DIRECT_PAY, "0")) {
            p.plan(300_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 1));
            p.pay(LocalDate.of(2026, 6, 1), 300_00);
            p.pay(LocalDate.of(2026, 7, 1), 100_00);
            p.pay(LocalDate.of(2026, 8, 10), 500_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "1 Jun 2026 £300.00 Paid", "1 Jul 2026 £300.00 Late", "1 Aug 2026 £300.00 Late");
            assertEquals(40, s.lines().get(1).daysLate());
            assertEquals(7, s.lines().get(2).daysLate());
            assertEquals("£0.00", s.owedNow().format());
            assertEquals("£200.00", p.owedAtMonthStart(s));
            assertEquals("£500.00 on 10 Aug 2026", p.lastPaymentWords(s));
            assertEquals("£900.00", s.totalReceived().format());
            assertEquals(0, s.missedInARow());

            // Ten days earlier, on Mon 10 Aug before the catch-up (a schedule to 9 Aug): £500.00 owed,
            // July part paid and August not yet late (a Saturday due, on time by Mon 3 Aug, so missed by the 9th).
            ArrearsSchedule before = p.services.payments.schedule(p.caseId, LocalDate.of(2026, 8, 9));
            assertEquals("£500.00", before.owedNow().format());
            assertEquals(LineStatus.PART_PAID, before.lines().get(1).status());
            assertEquals(LineStatus.NOTHING_RECEIVED, before.lines().get(2).status());
            assertEquals(2, before.missedInARow());
        }
    }

    @Test
    @DisplayName("5. An overpayment held as credit, then a missed due the credit counts towards (nothing arrived for it)")
    void overpaymentThenMissedDue() {
        // Plan: £250.00 a month from Thu 15 Jan 2026.
        //   Thu 15 Jan +250.00; paid 15 Jan £250.00                         balance    0.00 -> Paid
        //   Fri 13 Feb paid £400.00 (inside Sun 15 Feb's 7 early days)      balance -400.00
        //   Sun 15 Feb +250.00: paid from the £400.00; £150.00 left as credit  balance -150.00 -> Paid
        //   Sun 15 Mar +250.00: £150.00 credit, nothing more arrives        balance  100.00 -> Nothing received
        //   (not "Part paid": nothing arrived in March's days; its words name the £150.00 paid over on 13 Feb)
        // On Sun 1 Mar 2026 the Overview says "In credit now £150.00". Today Wed 1 Apr 2026: owed £100.00,
        // owed at the start of April £100.00, owed at the start of March (end of 28 Feb) -£150.00 (credit).
        try (Parent p = new Parent(folder, LocalDate.of(2026, 4, 1), Arrangement.DIRECT_PAY, "0")) {
            p.plan(250_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 15));
            p.pay(LocalDate.of(2026, 1, 15), 250_00);
            p.pay(LocalDate.of(2026, 2, 13), 400_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "15 Jan 2026 £250.00 Paid", "15 Feb 2026 £250.00 Paid", "15 Mar 2026 £250.00 Nothing");
            assertEquals("Nothing received; £150.00 paid over on 13 Feb 2026 counts towards it; £100.00 still owed",
                    s.lines().get(2).statusText());
            assertEquals("£150.00", s.lines().get(1).heldAsCredit().format());
            assertEquals("£150.00", s.lines().get(2).received().format());
            assertEquals("£100.00", s.owedNow().format());
            assertEquals("£100.00", p.owedAtMonthStart(s));
            assertEquals(1, s.missedInARow());

            ArrearsSchedule firstMarch = p.overviewOn(LocalDate.of(2026, 3, 1));
            assertEquals("-£150.00", firstMarch.owedNow().format(), "in credit: the Overview shows £150.00 "
                    + "under \"In credit now\"");
            assertEquals("£150.00", firstMarch.owedNow().negate().format());

            // The Overview's rows say credit as credit, never "-£150.00": on Wed 1 Apr "Owed at the start of this
            // month" is the balance at the end of March, still owed; on Wed 1 Apr 2026 looked at from the start of
            // March (end of Feb) it was £150.00 ahead.
            assertEquals("£100.00", p.overviewWords("owedAtMonthStart", s, LocalDate.of(2026, 4, 1)));
            assertEquals("In credit £150.00", p.overviewWords("owedAtMonthStart", s, LocalDate.of(2026, 3, 1)));
            assertEquals("£0.00", p.overviewWords("owedAtYearStart", s, LocalDate.of(2026, 4, 1)));
            // The Payments page's Balance column, the same words: February's due left £150.00 of credit.
            assertEquals("In credit £150.00", uk.cml.domain.arrears.BalanceText.of(
                    p.schedule().lines().get(1).balanceAfter()));
        }
    }

    @Test
    @DisplayName("6. The amount changes from 5 Apr: dues before stay £200.00, from then £260.00; the letter's totals")
    void planChangesMidWay() throws Exception {
        // Plan A: £200.00 a month from Mon 5 Jan 2026. Plan B (CMS review): £260.00 a month from Sun 5 Apr 2026.
        // Dues: 5 Jan, 5 Feb, 5 Mar at £200.00 (plan A); 5 Apr, 5 May, 5 Jun at £260.00 (plan B). Total £1,380.00.
        // The paying parent kept paying £200.00: 5 Jan, 5 Feb, 5 Mar, Tue 7 Apr (5 Apr is Easter Sunday and 6 Apr
        // Easter Monday, so on time), 5 May, 5 Jun. Total £1,200.00.
        // Running balance: 0.00 to the end of March; 5 Apr 260.00; 7 Apr 60.00; 5 May 120.00; 5 Jun 180.00.
        // Today Wed 10 Jun 2026: owed £180.00; April, May and June each part paid, £60.00 short: 3 in a row.
        // The letter lists the dues from 5 Apr 2026. Its money counts from 29 Mar (where 5 Apr's period begins: 7
        // days early), but nothing arrived from then to 4 Apr, so it says "since 5 April", the first date in its
        // table, not 29 March, a day a reader cannot find there: £780.00 fell due and £600.00 was paid, so the balance went from £0.00 to £180.00; owed without a break since
        // 7 Apr 2026 (5 April's due was on time until the end of Tue 7 Apr, when £60.00 of it was still short).
        try (Parent p = new Parent(folder, LocalDate.of(2026, 6, 10), Arrangement.DIRECT_PAY, "0")) {
            p.plan(200_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 5));
            p.plan(260_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 4, 5));
            for (LocalDate paid : List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5),
                    LocalDate.of(2026, 4, 7), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 6, 5))) {
                p.pay(paid, 200_00);
            }
            ArrearsSchedule s = p.overview();
            assertDues(s, "5 Jan 2026 £200.00 Paid", "5 Feb 2026 £200.00 Paid", "5 Mar 2026 £200.00 Paid",
                    "5 Apr 2026 £260.00 Part", "5 May 2026 £260.00 Part", "5 Jun 2026 £260.00 Part");
            assertEquals("£1,380.00", s.totalDue().format());
            assertEquals("£180.00", s.owedNow().format());
            assertEquals(3, s.missedInARow());
            assertEquals("£260.00 on Sun 5 Jul 2026. That is a Sunday: on time if it arrives by Mon 6 Jul 2026.", p.nextDueWords(s));

            String letter = p.letter(LetterTemplates.MISSED_DIRECT_PAY);
            assertTrue(letter.contains("£180.00 is owed. Since 5 Apr 2026, £780.00 fell due and £600.00 was paid, "
                    + "so the balance went from £0.00 to £180.00. The arrears have been owed without a break since the "
                    + "payment due on "
                    + "5 Apr 2026."), letter);
        }
    }

    @Test
    @DisplayName("7. Maintenance stopped from 30 Oct: no dues from then, what was owed before stays owed")
    void maintenanceStopped() throws Exception {
        // Plan: £40.00 a week from Fri 2 Oct 2026; stopped from Fri 30 Oct 2026 (amount £0.00).
        // Dues: Fri 2 Oct, 9 Oct, 16 Oct, 23 Oct = £160.00; none on 30 Oct or after.
        // Paid £40.00 on 2 Oct and 9 Oct. Balance: 16 Oct 40.00; 23 Oct 80.00; unchanged since.
        // Today Sun 22 Nov 2026: owed £80.00; 2 missed in a row; no next due.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 11, 22), Arrangement.DIRECT_PAY, "0")) {
            p.plan(40_00, PaymentFrequency.WEEKLY, LocalDate.of(2026, 10, 2));
            p.services.payments.savePlan(p.caseId, PaymentPlan.stopped(0, LocalDate.of(2026, 10, 30),
                    "CMS letter: case closed"));
            p.pay(LocalDate.of(2026, 10, 2), 40_00);
            p.pay(LocalDate.of(2026, 10, 9), 40_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "2 Oct 2026 £40.00 Paid", "9 Oct 2026 £40.00 Paid", "16 Oct 2026 £40.00 Nothing",
                    "23 Oct 2026 £40.00 Nothing");
            assertEquals("£80.00", s.owedNow().format());
            assertEquals("£80.00", p.owedAtMonthStart(s));
            assertEquals(2, s.missedInARow());
            assertEquals(Optional.empty(), s.nextDue(LocalDate.of(2026, 11, 22)));
            assertEquals("None: maintenance has stopped", p.nextDueWords(s));

            String letter = p.letter(LetterTemplates.MISSED_DIRECT_PAY);
            assertTrue(letter.contains("£80.00 is owed."), letter);
            assertTrue(letter.contains("The arrears have been owed without a break since the payment due on 16 Oct "
                    + "2026."), letter);
        }
    }

    @Test
    @DisplayName("8. Collect and Pay: owed before the 4% fee, the fee taken from what I get, cut to 2% from a date")
    void collectAndPayFee() throws Exception {
        // Plan: £250.00 a month from Tue 1 Sep 2026, Collect and Pay, fee 4% taken from what the CMS passes on:
        // £250.00 - £10.00 = £240.00 reaches me for each due paid in full.
        //   Tue 1 Sep +250.00; £240.00 passed on 1 Sep = £250.00 collected    balance   0.00 -> Paid
        //   Thu 1 Oct +250.00; £240.00 passed on 1 Oct = £250.00 collected    balance   0.00 -> Paid
        //   Sun 1 Nov +250.00; nothing                                        balance 250.00 -> Nothing
        // The CMS states arrears as the paying parent's debt, before its fee: owed £250.00 (I would get £240.00).
        // The fee is cut to 2% from Tue 1 Dec 2026: the next due, 1 Dec, is £250.00 and £245.00 reaches me;
        // November's due keeps its 4% fee of £10.00.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 11, 22), Arrangement.COLLECT_AND_PAY, "4")) {
            p.plan(250_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 1));
            p.payThroughCms(LocalDate.of(2026, 9, 1), 240_00);
            p.payThroughCms(LocalDate.of(2026, 10, 1), 240_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "1 Sep 2026 £250.00 Paid", "1 Oct 2026 £250.00 Paid", "1 Nov 2026 £250.00 Nothing");
            assertEquals("£10.00", s.lines().get(2).fee().format());
            assertEquals("£240.00", s.lines().get(2).expected().format());
            assertEquals("£250.00", s.owedNow().format(), "owed as the CMS states it: before its fee");
            assertEquals("£240.00", s.afterFee(s.owedNow()).format(), "what would reach me once collected");
            assertEquals("£500.00", s.totalReceived().format(), "counted as collected: 2 x £250.00");
            assertEquals("£250.00 on Tue 1 Dec 2026 (£240.00 to you after the Collect and Pay fee)",
                    p.nextDueWords(s));

            CaseFile now = p.services.cases.find(p.caseId).orElseThrow();
            p.services.cases.update(new CaseFile(now.id(), now.otherParentName(), now.otherParentAddress(),
                    now.otherParentWork(), now.arrangement(), now.cmsReference(), now.children(),
                    new BigDecimal("2")), LocalDate.of(2026, 12, 1));
            ArrearsSchedule cut = p.overview();
            Due next = cut.nextDue(LocalDate.of(2026, 11, 22)).orElseThrow();
            assertEquals("£5.00", next.fee().format());
            assertEquals("£250.00 on Tue 1 Dec 2026 (£245.00 to you after the Collect and Pay fee)",
                    p.nextDueWords(cut));
            assertEquals("£10.00", cut.lines().get(2).fee().format(), "November keeps the 4% of its date");
            assertEquals("£250.00", cut.owedNow().format());
            assertEquals(Money.ofPence(250_00), cut.lines().get(0).received(),
                    "£240.00 passed on in September is still worked back at September's 4%");
        }
    }

    @Test
    @DisplayName("9. A payment logged as £18.00 and corrected to £180.00: arrears use £180.00, history keeps £18.00")
    void correctedPayment() {
        // Plan: £180.00 a month from Fri 10 Jul 2026.
        //   Fri 10 Jul +180.00; paid 10 Jul £180.00 (first typed as £18.00, then corrected)   balance 0.00
        //   Mon 10 Aug +180.00; paid 10 Aug £180.00                                           balance 0.00
        // Before the correction the record would show £162.00 owed. Today Thu 20 Aug 2026: owed £0.00.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 8, 20), Arrangement.DIRECT_PAY, "0")) {
            p.plan(180_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 7, 10));
            long typo = p.pay(LocalDate.of(2026, 7, 10), 18_00);
            p.pay(LocalDate.of(2026, 8, 10), 180_00);
            assertEquals("£162.00", p.overview().owedNow().format());

            p.services.payments.savePayment(p.caseId, new Payment(typo, LocalDate.of(2026, 7, 10),
                    Money.ofPence(180_00), PaymentMethod.BANK_TRANSFER, "", "corrected: was typed as £18.00"));
            ArrearsSchedule s = p.overview();
            assertDues(s, "10 Jul 2026 £180.00 Paid", "10 Aug 2026 £180.00 Paid");
            assertEquals("£0.00", s.owedNow().format());
            assertEquals(2, s.payments().size(), "corrected, not added");
            var earlier = p.services.payments.earlierVersions(PaymentStore.Kind.PAYMENT, typo);
            assertEquals(1, earlier.size());
            assertEquals("1800", earlier.get(0).columns().get("amount_pence"), earlier.get(0).columns().toString());
        }
    }

    @Test
    @DisplayName("10. A payment before the plan's first due is credit that pays it in advance")
    void paymentBeforeTheFirstDue() {
        // Plan: £100.00 a month from Sun 1 Mar 2026 (its early days begin Sun 22 Feb).
        //   Fri 20 Feb paid £100.00, before any due: credit                  balance -100.00
        //   Sun 1 Mar  +100.00, paid from that credit                        balance    0.00 -> Paid in advance
        //   Wed 1 Apr  +100.00; paid 1 Apr £100.00                           balance    0.00 -> Paid
        // Today Fri 10 Apr 2026: owed £0.00; at the end of February the parent was £100.00 in credit.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 4, 10), Arrangement.DIRECT_PAY, "0")) {
            p.plan(100_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 3, 1));
            p.pay(LocalDate.of(2026, 2, 20), 100_00);
            p.pay(LocalDate.of(2026, 4, 1), 100_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "1 Mar 2026 £100.00 Advance", "1 Apr 2026 £100.00 Paid");
            assertEquals("£0.00", s.owedNow().format());
            assertEquals("-£100.00", s.balanceOn(LocalDate.of(2026, 2, 28)).format());
            assertEquals("£200.00", s.totalReceived().format());
            assertEquals("£100.00 on 1 Apr 2026", p.lastPaymentWords(s));
        }
    }

    @Test
    @DisplayName("11. Two cases kept apart: payments for one never reduce the other's arrears")
    void twoCasesKeptApart() {
        // Case A (Jordan Reed) and case B (Alex Brown), each £100.00 a month from Thu 1 Oct 2026.
        // Dues for each: 1 Oct, Sun 1 Nov = £200.00. Jordan paid 1 Oct and 2 Nov (Mon: on time), £200.00;
        // Alex paid nothing. Today Sun 22 Nov 2026: A owes £0.00, B owes £200.00 with 2 missed in a row.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 11, 22), Arrangement.DIRECT_PAY, "0")) {
            long other = p.services.cases.create(
                    CaseFileBuilder.jordanReed().otherParent("Alex Brown").work(WorkSituation.SELF_EMPLOYED)
                    .children(new Child(0, "Leo", LocalDate.of(2018, 6, 1))).feePercent("0").build());
            p.plan(100_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 10, 1));
            p.services.payments.savePlan(other, new PaymentPlan(0, Money.ofPence(100_00), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 10, 1), "CMS calculation letter"));
            p.pay(LocalDate.of(2026, 10, 1), 100_00);
            p.pay(LocalDate.of(2026, 11, 2), 100_00);

            ArrearsSchedule a = p.overview();
            ArrearsSchedule b = p.model().read(other, p.today).schedule().orElseThrow();
            assertDues(a, "1 Oct 2026 £100.00 Paid", "1 Nov 2026 £100.00 Paid");
            assertDues(b, "1 Oct 2026 £100.00 Nothing", "1 Nov 2026 £100.00 Nothing");
            assertEquals("£0.00", a.owedNow().format());
            assertEquals("£200.00", b.owedNow().format());
            assertEquals(2, b.missedInARow());
            assertTrue(b.lastPayment().isEmpty());
            assertEquals(2, a.payments().size());
        }
    }

    @Test
    @DisplayName("12. Direct Pay moved to Collect and Pay on 1 Mar: dues before keep no fee, dues after have 4% taken")
    void movedToCollectAndPay() throws Exception {
        // Plan: £200.00 a month from Thu 1 Jan 2026, Direct Pay; the case moved to Collect and Pay on Sun 1 Mar 2026
        // (fee 4%: £8.00 of each £200.00, so £192.00 reaches me).
        //   Thu 1 Jan +200.00 (no fee); paid to me 1 Jan £200.00                 balance   0.00 -> Paid
        //   Sun 1 Feb +200.00 (no fee); paid to me Mon 2 Feb £200.00 (on time)   balance   0.00 -> Paid
        //   Sun 1 Mar +200.00 (fee £8.00); nothing                               balance 200.00 -> Nothing
        //   Wed 1 Apr +200.00 (fee £8.00); CMS passed on £192.00 on 1 Apr = £200.00 collected
        //                                                                        balance 200.00
        // The 1 Apr money pays April's due (its own day); March stays owed. Today Wed 15 Apr 2026: owed £200.00
        // before the fee, £192.00 would reach me; next due Fri 1 May 2026, £192.00 to me.
        // The enforcement letter states the arrears as the CMS does: £200.00, owed without a break since Mon 2 March
        // (Sunday 1 March's due was on time until the end of Monday 2 March).
        try (Parent p = new Parent(folder, LocalDate.of(2026, 4, 15), Arrangement.DIRECT_PAY, "4")) {
            p.plan(200_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 1));
            p.pay(LocalDate.of(2026, 1, 1), 200_00);
            p.pay(LocalDate.of(2026, 2, 2), 200_00);
            CaseFile direct = p.services.cases.find(p.caseId).orElseThrow();
            p.services.cases.update(new CaseFile(direct.id(), direct.otherParentName(), direct.otherParentAddress(),
                    direct.otherParentWork(), Arrangement.COLLECT_AND_PAY, direct.cmsReference(), direct.children(),
                    direct.collectionFeePercent()), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
            p.payThroughCms(LocalDate.of(2026, 4, 1), 192_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "1 Jan 2026 £200.00 Paid", "1 Feb 2026 £200.00 Paid", "1 Mar 2026 £200.00 Nothing",
                    "1 Apr 2026 £200.00 Paid");
            assertEquals(List.of("£0.00", "£0.00", "£8.00", "£8.00"),
                    s.lines().stream().map(l -> l.fee().format()).toList());
            assertEquals("£200.00", s.owedNow().format());
            assertEquals("£192.00", s.afterFee(s.owedNow()).format());
            assertEquals("£200.00 on Fri 1 May 2026 (£192.00 to you after the Collect and Pay fee)", p.nextDueWords(s));

            String letter = p.letter(LetterTemplates.ENFORCEMENT_REQUEST);
            // Sun 1 Mar 2026's due, on time by Mon 2 Mar: the letter names the due, not the day after.
            // Under Collect and Pay the parent sees only what the CMS passes on: said as money that has not reached
            // them, owed since the due, not the day after.
            assertTrue(letter.contains("£200.00 of the maintenance due was outstanding on 15 Apr 2026; after your "
                    + "Collect and Pay fee, about £192.00 of it should have reached me and had not. It has been owed to me without a break since the payment due on "
                    + "1 Mar 2026."), letter);
        }
    }

    @Test
    @DisplayName("13. Weekly on Fridays over Christmas and New Year: on time by the next working day, then missed")
    void weeklyOverChristmas() {
        // Plan: £50.00 a week from Fri 18 Dec 2026. Christmas Day is Fri 25 Dec; Boxing Day Sat 26 Dec, so its
        // substitute is Mon 28 Dec; the next working day is Tue 29 Dec. New Year's Day is Fri 1 Jan 2027; the next
        // working day is Mon 4 Jan.
        //   Fri 18 Dec +50.00; paid 18 Dec           balance  0.00 -> Paid
        //   Fri 25 Dec +50.00; paid Tue 29 Dec       balance  0.00 -> Paid (on time by 29 Dec)
        //   Fri 1 Jan  +50.00; paid Tue 5 Jan        balance  0.00 -> Paid late, 1 day after 4 Jan
        //   Fri 8 Jan  +50.00; nothing               balance 50.00 -> Nothing
        // Today Sun 10 Jan 2027: owed £50.00; owed at the start of the year (end of 31 Dec 2026) £0.00.
        try (Parent p = new Parent(folder, LocalDate.of(2027, 1, 10), Arrangement.DIRECT_PAY, "0")) {
            p.plan(50_00, PaymentFrequency.WEEKLY, LocalDate.of(2026, 12, 18));
            p.pay(LocalDate.of(2026, 12, 18), 50_00);
            p.pay(LocalDate.of(2026, 12, 29), 50_00);
            p.pay(LocalDate.of(2027, 1, 5), 50_00);

            ArrearsSchedule s = p.overview();
            assertDues(s, "18 Dec 2026 £50.00 Paid", "25 Dec 2026 £50.00 Paid", "1 Jan 2027 £50.00 Late",
                    "8 Jan 2027 £50.00 Nothing");
            assertEquals(LocalDate.of(2026, 12, 29), s.lines().get(1).onTimeBy());
            assertEquals(LocalDate.of(2027, 1, 4), s.lines().get(2).onTimeBy());
            assertEquals(1, s.lines().get(2).daysLate());
            assertEquals("£50.00", s.owedNow().format());
            assertEquals("£0.00", p.owedAtYearStart(s));
            assertEquals(1, s.missedInARow());
        }
    }

    @Test
    @DisplayName("14. A plan typed as £25.00 corrected to £250.00, and a payment put in the bin and restored")
    void correctedPlanAndBinnedPayment() {
        // Plan typed as £25.00 a month from Mon 2 Nov 2026, then corrected to £250.00 (the same plan, amended).
        //   Mon 2 Nov +250.00; paid 2 Nov £250.00   balance 0.00 -> Paid
        // Today Sun 22 Nov 2026: owed £0.00. With the payment in the bin: owed £250.00; restored: £0.00 again.
        // The plan's history keeps the £25.00 it first said.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 11, 22), Arrangement.DIRECT_PAY, "0")) {
            long plan = p.services.payments.savePlan(p.caseId, new PaymentPlan(0, Money.ofPence(25_00),
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 11, 2), "CMS calculation letter"));
            long paid = p.pay(LocalDate.of(2026, 11, 2), 250_00);
            assertDues(p.overview(), "2 Nov 2026 £25.00 Paid");
            assertEquals("-£225.00", p.overview().owedNow().format(), "£225.00 in credit before the correction");

            p.services.payments.savePlan(p.caseId, new PaymentPlan(plan, Money.ofPence(250_00),
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 11, 2), "CMS calculation letter"));
            assertDues(p.overview(), "2 Nov 2026 £250.00 Paid");
            assertEquals("£0.00", p.overview().owedNow().format());
            assertEquals(1, p.services.payments.plans(p.caseId).size(), "corrected, not a second plan");
            assertEquals("2500", p.services.payments.earlierVersions(PaymentStore.Kind.PLAN, plan).get(0)
                    .columns().get("amount_pence"));

            p.services.payments.moveToBin(PaymentStore.Kind.PAYMENT, paid);
            assertDues(p.overview(), "2 Nov 2026 £250.00 Nothing");
            assertEquals("£250.00", p.overview().owedNow().format());
            p.services.payments.restore(PaymentStore.Kind.PAYMENT, paid);
            assertEquals("£0.00", p.overview().owedNow().format());
        }
    }

    @Test
    @DisplayName("15. Paid 25 days late, six days before the next due: the totals every reading agrees on")
    void latePaymentJustBeforeTheNextDue() throws Exception {
        // Plan: £300.00 a month from Mon 1 Jun 2026.
        //   Mon 1 Jun +300.00; paid 1 Jun £300.00    balance   0.00
        //   Wed 1 Jul +300.00; nothing on the day    balance 300.00
        //   Sun 26 Jul paid £300.00                  balance by the bank 0.00
        //   Sat 1 Aug +300.00 (on time by Mon 3 Aug); nothing   balance 300.00
        // Which due the 26 Jul money paid is a reading: July late, or August early (it is inside August's 7 early
        // days). The app reads it as August's, says so in the letter's table as its own matching, and counts it on
        // August's day, so the balance stays at £300.00 from 1 Jul: July's due, "Nothing received" in the table, is
        // the one the arrears run from. Today Tue 4 Aug 2026: owed £300.00, owed without a break since the payment
        // due on 1 Jul 2026. The totals hold either way.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 8, 4), Arrangement.DIRECT_PAY, "0")) {
            p.plan(300_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 1));
            p.pay(LocalDate.of(2026, 6, 1), 300_00);
            p.pay(LocalDate.of(2026, 7, 26), 300_00);

            ArrearsSchedule s = p.overview();
            assertEquals("£300.00", s.owedNow().format());
            assertEquals("£900.00", s.totalDue().format());
            assertEquals("£600.00", s.totalReceived().format());
            assertEquals("£0.00", s.balanceOn(LocalDate.of(2026, 7, 26)).format());
            String letter = p.letter(LetterTemplates.MISSED_DIRECT_PAY);
            assertTrue(letter.contains("£300.00 is owed. Since 1 Jun 2026, £900.00 fell due and £600.00 was paid, "
                    + "so the balance went from £0.00 to £300.00. The arrears have been owed without a break since the "
                    + "payment due on "
                    + "1 Jul 2026."), letter);
            assertTrue(letter.contains("money that came a few days early for a payment counted on the day it was "
                    + "due"), "the table's balances say how early money counts");
            assertTrue(letter.contains("26 Jul 2026 £300.00 Bank transfer"), "the payment on the day it arrived");
        }
    }

    @Test
    @DisplayName("15b. The same, with the 26 Jul payment linked to July as the bank reference says: July paid late, "
            + "August still owed, the same totals")
    void latePaymentLinkedToItsDue() throws Exception {
        // As case 15, but the parent says the 26 Jul money was for the 1 Jul due ("JULY MAINTENANCE"):
        //   Wed 1 Jul: paid by the 26 Jul money, 25 days late.       Sat 1 Aug: nothing yet, £300.00 owed.
        // Today Tue 4 Aug 2026: owed £300.00, as before; only which due is owed changed.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 8, 4), Arrangement.DIRECT_PAY, "0")) {
            p.plan(300_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 1));
            p.pay(LocalDate.of(2026, 6, 1), 300_00);
            long late = p.pay(LocalDate.of(2026, 7, 26), 300_00);
            assertEquals(List.of("Paid", "Nothing received", "Paid"), p.overview().lines().stream()
                    .map(ScheduleLine::statusText).toList(), "matched by date, as before");

            Payment saved = p.services.payments.payments(p.caseId).stream().filter(x -> x.id() == late).findFirst()
                    .orElseThrow();
            p.services.payments.savePayment(p.caseId, saved.linkedTo(Optional.of(LocalDate.of(2026, 7, 1))));

            List<String> expected = List.of("Paid", "Arrived late (25 days)", "Nothing received");
            assertEquals(expected, p.overview().lines().stream().map(ScheduleLine::statusText).toList());
            assertEquals(expected, p.schedule().lines().stream().map(ScheduleLine::statusText).toList(),
                    "the Payments page reads the same words");
            assertEquals("£300.00", p.schedule().lines().get(2).shortBy().format(), "August still owed");
            ArrearsSchedule s = p.overview();
            assertEquals("£300.00", s.owedNow().format());
            assertEquals("£900.00", s.totalDue().format());
            assertEquals("£600.00", s.totalReceived().format());
            String letter = p.letter(LetterTemplates.MISSED_DIRECT_PAY);
            assertTrue(letter.contains("£300.00 is owed. Since 1 Jun 2026, £900.00 fell due and £600.00 was paid, "
                    + "so the balance went from £0.00 to £300.00."), letter);
        }
    }

    @Test
    @DisplayName("16. Old arrears, recent dues paid: the missed-payments letters still state what is owed")
    void oldArrearsRecentDuesPaid() throws Exception {
        // Plan: £100.00 a month from Mon 1 Jun 2026. Nothing paid for 1 Jun, 1 Jul, 1 Aug, 1 Sep, 1 Oct, 1 Nov:
        // balance £600.00 at the end of 1 Nov. Then paid on time: Tue 1 Dec £100.00, Mon 4 Jan 2027 £100.00 (1 Jan is
        // New Year's Day), Mon 1 Feb 2027 £100.00; the balance stays £600.00.
        // Today Sun 28 Feb 2027. The arrears began with 1 Jun's due, more than 6 months back, so until 4 Dec 2026 a
        // letter listed the dues of the last 6 months (from 29 Aug 2026): 1 Sep, 1 Oct, 1 Nov (nothing), 1 Dec,
        // 1 Jan, 1 Feb (paid).
        // Their money counts from where 1 Sep's period begins, 25 Aug 2026 (7 early days), with £300.00 owed (Jun,
        // Jul, Aug); nothing arrived from then to 31 Aug, so the letter says the table's first date.
        // It said: "£600.00 is owed. Since 1 Sep 2026, £600.00 fell due and £300.00 was paid, so the balance went
        // from £300.00 to £600.00. The arrears have been owed without a break since the payment due on 1 Jun 2026."
        // (Until 3 Dec 2026
        // the letter listed only the last 3 months, all paid, and said the balance "stayed at £600.00".)
        // From 4 Dec 2026: under Direct Pay the CMS knows of a missed payment only when told, and no report is on
        // record here, so the letters list every due back to where the arrears began, 1 Jun 2026: "Since 1 June
        // 2026, £900.00 fell due and £300.00 was paid, so the balance went from £0.00 to £600.00."
        // Before the fix the report to the CMS said nothing of the £600.00 yet asked it to record what fell due
        // "as listed in this letter", with nothing listed; the letter to the other parent could not be made.
        try (Parent p = new Parent(folder, LocalDate.of(2027, 2, 28), Arrangement.DIRECT_PAY, "0")) {
            p.plan(100_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 1));
            p.pay(LocalDate.of(2026, 12, 1), 100_00);
            p.pay(LocalDate.of(2027, 1, 4), 100_00);
            p.pay(LocalDate.of(2027, 2, 1), 100_00);

            ArrearsSchedule s = p.overview();
            assertEquals("£600.00", s.owedNow().format());
            assertEquals(0, s.missedInARow());
            String summary = "£600.00 is owed. Since 1 Jun 2026, £900.00 fell due and £300.00 was paid, so the "
                    + "balance went from £0.00 to £600.00. The arrears have been owed without a break since the "
                    + "payment due on "
                    + "1 Jun 2026.";
            String toCms = p.letter(LetterTemplates.MISSED_DIRECT_PAY);
            assertTrue(toCms.contains("By my records on 28 Feb 2027: " + summary), toCms);
            assertTrue(toCms.contains("1 Dec 2026 £100.00 £100.00 Paid £600.00"), toCms);
            assertTrue(p.unresolved(LetterTemplates.MISSED_DIRECT_PAY).isEmpty());

            String toOther = p.letter(LetterTemplates.OTHER_PARENT);
            // Dated Sun 28 Feb 2027, posted Mon 1 Mar, deemed delivered Wed 3 Mar: 10 working days end Wed 17 Mar
            // (counted from the Sunday it was Tue 16 Mar).
            assertTrue(toOther.contains("Pay what you owe by 17 Mar 2027: by my records, £600.00."), toOther);
            assertTrue(toOther.contains("By my records: " + summary), toOther);
            assertTrue(p.unresolved(LetterTemplates.OTHER_PARENT).isEmpty());
        }
    }

    @Test
    @DisplayName("17. Nothing owed and nothing missed: a report of missed payments cannot be made without the facts")
    void nothingOwedNoReport() {
        // Plan: £100.00 a month from Tue 1 Sep 2026, each paid on its day (1 Sep, 1 Oct, Mon 2 Nov for Sun 1 Nov).
        // Today Sun 22 Nov 2026: owed £0.00, nothing missed. A letter telling the CMS the other parent "has not paid
        // all the child maintenance due" would be false: the Letters page must ask for the missed payments first.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 11, 22), Arrangement.DIRECT_PAY, "0")) {
            p.plan(100_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 1));
            p.pay(LocalDate.of(2026, 9, 1), 100_00);
            p.pay(LocalDate.of(2026, 10, 1), 100_00);
            p.pay(LocalDate.of(2026, 11, 2), 100_00);
            assertEquals("£0.00", p.overview().owedNow().format());
            assertEquals(List.of("the missed or part payments"), p.unresolved(LetterTemplates.MISSED_DIRECT_PAY));
            assertEquals(List.of("the missed or part payments"), p.unresolved(LetterTemplates.OTHER_PARENT));
            // Nor once the gap is filled in: neither letter fits, and the writer says why.
            assertEquals(Optional.of("By your records nothing is owed on 22 Nov 2026, so there are no missed "
                    + "payments to report. If payments were missed, record the payment plan and the money that "
                    + "arrived on the Payments page first."), p.doesNotFit(LetterTemplates.MISSED_DIRECT_PAY));
            assertTrue(p.doesNotFit(LetterTemplates.OTHER_PARENT).orElseThrow()
                    .startsWith("By your records nothing is owed on 22 Nov 2026"));
        }
    }

    @Test
    @DisplayName("18. Late under Direct Pay and under Collect and Pay is \"Arrived late\": my bank statement shows "
            + "when money reached me, not when it was sent")
    void lateUnderEachArrangement() throws Exception {
        // Plan: £200.00 a month from Thu 1 Jan 2026, Direct Pay; moved to Collect and Pay on Sun 1 Mar 2026 (4%).
        //   Thu 1 Jan +200.00; paid to me 1 Jan                                       -> Paid
        //   Sun 1 Feb +200.00 (on time by Mon 2 Feb); paid to me Wed 4 Feb            -> Arrived late (2 days)
        //     Direct Pay: the paying parent pays me, so the date is when they paid.
        //   Sun 1 Mar +200.00 (on time by Mon 2 Mar); CMS passed on £192.00 Thu 5 Mar -> Arrived late (3 days)
        //     Collect and Pay: I only know the money reached me 3 days after the day it was on time by, not who
        //     was late. Days late count from that day, which the words name for a due of a weekend.
        //   Wed 1 Apr +200.00; CMS passed on £192.00 Thu 2 Apr                        -> Arrived late (1 day)
        // Today Wed 15 Apr 2026: owed £0.00.
        try (Parent p = new Parent(folder, LocalDate.of(2026, 4, 15), Arrangement.DIRECT_PAY, "4")) {
            p.plan(200_00, PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 1));
            p.pay(LocalDate.of(2026, 1, 1), 200_00);
            p.pay(LocalDate.of(2026, 2, 4), 200_00);
            CaseFile direct = p.services.cases.find(p.caseId).orElseThrow();
            p.services.cases.update(new CaseFile(direct.id(), direct.otherParentName(), direct.otherParentAddress(),
                    direct.otherParentWork(), Arrangement.COLLECT_AND_PAY, direct.cmsReference(), direct.children(),
                    direct.collectionFeePercent()), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
            p.payThroughCms(LocalDate.of(2026, 3, 5), 192_00);
            p.payThroughCms(LocalDate.of(2026, 4, 2), 192_00);

            // With the CMS's days to pass money on (the default 5 working days), 5 Mar is 3 working days after Mon
            // 2 Mar and 2 Apr 1 after Wed 1 Apr: both within them, so both arrived in full on time. Direct Pay has none.
            List<String> withDays = List.of("Paid", "Arrived late (2 days after Mon 2 Feb 2026)", "Arrived in full",
                    "Arrived in full");
            assertEquals(withDays, p.overview().lines().stream().map(ScheduleLine::statusText).toList());
            assertEquals(withDays, p.schedule().lines().stream().map(ScheduleLine::statusText).toList(),
                    "the Payments page reads the same words");
            // Set to 0 (the dates entered are when the CMS's plan says money reaches me): as worked above.
            p.services.standing.correctFact("collect_and_pay.pass_on.working_days", "0",
                    "The dates entered are when the money reaches me", java.util.Optional.empty());
            List<String> expected = List.of("Paid", "Arrived late (2 days after Mon 2 Feb 2026)",
                    "Arrived late (3 days after Mon 2 Mar 2026)", "Arrived late (1 day)");
            assertEquals(expected, p.overview().lines().stream().map(ScheduleLine::statusText).toList());
            assertEquals(expected, p.schedule().lines().stream().map(ScheduleLine::statusText).toList(),
                    "the Payments page reads the same words");
            assertEquals("£0.00", p.overview().owedNow().format());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Each due as "date amount status" with the status's first word: Paid, Late, Part, Nothing, Advance. */
    private static void assertDues(ArrearsSchedule s, String... expected) {
        List<String> got = s.lines().stream().map(l -> UkFormats.shortDate(l.date()) + " " + l.due().format() + " "
                + switch (l.status()) {
                    case PAID -> "Paid";
                    case PAID_LATE -> "Late";
                    case PART_PAID -> "Part";
                    case NOTHING_RECEIVED -> "Nothing";
                    case PAID_IN_ADVANCE -> "Advance";
                    default -> l.status().name();
                }).toList();
        assertEquals(List.of(expected), got);
    }

    /** One parent's records on a real SQLite file, the clock fixed at 10:15 on {@code today}. */
    private static final class Parent implements AutoCloseable {
        final AppServices services;
        final long caseId;
        final LocalDate today;

        Parent(Path folder, LocalDate today, Arrangement arrangement, String feePercent) {
            this.today = today;
            ZoneId london = ZoneId.of("Europe/London");
            services = AppServices.open(folder.resolve("data"),
                    Clock.fixed(today.atTime(10, 15).atZone(london).toInstant(), london));
            caseId = services.cases.completeSetup(TestParents.samTaylor(),
                    CaseFileBuilder.jordanReed().arrangement(arrangement).feePercent(feePercent).build());
        }

        void plan(long pence, PaymentFrequency frequency, LocalDate firstDue) {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(pence), frequency, firstDue,
                    "CMS calculation letter"));
        }

        long pay(LocalDate date, long pence) {
            return services.payments.savePayment(caseId, new Payment(0, date, Money.ofPence(pence),
                    PaymentMethod.BANK_TRANSFER, "", ""));
        }

        long payThroughCms(LocalDate date, long pence) {
            return services.payments.savePayment(caseId, new Payment(0, date, Money.ofPence(pence),
                    PaymentMethod.THROUGH_CMS, "", ""));
        }

        OverviewModel model() {
            return new OverviewModel(services.payments, List.of(services.payments));
        }

        /** The schedule the Overview's page model reads today. */
        ArrearsSchedule overview() {
            return overviewOn(today);
        }

        ArrearsSchedule overviewOn(LocalDate day) {
            return model().read(caseId, day).schedule().orElseThrow();
        }

        /** The schedule the Payments page and the letters work from. */
        ArrearsSchedule schedule() {
            return services.payments.schedule(caseId, today);
        }

        /** As the Overview shows "Owed at the start of this month". */
        String owedAtMonthStart(ArrearsSchedule s) {
            return s.balanceOn(today.withDayOfMonth(1).minusDays(1)).format();
        }

        String owedAtYearStart(ArrearsSchedule s) {
            return s.balanceOn(today.withDayOfYear(1).minusDays(1)).format();
        }

        /** As the Overview shows "Last payment". */
        String lastPaymentWords(ArrearsSchedule s) {
            Payment last = s.lastPayment().orElseThrow();
            return last.amount().format() + " on " + UkFormats.shortDate(last.date());
        }

        /** The Overview's own sentence for "Next payment due" (its words class is the page's, package-private). */
        String nextDueWords(ArrearsSchedule s) {
            try {
                Method words = Class.forName("uk.cml.ui.overview.FigureWords")
                        .getDeclaredMethod("nextDue", ArrearsSchedule.class, LocalDate.class);
                words.setAccessible(true);
                return (String) words.invoke(null, s, today);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        /** One of the Overview's figure sentences ({@code owedAtMonthStart}, {@code owedAtYearStart}) on {@code day}. */
        String overviewWords(String name, ArrearsSchedule s, LocalDate day) {
            try {
                Method words = Class.forName("uk.cml.ui.overview.FigureWords")
                        .getDeclaredMethod(name, ArrearsSchedule.class, LocalDate.class);
                words.setAccessible(true);
                return (String) words.invoke(null, s, day);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        /** The letter as the Letters page builds it from these records, read back from its PDF, spaces flattened. */
        String letter(LetterTemplate template) throws Exception {
            LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
            LetterFacts addressed = facts.toBuilder()
                    .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
            byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertFalse(text.contains("null"), text);
                return text;
            }
        }

        /** The facts the letter still lacks, as the Letters page blocks "Make the PDF" on them. */
        Optional<String> doesNotFit(LetterTemplate template) {
            return template.doesNotFit(LetterWiring.facts(services, services.cases.find(caseId).orElseThrow()));
        }

        List<String> unresolved(LetterTemplate template) {
            LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
            return template.draft(facts).unresolved().stream().map(m -> m.field()).toList();
        }

        @Override
        public void close() {
            services.close();
        }
    }
}
