package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.testing.CaseFileBuilder;

/**
 * "What needs doing" in the whole app, as MainScreens wires it: each to-do's button says what it does and lands
 * on the item itself, selected.
 */
class OverviewTodoFlowTest extends WithTheApp {

    long unposted;

    /** Three monthly dues from 20 Sep with nothing paid, and of three letters one written but not posted. */
    @BeforeEach
    void aCaseWithThingsToDo() {
        // With its CMS reference: a case without one is also asked for it, last (AddTheReferenceTest).
        withCase(CaseFileBuilder.jordanReed().cmsReference("1212 3456 7890").children().build(),
                (services, caseId) -> {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(250_00), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 9, 20), "CMS calculation letter"));
            services.sentLetters.save(letter(caseId, LocalDate.of(2026, 9, 1), "Change of address"));
            unposted = services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 10),
                    Optional.empty(), cms(), "Missed payments in October", LetterKind.ARREARS_REPORT,
                    Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
            services.sentLetters.save(letter(caseId, LocalDate.of(2026, 10, 1), "Request for a statement"));
        });
        openTheApp();
        waitFor("#overview-todos");
    }

    private static Recipient cms() {
        return new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ");
    }

    private static SentLetter letter(long caseId, LocalDate on, String subject) {
        return new SentLetter(0, caseId, on, Optional.of(on), cms(), subject, LetterKind.OTHER, Optional.empty(),
                Optional.of(PostingMethod.EMAIL), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
    }

    @Test
    void recordThePostingLandsOnThatLetterSelected() {
        Button post = waitForButton(0);
        assertEquals("Record the posting", post.getText());
        String what = ((Label) lookup("#overview-todo-0").query()).getText();
        assertTrue(what.startsWith("Post your letter \u201cMissed payments") && what.contains("made on 10 Nov 2026")
                && !what.startsWith("10 Nov 2026"),
                what);
        press("#overview-todo-open-0");

        // Selecting a letter in the list opens it; the list makes way for the letter itself.
        Label heading = waitFor("#letters-form-heading");
        waitUntil("the unposted letter is open", () -> "Letter you sent".equals(heading.getText())
                && "Missed payments in October".equals(text("#sent-subject")));
        assertEquals(uk.cml.domain.UkDates.forField(LocalDate.of(2026, 11, 10)), text("#sent-written"));
    }

    /**
     * Under Direct Pay the latest due with nothing recorded is one fact with the missed payments the CMS has not been
     * told of: one to-do, which asks the parent to record any money that came before writing.
     */
    @Test
    void missedPaymentsTheCmsHasNotBeenToldOfOpenTheLetterAboutThem() {
        Button write = waitForButton(1);
        assertEquals("Write about the missed payments", write.getText());
        // Direct Pay: the three dues of £250 are short; the letter of 10 Nov told the CMS of the first two only.
        assertEquals("20 Nov 2026: 1 payment due since your letter of 10 Nov 2026 did not arrive in full, and £750.00 "
                + "is owed. If any of it came, record it on the Payments page first. Under Direct Pay the CMS only "
                + "knows if you tell it: write to the CMS about the missed payments.", ((Label) lookup("#overview-todo-1").query()).getText());
        assertTrue(lookup("#overview-todo-open-2").tryQuery().isEmpty(), "no second to-do for the same dues");
        press("#overview-todo-open-1");
        waitUntil("the writer is open", () -> lookup("#page-write-letter").tryQuery().isPresent());
    }

    private Button waitForButton(int n) {
        return waitFor("#overview-todo-open-" + n);
    }
}
