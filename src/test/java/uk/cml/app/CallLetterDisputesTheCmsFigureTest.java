package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.FeeBasis;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * Found by a hand-working reviewer: a letter confirming a call in which the CMS gave an arrears figure the parent's
 * records do not bear out ("Dave said the CMS shows arrears of 95.00"; the records show £122.20 that day) repeated the
 * figure and ended "I will rely on this letter as the record of our call", which reads as accepting it. When the
 * records hold a CMS figure for the call's day that differs from their own figure for that day, the letter says the
 * parent does not agree with it, with the records' figure and the difference. £200 a month from 1 Aug 2026:
 * August and September paid, £100 of October, nothing for 1 November; £300.00 owed on 13 November. On a call that day
 * the CMS said £250.00; its letter of 30 November said £300.00 (so the latest CMS figure agrees: only the call's
 * does not). Real stores on SQLite in a temp folder, wired as the app wires them.
 */
@DisplayName("A letter confirming a call disputes a CMS figure given that day that the records do not bear out")
class CallLetterDisputesTheCmsFigureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate CALL_DAY = LocalDate.of(2026, 11, 13);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void setUp() {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("YO1 7AA", "3 Mill Lane", "York").build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(200), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 8, 1), "CMS calculation"));
        pay(LocalDate.of(2026, 8, 1), 20000);
        pay(LocalDate.of(2026, 9, 1), 20000);
        pay(LocalDate.of(2026, 10, 1), 10000);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void pay(LocalDate date, long pence) {
        services.payments.savePayment(caseId, new Payment(0, date, Money.ofPence(pence), PaymentMethod.BANK_TRANSFER,
                "", ""));
    }

    private void cmsFigure(LocalDate asAt, long pence, String note) {
        services.payments.saveAdjustment(caseId, new Adjustment(0, asAt, AdjustmentKind.CMS_CONFIRMED_FIGURE,
                Money.ofPence(pence), note, FeeBasis.BEFORE_FEE));
    }

    private Call call(LocalDate on) {
        services.calls.add(new Call(0, caseId, LocalDateTime.of(on.getYear(), on.getMonth(), on.getDayOfMonth(), 10,
                20), CallDirection.I_CALLED, "0800 171 2345", "Dave", "", "", "Asked about arrears. Dave said the CMS "
                + "shows arrears of 250.00 and will contact Jordan about a repayment plan.", "", Optional.empty(), "",
                Optional.empty(), false, false, null));
        return services.calls.calls(caseId).get(0);
    }

    private String letter(Call call) {
        LetterFacts facts = LetterWiring.facts(services, services.cases.cases().get(0)).toBuilder()
                .call(LetterWiring.callDetails(call)).build();
        return LetterTemplates.CONFIRM_CALL.draft(facts).body().toString().replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("the CMS's figure on the call's day is £50.00 lower than the records: the letter does not agree, gives "
            + "both figures and the difference, and keeps the parent's note as written")
    void aLowerFigureOnTheCallsDayIsDisputed() {
        Call call = call(CALL_DAY);
        cmsFigure(CALL_DAY, 25000, "Phone call 13 Nov 2026 with Dave");
        cmsFigure(LocalDate.of(2026, 11, 30), 30000, "From the CMS letter of 30 Nov 2026");
        String text = letter(call);
        assertTrue(text.contains("Dave said the CMS shows arrears of 250.00"), "the parent's note as written: " + text);
        assertTrue(text.contains("I do not agree with the arrears figure of £250.00"), text);
        assertTrue(text.contains("My records show £300.00 owed on 13 Nov 2026"), text);
        assertTrue(text.contains("£50.00 more than your figure"), text);
        assertTrue(text.contains("breakdown"), "the CMS is asked how it worked its figure out: " + text);
    }

    @Test
    @DisplayName("a figure the records agree with, or none given that day, is not disputed")
    void noDisputeWithoutADifferenceOnThatDay() {
        Call call = call(CALL_DAY);
        assertFalse(letter(call).contains("do not agree"), "no CMS figure recorded at all");
        cmsFigure(LocalDate.of(2026, 11, 30), 25000, "From the CMS letter of 30 Nov 2026");
        assertFalse(letter(call).contains("do not agree"), "a figure of another day is not the call's");
        cmsFigure(CALL_DAY, 30000, "Phone call 13 Nov 2026 with Dave");
        assertFalse(letter(call).contains("do not agree"), "the call's figure agrees with the records");
    }
}
