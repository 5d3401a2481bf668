package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.todo.TodoKind;

/**
 * The CMS's figure differs from the record, so "What needs doing" asks for a breakdown; once the parent has made
 * that letter, it asks to post it instead, and once posted, nothing more until its reply is late (then: chase it).
 * Worked by hand: £43.21 every Sunday from 1 Nov 2026, £43.21 paid on 2 Nov and £20.00 on 16 Nov; on 20 Nov three
 * dues (£129.63) less £63.21 = £66.42 owed, and the CMS said £60.00.
 */
class BreakdownAskedTest extends WithJordanReedsCase {

    private static final LocalDate TODAY = PaymentStoreTest.TODAY;
    private static final LocalDate FIGURE = LocalDate.of(2026, 11, 20);

    PaymentStore payments;
    SentLetterStore letters;

    @BeforeEach
    void aCmsFigureThatDiffers() {
        payments = records.payments();
        letters = records.sentLetters();
        payments.savePlan(caseId, PaymentStoreTest.WEEKLY);
        payments.savePayment(caseId, PaymentStoreTest.paid(2, 43_21));
        payments.savePayment(caseId, PaymentStoreTest.paid(16, 20_00));
        payments.saveAdjustment(caseId, new Adjustment(0, FIGURE, AdjustmentKind.CMS_CONFIRMED_FIGURE,
                Money.ofPence(60_00), "Phone call"));
    }

    @Test
    @DisplayName("with no request made, the to-do asks the CMS for a breakdown")
    void notAskedYet() {
        assertEquals(List.of(TodoKind.CMS_DIFFERENCE), kinds(TODAY));
    }

    @Test
    @DisplayName("a request made but not posted: 'Post the letter' takes its place, and it is listed once")
    void madeNotPosted() {
        letters.save(request(TODAY, Optional.empty(), Optional.empty()));
        assertEquals(List.of(TodoKind.POST_LETTER), kinds(TODAY));
    }

    @Test
    @DisplayName("a request posted: nothing until its reply is late, then 'chase the reply', never 'ask' again")
    void postedThenLate() {
        LocalDate replyBy = LocalDate.of(2026, 12, 21);
        letters.save(request(TODAY, Optional.of(TODAY), Optional.of(replyBy)));
        assertEquals(List.of(TodoKind.ATTACH_PROOF), kinds(TODAY), "sent first class: only the certificate");
        assertEquals(List.of(TodoKind.ATTACH_PROOF), kinds(replyBy), "on the reply-by day it is not late yet");
        assertEquals(List.of(TodoKind.ATTACH_PROOF, TodoKind.REPLY_OVERDUE), kinds(replyBy.plusDays(1)));
    }

    @Test
    @DisplayName("a request written before the figure was given is not about it; another kind of letter is not one")
    void olderRequestOrOtherKind() {
        letters.save(request(FIGURE.minusDays(1), Optional.empty(), Optional.empty()));
        SentLetter other = request(TODAY, Optional.empty(), Optional.empty());
        letters.save(new SentLetter(0, caseId, other.written(), other.posted(), other.to(), other.subject(),
                LetterKind.OTHER, other.copyDocumentId(), other.method(), other.proof(), "", other.replyBy(),
                Optional.empty()));
        assertEquals(List.of(TodoKind.POST_LETTER, TodoKind.POST_LETTER, TodoKind.CMS_DIFFERENCE), kinds(TODAY));
    }

    @Test
    @DisplayName("a request moved to the bin asks again")
    void binned() {
        long id = letters.save(request(TODAY, Optional.empty(), Optional.empty()));
        letters.moveToBin(id);
        assertEquals(List.of(TodoKind.CMS_DIFFERENCE), kinds(TODAY));
    }

    /**
     * What needs doing from the payments and the letters, as the Overview gathers them (sorted by kind here), less
     * what the dues themselves ask (a short payment, a run of them), which later days add whatever the letters say.
     */
    private List<TodoKind> kinds(LocalDate today) {
        List<TodoKind> dues = List.of(TodoKind.PAYMENT_SHORT, TodoKind.MISSED_IN_A_ROW, TodoKind.TELL_THE_CMS);
        return java.util.stream.Stream.concat(payments.todos(caseId, today).stream(),
                letters.todos(caseId, today).stream()).map(t -> t.kind()).filter(k -> !dues.contains(k))
                .sorted().toList();
    }

    private SentLetter request(LocalDate written, Optional<LocalDate> posted, Optional<LocalDate> replyBy) {
        return new SentLetter(0, caseId, written, posted, new Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), "Breakdown of the arrears",
                LetterKind.REQUEST_FOR_INFORMATION, Optional.empty(),
                posted.map(p -> PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", replyBy, Optional.empty());
    }
}
