package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A letter lists as enclosed only what the records hold (a copy or scan attached to that record), and says nothing
 * is enclosed where they hold none; the parent is told why, beside the letter. Read back from the PDF.
 */
class LettersEncloseOnlyWhatIsKeptTest {

    /** The complete facts with every copy the records could hold taken away: logged, but nothing attached. */
    private static LetterFacts nothingKept(LetterTemplate template) {
        LetterFacts facts = Facts.complete(template);
        DecisionDetails d = facts.decision().orElseThrow();
        return facts.toBuilder()
                .earlierLetter(facts.earlierLetter().orElseThrow().kept(false, false))
                .complaint(facts.complaint().orElseThrow().withKept(Set.of()))
                .decision(new DecisionDetails(d.decisionDate(), d.whatDecided(), d.whatIsWrong(), d.whyLate(), false))
                .build();
    }

    private static String read(LetterTemplate template, LetterFacts facts) throws IOException {
        return new ReadBack(template, facts).flat();
    }

    @Test
    @DisplayName("the chasing letter with no copy or certificate kept encloses nothing and says no copy is enclosed")
    void chaseWithNothingKept() throws IOException {
        LetterFacts facts = nothingKept(LetterTemplates.CHASE_REPLY);
        LetterDraft draft = LetterTemplates.CHASE_REPLY.draft(facts);
        assertEquals(List.of(), draft.enclosures());
        String text = read(LetterTemplates.CHASE_REPLY, facts);
        assertFalse(text.contains("enclosed"), text);
        assertFalse(text.contains("Copy of"), text);
        // The reference the records hold is still quoted: it is a fact, not an enclosure.
        assertTrue(text.contains("The proof of postage reference is CP 4821 0093."), text);
        assertTrue(draft.warnings().stream().anyMatch(w -> w.message().startsWith(
                "Your records hold no copy of your letter of 18 Oct 2026")), draft.warnings().toString());
    }

    @Test
    @DisplayName("the note on a copy not kept says where to attach it (the parent's letter or the CMS's) and to"
            + " make the letter again, so it lists the copy")
    void theNoteSaysWhatToDo() {
        List<String> review = LetterTemplates.SENIOR_REVIEW.draft(nothingKept(LetterTemplates.SENIOR_REVIEW))
                .warnings().stream().map(Warning::message).toList();
        assertTrue(review.contains("Your records hold no copy of your complaint of 23 Sep 2026, so this letter"
                + " does not list one. To enclose it: on the Letters page, open your complaint of 23 Sep 2026"
                + " and attach its PDF or a scan under \u201cYour copy\u201d. Then make this letter again, and it"
                + " will list the copy."), review.toString());
        assertTrue(review.stream().anyMatch(w -> w.startsWith("Your records hold no copy of the CMS reply of ")
                && w.contains("attach a scan or photo of it under \u201cScan or photo\u201d. Then make this letter"
                + " again, and it will list the copy.")), review.toString());
        for (LetterTemplate template : List.of(LetterTemplates.SENIOR_REVIEW, LetterTemplates.ICE_COMPLAINT,
                LetterTemplates.MANDATORY_RECONSIDERATION, LetterTemplates.CHASE_REPLY)) {
            template.draft(nothingKept(template)).warnings().forEach(w -> assertFalse(
                    w.message().contains("write this letter again"), template.key() + ": " + w.message()));
        }
    }

    @Test
    @DisplayName("the chasing letter encloses the copy and the certificate the records hold, each on its own")
    void chaseWithWhatIsKept() throws IOException {
        LetterFacts facts = nothingKept(LetterTemplates.CHASE_REPLY);
        EarlierLetter earlier = facts.earlierLetter().orElseThrow();
        LetterFacts copyOnly = facts.toBuilder().earlierLetter(earlier.kept(true, false)).build();
        assertEquals(List.of("Copy of my letter of 18 Oct 2026"),
                LetterTemplates.CHASE_REPLY.draft(copyOnly).enclosures());
        String text = read(LetterTemplates.CHASE_REPLY, copyOnly);
        assertTrue(text.contains("A copy of the letter is enclosed"), text);
        assertFalse(text.contains("Copy of the proof of postage"), text);

        LetterFacts proofOnly = facts.toBuilder().earlierLetter(earlier.kept(false, true)).build();
        assertEquals(List.of("Copy of the proof of postage of 19 Oct 2026 (CP 4821 0093)"),
                LetterTemplates.CHASE_REPLY.draft(proofOnly).enclosures());
        assertFalse(read(LetterTemplates.CHASE_REPLY, proofOnly).contains("A copy of the letter is enclosed"));
    }

    @Test
    @DisplayName("the review request, ICE complaint, reconsideration and collection complaint enclose no copy the"
            + " records do not hold")
    void complaintsAndDecisionWithNothingKept() throws IOException {
        for (LetterTemplate template : List.of(LetterTemplates.SENIOR_REVIEW, LetterTemplates.ICE_COMPLAINT,
                LetterTemplates.MANDATORY_RECONSIDERATION, LetterTemplates.COLLECTION_COMPLAINT)) {
            LetterFacts facts = nothingKept(template);
            LetterDraft draft = template.draft(facts);
            assertEquals(List.of(), draft.enclosures(), template.key());
            String text = read(template, facts);
            assertFalse(text.contains("enclosed"), template.key() + ": " + text);
            assertFalse(text.contains("Copy of"), template.key() + ": " + text);
            assertFalse(draft.warnings().isEmpty(), template.key() + " tells the parent why nothing is enclosed");
        }
    }

    @Test
    @DisplayName("each copy the records hold is enclosed, and only that one")
    void complaintCopiesOneByOne() throws IOException {
        LetterFacts facts = nothingKept(LetterTemplates.SENIOR_REVIEW);
        ComplaintDetails c = facts.complaint().orElseThrow();
        LetterFacts replyKept = facts.toBuilder().complaint(c.withKept(EnumSet.of(ComplaintDetails.Kept.REPLY)))
                .build();
        assertEquals(List.of("Copy of your reply of 13 Oct 2026"),
                LetterTemplates.SENIOR_REVIEW.draft(replyKept).enclosures());

        LetterFacts ice = nothingKept(LetterTemplates.ICE_COMPLAINT);
        LetterFacts finalKept = ice.toBuilder().complaint(ice.complaint().orElseThrow()
                .withKept(EnumSet.of(ComplaintDetails.Kept.FINAL_RESPONSE))).build();
        assertEquals(List.of("Copy of the CMS final response of 22 Oct 2026"),
                LetterTemplates.ICE_COMPLAINT.draft(finalKept).enclosures());
        assertTrue(read(LetterTemplates.ICE_COMPLAINT, finalKept).contains("final response on 22 Oct 2026. A copy"
                + " is enclosed."));
        assertFalse(read(LetterTemplates.ICE_COMPLAINT, ice).contains("A copy is enclosed"));

        LetterFacts decision = Facts.complete(LetterTemplates.MANDATORY_RECONSIDERATION);
        assertEquals(List.of("Copy of your decision letter of 10 Nov 2026"),
                LetterTemplates.MANDATORY_RECONSIDERATION.draft(decision).enclosures());
    }

    @Test
    @DisplayName("an EarlierLetter, a complaint or a decision holds no copy unless the records say so")
    void nothingKeptByDefault() {
        assertFalse(new EarlierLetter(LocalDate.of(2026, 10, 1), "", null, "", "CP 1").copyKept());
        assertFalse(new EarlierLetter(LocalDate.of(2026, 10, 1), "", null, "", "CP 1").proofKept());
        assertEquals(Set.of(), ComplaintParts.EMPTY.kept());
        assertFalse(new DecisionDetails(LocalDate.of(2026, 10, 1), "", "", "").letterKept());
    }
}
