package uk.cml.domain.correspondence;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LetterRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String UNREADABLE = "That is not a date we can read. Type it like 22/11/2026.";

    @Test
    void aPastDateIsRequiredReadableAndNotInTheFuture() {
        assertEquals(Optional.of(UNREADABLE), LetterRules.pastDate(Optional.of(TODAY), true, "the date", TODAY));
        assertEquals(Optional.of("Enter the date it was written."),
                LetterRules.pastDate(Optional.empty(), false, "the date it was written", TODAY));
        assertEquals(Optional.empty(), LetterRules.pastDate(Optional.of(TODAY), false, "x", TODAY));
        assertEquals(Optional.of("That date is in the future."),
                LetterRules.pastDate(Optional.of(TODAY.plusDays(1)), false, "x", TODAY));
    }

    @Test
    void postingOnTheDayItWasWrittenOrTodayIsFine() {
        assertEquals(Optional.of(UNREADABLE),
                LetterRules.posted(Optional.empty(), true, Optional.empty(), TODAY, TODAY));
        assertEquals(Optional.empty(), LetterRules.posted(Optional.of(TODAY), false,
                Optional.of(PostingMethod.FIRST_CLASS), TODAY, TODAY));
        assertEquals(Optional.empty(), LetterRules.posted(Optional.of(TODAY), false, Optional.empty(), null, TODAY));
        assertEquals(Optional.of("Enter the date you posted or sent it, or leave how it was sent empty if it is not "
                + "sent yet."), LetterRules.posted(Optional.empty(), false, Optional.of(PostingMethod.EMAIL), TODAY,
                TODAY));
    }

    @Test
    void aMethodIsNeededOnlyOnceThereIsAPostingDate() {
        assertEquals(Optional.empty(), LetterRules.method(Optional.empty(), Optional.empty()));
        assertEquals(Optional.empty(), LetterRules.method(Optional.of(TODAY), Optional.of(PostingMethod.BY_HAND)));
    }

    @Test
    void aLetterMayArriveOnTheDayPrintedOnItButNotBefore() {
        LocalDate dated = LocalDate.of(2026, 11, 3);
        assertEquals(Optional.empty(), LetterRules.received(Optional.of(dated), false, Optional.of(dated), TODAY));
        assertEquals(Optional.empty(), LetterRules.received(Optional.of(dated), false, Optional.empty(), TODAY));
        assertEquals(Optional.of("Enter the date it arrived."),
                LetterRules.received(Optional.empty(), false, Optional.of(dated), TODAY));
        assertEquals(Optional.of(UNREADABLE), LetterRules.received(Optional.empty(), true, Optional.empty(), TODAY));
    }

    /**
     * The reviewer's case: a complaint posted 1st class on Saturday 5 Dec 2026 counts as delivered on Tuesday 8 Dec
     * (2nd working day); a reply logged as arriving on 5 Dec came before the CMS could have had it. A calm word, not a
     * refusal: the parent may have the dates right. From 8 Dec on, nothing is said.
     */
    @Test
    void aReplyArrivingBeforeTheLetterItAnswersCountsAsDeliveredIsPointedOut() {
        uk.cml.domain.calendar.UkCalendar calendar = uk.cml.store.SeededFacts.calendar();
        LocalDate posted = LocalDate.of(2026, 12, 5);
        SentLetter complaint = new SentLetter(3, 1, posted, Optional.of(posted), new Recipient(Optional.empty(),
                "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"), "Complaint",
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty());
        assertEquals(Optional.of("This letter arrived on 5 Dec 2026, before your letter of 5 Dec 2026 counts as "
                + "delivered (8 Dec 2026). A reply usually comes after that. If the dates are right, save it as it "
                + "is; if not, check the date it arrived and the letter it answers."),
                LetterRules.arrivedBeforeDelivery(Optional.of(posted), complaint, calendar));
        assertEquals(Optional.empty(), LetterRules.arrivedBeforeDelivery(Optional.of(LocalDate.of(2026, 12, 8)),
                complaint, calendar));
        assertEquals(Optional.empty(), LetterRules.arrivedBeforeDelivery(Optional.empty(), complaint, calendar));
        SentLetter notPosted = new SentLetter(4, 1, posted, Optional.empty(), complaint.to(), "Complaint",
                LetterKind.COMPLAINT, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
        assertEquals(Optional.empty(), LetterRules.arrivedBeforeDelivery(Optional.of(posted), notPosted, calendar));
    }

    @Test
    void requiredTextMustNotBeBlank() {
        assertEquals(Optional.of("Enter a subject."), LetterRules.required(" ", "a subject"));
        assertEquals(Optional.of("Enter a subject."), LetterRules.required(null, "a subject"));
        assertEquals(Optional.empty(), LetterRules.required("Arrears", "a subject"));
    }

    @Test
    void aReceivedLetterIsNamedByWhoSentIt() {
        ReceivedLetter fromCms = new ReceivedLetter(0, 1, Optional.empty(), TODAY, " CMS ", null, Optional.empty(),
                Optional.empty());
        assertEquals("Letter from CMS", fromCms.title());
        assertEquals("", fromCms.summary());
        assertEquals("Letter received", new ReceivedLetter(0, 1, Optional.empty(), TODAY, null, "", Optional.empty(),
                Optional.empty()).title());
        ReceivedLetter saved = fromCms.withId(9);
        assertEquals(9, saved.id());
        assertEquals(fromCms.received(), saved.received());
        assertEquals(fromCms.from(), saved.from());
    }

    @Test
    void aCertificateIsEmptyOnlyWithNothingOnIt() {
        assertTrue(ProofOfPostage.NONE.isEmpty());
        assertFalse(ProofOfPostage.NONE.attached());
        assertFalse(new ProofOfPostage(Optional.of(TODAY), "", "", Optional.empty()).isEmpty());
        assertFalse(new ProofOfPostage(Optional.empty(), " Leeds ", "", Optional.empty()).isEmpty());
        assertFalse(new ProofOfPostage(Optional.empty(), "", "A1", Optional.empty()).isEmpty());
        assertFalse(new ProofOfPostage(Optional.empty(), null, null, Optional.of(3L)).isEmpty());
        assertEquals("Leeds", new ProofOfPostage(Optional.empty(), " Leeds ", null, Optional.empty()).branch());
    }

    @Test
    void postingMethodsKnowTheirDeliveryDaysAndTracking() {
        // The figures are the facts table's rows (V035), as published: none kept in PostingMethod.
        assertEquals(2, SeededFacts.published().deliveryWorkingDays(PostingMethod.FIRST_CLASS));
        assertEquals(4, SeededFacts.published().deliveryWorkingDays(PostingMethod.SECOND_CLASS));
        assertEquals(2, SeededFacts.published().deliveryWorkingDays(PostingMethod.SIGNED_FOR));
        assertEquals(1, SeededFacts.published().deliveryWorkingDays(PostingMethod.SPECIAL_DELIVERY));
        assertTrue(PostingMethod.SECOND_CLASS.byPost());
        assertTrue(PostingMethod.SIGNED_FOR.tracked());
        assertFalse(PostingMethod.FIRST_CLASS.tracked());
        assertFalse(PostingMethod.ONLINE_ACCOUNT.byPost());
        assertEquals("1st class post", PostingMethod.FIRST_CLASS.toString());
        assertEquals("Complaint", LetterKind.COMPLAINT.toString());
        // A request: the request rule the app's own letters print (request.reply.working_days), no figure of its own.
        assertTrue(LetterKind.REQUEST_FOR_INFORMATION.request());
    }

    @Test
    void aReplyCannotBeDatedOrArriveBeforeTheLetterItAnswersWasWritten() {
        // The letter it answers was written on 2 Nov 2026.
        SentLetter complaint = SentLetterTest.letter(Optional.empty(), Optional.empty(), ProofOfPostage.NONE,
                Optional.empty());
        assertEquals(Optional.of("This letter's date, 1 Nov 2026, is before your letter of 2 Nov 2026 that it would "
                + "answer. Check the dates, or choose the letter it answers."), LetterRules.replyAfter(
                Optional.of(LocalDate.of(2026, 11, 1)), Optional.of(LocalDate.of(2026, 11, 5)), complaint));
        assertTrue(LetterRules.replyAfter(Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1)), complaint)
                .isPresent(), "with no date on it, the day it arrived");
        assertEquals(Optional.empty(), LetterRules.replyAfter(Optional.of(LocalDate.of(2026, 11, 2)),
                Optional.of(LocalDate.of(2026, 11, 5)), complaint));
    }

    /**
     * A letter written before the CMS letter's date but posted after it cannot be what the CMS answered: it is not
     * offered, and a link to it is refused. One not posted yet is offered by the day it was written.
     */
    @Test
    void aReplyIsNotOfferedALetterPostedAfterItsDate() {
        SentLetter postedLate = new SentLetter(4, 1, LocalDate.of(2026, 11, 12),
                Optional.of(LocalDate.of(2026, 11, 20)), new Recipient(Optional.empty(), "Child Maintenance Service",
                "PO Box 249\nMitcheldean\nGL17 1AJ"), "Letter 4", LetterKind.OTHER, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        SentLetter postedEarly = written(5, LocalDate.of(2026, 11, 5));
        SentLetter notPosted = new SentLetter(6, 1, LocalDate.of(2026, 11, 12), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Letter 6", LetterKind.OTHER, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty());
        java.util.List<SentLetter> all = java.util.List.of(postedLate, postedEarly, notPosted);
        Optional<LocalDate> dated = Optional.of(LocalDate.of(2026, 11, 17));
        assertEquals(java.util.List.of(postedEarly, notPosted), LetterRules.answerable(all, dated,
                Optional.of(LocalDate.of(2026, 11, 18)), Optional.empty()));
        assertEquals(Optional.of("This letter's date, 17 Nov 2026, is before you posted your letter of 12 Nov 2026"
                + " (posted 20 Nov 2026) that it would answer. Check the dates, or choose the letter it answers."),
                LetterRules.replyAfter(dated, Optional.empty(), postedLate));
        assertEquals(Optional.empty(), LetterRules.replyAfter(Optional.of(LocalDate.of(2026, 11, 20)),
                Optional.empty(), postedLate), "dated the day it was posted: it may answer it");
    }

    /** The parent's letter written on {@code written}, with this id. */
    private static SentLetter written(long id, LocalDate written) {
        return new SentLetter(id, 1, written, Optional.of(written), new Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), "Letter " + id, LetterKind.OTHER,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
    }

    @Test
    void aReplyIsOfferedOnlyTheLettersItCouldAnswerAndKeepsTheOneChosen() {
        SentLetter early = written(1, LocalDate.of(2026, 11, 2));
        SentLetter sameDay = written(2, LocalDate.of(2026, 11, 10));
        SentLetter later = written(3, LocalDate.of(2026, 11, 20));
        java.util.List<SentLetter> all = java.util.List.of(early, sameDay, later);
        assertEquals(java.util.List.of(early, sameDay), LetterRules.answerable(all,
                Optional.of(LocalDate.of(2026, 11, 10)), Optional.of(LocalDate.of(2026, 11, 22)), Optional.empty()),
                "by the date on it, not the day it arrived");
        assertEquals(java.util.List.of(early), LetterRules.answerable(all, Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 5)), Optional.empty()), "with no date on it, the day it arrived");
        assertEquals(all, LetterRules.answerable(all, Optional.empty(), Optional.empty(), Optional.empty()),
                "no date typed yet: every letter");
        // Chosen before a date was typed that rules it out: still offered, so the link is never dropped unseen;
        // the save refuses it and says why (replyAfter).
        assertEquals(all, LetterRules.answerable(all, Optional.of(LocalDate.of(2026, 11, 10)), Optional.empty(),
                Optional.of(3L)));
        for (SentLetter offered : LetterRules.answerable(all, Optional.of(LocalDate.of(2026, 11, 10)),
                Optional.empty(), Optional.empty())) {
            assertEquals(Optional.empty(), LetterRules.replyAfter(Optional.of(LocalDate.of(2026, 11, 10)),
                    Optional.empty(), offered), "every letter offered passes the guard");
        }
    }
}
