package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;

/**
 * A file attached to a record after a letter was made from it (a bank statement's photo to a payment, the scan of a
 * CMS letter) is saved as a correction with its history, but changes nothing the letter says: the letter is not
 * marked "records changed since it was made", and the Overview does not ask for it to be made again. A change to
 * what the record says still marks it.
 */
class AttachingAFileIsNoChangeToALetterTest extends WithLettersMadeBeforeChanges {

    DocumentRecordStore documents;

    AttachingAFileIsNoChangeToALetterTest() {
        super("2026-12-01T10:00:00Z");
    }

    @BeforeEach
    void stores() {
        documents = records.documents();
    }

    private long statement() throws Exception {
        Path pdf = folder.resolve("statement.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        return documents.add(caseId, pdf, "Bank statement").document().id();
    }

    private long arrearsReport() {
        return sent.save(new SentLetter(0, caseId, LocalDate.of(2026, 12, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    @Test
    void aStatementAttachedToAPaymentAfterTheLetterLeavesItAsMade() throws Exception {
        Payment paid = new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(50), PaymentMethod.BANK_TRANSFER,
                "J REED", "", Optional.empty());
        long id = payments.savePayment(caseId, paid, Optional.empty());
        long statement = statement();
        later();
        long letter = arrearsReport();
        later();
        payments.attachEvidence(id, Optional.of(statement));
        assertEquals(Optional.of(statement), payments.evidenceOf(id), "attached, as a correction");
        assertEquals(Map.of(), sent.changedSinceMade(caseId), "the letter says what it said");

        later();
        Payment corrected = payments.payments(caseId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        payments.correctPayment(caseId, new Payment(id, corrected.date(), Money.ofPounds(45), corrected.method(),
                corrected.reference(), corrected.note(), corrected.forDue()), Optional.of(statement));
        assertEquals(Set.of(RecordArea.PAYMENTS), sent.changedSinceMade(caseId).get(letter).areas(),
                "a payment's amount corrected is still a change");
    }
}
