package uk.cml.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.CmsReference;
import uk.cml.domain.NiNumber;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.store.StoreException;

/**
 * A realistic, made-up case for screenshots, demos and benchmarks. Every name and number is invented. The usual case
 * is on Direct Pay with calls, letters and a complaint; the Collect and Pay case ({@code sample-data
 * --collect-and-pay}) has only its payments, passed on by the CMS less its 4% fee, one of them late and a month begun
 * in credit (see {@link SampleHistory#collectAndPay}).
 */
final class SampleData {

    private static final BigDecimal FEE_PERCENT = new BigDecimal("4");

    private final AppServices services;
    private final int years;
    private final int payments;
    private final boolean collectAndPay;

    /** @param payments 0 for a realistic history; otherwise exactly this many payments (for the benchmark) */
    SampleData(AppServices services, int years, int payments) {
        this(services, years, payments, false);
    }

    /** @param collectAndPay the Collect and Pay case (its payments only) instead of the Direct Pay one; payments 0 */
    SampleData(AppServices services, int years, int payments, boolean collectAndPay) {
        this.services = services;
        this.years = years;
        this.payments = payments;
        this.collectAndPay = collectAndPay;
    }

    void fill() {
        if (!services.cases.cases().isEmpty()) {
            throw new StoreException("That folder already has records in it. Sample data goes only into an empty "
                    + "folder, so nothing real is ever mixed with made-up records.");
        }
        MyDetails me = new MyDetails("Sam Taylor", new PostalAddress(List.of("14 Orchard Close", "Headingley", "Leeds"),
                "LS6 2AB"), "07700 900123", "sam.taylor@example.com", Optional.of(NiNumber.parse("AB123456C").value()));
        LocalDate today = LocalDate.now(services.clock);
        CaseFile caseFile = new CaseFile(0, "Jordan Reed",
                Optional.of(new PostalAddress(List.of("3 Mill Lane", "Bradford"), "BD1 4QT")), WorkSituation.EMPLOYED,
                collectAndPay ? Arrangement.COLLECT_AND_PAY : Arrangement.DIRECT_PAY, Optional.of(CmsReference.parse("1212 3456 7890").value()),
                List.of(new Child(0, "Mia", today.minusYears(years + 6).withDayOfMonth(14)),
                        new Child(0, "Leo", today.minusYears(years + 2).withDayOfMonth(2))),
                FEE_PERCENT);
        long caseId = services.cases.completeSetup(me, caseFile);
        SampleHistory history = collectAndPay ? SampleHistory.collectAndPay(today, years, FEE_PERCENT, 20_261_122L)
                : payments == 0 ? SampleHistory.realistic(today, years, 20_261_122L)
                : SampleHistory.many(today, years, payments, 20_261_122L);
        history.plans().forEach(plan -> services.payments.savePlan(caseId, plan));
        services.payments.addPayments(caseId, history.payments());
        history.adjustments().forEach(adjustment -> services.payments.saveAdjustment(caseId, adjustment));
        if (payments == 0 && !collectAndPay) {
            new SampleEvidence(services, today).fill(caseId);
            SampleStanding.fill(services, caseId, today);
        }
    }
}
