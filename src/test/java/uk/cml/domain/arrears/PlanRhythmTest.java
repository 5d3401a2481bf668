package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new plan's first due is questioned when it leaves the payment day of the plan before it. */
class PlanRhythmTest {

    private static final String LETTER = "CMS letter dated 20 Aug 2026";
    /** Due each Friday since Fri 5 Jun 2026. */
    private static final List<PaymentPlan> FRIDAYS = List.of(weekly("42.50", "2026-06-05"));

    private static PlanInput input(PaymentFrequency often, String firstDue) {
        return new PlanInput("38.20", often, d(firstDue), false, LETTER);
    }

    @Test
    void weeklyOnATuesdayIsQuestionedAndTheFridayAfterOffered() {
        PlanRhythm.OffRhythm off = PlanRhythm.check(input(PaymentFrequency.WEEKLY, "2026-09-01"), FRIDAYS)
                .orElseThrow();
        assertEquals(d("2026-09-04"), off.suggested());
        assertEquals("Payments have been due on Fridays. 1 Sep 2026 is a Tuesday. If the new amount starts on "
                + "1 Sep 2026, the first payment at the new amount is due on Friday 4 Sep 2026.", off.message());
    }

    @ParameterizedTest(name = "weekly from {0}: none")
    @CsvSource({"2026-09-04", "2026-06-12", "2026-12-25"})
    void weeklyOnAFridayIsNotQuestioned(String firstDue) {
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.WEEKLY, firstDue), FRIDAYS));
    }

    @Test
    void aFirstPlanHasNothingToFollow() {
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.WEEKLY, "2026-09-01"), List.of()));
        // A plan earlier than every saved one follows none of them.
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.WEEKLY, "2026-06-02"), FRIDAYS));
    }

    @Test
    void anotherFrequencyAStopOrAPlanAfterAStopIsNotQuestioned() {
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.MONTHLY, "2026-09-01"), FRIDAYS));
        PlanInput stop = new PlanInput("", null, d("2026-09-01"), true, LETTER);
        assertEquals(Optional.empty(), PlanRhythm.check(stop, FRIDAYS));
        List<PaymentPlan> stopped = List.of(FRIDAYS.get(0), Build.stopped("2026-07-03"));
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.WEEKLY, "2026-09-01"), stopped));
    }

    @Test
    void theLatestPlanBeforeIsTheOneFollowed() {
        // Fridays, then Mondays from 6 Jul: a Tuesday is a day after Monday's due, not Friday's.
        List<PaymentPlan> plans = List.of(weekly("45.00", "2026-07-06"), FRIDAYS.get(0));
        PlanRhythm.OffRhythm off = PlanRhythm.check(input(PaymentFrequency.WEEKLY, "2026-09-01"), plans)
                .orElseThrow();
        assertEquals(d("2026-09-07"), off.suggested());
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.WEEKLY, "2026-09-07"), plans));
    }

    @Test
    void fortnightlyInTheWeekBetweenIsQuestioned() {
        // Every other Friday from 5 Jun 2026: 28 Aug, 11 Sep, 25 Sep.
        List<PaymentPlan> plans = List.of(plan("85.00", PaymentFrequency.FORTNIGHTLY, "2026-06-05"));
        PlanRhythm.OffRhythm off = PlanRhythm.check(input(PaymentFrequency.FORTNIGHTLY, "2026-09-04"), plans)
                .orElseThrow();
        assertEquals(d("2026-09-11"), off.suggested());
        assertEquals("Payments have been due every 2 weeks, on Fridays: the last before this on 28 Aug 2026, the "
                + "next on 11 Sep 2026. 4 Sep 2026 falls between them. If the new amount starts on 4 Sep 2026, "
                + "the first payment at the new amount is due on Friday 11 Sep 2026.", off.message());
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.FORTNIGHTLY, "2026-09-11"), plans));
        assertEquals(d("2026-09-11"), PlanRhythm.check(input(PaymentFrequency.FORTNIGHTLY, "2026-09-01"), plans)
                .orElseThrow().suggested());
    }

    @Test
    void monthlyOffItsDayIsQuestioned() {
        List<PaymentPlan> plans = List.of(plan("180.00", PaymentFrequency.MONTHLY, "2026-01-04"));
        PlanRhythm.OffRhythm off = PlanRhythm.check(input(PaymentFrequency.MONTHLY, "2026-09-01"), plans)
                .orElseThrow();
        assertEquals(d("2026-09-04"), off.suggested());
        assertEquals("Payments have been due on day 4 of each month. If the new amount starts on 1 Sep 2026, the "
                + "first payment at the new amount is due on Friday 4 Sep 2026.", off.message());
        assertEquals(d("2026-10-04"), PlanRhythm.check(input(PaymentFrequency.MONTHLY, "2026-09-05"), plans)
                .orElseThrow().suggested());
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.MONTHLY, "2026-09-04"), plans));
    }

    @ParameterizedTest(name = "monthly on the 31st, new plan from {0}: none")
    @CsvSource({"2026-02-28", "2026-04-30", "2026-05-31", "2028-02-29"})
    void monthlyOnThe31stKeepsTheLastDayOfAShortMonth(String firstDue) {
        List<PaymentPlan> plans = List.of(plan("180.00", PaymentFrequency.MONTHLY, "2026-01-31"));
        assertEquals(Optional.empty(), PlanRhythm.check(input(PaymentFrequency.MONTHLY, firstDue), plans));
    }

    @Test
    void monthlyOnThe31stOffersTheLastDayOfAShortMonth() {
        List<PaymentPlan> plans = List.of(plan("180.00", PaymentFrequency.MONTHLY, "2026-01-31"));
        PlanRhythm.OffRhythm off = PlanRhythm.check(input(PaymentFrequency.MONTHLY, "2026-09-01"), plans)
                .orElseThrow();
        assertEquals(d("2026-09-30"), off.suggested());
        assertEquals("Payments have been due on the 31st of each month (the last day in shorter months). If the new "
                + "amount starts on 1 Sep 2026, the first payment at the new amount is due on Wednesday "
                + "30 Sep 2026.", off.message());
        assertEquals(d("2026-02-28"), PlanRhythm.check(input(PaymentFrequency.MONTHLY, "2026-02-27"), plans)
                .orElseThrow().suggested());
    }
}
