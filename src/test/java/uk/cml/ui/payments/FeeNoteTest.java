package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.NiNumber;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.FeeBasis;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.WorkSituation;

/**
 * The Payments page's figure after the Collect and Pay fee, on real SQLite files, against the After fee column added
 * up by hand. Today Fri 4 Dec 2026; £100.00 due monthly on the 10th from 10 Jan 2026: 11 dues, Jan to Nov.
 */
class FeeNoteTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    private static final PaymentPlan MONTHLY = new PaymentPlan(0, m("100.00"), PaymentFrequency.MONTHLY,
            LocalDate.of(2026, 1, 10), "CMS letter");

    @TempDir
    Path folder;

    @Test
    @DisplayName("Moved from Direct Pay to Collect and Pay on 1 Jul, nothing paid: £1,056.00 if the CMS collects it all")
    void aMoveToCollectAndPay() {
        try (AppServices app = AppServices.open(folder, CLOCK)) {
            long id = app.cases.completeSetup(me(), aCase(Arrangement.DIRECT_PAY));
            app.payments.savePlan(id, MONTHLY);
            CaseFile k = app.cases.cases().get(0);
            app.cases.update(with(k, Arrangement.COLLECT_AND_PAY, k.collectionFeePercent()),
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));
            // The CMS's figure after its fee as at 30 Nov, leaving the 6 Direct Pay dues whole (to be paid to the
            // parent directly), 5 at 4% = 5 x £96.00: still no difference, and the words say how it matched.
            app.payments.saveAdjustment(id, new Adjustment(0, LocalDate.of(2026, 11, 30),
                    AdjustmentKind.CMS_CONFIRMED_FIGURE, m("1080.00"), "CMS letter", FeeBasis.AFTER_FEE));
            ArrearsSchedule s = app.payments.schedule(id, TODAY);

            assertEquals(m("1100.00"), s.owedOnPassedDues(), "what Jordan owes, unchanged");
            assertEquals(m("1080.00"), column(s), "600 + 5 x 96: the column has no fee on Direct Pay days' dues");
            // The CMS takes its fee from what it collects: the six Direct Pay dues too, 11 x £96.00.
            assertEquals(m("1056.00"), s.owedOnPassedDuesAfterFee());
            assertEquals(m("600.00"), s.owedOnPassedDuesCollectedFromOtherDays());
            assertEquals(m("1080.00"), s.owedOnPassedDuesAfterFeeWithOtherDaysWhole());
            assertEquals(Money.ZERO, s.owedOnPassedDuesWithoutFee());
            CmsDifference d = s.cmsDifference().orElseThrow();
            assertEquals(m("1080.00"), d.appFigure());
            assertTrue(d.difference().isZero(), d.describe());
            assertTrue(d.describe().endsWith("This record matches the CMS's figure with no fee on the £600.00 that fell "
                    + "due before the case was under Collect and Pay, as if that part is paid to you directly."),
                    d.describe());
            assertEquals("£1,100.00 is what Jordan Reed owes, before the Collect and Pay fee. If the CMS collects all "
                    + "of it, you should receive about £1,056.00: the CMS takes its fee from everything it collects, "
                    + "and that includes the £600.00 that fell due before the case was under Collect and Pay. If that "
                    + "£600.00 is paid to you directly instead, no fee is taken from it and you should receive about "
                    + "£1,080.00. The fee is rounded to the penny on each payment, so it can differ by a few pence.",
                    PaymentsView.feeNote(s, "Jordan Reed"));
        }
    }

    @Test
    @DisplayName("All of it owed from before Collect and Pay: said once, with both figures")
    void allOfItFromBeforeTheMove() {
        try (AppServices app = AppServices.open(folder, CLOCK)) {
            long id = app.cases.completeSetup(me(), aCase(Arrangement.DIRECT_PAY));
            app.payments.savePlan(id, MONTHLY);
            // Nov's due paid directly: Jan to Oct (10 dues) owed; moved on 1 Dec, no due since.
            app.payments.addPayments(id, List.of(new Payment(0, LocalDate.of(2026, 11, 10), m("100.00"),
                    PaymentMethod.BANK_TRANSFER, "", "")));
            CaseFile k = app.cases.cases().get(0);
            app.cases.update(with(k, Arrangement.COLLECT_AND_PAY, k.collectionFeePercent()),
                    LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
            ArrearsSchedule s = app.payments.schedule(id, TODAY);

            assertEquals(m("1000.00"), s.owedOnPassedDues());
            assertEquals(m("960.00"), s.owedOnPassedDuesAfterFee());
            assertEquals("£1,000.00 is what Jordan Reed owes, before the Collect and Pay fee. All of it fell due "
                    + "before the case was under Collect and Pay. If the CMS collects it, you should receive about "
                    + "£960.00: the CMS takes its fee from everything it collects. If it is paid to you directly "
                    + "instead, no fee is taken and you should receive all £1,000.00. The fee is rounded to the penny "
                    + "on each payment, so it can differ by a few pence.", PaymentsView.feeNote(s, "Jordan Reed"));
        }
    }

    @Test
    @DisplayName("Moved from a private arrangement to Collect and Pay: the private arrears never have the fee")
    void aMoveFromAPrivateArrangement() {
        try (AppServices app = AppServices.open(folder, CLOCK)) {
            long id = app.cases.completeSetup(me(), aCase(Arrangement.PRIVATE));
            app.payments.savePlan(id, MONTHLY);
            CaseFile k = app.cases.cases().get(0);
            app.cases.update(with(k, Arrangement.COLLECT_AND_PAY, k.collectionFeePercent()),
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));
            ArrearsSchedule s = app.payments.schedule(id, TODAY);

            // Six private dues the CMS cannot collect (seed 000), whole; five at 4%.
            assertEquals(m("1100.00"), s.owedOnPassedDues());
            assertEquals(m("1080.00"), s.owedOnPassedDuesAfterFee());
            assertEquals(Money.ZERO, s.owedOnPassedDuesCollectedFromOtherDays());
            assertEquals(m("600.00"), s.owedOnPassedDuesWithoutFee());
            assertTrue(PaymentsView.feeNote(s, "Jordan Reed").endsWith("No fee is taken on the £600.00 of it that "
                    + "fell due while the case was not under Collect and Pay."), PaymentsView.feeNote(s, "Jordan Reed"));
        }
    }

    @Test
    @DisplayName("Fee cut from 4% to 2% on 1 Jul: old unpaid dues keep their £96.00, £678.00 as the column")
    void aFeeCut() {
        try (AppServices app = AppServices.open(folder, CLOCK)) {
            long id = app.cases.completeSetup(me(), aCase(Arrangement.COLLECT_AND_PAY));
            app.payments.savePlan(id, MONTHLY);
            // Passed on: £96.00 on 11 May (4%), £98.00 on 10 Jul and £196.00 on 10 Aug (2%): £400.00 collected.
            app.payments.addPayments(id, List.of(paid(5, 11, "96.00"), paid(7, 10, "98.00"), paid(8, 10, "196.00")));
            CaseFile k = app.cases.cases().get(0);
            app.cases.update(with(k, k.arrangement(), new BigDecimal("2")), LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 7, 1));
            ArrearsSchedule s = app.payments.schedule(id, TODAY);

            assertEquals(m("700.00"), s.owedOnPassedDues());
            // Short by the lines: four dues of Jan to Jun at 4% (4 x 96) and three from Jul at 2% (3 x 98).
            assertEquals(m("678.00"), column(s));
            assertEquals(m("678.00"), s.owedOnPassedDuesAfterFee(), "not 2% of £700.00 (£686.00)");
            assertEquals(Money.ZERO, s.owedOnPassedDuesWithoutFee());
            assertTrue(PaymentsView.feeNote(s, "Jordan Reed").contains("about £678.00 of it"));
        }
    }

    @Test
    @DisplayName("Part of a due owed: that part less the due's fee on it")
    void partOfADue() {
        try (AppServices app = AppServices.open(folder, CLOCK)) {
            long id = app.cases.completeSetup(me(), aCase(Arrangement.COLLECT_AND_PAY));
            app.payments.savePlan(id, new PaymentPlan(0, m("51.87"), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 10, 1), "CMS letter"));
            // Oct's and Dec's £49.80 arrived; of Nov's, £20.00 passed on (£20.83 collected): £31.04 owed on Nov's.
            app.payments.addPayments(id, List.of(paid(10, 1, "49.80"), paid(11, 2, "20.00"), paid(12, 1, "49.80")));
            ArrearsSchedule s = app.payments.schedule(id, TODAY);

            assertEquals(m("31.04"), s.owedOnPassedDues());
            // 4% of 3,104p = 124.16p -> 124p: £29.80.
            assertEquals(m("29.80"), s.owedOnPassedDuesAfterFee());
            assertTrue(PaymentsView.feeNote(s, "Jordan Reed").contains("about £29.80"));
        }
    }

    private static Money column(ArrearsSchedule s) {
        Money sum = Money.ZERO;
        for (ScheduleLine line : s.lines()) {
            sum = line.shortBy().equals(line.due()) ? sum.plus(line.expected()) : sum;
        }
        return sum;
    }

    private static Money m(String s) {
        return Money.of(new BigDecimal(s));
    }

    private static Payment paid(int month, int day, String amount) {
        return new Payment(0, LocalDate.of(2026, month, day), m(amount), PaymentMethod.THROUGH_CMS, "", "");
    }

    private static CaseFile with(CaseFile k, Arrangement arrangement, BigDecimal fee) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), fee);
    }

    private static MyDetails me() {
        return new MyDetails("Sam Taylor", new PostalAddress(List.of("14 Orchard Close", "Leeds"), "LS6 2AB"), "", "",
                Optional.of(NiNumber.parse("AB123456C").value()));
    }

    private static CaseFile aCase(Arrangement arrangement) {
        return new CaseFile(0, "Jordan Reed", Optional.empty(), WorkSituation.EMPLOYED, arrangement,
                Optional.of(CmsReference.parse("121234567890").value()),
                List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4"));
    }
}
