package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.store.AppCorrections;
import uk.cml.store.CorrectedDays;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.ModelCase;

/**
 * A change re-says quick entry's words on the case's payments ("Arrived late" made "Part arrived" by a fee cut, taken
 * away by a bank holiday or by another payment). Undo of that change puts the records back as they were, so the words
 * must read as they did: true again of the records as restored, not left as the change made them. The version the
 * change re-said stays in the payment's history, and the words put back are told as the app's correction.
 * £51.87 a week under Collect and Pay from Sun 1 Nov 2026, at 4%; today is Sun 22 Nov 2026 (ModelCase.CLOCK).
 */
class UndoPutsQuickEntryWordsBackTest {

    static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    static final LocalDate EIGHTH = LocalDate.of(2026, 11, 8);
    static final LocalDate FIFTEENTH = LocalDate.of(2026, 11, 15);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 10);
    static final String LATE = "Arrived late (due 8 Nov 2026). Statement page 2";

    @TempDir
    Path folder;
    ModelCase parent;
    PaymentsModel payments;
    QuickEntryModel quick;

    private void open() {
        parent = new ModelCase(folder.resolve("data"), Arrangement.COLLECT_AND_PAY);
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

    private Payment find(long id) {
        return parent.services.payments.payments(parent.caseId).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow();
    }

    /** Quick entry's "Arrived late" for Sun 8 Nov, what was owed arriving on Tue 10 Nov, with the parent's words. */
    private long arrivedLateOnTuesday() {
        quick.choose(line(EIGHTH));
        quick.paidLate(Optional.of(TUESDAY));
        Payment late = parent.services.payments.payments(parent.caseId).get(0);
        parent.services.payments.correctPayment(parent.caseId, new Payment(late.id(), late.date(), late.amount(),
                late.method(), "", late.note() + ". Statement page 2", late.forDue()), Optional.empty());
        assertEquals(LATE, find(late.id()).note());
        return late.id();
    }

    private static CaseFile withFee(CaseFile k, BigDecimal percent) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), k.arrangement(),
                k.cmsReference(), k.children(), percent);
    }

    @Test
    void aFeeCutUndoneOnTheCasePageSaysArrivedLateAgain() {
        open();
        long late = arrivedLateOnTuesday();
        // The Case page's save of 2% from 1 Nov, and its Undo, as CaseView wires them.
        CaseFile before = parent.services.cases.find(parent.caseId).orElseThrow();
        MyDetails me = parent.services.cases.myDetails().orElseThrow();
        BigDecimal inForce = parent.services.cases.fee(parent.caseId).rateOn(FIRST);
        parent.services.cases.saveCorrections(me, withFee(before, new BigDecimal("2")), FIRST, ModelCase.TODAY,
                CorrectedDays.NONE);
        assertEquals("Part arrived (due 8 Nov 2026). Statement page 2", find(late).note(), "re-said at 2%");

        parent.services.cases.saveCorrections(me, withFee(before, inForce), FIRST, ModelCase.TODAY,
                new CorrectedDays(Optional.empty(), Optional.empty()));

        assertTrue(line(EIGHTH).lateBy(late), "at 4% again it finished the due, late");
        assertEquals(LATE, find(late).note());
        assertTrue(parent.services.payments.earlierVersions(Kind.PAYMENT, late).stream()
                .anyMatch(v -> v.columns().get("note").startsWith("Part arrived")), "the re-said version kept");
    }

    @Test
    void aBankHolidayUndoneSaysArrivedLateAgainAndSaysTheAppPutItBack() {
        open();
        long late = arrivedLateOnTuesday();
        long holiday = parent.services.bankHolidays.add(new AddedBankHoliday(0, parent.caseId, MONDAY, "Extra day"));
        assertEquals("Statement page 2", find(late).note(), "on time by Tue 10 Nov with the holiday");

        // Settings' Undo of a day added: it goes to the Bin.
        parent.services.bankHolidays.moveToBin(holiday);

        assertEquals(LATE, find(late).note());
        List<AppCorrections.AppCorrection> byTheApp = parent.services.payments.appCorrections(late);
        assertTrue(byTheApp.size() >= 2, "taken away, then put back: both the app's");
        String last = byTheApp.get(byTheApp.size() - 1).sentence();
        assertTrue(last.contains("put back"), last);
    }

    @Test
    void anotherPaymentUndoneSaysPartArrivedAgain() {
        // Quick entry's "Part arrived" of £40.00; £9.80 for the due the day before, added, finishes it with the
        // £40.00, so the words go; Undo of that payment moves it to the Bin, and the £40.00 is a part again.
        open();
        quick.choose(line(FIFTEENTH));
        quick.partPaid("40.00", Optional.of(FIFTEENTH));
        long part = parent.services.payments.payments(parent.caseId).get(0).id();
        long other = parent.services.payments.savePayment(parent.caseId, new Payment(0, FIFTEENTH.minusDays(1),
                Money.ofPence(9_80), PaymentMethod.THROUGH_CMS, "", "", Optional.of(FIFTEENTH)));
        assertEquals("", find(part).note());

        parent.services.payments.moveToBin(Kind.PAYMENT, other);

        assertEquals("Part arrived (due 15 Nov 2026)", find(part).note());
    }

    @Test
    void theParentsOwnCorrectionAfterTheAppsIsNotUndoneByIt() {
        // After the holiday took "Arrived late" away, the parent rewrites the note: their words are the note now,
        // and the holiday's Undo puts nothing of the app's back in front of them.
        open();
        long late = arrivedLateOnTuesday();
        long holiday = parent.services.bankHolidays.add(new AddedBankHoliday(0, parent.caseId, MONDAY, "Extra day"));
        Payment p = find(late);
        parent.services.payments.correctPayment(parent.caseId, new Payment(late, p.date(), p.amount(), p.method(),
                "", "Bank statement page 2, seen", p.forDue()), Optional.empty());

        parent.services.bankHolidays.moveToBin(holiday);

        assertEquals("Bank statement page 2, seen", find(late).note());
    }
}
