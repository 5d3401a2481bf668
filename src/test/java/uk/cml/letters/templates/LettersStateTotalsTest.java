package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * The CMS attributes payments to arrears by its own rules, so what a letter states about the arrears must hold
 * whichever dues the payments are put towards: totals, the balance and since when it has been owed; what this app
 * matched to each due is said to be the parent's own matching by date. Hand-worked cases where this app's matching
 * and oldest-first attribution disagree, read back from the PDF a parent would post.
 */
@DisplayName("Letters state what the totals show, not which due a payment paid")
class LettersStateTotalsTest {

    /** £100.00 due on the 1st of each month from {@code first} to the letters' date; each payment on the 1st. */
    private static ArrearsSchedule monthly(LocalDate first, int... paidByMonth) {
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < paidByMonth.length; i++) {
            if (paidByMonth[i] > 0) {
                payments.add(new Payment(0, first.plusMonths(i), Money.ofPence(paidByMonth[i] * 100L),
                        PaymentMethod.BANK_TRANSFER, "", ""));
            }
        }
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(10000),
                PaymentFrequency.MONTHLY, first, "CMS letter")), payments, List.of(), Facts.DATE, FeeRule.NONE);
    }

    /** £100 a month from 1 Apr: Apr missed, May to Sep paid on the day, £200 on 1 Oct, Nov missed. */
    private static ArrearsSchedule caughtUpInBetween() {
        return monthly(LocalDate.of(2026, 4, 1), 0, 100, 100, 100, 100, 100, 200, 0);
    }

    private static String letter(LetterTemplate template, ArrearsSchedule schedule) throws IOException {
        return new ReadBack(template, Facts.complete(template).toBuilder().arrears(ArrearsDetails.from(schedule))
                .build()).flat();
    }

    @Test
    @DisplayName("Aug missed, Sep £100, Oct £200, Nov missed: £100 owed since Mon 2 Nov; the late day is my matching")
    void missedThenMadeUp() throws IOException {
        // Balance at the end of 1 Aug £100 (1 Apr missed, more than six months back, so not listed: a late or missed
        // due of the last six months would begin the list), 1 Sep £100, 1 Oct £0, 1 Nov £100. This app puts Sep's
        // £100 towards Sep and Oct's extra £100 towards Apr. Sun 1 Nov's due was on time until the end of
        // Mon 2 Nov, so the arrears are owed without a break from then: said as "since the payment due on 1 November
        // 2026", the due a reader finds in the schedule, rather than a Monday on which nothing was due.
        ArrearsSchedule schedule = caughtUpInBetween();
        String request = letter(LetterTemplates.ENFORCEMENT_REQUEST, schedule);
        assertTrue(request.contains("which by my records were £100.00 on 22 Nov 2026. The arrears have been "
                + "owed without a break since the payment due on 1 Nov 2026."), request);
        // No due is named as "the oldest payment still owed" (the CMS's call); the matching rule may say the words.
        assertFalse(request.replace("Anything left over pays the oldest payment still owed, then the next oldest.", "")
                .contains("oldest payment still owed"), request);

        String missed = letter(LetterTemplates.MISSED_DIRECT_PAY, schedule);
        // The listed months' money counts from Sep's period (7 days before 1 Sep), when £100 was owed; nothing
        // arrived in those early days, so the letter says "since 1 September", the first date in its table.
        // As much paid as fell due, but caught up on 1 Oct between: not "went from £100.00 to £100.00", and not
        // "stayed at £100.00" either (see caughtUpInBetweenIsNotSaidToHaveStayed).
        assertTrue(missed.contains("£100.00 is owed. Since 1 Sep 2026, £300.00 fell due and £300.00 was paid, so "
                + "the balance was £100.00 at the start and £100.00 again at the end; in between it was as low as "
                + "£0.00. The arrears have been owed without a break since the payment due on 1 Nov 2026."), missed);
        assertFalse(missed.contains("went from"), missed);
        // Each balance is at the end of the day before the next due (the last, on the letter's date); the matching
        // is said as DueMatcher does it: monthly money counts from 7 days before a due.
        assertTrue(missed.contains("what was paid towards it, and the balance owed at the end of the day before the "
                + "next one was due (for the last, on 22 Nov 2026). The second table"), missed);
        // The matching, as a note under the table of dues, before the payments received.
        assertTrue(missed.indexOf("How I matched the money:") < missed.indexOf("Payments I received since"), missed);
        assertTrue(missed.contains("How I matched the money: a payment counts for the payment due on the day it "
                + "arrived, or the latest one due before that. Money that arrives up to 7 days before a payment is due "
                + "counts for that one instead. If I know which payment it was for, it counts for that one first. "
                + "Anything left over pays the oldest payment still owed, then the next oldest. Anything left after that is "
                + "kept for the next payments due."), missed);
        // Row by row: with the matching note after the tables, the table starts on page 1 and may go over a page.
        assertTrue(missed.contains("Date due Due Paid towards it Status Owed before next due 1 Sep 2026 £100.00 £100.00 Paid £100.00 "
                + "1 Oct 2026 £100.00 £100.00 Paid £0.00 "), missed);
        assertTrue(missed.contains(" 1 Nov 2026 £100.00 £0.00 Nothing received £100.00"), missed);
        assertTrue(missed.contains("Matched by date, £200.00 of the £300.00 received went to the payments due listed "
                + "above and £100.00 went to payments due before 1 Sep 2026."), missed);
        assertTrue(missed.contains("Record on my case what fell due and what I received, as listed in this letter."),
                missed);
        for (String matching : List.of("nothing at all arrived for", "only part paid", "is still owed on the",
                "Still owed", "missed and part payments")) {
            assertFalse(missed.contains(matching), "states my matching as fact: " + matching + ": " + missed);
        }
    }

    /**
     * Found by a reviewer: a case caught up part-way through the letter's period said "the balance stayed at
     * £100.00", true of the totals at the start and the end, while its own table showed the balance at £0.00 on
     * 1 Oct. The sentence now says only what holds for the whole period: the balance at the start, at the end, and
     * how low it went between. Read back from the PDF of each letter that states the totals.
     */
    @Test
    @DisplayName("Caught up on 1 Oct, then Nov missed: not 'stayed at £100.00', but start, end and the £0.00 between")
    void caughtUpInBetweenIsNotSaidToHaveStayed() throws IOException {
        ArrearsSchedule schedule = caughtUpInBetween();
        for (LetterTemplate template : List.of(LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.OTHER_PARENT,
                LetterTemplates.COLLECT_AND_PAY)) {
            String text = letter(template, schedule);
            assertFalse(text.contains("stayed at"), template.key() + ": " + text);
            assertTrue(text.contains("Since 1 Sep 2026, £300.00 fell due and £300.00 was paid, so the balance was "
                    + "£100.00 at the start and £100.00 again at the end; in between it was as low as £0.00."),
                    template.key() + ": " + text);
        }
    }

    @Test
    @DisplayName("Paid exactly what fell due, never caught up or behind more: the balance did stay where it was")
    void aBalanceThatNeverMovedStayed() {
        // Jul missed: £100 owed from 1 Jul; Aug to Nov paid on time, so every balance from 1 Aug on is £100.00. The
        // letters list every due back to where the arrears began, so the figures are taken from 1 Aug by hand.
        ArrearsSchedule schedule = monthly(LocalDate.of(2026, 7, 1), 0, 100, 100, 100, 100);
        LocalDate from = LocalDate.of(2026, 8, 1);
        ArrearsDetails fromAugust = new ArrearsDetails(schedule.lines().stream()
                .filter(l -> !l.date().isBefore(from)).toList(), Money.ofPence(100_00), Facts.DATE, from,
                Money.ofPence(100_00), Money.ZERO, java.util.Optional.empty());
        String text = ArrearsAnnex.summary(fromAugust);
        assertTrue(text.contains("Since 1 Aug 2026, £400.00 fell due and £400.00 was paid, so the balance stayed at "
                + "£100.00."), text);
    }

    @Test
    @DisplayName("Jul missed, Aug £100, Sep £100, Oct £150, Nov missed: owed since 1 Jul, not 'oldest owed 1 Jul'")
    void neverCaughtUp() throws IOException {
        // Balance £100 from 1 Jul, £50 after 1 Oct, £150 from 1 Nov. This app leaves £50 of Jul short; oldest
        // first, the oldest payment still owed is Oct's. Both agree the balance has not been zero since 1 Jul.
        ArrearsSchedule schedule = monthly(LocalDate.of(2026, 7, 1), 0, 100, 100, 150, 0);
        String request = letter(LetterTemplates.ENFORCEMENT_REQUEST, schedule);
        assertTrue(request.contains("which by my records were £150.00 on 22 Nov 2026. The arrears have been "
                + "owed without a break since the payment due on 1 Jul 2026."), request);
        assertFalse(request.contains("was due on 1 Jul 2026"), request);

        String other = letter(LetterTemplates.OTHER_PARENT, schedule);
        // The list goes back to the due that began the arrears (1 Jul), not only the last three months.
        assertTrue(other.contains("£150.00 is owed. Since 1 Jul 2026, £500.00 fell due and £350.00 was paid, so "
                + "the balance went from £0.00 to £150.00. The arrears have been owed without a break since the "
                + "payment due on 1 Jul 2026."), other);
        assertFalse(other.contains("on payments due before"), "no split of what is owed by due: " + other);
    }
}
