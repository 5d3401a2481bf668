package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
 * A letter reporting missed payments lists the due that began the arrears owed now, even when it fell more than three
 * months ago, but never more than six months of the dues the CMS knows of already (under Collect and Pay, or named
 * by a report on record); a due under Direct Pay that no report named is listed however old, as the CMS knows of it
 * only when told. A reviewer's monthly case: £212.40 due on the 15th from 15 Jun 2026, nothing received for 15 Jul,
 * a letter on 3 Dec listed only Sep, Oct and Nov.
 */
class LettersListTheArrearsBeginningTest {

    private static Payment paid(int month, int day, long pence) {
        return new Payment(0, LocalDate.of(2026, month, day), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "",
                "");
    }

    private static final ArrangementHistory COLLECT_AND_PAY = ArrangementHistory.since(Arrangement.COLLECT_AND_PAY);
    private static final ArrangementHistory DIRECT_PAY = ArrangementHistory.since(Arrangement.DIRECT_PAY);

    private static List<LocalDate> listed(ArrearsSchedule schedule) {
        return ArrearsDetails.from(schedule).lines().stream().map(ScheduleLine::date).toList();
    }

    private static List<LocalDate> listed(ArrearsDetails details) {
        return details.lines().stream().map(ScheduleLine::date).toList();
    }

    /** £100.00 due on the 15th from 15 Jan 2026, never paid, seen on {@code asOf}. */
    private static ArrearsSchedule neverPaidSinceJanuary(LocalDate asOf) {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(100_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 15), "CMS letter")), List.of(), List.of(), asOf,
                FeeRule.NONE);
    }

    @Test
    void theMissedDueThatBeganTheArrearsIsListed() {
        // Balance £212.40 from 15 Jul (nothing came), never back to £0.00: 15 Aug paid, 15 Sep £100, 22 Oct, 16 Nov.
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(212_40),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 15), "CMS letter")), List.of(paid(6, 15, 212_40),
                paid(8, 15, 212_40), paid(9, 15, 100_00), paid(10, 22, 212_40), paid(11, 16, 212_40)), List.of(),
                LocalDate.of(2026, 12, 3), FeeRule.NONE);
        assertEquals(List.of(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 15)), listed(schedule));
        ArrearsDetails details = ArrearsDetails.from(schedule);
        assertEquals(Money.ZERO, details.owedAtStart(), "nothing was owed before the listed dues");
        assertEquals(Money.ofPence(324_80), details.owedNow());
    }

    /**
     * Under Collect and Pay the CMS collected the dues and holds the record of each: the letter lists from 15 Jun (six
     * months back from 3 Dec), the rest is the balance owed when the list begins. The same under Direct Pay when a
     * report on record (written 10 Jun) named the older dues.
     */
    @Test
    void arrearsTheCmsKnowsOfOlderThanSixMonthsAreOneFigure() {
        ArrearsSchedule schedule = neverPaidSinceJanuary(LocalDate.of(2026, 12, 3));
        for (ArrearsDetails details : List.of(ArrearsDetails.from(schedule, COLLECT_AND_PAY, Optional.empty()),
                ArrearsDetails.from(schedule, DIRECT_PAY, Optional.of(LocalDate.of(2026, 6, 10))))) {
            List<LocalDate> dates = listed(details);
            assertEquals(LocalDate.of(2026, 6, 15), dates.get(0));
            assertEquals(6, dates.size());
            assertEquals(Money.ofPence(500_00), details.owedAtStart());
            assertTrue(details.balanceFollowsFromLines());
        }
    }

    /**
     * Under Direct Pay with no report on record the CMS knows of none of it: every due since the arrears began is
     * listed (the unit-level {@code from(schedule)} knows nothing of the arrangement or reports, so it lists the same).
     */
    @Test
    void unreportedDirectPayArrearsAreListedFromWhereTheyBegan() {
        ArrearsSchedule schedule = neverPaidSinceJanuary(LocalDate.of(2026, 12, 3));
        ArrearsDetails details = ArrearsDetails.from(schedule, DIRECT_PAY, Optional.empty());
        assertEquals(LocalDate.of(2026, 1, 15), listed(details).get(0));
        assertEquals(11, listed(details).size());
        assertEquals(Money.ZERO, details.owedAtStart());
        assertEquals(Money.ofPence(1_100_00), details.owedNow());
        assertTrue(details.balanceFollowsFromLines());
        assertEquals(listed(details), listed(schedule));
    }

    /**
     * A report names the dues missed by the day it was written: the due of that day (not missed yet) and later ones
     * are still to report. A report written on 15 Mar lists from 15 Mar, with Jan and Feb brought forward.
     */
    @Test
    void theDueOfTheReportsOwnDayIsStillToReport() {
        ArrearsSchedule schedule = neverPaidSinceJanuary(LocalDate.of(2026, 12, 3));
        ArrearsDetails details = ArrearsDetails.from(schedule, DIRECT_PAY, Optional.of(LocalDate.of(2026, 3, 15)));
        assertEquals(LocalDate.of(2026, 3, 15), listed(details).get(0));
        assertEquals(9, listed(details).size());
        assertEquals(Money.ofPence(200_00), details.owedAtStart());
        assertTrue(details.balanceFollowsFromLines());
    }

    /**
     * Moved from Direct Pay to Collect and Pay on 1 Sep with nothing reported: the Direct Pay dues from 15 Jan are
     * listed (the CMS did not collect them); a move the other way after the arrears began lists only from the move.
     */
    @Test
    void onlyDirectPayDuesReachBack() {
        ArrearsSchedule schedule = neverPaidSinceJanuary(LocalDate.of(2026, 12, 3));
        assertEquals(LocalDate.of(2026, 1, 15), listed(ArrearsDetails.from(schedule,
                DIRECT_PAY.movedOn(LocalDate.of(2026, 9, 1), Arrangement.COLLECT_AND_PAY), Optional.empty())).get(0));
        assertEquals(LocalDate.of(2026, 6, 15), listed(ArrearsDetails.from(schedule,
                COLLECT_AND_PAY.movedOn(LocalDate.of(2026, 11, 1), Arrangement.DIRECT_PAY), Optional.empty())).get(0),
                "the only Direct Pay due, 15 Nov, is within the six months");
        assertEquals(LocalDate.of(2026, 4, 15), listed(ArrearsDetails.from(schedule,
                COLLECT_AND_PAY.movedOn(LocalDate.of(2026, 4, 1), Arrangement.DIRECT_PAY), Optional.empty())).get(0),
                "Direct Pay since 1 Apr: from its first due");
    }

    @Test
    void recentArrearsStillListThreeMonths() {
        // Missed only 15 Nov: the list is the usual three months (Sep, Oct, Nov).
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(100_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 15), "CMS letter")), List.of(paid(6, 15, 100_00),
                paid(7, 15, 100_00), paid(8, 14, 100_00), paid(9, 15, 100_00), paid(10, 15, 100_00)), List.of(),
                LocalDate.of(2026, 12, 3), FeeRule.NONE);
        assertEquals(List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 15)),
                listed(schedule));
    }

    /**
     * Found by a reviewer: a letter's "last 3 months" began the day after the date 3 months back, while the evidence
     * pack's began on it. A due exactly 3 months old is not older than 3 months (the pack's "older than" figures
     * leave it out), so it is one of the last 3 months' in both: one rule, ArrearsSchedule.olderThanMonthsBefore.
     */
    @Test
    void theDueExactlyThreeMonthsOldIsListedAsThePackCountsIt() {
        // Seen on 15 Dec 2026 (whose due is today, not missed yet): 15 Sep is exactly 3 months old. Only 15 Nov missed.
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(100_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 15), "CMS letter")), List.of(paid(6, 15, 100_00),
                paid(7, 15, 100_00), paid(8, 14, 100_00), paid(9, 15, 100_00), paid(10, 15, 100_00)), List.of(),
                LocalDate.of(2026, 12, 15), FeeRule.NONE);
        assertEquals(List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 15)),
                listed(schedule));
        assertEquals(LocalDate.of(2026, 9, 15), ArrearsSchedule.olderThanMonthsBefore(schedule.asOf(), 3),
                "the pack's first day of the last 3 months");
        assertEquals(Money.ZERO, uk.cml.domain.arrears.RunningBalance.olderThanMonthsAtLeast(schedule, 3),
                "the pack: nothing older than 3 months");
    }

    @Test
    void theDueExactlySixMonthsOldIsTheLongestListsFirst() {
        // Nothing paid since 15 Jan 2026, seen on 15 Dec under Collect and Pay: six months back is 15 Jun, listed,
        // with Jul .. Nov.
        ArrearsDetails details = ArrearsDetails.from(neverPaidSinceJanuary(LocalDate.of(2026, 12, 15)),
                COLLECT_AND_PAY, Optional.empty());
        List<LocalDate> dates = listed(details);
        assertEquals(LocalDate.of(2026, 6, 15), dates.get(0));
        assertEquals(6, dates.size());
        assertTrue(details.balanceFollowsFromLines());
    }

    @Test
    void aRunBeganExactlyThreeMonthsAgoListsThreeMonths() {
        // Missed 15 Sep and everything since, seen 15 Dec: the run began within the last 3 months, as the pack says.
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(100_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 15), "CMS letter")), List.of(paid(6, 15, 100_00),
                paid(7, 15, 100_00), paid(8, 14, 100_00)), List.of(), LocalDate.of(2026, 12, 15), FeeRule.NONE);
        assertEquals(List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 15)),
                listed(schedule));
        assertEquals(Money.ZERO, ArrearsDetails.from(schedule).owedAtStart());
    }
}
