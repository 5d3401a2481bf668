package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.store.History;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.ModelCase;

/**
 * The reviewer's find: under Collect and Pay, £247.08 recorded with "Part arrived" for the due of 30 Sep and then
 * corrected to £274.08 (all of the £285.50 due after the 4% fee) read "Arrived in full" everywhere, but its note, the
 * app's own words, still said "Part arrived (due 30 Sep 2026)" on the Payments page and in Payments.csv. Here on a
 * real records file: £51.87 a week under Collect and Pay, £49.80 reaching the parent after the fee.
 */
class QuickEntryCorrectedTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 15);

    @TempDir
    Path folder;
    ModelCase parent;
    PaymentsModel payments;
    QuickEntryModel quick;

    @BeforeEach
    void open() {
        parent = new ModelCase(folder.resolve("data"), Arrangement.COLLECT_AND_PAY);
        parent.services.payments.savePlan(parent.caseId, new PaymentPlan(0, Money.ofPence(51_87),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "CMS letter"));
        payments = new PaymentsModel(parent.services.payments, null, parent.jobs, ModelCase.CLOCK,
                parent.currentCase);
        quick = new QuickEntryModel(payments);
        parent.choose();
    }

    @AfterEach
    void close() {
        parent.close();
    }

    private ScheduleLine due() {
        return payments.now().orElseThrow().schedule().lines().stream().filter(line -> line.date().equals(DUE))
                .findFirst().orElseThrow();
    }

    /** The one payment, after quick entry's "Part arrived" of {@code amount}. */
    private Payment partArrived(String amount) {
        quick.choose(due());
        quick.partPaid(amount, Optional.of(DUE));
        List<Payment> saved = parent.services.payments.payments(parent.caseId);
        assertEquals(1, saved.size(), quick.problem().get());
        return saved.get(0);
    }

    /** The payment corrected as the Payments received form saves it: its answers, with the note as it showed. */
    private Payment correct(Payment payment, Money amount, String note) {
        parent.services.payments.correctPayment(parent.caseId, new Payment(payment.id(), payment.date(), amount,
                payment.method(), payment.reference(), note, payment.forDue()), Optional.empty());
        payments.reload();
        return parent.services.payments.payments(parent.caseId).get(0);
    }

    private String paymentsCsv() throws Exception {
        Path out = folder.resolve("csv");
        parent.services.safety.csvExport().exportCase(parent.caseId, out);
        return Files.readString(out.resolve("Payments.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void correctedToAllThatWasOwedItNoLongerSaysPartArrivedAndItsFirstVersionIsKept() throws Exception {
        Payment part = partArrived("40.00");
        assertEquals("Part arrived (due 15 Nov 2026)", part.note(), "quick entry's words, as first written");

        Payment full = correct(part, Money.ofPence(49_80), part.note());

        assertTrue(due().statusText().startsWith("Arrived in full"), due().statusText());
        assertFalse(full.note().contains("Part arrived"), full.note());
        assertEquals("", full.note());
        assertFalse(paymentsCsv().contains("Part arrived"), paymentsCsv());
        // A correction with history: what was first entered is kept, words and all.
        List<History.EarlierVersion> earlier = parent.services.payments.earlierVersions(Kind.PAYMENT, part.id());
        assertEquals(1, earlier.size());
        assertEquals("Part arrived (due 15 Nov 2026)", earlier.get(0).columns().get("note"));
        assertEquals("4000", earlier.get(0).columns().get("amount_pence"));
    }

    @Test
    void theParentsOwnWordsAfterThemAreKept() {
        Payment part = partArrived("40.00");
        Payment typed = correct(part, part.amount(), part.note() + ". The CMS said the rest is on its way.");
        assertEquals("Part arrived (due 15 Nov 2026). The CMS said the rest is on its way.", typed.note(),
                "still part: the app's words stay true, the parent's are theirs");

        Payment full = correct(typed, Money.ofPence(49_80), typed.note());
        assertEquals(". The CMS said the rest is on its way.".substring(2), full.note(),
                "only the app's words go; the parent's stay");
    }

    @Test
    void stillAPartAfterTheCorrectionItStillSaysSo() {
        Payment part = partArrived("40.00");
        assertEquals("Part arrived (due 15 Nov 2026)", correct(part, Money.ofPounds(45), part.note()).note());
    }

    @Test
    void wordsTheParentRewroteAreTheirs() {
        Payment part = partArrived("40.00");
        assertEquals("Some arrived", correct(part, Money.ofPence(49_80), "Some arrived").note());
    }
}
