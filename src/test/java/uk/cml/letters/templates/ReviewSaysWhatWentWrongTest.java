package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintPosition;

/**
 * The review request says what the complaint is about as the parent's complaint letter said it, read back from the
 * letter the app made ({@link PrintedComplaint}), when the parent has not typed it; what they type wins.
 */
class ReviewSaysWhatWentWrongTest {

    /** The complaint of Wednesday 23 Sep 2026 posted that day, with what its letter says went wrong. */
    private static CmsReports onRecord(String wentWrong) {
        LocalDate complained = LocalDate.of(2026, 9, 23);
        SentLetter letter = new SentLetter(1, 1, complained, Optional.of(complained), new Recipient(Optional.empty(),
                "Child Maintenance Service 21", "Mail Handling Site A"), "Complaint to CMS", LetterKind.COMPLAINT,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
        return new CmsReports(List.of(), List.of(), ComplaintPosition.read(List.of(letter), List.of()),
                Optional.empty(), wentWrong);
    }

    /** The same complaint of 23 Sep 2026, its letter read back for what happened as well. */
    private static CmsReports onRecord(String wentWrong, String whatHappened) {
        return onRecord(wentWrong).withWhatHappened(whatHappened);
    }

    /** The same complaint with nothing typed for what happened, nor the day it began. */
    private static ComplaintDetails nothingOfWhatHappened(ComplaintDetails c) {
        return new ComplaintDetails(null, "", c.whatWentWrong(), c.wants(), c.actionWanted(),
                c.complainedOn(), c.cmsRepliedOn(), c.finalResponseOn(), c.contactPreference(), c.adjustments(),
                c.whyReplyFails(), c.kept());
    }

    /** The same complaint with nothing typed for what went wrong. */
    private static ComplaintDetails untyped(ComplaintDetails c) {
        return new ComplaintDetails(c.happenedOn(), c.whatHappened(), "", c.wants(), c.actionWanted(),
                c.complainedOn(), c.cmsRepliedOn(), c.finalResponseOn(), c.contactPreference(), c.adjustments(),
                c.whyReplyFails(), c.kept());
    }

    @Test
    @DisplayName("the words under 'What went wrong' are read back whole from the complaint letter; a gap never is")
    void readBackFromTheComplaintLetter() throws IOException {
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        String printed = new ReadBack(complaint, Facts.complete(complaint)).flat();
        assertEquals(Optional.of("No arrears notice was sent."), PrintedComplaint.wentWrong(printed), printed);

        LetterFacts gap = Facts.complete(complaint).toBuilder().complaint(untyped(Facts.complete(complaint).complaint()
                .orElseThrow())).build();
        assertEquals(Optional.empty(), PrintedComplaint.wentWrong(new ReadBack(complaint, gap).flat()));
        assertEquals(Optional.empty(), PrintedComplaint.wentWrong("A letter with no such heading"));
    }

    @Test
    @DisplayName("the words under 'What happened' are read back whole, with the day it began; a gap never is")
    void whatHappenedReadBackFromTheComplaintLetter() throws IOException {
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        String printed = new ReadBack(complaint, Facts.complete(complaint)).flat();
        assertEquals(Optional.of("The problem began on 22 Aug 2026. Payments stopped."),
                PrintedComplaint.whatHappened(printed), printed);

        LetterFacts gap = Facts.complete(complaint).toBuilder().complaint(nothingOfWhatHappened(
                Facts.complete(complaint).complaint().orElseThrow())).build();
        assertEquals(Optional.empty(), PrintedComplaint.whatHappened(new ReadBack(complaint, gap).flat()));
        assertEquals(Optional.empty(), PrintedComplaint.whatHappened("A letter with no such heading"));
        assertEquals(Optional.empty(), PrintedComplaint.whatHappened("What happened and nothing after it"),
                "no 'What went wrong' to end it: not read");
    }

    @Test
    @DisplayName("the review and the complaint to ICE repeat what happened from the complaint on record, with a note")
    void whatHappenedFilledFromTheRecords() throws IOException {
        for (LetterTemplate next : List.of(LetterTemplates.SENIOR_REVIEW, LetterTemplates.ICE_COMPLAINT)) {
            LetterFacts complete = Facts.complete(next);
            LetterFacts facts = complete.toBuilder()
                    .complaint(nothingOfWhatHappened(untyped(complete.complaint().orElseThrow())))
                    .reports(onRecord("You did not send an arrears notice.",
                            "The problem began on 1 Aug 2026. The payments stopped in July.")).build();
            LetterDraft draft = next.draft(facts);
            assertTrue(draft.missing().isEmpty(), next + ": " + draft.missing());
            String text = new ReadBack(next, facts).flat();
            assertTrue(text.contains("The problem began on 1 Aug 2026. The payments stopped in July."), text);
            assertTrue(text.indexOf("The payments stopped in July.") < text.indexOf("You did not send an arrears"),
                    "what happened, then what went wrong: " + text);
            assertTrue(draft.warnings().stream().anyMatch(w -> w.message().startsWith("What happened is taken from "
                    + "your complaint of 23 Sep 2026")), draft.warnings().toString());

            // Typed here, the parent's words stay, and nothing is read in.
            LetterFacts typed = complete.toBuilder().reports(onRecord("You did not send an arrears notice.",
                    "The problem began on 1 Aug 2026. The payments stopped in July.")).build();
            String typedText = new ReadBack(next, typed).flat();
            assertTrue(typedText.contains("The problem began on 22 Aug 2026. Payments stopped."), typedText);
            assertFalse(typedText.contains("stopped in July"), typedText);
        }
    }

    @Test
    @DisplayName("what happened not on record and not typed: the review invents nothing, ICE keeps its gap")
    void whatHappenedNotOnRecord() {
        LetterTemplate review = LetterTemplates.SENIOR_REVIEW;
        LetterFacts reviewFacts = Facts.complete(review).toBuilder().complaint(nothingOfWhatHappened(
                Facts.complete(review).complaint().orElseThrow())).build();
        LetterDraft draft = review.draft(reviewFacts);
        assertTrue(draft.missing().isEmpty(), draft.missing().toString());
        assertFalse(draft.warnings().stream().anyMatch(w -> w.message().startsWith("What happened")));

        LetterTemplate ice = LetterTemplates.ICE_COMPLAINT;
        LetterFacts iceFacts = Facts.complete(ice).toBuilder().complaint(nothingOfWhatHappened(
                Facts.complete(ice).complaint().orElseThrow())).build();
        assertTrue(ice.draft(iceFacts).missing().stream().anyMatch(m -> m.field().equals("what happened")));
    }

    @Test
    @DisplayName("not typed, it comes from the complaint letter on record, with a note; typed, the parent's words stay")
    void filledFromTheRecords() throws IOException {
        LetterTemplate review = LetterTemplates.SENIOR_REVIEW;
        LetterFacts complete = Facts.complete(review);
        ComplaintDetails untyped = untyped(complete.complaint().orElseThrow());
        LetterFacts facts = complete.toBuilder().complaint(untyped)
                .reports(onRecord("You did not send an arrears notice.")).build();
        LetterDraft draft = review.draft(facts);
        assertTrue(draft.missing().isEmpty(), draft.missing().toString());
        // What happened, typed, then what went wrong from the complaint letter.
        // The page break (its label and footer, read in among the words) may fall inside the section.
        String flatText = new ReadBack(review, facts).flat()
                .replaceAll("Page \\d+ of \\d+ ?CMS reference \\d{4} \\d{4} \\d{4} ", "");
        assertTrue(flatText.contains("What my complaint is about The problem began on 22 "
                + "Aug 2026. Payments stopped. You did not send an arrears notice."), flatText);
        assertTrue(draft.warnings().stream().anyMatch(w -> w.message().startsWith("What your complaint is about is"
                + " taken from your complaint of 23 Sep 2026")), draft.warnings().toString());

        LetterFacts typed = complete.toBuilder().reports(onRecord("You did not send an arrears notice.")).build();
        String text = new ReadBack(review, typed).flat()
                .replaceAll("Page \\d+ of \\d+ ?CMS reference \\d{4} \\d{4} \\d{4} ", "");
        assertTrue(text.contains("What my complaint is about The problem began on 22 Aug 2026. Payments stopped. "
                + "No arrears notice was sent."), text);
        assertFalse(text.contains("You did not send"), text);
    }

    @Test
    @DisplayName("nothing on record: the gap stays for the parent to fill")
    void nothingOnRecord() {
        LetterTemplate review = LetterTemplates.SENIOR_REVIEW;
        LetterFacts complete = Facts.complete(review);
        LetterFacts facts = complete.toBuilder().complaint(untyped(complete.complaint().orElseThrow()))
                .build();
        assertTrue(review.draft(facts).missing().stream().anyMatch(m -> m.field().equals("what the CMS did wrong")));
        assertEquals(Set.of(), Set.copyOf(review.draft(complete).missing()));
    }

    @Test
    @DisplayName("the complaint to ICE is filled the same way, from the complaint it is about")
    void iceIsFilledTheSameWay() throws IOException {
        LetterTemplate ice = LetterTemplates.ICE_COMPLAINT;
        LetterFacts complete = Facts.complete(ice);
        ComplaintDetails untyped = untyped(complete.complaint().orElseThrow());
        LetterFacts facts = complete.toBuilder().complaint(untyped)
                .reports(onRecord("You did not send an arrears notice.")).build();
        String text = new ReadBack(ice, facts).flat();
        assertTrue(text.contains("What went wrong You did not send an arrears notice."), text);
        assertFalse(ice.draft(facts).missing().stream().anyMatch(m -> m.field().equals("what the CMS did wrong")));
    }
}
