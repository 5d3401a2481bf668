package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * The records of the moved-case letter tests, in a real data folder: Sam Taylor is owed £210.50 on the 1st of each
 * month from 1 Sep 2026 by Jordan Reed, paid by bank transfer in September only, under Direct Pay until the case moved
 * to Collect and Pay on {@code moved}; the app's clock says 10:15 on {@code today}.
 */
record MovedCase(AppServices services, long caseId) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static MovedCase open(Path folder, LocalDate today, LocalDate moved) {
        return open(folder, today, moved, Arrangement.DIRECT_PAY, Arrangement.COLLECT_AND_PAY);
    }

    /** The same records, arranged as {@code from} until the case moved to {@code to} on {@code moved}. */
    static MovedCase open(Path folder, LocalDate today, LocalDate moved, Arrangement from, Arrangement to) {
        MovedCase before = arranged(folder, today, from);
        AppServices services = before.services();
        long caseId = before.caseId();
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(210_50), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 9, 1), "CMS calculation letter"));
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 9, 1), Money.ofPence(210_50),
                PaymentMethod.BANK_TRANSFER, "", ""));
        CaseFile saved = services.cases.find(caseId).orElseThrow();
        services.cases.update(new CaseFile(caseId, saved.otherParentName(), saved.otherParentAddress(),
                saved.otherParentWork(), to, saved.cmsReference(), saved.children(),
                saved.collectionFeePercent()), moved, moved);
        return new MovedCase(services, caseId);
    }

    /** The same parents and child under Direct Pay, not moved, with no payment plan yet. */
    static MovedCase directPay(Path folder, LocalDate today) {
        return arranged(folder, today, Arrangement.DIRECT_PAY);
    }

    /** The same parents and child, arranged as {@code arrangement}, not moved, with no payment plan yet. */
    static MovedCase arranged(Path folder, LocalDate today, Arrangement arrangement) {
        AppServices services = AppServices.open(folder.resolve("data"),
                Clock.fixed(today.atTime(10, 15).atZone(LONDON).toInstant(), LONDON));
        CaseFile first = CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane", "Bradford")
                .arrangement(arrangement).cmsReference("1212 3456 7890").build();
        return new MovedCase(services, services.cases.completeSetup(TestParents.samTaylor(), first));
    }
}
