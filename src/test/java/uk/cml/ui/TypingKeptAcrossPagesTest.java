package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Child;

/**
 * Going to another page and back with a form half filled in: what the parent typed is still there, on every page
 * with a form, neither asked about nor saved.
 */
class TypingKeptAcrossPagesTest extends WithTheApp {

    @BeforeEach
    void aParentWithACase() throws Exception {
        withJordanReedsCase((services, caseId) -> {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                    LocalDate.of(2026, 11, 1), "Private agreement"));
            services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8), Money.ofPence(43_21),
                    PaymentMethod.BANK_TRANSFER, "J REED", ""));
            Path statement = dataFolder.resolveSibling(dataFolder.getFileName() + "-statement.pdf");
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                pdf.save(statement.toFile());
            }
            services.documents.add(caseId, statement, "Bank statement");
            services.calls.add(new uk.cml.domain.evidence.Call(0, caseId, LocalDate.of(2026, 11, 19).atTime(10, 15),
                    uk.cml.domain.evidence.CallDirection.I_CALLED, "0800 171 2345", "Karen", "Direct Pay team",
                    "KB4471", "Asked about the missed payments.", "", Optional.empty(), "", Optional.empty(), false,
                    false, null));
            services.notes.add(new uk.cml.domain.evidence.Note(0, caseId, LocalDate.of(2026, 11, 6),
                    uk.cml.domain.evidence.NoteCategory.PLAIN, "Mia asked why the money is late", null));
            services.sentLetters.save(new uk.cml.domain.correspondence.SentLetter(0, caseId,
                    LocalDate.of(2026, 11, 10), Optional.empty(), new uk.cml.domain.correspondence.Recipient(
                    Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                    "Missed payments in October", uk.cml.domain.correspondence.LetterKind.OTHER, Optional.empty(),
                    Optional.empty(), uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.empty(),
                    Optional.empty()));
        });
        openTheApp();
    }

    /** To the Overview and back to {@code page}, as the parent does with the navigation on the left. */
    private void awayAndBack(String page) {
        press("#nav-overview");
        waitFor("#page-overview");
        press("#nav-" + page);
        waitFor("#page-" + page);
    }

    private void tab(String id) {
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    private void keptThroughASwitch(String page, String field, String typed) {
        type(field, typed);
        awayAndBack(page);
        waitFor(field);
        assertEquals(typed, text(field), field + " after going to the Overview and back");
        awayAndBack(page);
        assertEquals(typed, text(field), field + " after a second time");
    }

    @Test
    void aCall() {
        press("#nav-calls");
        keptThroughASwitch("calls", "#call-said", "They said they would ring back");
    }

    @Test
    void aNote() {
        press("#nav-notes");
        keptThroughASwitch("notes", "#note-text", "Mia upset after the missed weekend");
    }

    @Test
    void aPayment() {
        press("#nav-payments");
        tab("tab-payments");
        keptThroughASwitch("payments", "#payment-amount", "40.00");
    }

    @Test
    void aPlan() {
        press("#nav-payments");
        tab("tab-plans");
        press("#plan-new");
        keptThroughASwitch("payments", "#plan-source", "CMS letter of 3 Nov");
    }

    @Test
    void anAdjustment() {
        press("#nav-payments");
        tab("tab-adjustments");
        keptThroughASwitch("payments", "#adjustment-note", "Overpaid in October");
    }

    @Test
    void aLetterSent() {
        press("#nav-letters");
        press("#letters-new-sent");
        keptThroughASwitch("letters", "#sent-subject", "Missed payments in November");
    }

    @Test
    void aLetterReceived() {
        press("#nav-letters");
        press("#letters-new-received");
        keptThroughASwitch("letters", "#received-summary", "Their decision on the arrears");
    }

    @Test
    void anAddress() {
        press("#nav-addresses");
        press("#address-new");
        keptThroughASwitch("addresses", "#address-name", "Leeds Citizens Advice");
    }

    @Test
    void theCaseDetails() {
        press("#nav-case");
        waitUntil("the answers load", () -> "Sam Taylor".equals(text("#my-name")));
        keptThroughASwitch("case", "#my-phone", "07700 900456");
    }

    @Test
    void aDecisionOnWhereThingsStand() {
        press("#nav-where-things-stand");
        keptThroughASwitch("where-things-stand", "#standing-decision-note", "Said on the phone");
    }

    @Test
    void aLettersWords() {
        press("#nav-write-letter");
        waitUntil("the letter drafted", () -> lookup("#letter-block-1").tryQuery().isPresent());
        keptThroughASwitch("write-letter", "#letter-block-1", "I rang on 10 November and nobody called me back.");
    }

    @Test
    void aDocumentsDetails() {
        press("#nav-documents");
        TableView<?> documents = waitFor("#documents-table");
        waitUntil("the statement listed", () -> documents.getItems().size() == 1);
        interact(() -> documents.getSelectionModel().select(0));
        waitUntil("its details shown", () -> "Bank statement".equals(text("#documents-description")));
        keptThroughASwitch("documents", "#documents-description", "Bank statement, November, Barclays");
    }

    private void pick(String list) {
        javafx.scene.Node found = waitFor(list);
        waitUntil(list + " filled", () -> found instanceof javafx.scene.control.ListView<?> l ? !l.getItems().isEmpty()
                : !((TableView<?>) found).getItems().isEmpty());
        interact(() -> {
            if (found instanceof javafx.scene.control.ListView<?> l) {
                l.getSelectionModel().select(0);
            } else {
                ((TableView<?>) found).getSelectionModel().select(0);
            }
        });
    }

    @Test
    void aSavedCallCorrected() {
        press("#nav-calls");
        pick("#call-list");
        waitUntil("the call open", () -> "Karen".equals(text("#call-spoke-to")));
        keptThroughASwitch("calls", "#call-said", "Asked about the missed payments. She said Friday.");
    }

    @Test
    void aSavedNoteCorrected() {
        press("#nav-notes");
        pick("#note-list");
        waitUntil("the note open", () -> text("#note-text").startsWith("Mia asked"));
        keptThroughASwitch("notes", "#note-text", "Mia asked why the money is late, again");
    }

    @Test
    void aSavedPaymentCorrected() {
        press("#nav-payments");
        tab("tab-payments");
        pick("#payments-table");
        waitUntil("the payment open", () -> "43.21".equals(text("#payment-amount")));
        keptThroughASwitch("payments", "#payment-amount", "43.20");
    }

    @Test
    void aSavedPlanCorrected() {
        press("#nav-payments");
        tab("tab-plans");
        pick("#plans-table");
        waitUntil("the plan open", () -> "Private agreement".equals(text("#plan-source")));
        keptThroughASwitch("payments", "#plan-source", "Private agreement, signed");
    }

    @Test
    void aSavedLetterCorrected() {
        press("#nav-letters");
        pick("#letters-sent-table");
        waitUntil("the letter open", () -> "Missed payments in October".equals(text("#sent-subject")));
        keptThroughASwitch("letters", "#sent-subject", "Missed payments in October and November");
    }

    @Test
    void aSavedAddressCorrected() {
        press("#nav-addresses");
        pick("#address-table");
        waitUntil("the entry open", () -> !text("#address-name").isEmpty());
        keptThroughASwitch("addresses", "#address-notes", "Ring first");
    }

    @Test
    void aPacksPeriod() {
        press("#nav-pack");
        waitUntil("the whole history filled in", () -> !text("#pack-from").isEmpty());
        type("#pack-from", "01/10/2026");
        awayAndBack("pack");
        uk.cml.ui.common.UkDateField from = waitFor("#pack-from");
        waitUntil("the whole history read again", () -> lookup("#work-status").query().getPseudoClassStates()
                .stream().noneMatch(state -> state.getPseudoClassName().equals("busy")));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), interactAndGet(from::typedDate),
                "the period as typed, after going to the Overview and back");
        awayAndBack("pack");
        waitUntil("read again", () -> lookup("#work-status").query().getPseudoClassStates()
                .stream().noneMatch(state -> state.getPseudoClassName().equals("busy")));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), interactAndGet(from::typedDate), "and a second time");
    }

    @Test
    void aFingerprintToCheck() {
        press("#nav-settings");
        keptThroughASwitch("settings", "#settings-fingerprint-code", "BF19 22AC");
    }
}
