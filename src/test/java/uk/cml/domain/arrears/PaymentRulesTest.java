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

class PaymentRulesTest {

    private static final LocalDate TODAY = d("2026-01-20");
    private static final List<PaymentPlan> PLANS = List.of(Build.weekly("50.00", "2025-03-03"),
            Build.weekly("60.00", "2025-09-01"));

    private static Map<String, String> check(String amount, String date) {
        PaymentInput input = new PaymentInput(amount, date == null ? null : d(date), PaymentMethod.CASH, "", "");
        return PaymentRules.problems(input, TODAY, PLANS);
    }

    @ParameterizedTest(name = "amount [{0}]: {1}")
    @CsvSource(delimiter = '|', value = {
        "''         | Enter the amount you received, for example 43.21.",
        "'   '      | Enter the amount you received, for example 43.21.",
        "0          | Enter an amount more than £0.00. If a payment was missed, there is no need to enter it: "
            + "the app works out what was missed.",
        "-5.00      | Enter an amount more than £0.00. If a payment was missed, there is no need to enter it: "
            + "the app works out what was missed.",
        "12.345     | Use pounds and pence with no more than two numbers after the point, for example 43.21.",
        "12p        | Enter the amount you received in pounds and pence, using numbers only, for example 43.21.",
        "100000.01  | This is more than £100,000.00, the most the app accepts for one amount. Check the amount.",
        "'12,50'    | Write pence after a full stop, for example 12.50. Use a comma only to separate thousands, as in "
            + "1,250.00.",
        "'1,00'     | Write pence after a full stop, for example 12.50. Use a comma only to separate thousands, as in "
            + "1,250.00.",
        "'1,2,3'    | Write pence after a full stop, for example 12.50. Use a comma only to separate thousands, as in "
            + "1,250.00.",
        "'1,000,000' | This is more than £100,000.00, the most the app accepts for one amount. Check the amount.",
    })
    void amountProblems(String amount, String message) {
        assertEquals(Map.of(PaymentRules.AMOUNT, message), check(amount, "2026-01-19"));
    }

    @ParameterizedTest(name = "''{0}'' is {1}p")
    @CsvSource({"43.21,4321", "£43.21,4321", "'£1,000',100000", "100000.00,10000000", "0.01,1",
        "'1,250.00',125000", "'1,250',125000", "'£ 12.50 ',1250"})
    void acceptsAmounts(String amount, long pence) {
        assertTrue(check(amount, "2026-01-19").isEmpty());
        Payment payment = PaymentRules.toPayment(new PaymentInput(amount, d("2026-01-19"), PaymentMethod.CASH, "",
                ""), 0);
        assertEquals(pence, payment.amount().pence());
    }

    @ParameterizedTest(name = "date {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-01-21 | This date is in the future. Enter the date the money reached you.",
    })
    void dateProblems(String date, String message) {
        assertEquals(Map.of(PaymentRules.DATE, message), check("43.21", date));
    }

    @Test
    void beforeTheFirstDueIsAllowedWithAWarning() {
        // Money paid ahead is credit; the form says so but saves it.
        assertTrue(check("43.21", "2025-03-02").isEmpty());
        assertEquals("This is before the first payment was due on 3 Mar 2025, so it counts as paid in advance. "
                + "If a plan was in place before then, add it too.",
                PaymentRules.warning(d("2025-03-02"), PLANS).orElseThrow());
        assertTrue(PaymentRules.warning(d("2025-03-03"), PLANS).isEmpty());
    }

    @Test
    void aStopBeforeAnyPlanIsNotTheFirstDue() {
        // A stop recorded on 1 Jan 2026 and £50 weekly from 5 Jan: maintenance was first due on 5 Jan, so money on
        // 3 Jan was paid in advance. With only a stop, maintenance never started: no first due, no warning.
        List<PaymentPlan> plans = List.of(Build.stopped("2026-01-01"), Build.weekly("50.00", "2026-01-05"));
        assertEquals(d("2026-01-05"), PaymentRules.firstDue(plans).orElseThrow());
        assertTrue(PaymentRules.warning(d("2026-01-03"), plans).orElseThrow().contains("due on 5 Jan 2026"));
        assertTrue(PaymentRules.firstDue(List.of(Build.stopped("2026-01-01"))).isEmpty());
        assertTrue(PaymentRules.warning(d("2025-12-01"), List.of(Build.stopped("2026-01-01"))).isEmpty());
    }

    @Test
    void todayAndTheFirstDueDateAreFine() {
        assertTrue(check("43.21", "2026-01-20").isEmpty());
        assertTrue(check("43.21", "2025-03-03").isEmpty());
    }

    @Test
    void reportsEveryFieldAtOnce() {
        PaymentInput input = new PaymentInput("", null, null, "", "");
        Map<String, String> problems = PaymentRules.problems(input, TODAY, PLANS);
        assertEquals(List.of(PaymentRules.AMOUNT, PaymentRules.DATE, PaymentRules.METHOD),
                List.copyOf(problems.keySet()));
        assertEquals("Enter the date the money reached you.", problems.get(PaymentRules.DATE));
        assertEquals("Choose how the money was paid.", problems.get(PaymentRules.METHOD));
    }

    @Test
    void withoutPlansAnyPastDateIsFine() {
        PaymentInput input = new PaymentInput("10", d("2001-01-01"), PaymentMethod.CASH, "", "");
        assertTrue(PaymentRules.problems(input, TODAY, List.of()).isEmpty());
    }

    @Test
    void buildsThePayment() {
        PaymentInput input = new PaymentInput(" £1,043.21 ", d("2026-01-19"), PaymentMethod.CHEQUE, "100234", "");
        assertEquals(new Payment(5, d("2026-01-19"), m("1043.21"), PaymentMethod.CHEQUE, "100234", ""),
                PaymentRules.toPayment(input, 5));
    }

    /** The reference and the note had no limit: a pasted document was saved whole. Now each is named by its field. */
    @Test
    void aReferenceOrNoteTooLongIsNamedBesideItsField() {
        PaymentInput fits = new PaymentInput("43.21", TODAY, PaymentMethod.CASH, "r".repeat(200), "n".repeat(5_000));
        assertTrue(PaymentRules.problems(fits, TODAY, PLANS).isEmpty());
        PaymentInput tooLong = new PaymentInput("43.21", TODAY, PaymentMethod.CASH, "r".repeat(201),
                "n".repeat(5_001));
        assertEquals(Map.of(
                PaymentRules.REFERENCE, "This is too long: it has 201 characters and the limit is 200. Shorten it.",
                PaymentRules.NOTE, "This is too long: it has 5,001 characters and the limit is 5,000. Shorten it."),
                PaymentRules.problems(tooLong, TODAY, PLANS));
    }
}
