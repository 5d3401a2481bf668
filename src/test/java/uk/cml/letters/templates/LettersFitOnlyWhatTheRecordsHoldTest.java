package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * A letter whose first lines rest on a step the records do not hold does not fit the case, whatever the parent types
 * in its gaps: no review of a complaint never made, no ICE complaint before the CMS's final response, no demand for
 * missed payments when nothing is owed.
 */
class LettersFitOnlyWhatTheRecordsHoldTest {

    private static final LocalDate COMPLAINED = LocalDate.of(2026, 9, 23);
    private static final LocalDate FINAL_RESPONSE = LocalDate.of(2026, 10, 22);

    /** The complete facts with no complaint dates typed or preset, and these complaint records. */
    private static LetterFacts withRecords(LetterTemplate template, ComplaintPosition position) {
        LetterFacts complete = Facts.complete(template);
        ComplaintDetails c = complete.complaint().orElseThrow();
        return complete.toBuilder().complaint(new ComplaintDetails(c.happenedOn(), c.whatHappened(),
                c.whatWentWrong(), c.wants(), c.actionWanted(), null, null, null, c.contactPreference(),
                c.adjustments(), c.whyReplyFails())).reports(new CmsReports(List.of(), List.of(), position,
                Optional.empty())).build();
    }

    private static ComplaintPosition complained(Optional<LocalDate> finalResponse) {
        return new ComplaintPosition(List.of(new ComplaintPosition.Letter(Step.COMPLAINT, COMPLAINED)), finalResponse);
    }

    @Nested
    @DisplayName("Complain to the Independent Case Examiner")
    class Ice {

        @Test
        @DisplayName("does not fit with no complaint logged, and says why and what to write instead")
        void noComplaint() {
            assertEquals(Optional.of("You have no complaint logged: the Independent Case Examiner looks at a complaint "
                    + "only after the CMS's final response to it. To complain to the CMS first, choose \"Complain "
                    + "about how arrears are collected\"."), LetterTemplates.ICE_COMPLAINT.doesNotFit(
                    withRecords(LetterTemplates.ICE_COMPLAINT, ComplaintPosition.NONE)));
        }

        @Test
        @DisplayName("does not fit while the complaint has no final response logged")
        void noFinalResponse() {
            assertEquals(Optional.of("Your records hold no final response from the CMS to your complaint of 23 "
                    + "Sep 2026. The Independent Case Examiner looks at a complaint only after it. When it "
                    + "comes, log it on the Letters page as a reply to your letter and answer Yes to \"Does this letter "
                    + "say it is the CMS's final response to your complaint?\"."),
                    LetterTemplates.ICE_COMPLAINT.doesNotFit(withRecords(LetterTemplates.ICE_COMPLAINT,
                            complained(Optional.empty()))));
        }

        @Test
        @DisplayName("fits once the records hold the final response, or the writer was begun from it")
        void finalResponse() {
            assertEquals(Optional.empty(), LetterTemplates.ICE_COMPLAINT.doesNotFit(withRecords(
                    LetterTemplates.ICE_COMPLAINT, complained(Optional.of(FINAL_RESPONSE)))));
            assertEquals(Optional.empty(), LetterTemplates.ICE_COMPLAINT.doesNotFit(
                    Facts.complete(LetterTemplates.ICE_COMPLAINT)));
        }
    }

    @Nested
    @DisplayName("Ask a senior manager to review a complaint")
    class SeniorReview {

        @Test
        @DisplayName("does not fit with no complaint logged")
        void noComplaint() {
            assertEquals(Optional.of("You have no complaint logged: a senior manager reviews a complaint only after "
                    + "you have made it to the CMS. To make one, choose \"Complain about how arrears are collected\"."
                    + " If you have posted a complaint, log it on the Letters page."),
                    LetterTemplates.SENIOR_REVIEW.doesNotFit(withRecords(LetterTemplates.SENIOR_REVIEW,
                            ComplaintPosition.NONE)));
        }

        @Test
        @DisplayName("fits once a complaint is logged, replied to or not, or the writer was begun from one")
        void complaintLogged() {
            assertEquals(Optional.empty(), LetterTemplates.SENIOR_REVIEW.doesNotFit(withRecords(
                    LetterTemplates.SENIOR_REVIEW, complained(Optional.empty()))));
            assertEquals(Optional.empty(), LetterTemplates.SENIOR_REVIEW.doesNotFit(
                    Facts.complete(LetterTemplates.SENIOR_REVIEW)));
        }
    }

    @Nested
    @DisplayName("Write to the other parent about missed payments")
    class OtherParent {

        private LetterFacts with(uk.cml.domain.arrears.ArrearsSchedule schedule) {
            return Facts.complete(LetterTemplates.OTHER_PARENT).toBuilder()
                    .arrears(ArrearsDetails.from(schedule)).build();
        }

        @Test
        @DisplayName("does not fit when the records show nothing owed, all paid or in credit")
        void nothingOwed() {
            for (var schedule : List.of(LettersClaimOnlyTheRecordsTest.everythingPaid(),
                    LettersClaimOnlyTheRecordsTest.inCredit())) {
                assertEquals(Optional.of("By your records nothing is owed on 22 Nov 2026, so there are no "
                        + "missed payments to ask Jordan Reed to pay. If payments were missed, record the payment "
                        + "plan and the money that arrived on the Payments page first."),
                        LetterTemplates.OTHER_PARENT.doesNotFit(with(schedule)));
            }
        }

        @Test
        @DisplayName("fits when money is owed, or when there are no payment records to say either way")
        void owed() {
            assertEquals(Optional.empty(), LetterTemplates.OTHER_PARENT.doesNotFit(
                    with(LettersClaimOnlyTheRecordsTest.nothingEverPaid())));
            assertEquals(Optional.empty(), LetterTemplates.OTHER_PARENT.doesNotFit(
                    Facts.complete(LetterTemplates.OTHER_PARENT).toBuilder().arrears(ArrearsDetails.NONE).build()));
        }
    }

    /** Facts read from records that hold no CMS letter, decision or settlement: nothing for a reply to answer. */
    private static LetterFacts nothingToAnswer(LetterTemplate template) {
        return Facts.complete(template).toBuilder().writeOff(null).settlement(null)
                .arrears(ArrearsDetails.from(LettersClaimOnlyTheRecordsTest.nothingEverPaid()))
                .onRecord(new LettersOnRecord(true, List.of(), List.of(), List.of(), List.of(), List.of())).build();
    }

    @Nested
    @DisplayName("Reply to a proposal to write off arrears")
    class WriteOffReply {

        @Test
        @DisplayName("does not fit when the records hold no proposal, and says what to log first")
        void noProposal() {
            assertEquals(Optional.of("Your records hold no proposal from the CMS to write off arrears, and this "
                    + "letter replies to one. When the CMS writes that it may write off arrears, log its letter on "
                    + "the Letters page and say it is a proposal to write off arrears."),
                    LetterTemplates.WRITE_OFF_REPLY.doesNotFit(nothingToAnswer(LetterTemplates.WRITE_OFF_REPLY)));
        }

        @Test
        @DisplayName("fits with a proposal logged as a decision, a CMS letter read as one, or the writer begun from one")
        void proposalLogged() {
            LetterFacts none = nothingToAnswer(LetterTemplates.WRITE_OFF_REPLY);
            LocalDate on = LocalDate.of(2026, 11, 12);
            assertEquals(Optional.empty(), LetterTemplates.WRITE_OFF_REPLY.doesNotFit(none.toBuilder().onRecord(
                    new LettersOnRecord(true, List.of(on), List.of(), List.of(on), List.of(), List.of())).build()),
                    "a decision");
            assertEquals(Optional.empty(), LetterTemplates.WRITE_OFF_REPLY.doesNotFit(none.toBuilder().onRecord(
                    new LettersOnRecord(true, List.of(on), List.of(), List.of(), List.of(), List.of())
                            .withWriteOffLetters(List.of(on))).build()), "a CMS letter");
            assertEquals(Optional.empty(), LetterTemplates.WRITE_OFF_REPLY.doesNotFit(none.toBuilder().writeOff(
                    new WriteOffDetails(on, null, "", "")).build()), "begun from one");
            assertEquals(Optional.empty(), LetterTemplates.WRITE_OFF_REPLY.doesNotFit(
                    Facts.complete(LetterTemplates.WRITE_OFF_REPLY)), "facts not read from the records");
        }
    }

    @Nested
    @DisplayName("Reply about a part payment to settle arrears")
    class SettlementReply {

        @Test
        @DisplayName("does not fit when the records hold no offer, and says what to log first")
        void noOffer() {
            assertEquals(Optional.of("Your records hold no offer of a part payment in full and final settlement, "
                    + "and this letter replies to one. When you are told of an offer, log the letter on the Letters "
                    + "page with \"full and final settlement\" in its summary."),
                    LetterTemplates.SETTLEMENT_REPLY.doesNotFit(nothingToAnswer(LetterTemplates.SETTLEMENT_REPLY)));
        }

        @Test
        @DisplayName("fits with an offer read from a letter, or a settlement recorded on the Payments page")
        void offerLogged() {
            LetterFacts none = nothingToAnswer(LetterTemplates.SETTLEMENT_REPLY);
            assertEquals(Optional.empty(), LetterTemplates.SETTLEMENT_REPLY.doesNotFit(none.toBuilder().settlement(
                    new SettlementDetails(LocalDate.of(2026, 11, 17), null, null, List.of())).build()), "a letter");
            LetterFacts agreed = none.toBuilder().arrears(ArrearsDetails.from(Facts.schedule(List.of(
                    new uk.cml.domain.arrears.Adjustment(0, LocalDate.of(2026, 11, 10),
                            uk.cml.domain.arrears.AdjustmentKind.PART_PAYMENT_SETTLEMENT,
                            uk.cml.domain.Money.ofPence(30000), ""))))).build();
            assertEquals(Optional.empty(), LetterTemplates.SETTLEMENT_REPLY.doesNotFit(agreed), "on Payments");
            assertEquals(Optional.empty(), LetterTemplates.SETTLEMENT_REPLY.doesNotFit(
                    Facts.complete(LetterTemplates.SETTLEMENT_REPLY)), "facts not read from the records");
        }
    }
}
