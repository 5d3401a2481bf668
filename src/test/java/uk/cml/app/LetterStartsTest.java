package uk.cml.app;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Chases;
import uk.cml.letters.templates.EarlierLetter;
import uk.cml.letters.templates.LetterFacts;

class LetterStartsTest {

    private static ReceivedLetter received(String summary) {
        return uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(7, 1, Optional.of(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 5), "CMS",
                summary, Optional.empty(), Optional.empty()));
    }

    @Nested
    @DisplayName("Write a reply picks the letter that answers what the received letter is")
    class Replies {

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "They propose to write off the arrears                              | write-off-reply",
            "Letter saying they will write off arrears from the 2003 scheme     | write-off-reply",
            "Jordan offers £600 in full and final settlement                   | settlement-reply",
            "They say Jordan has offered to pay £300 to clear the arrears       | settlement-reply",
            "Answer to my complaint: not upheld                                 | senior-review",
            "Reply to my complaint: they offer a consolatory payment of £50.   | senior-review",
            "They offer a consolatory payment of £50                           | senior-review",
            "Final response to my complaint.                                    | ice-complaint",
            "Our final response: we have reviewed your complaint at senior level | ice-complaint",
            "Senior manager's answer to my complaint: final response            | ice-complaint",
            "New arrears figure of £1,200                                      | arrears-breakdown",
            "Annual review of the calculation                                   | mandatory-reconsideration",
            "Decision: they refuse my variation for Jordan's second job         | mandatory-reconsideration",
            "Thank you for your letter                                          | ''"})
        void closestTemplate(String summary, String key) {
            assertEquals(key, LetterStarts.replyTo(received(summary), Optional.empty())
                    .map(s -> s.template().key()).orElse(""));
        }

        @Test
        @DisplayName("a letter logged as a decision begins that decision's letter, whatever its summary reads as")
        void aLetterLoggedAsADecisionBeginsItsLetter() {
            ReceivedLetter vague = received("Letter about the arrears on my case");
            uk.cml.domain.standing.Decision writeOff = new uk.cml.domain.standing.Decision(3, 1,
                    uk.cml.domain.standing.Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 2),
                    "Proposal to write off £250.00", Optional.empty(), Optional.of(7L));
            assertEquals("arrears-breakdown", LetterStarts.replyTo(vague, Optional.empty()).orElseThrow()
                    .template().key(), "by its words alone");
            LetterStarts.Start start = LetterStarts.replyTo(vague, Optional.empty(), Optional.of(writeOff))
                    .orElseThrow();
            assertEquals("write-off-reply", start.template().key());
            LetterFacts base = LetterCases.directPayWithComplaints().facts();
            assertEquals(LocalDate.of(2026, 11, 2), start.preset().apply(base).writeOff().orElseThrow()
                    .proposalDate());
            uk.cml.domain.standing.Decision calculation = new uk.cml.domain.standing.Decision(4, 1,
                    uk.cml.domain.standing.Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 2), "£45 a week",
                    Optional.empty(), Optional.of(7L));
            assertEquals("mandatory-reconsideration", LetterStarts.replyTo(vague, Optional.empty(),
                    Optional.of(calculation)).orElseThrow().template().key());
        }

        @Test
        @DisplayName("a settlement offer's date is the one on the CMS's letter, never the day it arrived")
        void settlementOfferDate() {
            LetterFacts base = LetterCases.directPayWithComplaints().facts();
            ReceivedLetter dated = received("Jordan offers £600 in full and final settlement");
            assertEquals(LocalDate.of(2026, 11, 2), LetterStarts.replyTo(dated, Optional.empty()).orElseThrow()
                    .preset().apply(base).settlement().orElseThrow().offerDate());
            ReceivedLetter undated = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(7, 1, Optional.empty(), LocalDate.of(2026, 11, 5), "CMS",
                    dated.summary(), Optional.empty(), Optional.empty()));
            assertEquals(null, LetterStarts.replyTo(undated, Optional.empty()).orElseThrow()
                    .preset().apply(base).settlement().orElseThrow().offerDate());
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "Jordan offers £600 in full and final settlement                    | 600.00",
            "They say Jordan has offered to pay £1,250.50 to clear the arrears  | 1250.50",
            "Offer of £300 in full and final settlement of arrears of £1,450    | 300.00",
            "Jordan offers a part payment in full and final settlement          | ''"})
        @DisplayName("a settlement offer's amount is the one the summary gives; none, and the letter leaves a gap")
        void settlementOfferAmount(String summary, String pounds) {
            LetterFacts base = LetterCases.directPayWithComplaints().facts();
            assertEquals(pounds.isEmpty() ? null : uk.cml.domain.Money.of(new java.math.BigDecimal(pounds)),
                    LetterStarts.replyTo(received(summary), Optional.empty()).orElseThrow().preset().apply(base)
                            .settlement().orElseThrow().amount());
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "My complaint has been passed to a senior caseworker           | ''",
            "Complaint: a senior manager will reply within 15 working days | ''",
            "Senior manager's answer to my complaint                       | ''",
            "Tier 2 complaint acknowledged                                 | ''",
            "Complaint: their final response will follow                   | ''",
            "Passed to a senior caseworker                                 | ''"})
        @DisplayName("someone senior having the complaint is not a final response: no ICE letter, and no second"
                + " review request while the review is under way")
        void seniorIsNotFinal(String summary, String key) {
            assertEquals(key, LetterStarts.replyTo(received(summary), Optional.empty())
                    .map(s -> s.template().key()).orElse(""));
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "Decision: they will not move my case to Collect and Pay        | collection-complaint",
            "They decided not to take enforcement action yet               | collection-complaint",
            "Decision: no deduction from earnings order for now            | collection-complaint",
            "Mandatory reconsideration notice: the calculation is unchanged | ''",
            "Decision on my case                                           | ''"})
        @DisplayName("a decision about how the CMS collects is not challenged by mandatory reconsideration: the"
                + " complaint letter; a reconsideration's result leads to the tribunal, which has no letter here")
        void decisionsNotAboutTheCalculation(String summary, String key) {
            assertEquals(key, LetterStarts.replyTo(received(summary), Optional.empty())
                    .map(s -> s.template().key()).orElse(""));
        }

        @Test
        @DisplayName("linked to the parent's complaint: a senior manager's review, with both letters' dates")
        void answersComplaint() {
            var start = LetterStarts.replyTo(received("Thank you for your letter"), Optional.of(complaint(
                    "Complaint to CMS"))).orElseThrow();
            assertEquals("senior-review", start.template().key());
            var dates = start.preset().apply(LetterCases.directPayWithComplaints().facts()).complaint().orElseThrow();
            assertEquals(LocalDate.of(2026, 9, 1), dates.complainedOn(), "the complaint's date");
            assertEquals(LocalDate.of(2026, 11, 2), dates.cmsRepliedOn(), "the date on the CMS's letter");
        }

        @Test
        @DisplayName("a final response: ICE, with the date on the final response and the complaint's own date kept")
        void finalResponse() {
            LetterFacts facts = LetterCases.directPayWithComplaints().facts();
            var start = LetterStarts.replyTo(received("Final response to my complaint."), Optional.empty())
                    .orElseThrow();
            assertEquals("ice-complaint", start.template().key());
            var dates = start.preset().apply(facts).complaint().orElseThrow();
            assertEquals(LocalDate.of(2026, 11, 2), dates.finalResponseOn());
            assertEquals(facts.complaint().orElseThrow().complainedOn(), dates.complainedOn());
        }

        @ParameterizedTest(name = "answering \"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "Complaint review request to CMS                    | Thank you for your letter    | ''",
            "Please ask a senior manager to look at my complaint | Thank you for your letter    | ''",
            "Complaint review request to CMS                    | Final response to my review  | ice-complaint",
            "Please ask a senior manager to look at my complaint | Our final response: not upheld | ice-complaint",
            "Complaint to ICE                                   | Thank you for your letter    | ''",
            "Complaint to ICE                                   | Final response from ICE      | ''"})
        @DisplayName("linked to a later complaint letter: ICE only when the review's answer is said to be the final"
                + " response (as Where things stand reads it); ICE's own answer has no letter here")
        void answersLaterStep(String subject, String summary, String key) {
            assertEquals(key, LetterStarts.replyTo(received(summary),
                    Optional.of(complaint(subject))).map(s -> s.template().key()).orElse(""));
        }

        @Test
        @DisplayName("linked to a letter that is not a complaint: judged by the summary")
        void answersOther() {
            SentLetter report = new SentLetter(3, 1, LocalDate.of(2026, 9, 1), Optional.empty(),
                    new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Missed payments",
                    LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                    Optional.empty(), Optional.empty());
            assertEquals("arrears-breakdown", LetterStarts.replyTo(received("New arrears figure of £1,200"),
                    Optional.of(report)).map(s -> s.template().key()).orElse(""));
        }
    }

    private static SentLetter complaint(String subject) {
        return new SentLetter(3, 1, LocalDate.of(2026, 9, 1), Optional.of(LocalDate.of(2026, 9, 2)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), subject,
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("Chase this letter quotes the letter's dates, subject as logged, how it was posted, the certificate"
            + " reference and where it went, that the records hold its certificate but no copy of it, and its id")
    void chasing() {
        SentLetter sent = new SentLetter(3, 1, LocalDate.of(2026, 10, 1), Optional.of(LocalDate.of(2026, 10, 2)),
                new Recipient(Optional.empty(), "Child Maintenance Service 21",
                        "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                "Complaint about how the arrears are collected", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), new ProofOfPostage(Optional.of(LocalDate.of(2026, 10, 2)),
                "Leeds", "4821 0093", Optional.of(9L)), "", Optional.empty(), Optional.empty());

        assertEquals(new EarlierLetter(LocalDate.of(2026, 10, 1), "Complaint about how the arrears are collected",
                LocalDate.of(2026, 10, 2), "1st class post, with a certificate of posting",
                "Post Office certificate 4821 0093", new uk.cml.letters.templates.LetterFacts.Contact(
                        "Child Maintenance Service 21", java.util.List.of("Mail Handling Site A", "Wolverhampton",
                                "WV98 2BU"))).kept(false, true).fromLog(3), LetterStarts.earlier(sent));
    }

    @Test
    @DisplayName("A deadline's letter takes the complaint's date and the CMS's answer, keeping what the parent wrote")
    void deadlineDates() {
        SentLetter complaint = new SentLetter(3, 1, LocalDate.of(2026, 9, 1), Optional.of(LocalDate.of(2026, 9, 2)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Complaint",
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty());
        var answer = new uk.cml.domain.standing.Deadline.From.Answer(complaint, received("Answer to my complaint"));
        var written = Optional.of(new uk.cml.letters.templates.ComplaintDetails(null, "Slow collection", "", null, "",
                null, null, null, "", "", "It ignores the missed months"));
        var review = LetterStarts.answered(written, answer, uk.cml.letters.templates.LetterTemplates.SENIOR_REVIEW);
        assertEquals(LocalDate.of(2026, 9, 1), review.complainedOn());
        assertEquals(LocalDate.of(2026, 11, 2), review.cmsRepliedOn(), "the date on the CMS's letter");
        assertEquals(null, review.finalResponseOn());
        assertEquals("Slow collection", review.whatHappened());
        assertEquals("It ignores the missed months", review.whyReplyFails());
        var ice = LetterStarts.answered(Optional.empty(), answer, uk.cml.letters.templates.LetterTemplates.ICE_COMPLAINT);
        assertEquals(LocalDate.of(2026, 11, 2), ice.finalResponseOn());
        assertEquals(null, ice.cmsRepliedOn());
    }

    @Test
    @DisplayName("A chasing letter begun without one chases the one posted letter waiting for a reply, if only one is")
    void awaitedReply() {
        SentLetter awaited = waiting(3, Optional.of(LocalDate.of(2026, 10, 2)), Optional.of(LocalDate.of(2026, 11, 3)));
        SentLetter answered = waiting(4, Optional.of(LocalDate.of(2026, 10, 2)), Optional.of(LocalDate.of(2026, 11, 3)));
        SentLetter notPosted = waiting(5, Optional.empty(), Optional.empty());
        SentLetter noReplyAsked = waiting(6, Optional.of(LocalDate.of(2026, 10, 2)), Optional.empty());
        java.util.List<SentLetter> all = java.util.List.of(awaited, answered, notPosted, noReplyAsked);

        assertEquals(Optional.of(LetterStarts.earlier(awaited)), awaited(all, java.util.Set.of(4L), TODAY));
        assertEquals(Optional.empty(), awaited(all, java.util.Set.of(), TODAY),
                "two waiting: the parent chooses which to chase");
        assertEquals(Optional.empty(), awaited(all, java.util.Set.of(3L, 4L), TODAY), "none waiting");
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /**
     * Reviewer, rv6: a chasing letter begun from Write a letter printed "[the date of your earlier letter]" and the
     * Mitcheldean address, though one posted letter was late for its reply (the other waiting was a complaint whose
     * reply date was still to come). The late one is chased; of several late, the latest posted.
     */
    @Test
    @DisplayName("A chasing letter begun without one chases the letter late for its reply, not one still in time")
    void awaitedReplyPrefersTheLateLetter() {
        SentLetter late = waiting(3, Optional.of(LocalDate.of(2026, 10, 2)), Optional.of(LocalDate.of(2026, 11, 3)));
        SentLetter inTime = waiting(4, Optional.of(LocalDate.of(2026, 11, 20)), Optional.of(LocalDate.of(2026, 12, 11)));
        assertEquals(Optional.of(LetterStarts.earlier(late)), awaited(java.util.List.of(late, inTime),
                java.util.Set.of(), TODAY));
        SentLetter laterLate = waiting(5, Optional.of(LocalDate.of(2026, 10, 15)),
                Optional.of(LocalDate.of(2026, 11, 5)));
        assertEquals(Optional.of(LetterStarts.earlier(laterLate)), awaited(java.util.List.of(late, laterLate, inTime),
                java.util.Set.of(), TODAY), "of several late, the latest posted");
    }

    private static Optional<EarlierLetter> awaited(java.util.List<SentLetter> sent, java.util.Set<Long> answered,
            LocalDate today) {
        return LetterStarts.awaitedReply(sent, answered, Chases.of(sent, SeededFacts.calendar(),
                new uk.cml.domain.standing.ReplyRuleBook(uk.cml.store.SeededFacts.published())), today);
    }

    @Test
    @DisplayName("A letter already chased is not picked to chase again while its chase is to post or waited for; the"
            + " chase itself is never picked, and once the chase's reply date has passed, the letter is")
    void awaitedReplyOnceChased() {
        SentLetter awaited = waiting(3, Optional.of(LocalDate.of(2026, 10, 2)), Optional.of(LocalDate.of(2026, 11, 3)));
        SentLetter chaseMade = waiting(7, Optional.empty(), Optional.empty()).chasing(Optional.of(3L));
        assertEquals(Optional.empty(), awaited(java.util.List.of(awaited, chaseMade), java.util.Set.of(), TODAY),
                "a chase made and not posted: post it, do not write another");

        SentLetter chasePosted = new SentLetter(7, 1, LocalDate.of(2026, 11, 20),
                Optional.of(LocalDate.of(2026, 11, 20)), awaited.to(), "Chasing letter to CMS", LetterKind.OTHER,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.of(LocalDate.of(2026, 12, 7)), Optional.empty()).chasing(Optional.of(3L));
        java.util.List<SentLetter> both = java.util.List.of(awaited, chasePosted);
        assertEquals(Optional.empty(), awaited(both, java.util.Set.of(), TODAY), "the chase's reply date is to come");
        assertEquals(Optional.of(LetterStarts.earlier(awaited)), awaited(both, java.util.Set.of(),
                LocalDate.of(2026, 12, 8)), "the chase's reply date has passed: the letter is chased again");
        assertEquals(Optional.empty(), awaited(both, java.util.Set.of(7L), LocalDate.of(2026, 12, 8)),
                "a reply to the chase answers the letter it chases");
        assertEquals(3L, LetterStarts.earlier(awaited).letterId(), "the earlier letter names its letter in the log");
    }

    @Test
    @DisplayName("A reply about a part payment begun from the list answers the latest offer the records hold")
    void offerOnRecord() {
        ReceivedLetter older = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(1, 1, Optional.of(LocalDate.of(2026, 9, 1)),
                LocalDate.of(2026, 9, 4), "CMS", "Jordan offers £400 in full and final settlement", Optional.empty(),
                Optional.empty()));
        ReceivedLetter latest = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(2, 1, Optional.of(LocalDate.of(2026, 10, 9)),
                LocalDate.of(2026, 10, 13), "CMS", "New offer: Jordan has offered to pay £600 to clear the arrears",
                Optional.empty(), Optional.empty()));
        ReceivedLetter other = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(3, 1, Optional.of(LocalDate.of(2026, 11, 1)),
                LocalDate.of(2026, 11, 3), "CMS", "Annual review of the calculation", Optional.empty(),
                Optional.empty()));
        var offer = LetterStarts.offerOnRecord(java.util.List.of(older, latest, other)).orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 9), offer.offerDate());
        assertEquals(uk.cml.domain.Money.ofPounds(600), offer.amount());
        assertEquals(Optional.empty(), LetterStarts.offerOnRecord(java.util.List.of(other)));
    }

    private static SentLetter waiting(long id, Optional<LocalDate> posted, Optional<LocalDate> replyBy) {
        return new SentLetter(id, 1, LocalDate.of(2026, 10, 1), posted,
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Letter " + id,
                LetterKind.ARREARS_REPORT, Optional.empty(), posted.map(p -> PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", replyBy, Optional.empty());
    }
}
