package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;

@DisplayName("Evidence attached to a payment")
class PaymentEvidenceTest extends WithJordanReedsCase {

    PaymentStore payments;
    DocumentRecordStore documents;
    long statementId;

    @BeforeEach
    void open() throws Exception {
        payments = records.payments();
        documents = records.documents();
        Path statement = TestFiles.png(Files.createDirectories(folder.resolve("mine")).resolve("statement.png"), 30);
        statementId = documents.add(caseId, statement, "Bank statement").document().id();
    }

    private static Payment payment(long id, long pence) {
        return new Payment(id, LocalDate.of(2026, 11, 2), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER,
                "JR MAINT", "");
    }

    @Test
    @DisplayName("a payment saved with a bank statement points at that document, and one saved without has none")
    void savedWithEvidence() {
        long withStatement = payments.savePayment(caseId, payment(0, 43_21), Optional.of(statementId));
        long without = payments.savePayment(caseId, payment(0, 10_00));

        assertEquals(Optional.of(statementId), payments.evidenceOf(withStatement));
        assertEquals(Optional.empty(), payments.evidenceOf(without));
        assertEquals(java.util.Set.of(withStatement), payments.paymentsWithEvidence(caseId));
        assertEquals("statement.png", documents.find(payments.evidenceOf(withStatement).orElseThrow())
                .orElseThrow().originalName());
    }

    @Test
    @DisplayName("a correction without evidence leaves the evidence as it was; the arrears still see the payment")
    void correctionKeepsEvidence() {
        long id = payments.savePayment(caseId, payment(0, 43_21), Optional.of(statementId));

        payments.savePayment(caseId, payment(id, 40_00));

        assertEquals(Optional.of(statementId), payments.evidenceOf(id));
        assertEquals(Money.ofPence(40_00), payments.payments(caseId).get(0).amount());
    }

    @Test
    @DisplayName("attaching and removing evidence keeps each earlier version, with the evidence it had")
    void attachingKeepsHistory() {
        long id = payments.savePayment(caseId, payment(0, 43_21));

        payments.attachEvidence(id, Optional.of(statementId));
        payments.attachEvidence(id, Optional.empty());

        assertEquals(Optional.empty(), payments.evidenceOf(id));
        List<History.EarlierVersion> versions = payments.earlierVersions(PaymentStore.Kind.PAYMENT, id);
        assertEquals(2, versions.size());
        assertEquals(null, versions.get(0).columns().get("evidence_document_id"));
        assertEquals(String.valueOf(statementId), versions.get(1).columns().get("evidence_document_id"));
    }

    @Test
    @DisplayName("evidence for a payment that does not exist is refused with a plain message")
    void unknownPayment() {
        StoreException refused = assertThrows(StoreException.class,
                () -> payments.attachEvidence(999, Optional.of(statementId)));
        assertEquals(true, refused.getMessage().startsWith("That payment could not be found"));
    }
}
