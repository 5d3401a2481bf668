package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.CorrectedDays;
import uk.cml.store.History;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.ModelCase;

/**
 * Quick entry's words ("Part arrived (due 15 Nov 2026)", "Arrived late (due 8 Nov 2026)") are about how the records
 * count the payment's money, and that depends on more than payments: the CMS fee (a payment through the CMS is worked
 * back to what the CMS collected at the rate of its day), the arrangement (a due under Collect and Pay "arrived", one
 * paid direct was "paid") and the bank holidays (a due on a weekend is on time by the next working day). A change to
 * any of them on the Case page or in Settings re-says the words as a change to another payment does (the one rule,
 * the one app correction): the parent's own words kept, the version with the old words kept in the history. Until
 * then the note, which the evidence pack prints, said what the Payments page beside it no longer did.
 * £51.87 a week from Sun 1 Nov 2026; today is Sun 22 Nov 2026 (ModelCase.CLOCK).
 */
class CaseAndCalendarResayQuickEntryWordsTest {

    static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    static final LocalDate EIGHTH = LocalDate.of(2026, 11, 8);
    static final LocalDate FIFTEENTH = LocalDate.of(2026, 11, 15);
    /** Tue 10 Nov: a day after Mon 9 Nov, the day the due of Sun 8 Nov was on time by. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 10);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    @TempDir
    Path folder;
    ModelCase parent;
    PaymentsModel payments;
    QuickEntryModel quick;

    private void open(Arrangement arrangement) {
        parent = new ModelCase(folder.resolve("data"), arrangement);
        // Days late from the due itself, as these cases were worked: no days allowed for the CMS to pass money on.
        parent.services.standing.correctFact("collect_and_pay.pass_on.working_days", "0",
                "The dates entered are when the money reaches me", java.util.Optional.of(ModelCase.TODAY));
        parent.services.payments.savePlan(parent.caseId, new PaymentPlan(0, Money.ofPence(51_87),
                PaymentFrequency.WEEKLY, FIRST, "CMS letter"));
        payments = new PaymentsModel(parent.services.payments, null, parent.jobs, ModelCase.CLOCK,
                parent.currentCase);
        quick = new QuickEntryModel(payments);
        parent.choose();
    }

    @AfterEach
    void close() {
        if (parent != null) {
            parent.close();
        }
    }

    private ScheduleLine line(LocalDate day) {
        payments.reload();
        return payments.now().orElseThrow().schedule().lines().stream().filter(l -> l.date().equals(day))
                .findFirst().orElseThrow();
    }

    private Payment only() {
        List<Payment> all = parent.services.payments.payments(parent.caseId);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private Payment find(long id) {
        return parent.services.payments.payments(parent.caseId).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow();
    }

    /** Quick entry's "Arrived late" for Sun 8 Nov, what was owed arriving on Tue 10 Nov, with the parent's words. */
    private long arrivedLateOnTuesday() {
        quick.choose(line(EIGHTH));
        quick.paidLate(Optional.of(TUESDAY));
        Payment late = only();
        assertEquals("Arrived late (due 8 Nov 2026)", late.note());
        parent.services.payments.correctPayment(parent.caseId, new Payment(late.id(), late.date(), late.amount(),
                late.method(), "", late.note() + ". Statement page 2", late.forDue()), Optional.empty());
        return late.id();
    }

    /** The Case page's save: the parent's details as they are, the case as {@code changed}. */
    private void saveCase(CaseFile changed, LocalDate from) {
        parent.services.cases.saveCorrections(parent.services.cases.myDetails().orElseThrow(), changed, from, from,
                CorrectedDays.NONE);
    }

    private CaseFile theCase() {
        return parent.services.cases.find(parent.caseId).orElseThrow();
    }

    private static CaseFile withFee(CaseFile k, String percent) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), k.arrangement(),
                k.cmsReference(), k.children(), new BigDecimal(percent));
    }

    private static CaseFile withArrangement(CaseFile k, Arrangement arrangement) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), k.collectionFeePercent());
    }

    @Test
    void aFeeChangedOnTheCasePageSoTheLateMoneyNoLongerPaysTheDueSaysPartArrived() {
        // £49.80 reached the parent: at 4% the CMS collected £51.87, the whole due. The parent then records the cut to
        // 2% from 1 Nov: the £49.80 is worked back to £50.82, short of the due, which the Payments page now shows.
        open(Arrangement.COLLECT_AND_PAY);
        long late = arrivedLateOnTuesday();
        assertTrue(line(EIGHTH).completedBy() == late, "at 4% it paid the due");

        saveCase(withFee(theCase(), "2"), FIRST);

        assertTrue(line(EIGHTH).completedBy() != late, "at 2% it no longer does");
        assertEquals("Part arrived (due 8 Nov 2026). Statement page 2", find(late).note());
        List<History.EarlierVersion> earlier = parent.services.payments.earlierVersions(Kind.PAYMENT, late);
        assertEquals("Arrived late (due 8 Nov 2026). Statement page 2",
                earlier.get(earlier.size() - 1).columns().get("note"), "the version with the old words is kept");
        assertFalse(parent.services.payments.appCorrections(late).isEmpty(), "said to be the app's correction");
    }

    @Test
    void theDayTheLatestFeeBeganCorrectedOnTheCasePageReSaysTheWordsToo() {
        // The cut to 2% was recorded from 20 Nov; the CMS's letter says 1 Nov: the parent corrects the day alone.
        open(Arrangement.COLLECT_AND_PAY);
        long late = arrivedLateOnTuesday();
        saveCase(withFee(theCase(), "2"), LocalDate.of(2026, 11, 20));
        assertEquals("Arrived late (due 8 Nov 2026). Statement page 2", find(late).note(), "not yet: 2% from 20 Nov");

        parent.services.cases.saveCorrections(parent.services.cases.myDetails().orElseThrow(), theCase(),
                ModelCase.TODAY, ModelCase.TODAY, new CorrectedDays(Optional.empty(), Optional.of(FIRST)));

        assertEquals("Part arrived (due 8 Nov 2026). Statement page 2", find(late).note());
    }

    @Test
    void anArrangementChangedOnTheCasePageReSaysPartPaidAsPartArrived() {
        // Under Direct Pay quick entry said "Part paid"; the case was in fact under Collect and Pay from 1 Nov, and
        // the Payments page now says the due "Part arrived".
        open(Arrangement.DIRECT_PAY);
        quick.choose(line(FIFTEENTH));
        quick.partPaid("20.00", Optional.of(FIFTEENTH));
        long part = only().id();
        assertEquals("Part paid (due 15 Nov 2026)", find(part).note());

        saveCase(withArrangement(theCase(), Arrangement.COLLECT_AND_PAY), FIRST);

        assertTrue(line(FIFTEENTH).collectAndPay());
        assertEquals("Part arrived (due 15 Nov 2026)", find(part).note());
    }

    @Test
    void aBankHolidayAddedOnTheDayTheDueWasOnTimeByTakesArrivedLateAway() {
        // Mon 9 Nov made a bank holiday: the due of Sun 8 Nov was on time by Tue 10 Nov, the day the money came.
        open(Arrangement.COLLECT_AND_PAY);
        long late = arrivedLateOnTuesday();

        parent.services.bankHolidays.add(new AddedBankHoliday(0, parent.caseId, MONDAY, "Extra day"));

        assertFalse(line(EIGHTH).lateBy(late), "on time now");
        assertEquals("Statement page 2", find(late).note(), "the app's words untrue now; the parent's kept");
    }

    @Test
    void aBankHolidayCorrectedOntoTheDayTheDueWasOnTimeByTakesArrivedLateAway() {
        open(Arrangement.COLLECT_AND_PAY);
        long late = arrivedLateOnTuesday();
        long holiday = parent.services.bankHolidays.add(new AddedBankHoliday(0, parent.caseId,
                LocalDate.of(2026, 11, 2), "Extra day"));
        assertEquals("Arrived late (due 8 Nov 2026). Statement page 2", find(late).note());

        parent.services.bankHolidays.correct(new AddedBankHoliday(holiday, parent.caseId, MONDAY, "Extra day"));

        assertEquals("Statement page 2", find(late).note());
    }

    @Test
    void aBankHolidayPutBackFromTheBinTakesArrivedLateAway() {
        open(Arrangement.COLLECT_AND_PAY);
        long holiday = parent.services.bankHolidays.add(new AddedBankHoliday(0, parent.caseId, MONDAY, "Extra day"));
        parent.services.bankHolidays.moveToBin(holiday);
        long late = arrivedLateOnTuesday();

        parent.services.bankHolidays.restore(holiday);

        assertEquals("Statement page 2", find(late).note());
    }

    @Test
    void aBankHolidayIsTheCountrysSoEveryCasesWordsAreReSaid() {
        // A second case, not the one open when the day was added: its words are re-said too.
        open(Arrangement.COLLECT_AND_PAY);
        long other = parent.services.cases.create(withFee(theCase(), "4").withId(0));
        parent.services.payments.savePlan(other, new PaymentPlan(0, Money.ofPence(51_87), PaymentFrequency.WEEKLY,
                FIRST, "CMS letter"));
        long late = parent.services.payments.savePayment(other, new Payment(0, TUESDAY, Money.ofPence(49_80),
                PaymentMethod.THROUGH_CMS, "", "Arrived late (due 8 Nov 2026)", Optional.of(EIGHTH)));

        parent.services.bankHolidays.add(new AddedBankHoliday(0, parent.caseId, MONDAY, "Extra day"));

        assertEquals("", parent.services.payments.payments(other).stream().filter(p -> p.id() == late).findFirst()
                .orElseThrow().note());
    }

    @Test
    void aBankHolidayRemovedLeavesTrueWordsAsTheyAre() {
        // Removing a day only makes money later: "Arrived late" stays true and nothing is re-said or kept.
        open(Arrangement.COLLECT_AND_PAY);
        long holiday = parent.services.bankHolidays.add(new AddedBankHoliday(0, parent.caseId,
                LocalDate.of(2026, 11, 2), "Extra day"));
        long late = arrivedLateOnTuesday();
        int versions = parent.services.payments.earlierVersions(Kind.PAYMENT, late).size();

        parent.services.bankHolidays.moveToBin(holiday);

        assertEquals("Arrived late (due 8 Nov 2026). Statement page 2", find(late).note());
        assertEquals(versions, parent.services.payments.earlierVersions(Kind.PAYMENT, late).size());
    }
}
