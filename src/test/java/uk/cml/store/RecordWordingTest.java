package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.todo.TodoItem;

/**
 * The words the timeline, the pack's chronology and the to-do list make for a due with nothing received and for a
 * document, as the walk-through read them: "Matched to it by date: No payment." and "Document: Document added: ...".
 */
class RecordWordingTest extends WithJordanReedsCase {

    @TempDir
    Path parentsFiles;
    PaymentStore payments;
    DocumentRecordStore documents;
    CaseStore cases;

    @BeforeEach
    void open() {
        cases = records.cases();
        payments = records.payments();
        documents = records.documents();
        payments.savePlan(caseId, PaymentStoreTest.WEEKLY);
    }

    @Test
    void aDueWithNothingReceivedDoesNotQuoteNoPaymentAsWhatArrived() {
        List<TimelineEntry> dues = payments.timeline(caseId, PaymentStoreTest.TODAY).stream()
                .filter(e -> e.kind() == TimelineKind.PAYMENT_DUE).toList();
        assertEquals("£43.21, nothing arrived for it", dues.get(0).title());
        assertEquals("Maintenance due (weekly). Money is counted towards the payment due when it arrived, "
                    + "or the one it was recorded as being for; the CMS may count it differently.", dues.get(0).detail());
    }

    @Test
    void theToDoListSaysNothingArrivedWithoutQuotingNoPayment() {
        long monthly = cases.create(CaseStoreTest.aCase());
        payments.savePlan(monthly, new PaymentPlan(0, Money.ofPence(200_00), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 11, 15), "CMS letter"));
        List<String> todos = payments.todos(monthly, PaymentStoreTest.TODAY).stream().map(TodoItem::what).toList();
        assertFalse(todos.stream().anyMatch(t -> t.contains("No payment")), todos.toString());
        // Under Direct Pay, with nothing recorded, the one to-do for the due asks for the money first.
        assertEquals(List.of("No money is recorded for the 1 payment due since 15 Nov 2026. If some arrived, record it "
                + "on the Payments page first. If nothing arrived, £200.00 is owed. Under Direct Pay the CMS only "
                + "knows if you tell it: write to the CMS about the missed payments."), todos);
    }

    @Test
    void aDocumentIsNamedOnceItsKindSaysDocument() throws Exception {
        Path photo = TestFiles.png(parentsFiles.resolve("cert.png"), 10);
        documents.add(caseId, photo, "Certificate of posting");
        TimelineEntry entry = documents.timeline(caseId).get(0);
        assertEquals(TimelineKind.DOCUMENT, entry.kind());
        assertEquals("cert.png", entry.title(), "shown after its kind: \"Document: cert.png\"");
    }
}
