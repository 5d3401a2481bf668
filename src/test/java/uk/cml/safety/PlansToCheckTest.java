package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.History;
import uk.cml.store.PaymentStore;
import uk.cml.store.SettingsStore;

/**
 * A plan saved first due off the payment day of the plan before it (a CMS letter's "from 1 September", a Tuesday,
 * on a case paid on Fridays), as saved before the plan form asked about it: Check records names it, with the day to
 * use, as advice apart from what does not match. A real records file in a temp folder.
 */
class PlansToCheckTest {

    private static final PaymentPlan FRIDAYS = new PaymentPlan(0, Money.ofPence(4250), PaymentFrequency.WEEKLY,
            LocalDate.of(2026, 6, 5), "CMS calculation letter dated 20 May 2026");

    @TempDir
    Path folder;
    private Database database;
    private PaymentStore payments;
    private RecordsSafety safety;
    private long sam;

    @BeforeEach
    void aCasePaidOnFridays() {
        database = Database.open(folder, Records.CLOCK, JournalTriggers::install);
        CaseStore cases = new CaseStore(database, new History(Records.CLOCK), Records.CLOCK);
        payments = new PaymentStore(database, new History(Records.CLOCK), Records.CLOCK);
        safety = new RecordsSafety(database, new SettingsStore(database), folder, Records.CLOCK, "test");
        sam = cases.completeSetup(new MyDetails("Alex Morgan", PostalAddress.of("1 High Street\nLeeds", "LS6 2AB"),
                "07700 900123", "alex@example.org", Optional.empty()), new CaseFile(0, "Sam Reed", Optional.empty(),
                WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.empty(), List.of(new Child(0, "Ruby",
                LocalDate.of(2016, 5, 4))), new BigDecimal("4")));
        payments.savePlan(sam, FRIDAYS);
        safety.keepAnchor();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    @DisplayName("a new amount first due on a Tuesday of a case paid on Fridays is named: the plan, both days, what to do")
    void tuesdayAfterFridays() {
        payments.savePlan(sam, new PaymentPlan(0, Money.ofPence(3820), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 1), "CMS letter dated 28 Aug 2026"));

        CheckReport report = safety.check(Progress.NONE);

        assertEquals(List.of("Case 'Owed by Sam Reed': the payment plan of £38.20 first due on 1 Sep 2026 (CMS letter "
                + "dated 28 Aug 2026). Payments have been due on Fridays. 1 Sep 2026 is a Tuesday. If the new amount "
                + "starts on 1 Sep 2026, the first payment at the new amount is due on Friday 4 Sep 2026. In that case, "
                + "change its first due date to Fri 4 Sep 2026 on the Payments page, Payment plans tab. If 1 Sep 2026 "
                + "is right, nothing needs doing."), report.plansToCheck());
        assertTrue(report.allMatch(), "advice, not damage: " + report.problems());
        assertEquals(List.of(), report.detailsToCorrect());
        assertTrue(report.summary().startsWith("Everything matches."), report.summary());
        assertTrue(report.summary().endsWith("One payment plan, listed below, starts on a day when no payment was due "
                + "under the plan before it. That moves every later payment day too. Check it against the CMS letter "
                + "it came from. This is not damage to your records."), report.summary());
    }

    @Test
    @DisplayName("a plan on the Fridays, a stop, a plan after a stop or of another frequency: nothing to check")
    void onTheDayOrNoDayToKeep() {
        payments.savePlan(sam, new PaymentPlan(0, Money.ofPence(3820), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 4), "CMS letter dated 28 Aug 2026"));
        payments.savePlan(sam, new PaymentPlan(0, Money.ofPence(16000), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 1), "Private agreement"));
        payments.savePlan(sam, PaymentPlan.stopped(0, LocalDate.of(2026, 10, 20), "CMS letter"));
        payments.savePlan(sam, new PaymentPlan(0, Money.ofPence(3000), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 11, 3), "CMS letter"));

        CheckReport report = safety.check(Progress.NONE);

        assertEquals(List.of(), report.plansToCheck());
        assertEquals(report.summary().indexOf("payment plan"), -1, report.summary());
    }

    @Test
    @DisplayName("each plan to check is counted in the summary, case by case")
    void twoPlans() {
        payments.savePlan(sam, new PaymentPlan(0, Money.ofPence(3820), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 1), "CMS letter dated 28 Aug 2026"));
        // Monthly on the 4th, then a new amount from the 1st of a month.
        payments.savePlan(sam, new PaymentPlan(0, Money.ofPence(16000), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 4), ""));
        payments.savePlan(sam, new PaymentPlan(0, Money.ofPence(15000), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 11, 1), ""));

        CheckReport report = safety.check(Progress.NONE);

        assertEquals(2, report.plansToCheck().size(), report.plansToCheck().toString());
        assertEquals("Case 'Owed by Sam Reed': the payment plan of £150.00 first due on 1 Nov 2026. Payments have "
                + "been due on day 4 of each month. If the new amount starts on 1 Nov 2026, the first payment at the "
                + "new amount is due on Wednesday 4 Nov 2026. In that case, change its first due date to Wed 4 Nov "
                + "2026 on the Payments page, Payment plans tab. If 1 Nov 2026 is right, nothing needs doing.",
                report.plansToCheck().get(1));
        assertTrue(report.summary().endsWith("2 payment plans, listed below, start on a day when no payment was due "
                + "under the plan before them. That moves every later payment day too. Check each one against the CMS "
                + "letter it came from. This is not damage to your records."), report.summary());
    }
}
