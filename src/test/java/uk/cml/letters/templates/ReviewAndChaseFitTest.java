package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * Checker's case d1: a complaint posted 2nd class on Fri 4 Dec 2026 (delivered Thu 10 Dec; the CMS's target to reply
 * Tue 5 Jan 2027). A senior manager's review for "no reply" fits only once that target has passed with no reply
 * logged; a chasing letter only once some letter's reply is late.
 */
class ReviewAndChaseFitTest {

    static final LocalDate POSTED = LocalDate.of(2026, 12, 4);

    private static LetterFacts review(LocalDate letterDate) {
        SentLetter complaint = new SentLetter(1, 1, POSTED, Optional.of(POSTED), new Recipient(Optional.empty(),
                "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"), "Complaint to CMS",
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.SECOND_CLASS), ProofOfPostage.NONE,
                "", Optional.of(LocalDate.of(2027, 1, 5)), Optional.empty());
        ComplaintPosition position = new ComplaintPosition(List.of(new ComplaintPosition.Letter(Step.COMPLAINT,
                POSTED)), Optional.empty(), Optional.of(complaint), Optional.empty());
        LetterFacts complete = Facts.complete(LetterTemplates.SENIOR_REVIEW);
        ComplaintDetails c = complete.complaint().orElseThrow();
        return complete.toBuilder().letterDate(letterDate).complaint(new ComplaintDetails(c.happenedOn(),
                c.whatHappened(), c.whatWentWrong(), c.wants(), c.actionWanted(), null, null, null,
                c.contactPreference(), c.adjustments(), c.whyReplyFails())).reports(new CmsReports(List.of(),
                List.of(), position, Optional.empty())).build();
    }

    @Test
    void aReviewForNoReplyDoesNotFitBeforeTheTargetHasPassed() {
        Optional<String> why = LetterTemplates.SENIOR_REVIEW.doesNotFit(review(POSTED));
        assertEquals(Optional.of("The CMS's target to reply to your complaint of 4 Dec 2026 runs to 5 Jan "
                + "2027 (15 working days from when it counts as delivered, 10 Dec 2026), so its reply is not "
                + "late yet. If no reply has come by then, you can ask for a senior manager's review from 6 Jan "
                + "2027."), why);
        assertTrue(LetterTemplates.SENIOR_REVIEW.doesNotFit(review(LocalDate.of(2027, 1, 5))).isPresent(),
                "not on the target day itself");
        assertEquals(Optional.empty(), LetterTemplates.SENIOR_REVIEW.doesNotFit(review(LocalDate.of(2027, 1, 6))));
    }

    @Test
    void aChaseFitsOnlyWhenAReplyIsLate() {
        LetterFacts facts = Facts.complete(LetterTemplates.CHASE_REPLY);
        assertEquals(Optional.of("None of your posted letters is late for its reply: the first reply date your "
                + "records wait for is 18 Dec 2026. You can chase a letter once its reply date has passed "
                + "with no reply logged (for that one, from 21 Dec 2026)."),
                LetterTemplates.CHASE_REPLY.doesNotFit(facts.toBuilder()
                        .repliesAwaited(RepliesAwaited.notLateYet(LocalDate.of(2026, 12, 18))).build()));
        assertEquals(Optional.of("None of your posted letters is waiting for a reply by a date, so there is no "
                + "reply to chase. When a reply is late, the Overview says so and offers this letter."),
                LetterTemplates.CHASE_REPLY.doesNotFit(facts.toBuilder()
                        .repliesAwaited(RepliesAwaited.NONE_WAITING).build()));
        assertEquals(Optional.empty(), LetterTemplates.CHASE_REPLY.doesNotFit(facts.toBuilder()
                .repliesAwaited(RepliesAwaited.late(1)).build()));
        assertEquals(Optional.empty(), LetterTemplates.CHASE_REPLY.doesNotFit(facts),
                "with no records to say either way (a letter written from typed facts), it fits");
    }
}
