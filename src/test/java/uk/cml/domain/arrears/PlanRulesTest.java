package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanRulesTest {

    private static final LocalDate TODAY = d("2026-01-20");
    private static final List<PaymentPlan> EXISTING = List.of(Build.weekly("50.00", "2025-03-03"));

    private static Map<String, String> check(String amount, String firstDue, boolean stopped) {
        PlanInput input = new PlanInput(amount, PaymentFrequency.MONTHLY, firstDue == null ? null : d(firstDue),
                stopped, "CMS calculation letter dated 3 Mar 2025");
        return PlanRules.problems(input, TODAY, EXISTING);
    }

    @ParameterizedTest(name = "[{0}] from {1}, stopped {2}: {3} = {4}")
    @CsvSource(delimiter = '|', value = {
        "0      | 2025-10-01 | false | amount   | Enter an amount more than £0.00. If maintenance has stopped, "
            + "choose \"Maintenance stopped\" instead.",
        "''     | 2025-10-01 | false | amount   | Enter the amount due each time, for example 43.21.",
        "50.001 | 2025-10-01 | false | amount   | Use pounds and pence with no more than two numbers after the "
            + "point, for example 43.21.",
        "'12,50' | 2025-10-01 | false | amount  | Write pence after a full stop, for example 12.50. Use a comma "
            + "only to separate thousands, as in 1,250.00.",
        "50     | 2025-10-01 | true  | amount   | Leave the amount empty when maintenance has stopped.",
        "50     | 1992-12-31 | false | firstDue | This date is before 1993. Check the year.",
        "50     | 2027-01-21 | false | firstDue | This date is more than a year away. Check the year.",
        "50     | 2025-03-03 | false | firstDue | Another plan already starts on 3 Mar 2025. Change that plan "
            + "instead of adding a new one.",
        "''     | 2025-01-01 | true  | firstDue | Maintenance can only stop after a plan has started. Add the plan "
            + "first.",
    })
    void problems(String amount, String firstDue, boolean stopped, String field, String message) {
        assertEquals(Map.of(field, message), check(amount, firstDue, stopped));
    }

    @Test
    void missingFields() {
        PlanInput input = new PlanInput("43.21", null, null, false, " ");
        Map<String, String> problems = PlanRules.problems(input, TODAY, EXISTING);
        assertEquals(List.of(PlanRules.FREQUENCY, PlanRules.FIRST_DUE, PlanRules.SOURCE),
                List.copyOf(problems.keySet()));
        assertEquals("Enter the date the first payment under this plan was due.", problems.get(PlanRules.FIRST_DUE));
    }

    @Test
    void acceptsAPlanAndAStop() {
        assertTrue(check("43.21", "2025-10-01", false).isEmpty());
        assertTrue(check("", "2025-10-01", true).isEmpty());
        assertTrue(check("43.21", "2027-01-20", false).isEmpty()); // exactly a year ahead is allowed
    }

    @Test
    void buildsPlans() {
        PlanInput plan = new PlanInput("£43.21", PaymentFrequency.WEEKLY, d("2025-10-01"), false, " Private agreement ");
        assertEquals(new PaymentPlan(3, m("43.21"), PaymentFrequency.WEEKLY, d("2025-10-01"), "Private agreement"),
                PlanRules.toPlan(plan, 3));
        assertEquals(m("1250.00"), PlanRules.toPlan(new PlanInput("1,250", PaymentFrequency.MONTHLY, d("2025-10-01"),
                false, "CMS letter"), 5).amount());
        PaymentPlan stop = PlanRules.toPlan(new PlanInput("", null, d("2025-10-01"), true, "CMS letter"), 4);
        assertTrue(stop.isStopped());
        assertEquals(d("2025-10-01"), stop.firstDue());
    }

    @Test
    void whereTheAmountCameFromHasALimitLikeANote() {
        PlanInput tooLong = new PlanInput("43.21", PaymentFrequency.MONTHLY, d("2025-10-01"), false, "s".repeat(5_001));
        assertEquals(Map.of(PlanRules.SOURCE, "This is too long: it has 5,001 characters and the limit is 5,000. "
                + "Shorten it."), PlanRules.problems(tooLong, TODAY, EXISTING));
    }
}
