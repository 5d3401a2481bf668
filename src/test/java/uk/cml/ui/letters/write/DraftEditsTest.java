package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.LetterBlock.BulletList;
import uk.cml.letters.LetterBlock.Paragraph;
import uk.cml.letters.LetterBlock.RequestBox;
import uk.cml.letters.LetterBlock.SubHeading;
import uk.cml.letters.TableColumn;
import uk.cml.letters.templates.LetterDraft;

class DraftEditsTest {

    static final RequestBox ASKS = new RequestBox("What I am asking you to do", List.of("Apologise.", "Explain."));
    static final Paragraph OPENING = new Paragraph("I am writing to complain.");
    static final Paragraph OWED = new Paragraph("By my records £155.61 is owed.");

    static LetterDraft draft(String heading, LetterBlock... blocks) {
        return new LetterDraft("collection-complaint", heading, List.of(blocks), List.of(), List.of(), List.of());
    }

    static List<LetterBlock> with(LetterDraft draft, int index, LetterBlock block) {
        List<LetterBlock> body = new ArrayList<>(draft.body());
        body.set(index, block);
        return body;
    }

    @Test
    void withNoChangesTheFreshDraftStandsAsItIs() {
        LetterDraft before = draft("Complaint", ASKS, OPENING, OWED);
        LetterDraft fresh = draft("Complaint", ASKS, OPENING, new Paragraph("By my records £207.48 is owed."));
        DraftEdits edits = DraftEdits.of(before, "Complaint", before.body());
        assertFalse(edits.any());
        DraftEdits.Carried carried = edits.carryInto(fresh);
        assertEquals(fresh.body(), carried.body());
        assertEquals(DraftEdits.Outcome.ALL_KEPT, carried.outcome());
    }

    @Test
    void aChangedParagraphFollowsItsWordsWhenALossSectionIsPutInBeforeIt() {
        LetterDraft before = draft("Complaint", ASKS, OPENING, OWED);
        Paragraph mine = new Paragraph("I am writing to complain, again, about the delay.");
        DraftEdits edits = DraftEdits.of(before, "My complaint", with(before, 1, mine));
        RequestBox asksWithClaim = new RequestBox(ASKS.title(), List.of("Apologise.", "Explain.", "Pay me £18.00."));
        LetterDraft fresh = draft("Complaint", asksWithClaim, new SubHeading("Money I lost"),
                new Paragraph("I lost these amounts:"), OPENING, OWED);

        DraftEdits.Carried carried = edits.carryInto(fresh);

        assertEquals("My complaint", carried.heading());
        assertEquals(List.of(asksWithClaim, new SubHeading("Money I lost"), new Paragraph("I lost these amounts:"),
                mine, OWED), carried.body());
        assertEquals(DraftEdits.Outcome.ALL_KEPT, carried.outcome());
    }

    @Test
    void anEditedListKeepsTheParentsItemsAndGainsTheOnesTheRecordsNowGive() {
        LetterDraft before = draft("Complaint", ASKS, OPENING);
        RequestBox mine = new RequestBox(ASKS.title(), List.of("Apologise in writing.", "Explain.",
                "Ring me after 3pm."));
        DraftEdits edits = DraftEdits.of(before, "Complaint", with(before, 0, mine));
        LetterDraft fresh = draft("Complaint", new RequestBox(ASKS.title(), List.of("Apologise.", "Explain.",
                "Pay me £18.00.")), new Paragraph("I lost these amounts:"), OPENING);

        DraftEdits.Carried carried = edits.carryInto(fresh);

        assertEquals(new RequestBox(ASKS.title(), List.of("Apologise in writing.", "Explain.", "Pay me £18.00.",
                "Ring me after 3pm.")), carried.body().get(0));
        assertEquals(DraftEdits.Outcome.ALL_KEPT, carried.outcome(), "a merged list needs no second look");
    }

    @Test
    void anItemTheRecordsNoLongerGiveGoesUnlessTheParentWroteIt() {
        assertEquals(List.of("Apologise in writing.", "Ring me."), DraftEdits.items(
                List.of("Apologise.", "Pay me £18.00."), List.of("Apologise in writing.", "Pay me £18.00.", "Ring me."),
                List.of("Apologise.")));
    }

    @Test
    void aChangedParagraphWhoseRecordsChangedIsKeptInItsPlaceAndTheParentIsAskedToCheck() {
        LetterDraft before = draft("Complaint", OPENING, OWED);
        Paragraph mine = new Paragraph("By my records £155.61 is owed, and has been since June.");
        DraftEdits edits = DraftEdits.of(before, "Complaint", with(before, 1, mine));
        LetterDraft fresh = draft("Complaint", OPENING, new Paragraph("By my records £207.48 is owed."));

        DraftEdits.Carried carried = edits.carryInto(fresh);

        assertEquals(List.of(OPENING, mine), carried.body());
        assertEquals(DraftEdits.Outcome.KEPT_CHECK, carried.outcome());
    }

    @Test
    void aChangeWithNoPlaceLeftIsGivenBackToCopyNotDroppedSilently() {
        LetterDraft before = draft("Complaint", OPENING, OWED);
        Paragraph mine = new Paragraph("By my records £155.61 is owed, since June.");
        DraftEdits edits = DraftEdits.of(before, "Complaint", with(before, 1, mine));
        LetterDraft fresh = draft("Complaint", OPENING, new Paragraph("By my records £207.48 is owed."),
                new Paragraph("A new paragraph."), new LetterBlock.Table(List.of(TableColumn.left("Due", 1)),
                        List.of(List.of("1 Dec")), List.of()));

        DraftEdits.Carried carried = edits.carryInto(fresh);

        assertEquals(fresh.body(), carried.body());
        assertEquals(DraftEdits.Outcome.SOME_LOST, carried.outcome());
        assertEquals(List.of(mine.text()), carried.lost());
    }

    @Test
    void twoEditedParagraphsWithTheSameWordsEachKeepTheirOwnPlace() {
        Paragraph same = new Paragraph("[what happened]");
        LetterDraft before = draft("Complaint", same, new BulletList(List.of("a")), same);
        List<LetterBlock> mine = new ArrayList<>(before.body());
        mine.set(0, new Paragraph("First."));
        mine.set(2, new Paragraph("Second."));
        DraftEdits.Carried carried = DraftEdits.of(before, "Complaint", mine).carryInto(before);
        assertEquals(mine, carried.body());
        assertEquals(DraftEdits.Outcome.ALL_KEPT, carried.outcome());
        assertTrue(carried.lost().isEmpty());
    }

    @Test
    void aBlockTheParentLeftAloneTakesTheRecordsNewWords() {
        LetterDraft before = draft("Complaint", OPENING, OWED);
        Paragraph mine = new Paragraph("I am writing, again, to complain.");
        LetterDraft fresh = draft("Complaint", OPENING, new Paragraph("By my records £207.48 is owed."));
        DraftEdits.Carried carried = DraftEdits.of(before, "Complaint", with(before, 0, mine)).carryInto(fresh);
        assertEquals(List.of(mine, new Paragraph("By my records £207.48 is owed.")), carried.body());
        assertEquals(DraftEdits.Outcome.ALL_KEPT, carried.outcome());
    }

    @Test
    void aListOrHeadingWithNoPlaceIsGivenBackInItsOwnWords() {
        LetterDraft before = draft("Complaint", new SubHeading("What happened"), new BulletList(List.of("a", "b")),
                ASKS);
        List<LetterBlock> mine = List.of(new SubHeading("What went wrong"), new BulletList(List.of("a", "c")),
                new RequestBox(ASKS.title(), List.of("Apologise today.")));
        LetterDraft fresh = draft("Complaint", new Paragraph("Nothing else."),
                new RequestBox("Something else entirely", List.of("Explain.")));
        DraftEdits.Carried carried = DraftEdits.of(before, "Complaint", mine).carryInto(fresh);
        assertEquals(fresh.body(), carried.body(), "a box of another title is not this one's place");
        assertEquals(List.of("What went wrong", "a\nc", "Apologise today."), carried.lost());
    }

    @Test
    void blocksThatDoNotMatchTheDraftCarryNothing() {
        LetterDraft before = draft("Complaint", OPENING, OWED);
        assertFalse(DraftEdits.of(before, "Complaint", List.of(OPENING)).any());
        assertFalse(DraftEdits.of(null, "Complaint", List.of(OPENING)).any());
        assertEquals(before.body(), DraftEdits.none().carryInto(before).body());
    }

    @Test
    void aDatedLineTheParentRewroteIsNotPrintedTwiceWhenTheRecordsChangeThatDaysLine() {
        String called = "10 Nov 2026: I phoned you and told you of the missed payments.";
        String posted = "12 Nov 2026: I posted a letter to you about the missed payments, following up my call of "
                + "10 Nov 2026.";
        String postedWithProof = posted + " I have its Post Office certificate of posting.";
        String mine = "12 Nov 2026: I posted a letter confirming my call, from the Gloucester Post Office.";
        String cmsLetter = "17 Nov 2026: your letter, which reached me on 20 Nov 2026.";
        LetterDraft before = draft("COMPLAINT", new SubHeading("What happened"), new Paragraph("By my records:"),
                new BulletList(List.of(called, posted)));
        DraftEdits edits = DraftEdits.of(before, "COMPLAINT", with(before, 2, new BulletList(List.of(called, mine))));
        LetterDraft fresh = draft("COMPLAINT", new SubHeading("What happened"), new Paragraph("By my records:"),
                new BulletList(List.of(called, postedWithProof, cmsLetter)));

        DraftEdits.Carried carried = edits.carryInto(fresh);

        assertEquals(new BulletList(List.of(called, mine, cmsLetter)), carried.body().get(2),
                "the parent's line for 12 Nov stands; the records' new line for that day is not printed beside it");
        assertEquals(List.of(postedWithProof), carried.heldBack(), "the parent is shown what was held back");
        assertEquals(DraftEdits.Outcome.KEPT_CHECK, carried.outcome());
    }

    @Test
    void aLineOfADayTheParentWroteNothingAboutStillComesIn() {
        assertEquals(List.of("10 Nov 2026: I rang Priya.", "17 Nov 2026: your letter."), DraftEdits.items(
                List.of("10 Nov 2026: I phoned you."), List.of("10 Nov 2026: I rang Priya."),
                List.of("10 Nov 2026: I phoned you.", "17 Nov 2026: your letter.")));
    }
    static final String PROMISE = "17 Nov 2026: when I phoned you, Sam (Direct Pay arrears team) told me you would do "
            + "this by 19 Nov 2026: \u201cA caseworker would phone me back about the arrears.\u201d My records do not "
            + "show that it was done.";
    static final Paragraph NO_WORD = new Paragraph("Since I first told you of the missed payments, on 17 Nov 2026, I "
            + "have had no word from you of any enforcement action to collect the arrears.");

    /**
     * The reviewer's complaint: the parent wrote the callback promise into What went wrong themselves, on a draft
     * that had no line for it. Drafted again, now with the records' line for that promise, the promise is told once,
     * in the parent's words, and the records' line is shown to them to check.
     */
    @Test
    void aPromiseTheParentWroteIntoTheParagraphIsNotPrintedAgainAsTheRecordsLine() {
        LetterDraft before = draft("COMPLAINT", new SubHeading("What went wrong"), NO_WORD,
                new SubHeading("The effect on my child Lily"));
        Paragraph mine = new Paragraph(NO_WORD.text() + " On 17 Nov 2026 you promised a caseworker would phone me "
                + "back by 19 Nov 2026. Nobody did.");
        DraftEdits edits = DraftEdits.of(before, "COMPLAINT", with(before, 1, mine));
        LetterDraft fresh = draft("COMPLAINT", new SubHeading("What went wrong"), NO_WORD,
                new BulletList(List.of(PROMISE)), new SubHeading("The effect on my child Lily"));

        DraftEdits.Carried carried = edits.carryInto(fresh);

        assertEquals(List.of(new SubHeading("What went wrong"), mine, new SubHeading("The effect on my child Lily")),
                carried.body());
        assertEquals(List.of(PROMISE), carried.heldBack());
        assertEquals(DraftEdits.Outcome.KEPT_CHECK, carried.outcome());
    }

    /** A promise line the parent rewrote in the list stays theirs when the records change that day's line. */
    @Test
    void aPromiseLineTheParentRewroteIsNotPrintedTwice() {
        String theirs = "17 Nov 2026: Sam promised a caseworker would ring me back by 19 Nov 2026. Nobody rang.";
        String changed = PROMISE.replace("Direct Pay arrears team", "Arrears team");
        LetterDraft before = draft("COMPLAINT", new SubHeading("What went wrong"), NO_WORD,
                new BulletList(List.of(PROMISE)));
        DraftEdits edits = DraftEdits.of(before, "COMPLAINT", with(before, 2, new BulletList(List.of(theirs))));
        LetterDraft fresh = draft("COMPLAINT", new SubHeading("What went wrong"), NO_WORD,
                new BulletList(List.of(changed)));

        DraftEdits.Carried carried = edits.carryInto(fresh);

        assertEquals(new BulletList(List.of(theirs)), carried.body().get(2));
        assertEquals(List.of(changed), carried.heldBack());
    }

    /** A paragraph the parent changed without naming a new day holds nothing back. */
    @Test
    void aNewLineStaysWhenTheParentsWordsNameNoNewDay() {
        LetterDraft before = draft("COMPLAINT", new SubHeading("What went wrong"), NO_WORD);
        Paragraph mine = new Paragraph(NO_WORD.text() + " Nobody has called me.");
        DraftEdits edits = DraftEdits.of(before, "COMPLAINT", with(before, 1, mine));
        LetterDraft fresh = draft("COMPLAINT", new SubHeading("What went wrong"), NO_WORD,
                new BulletList(List.of(PROMISE)));

        DraftEdits.Carried carried = edits.carryInto(fresh);

        assertEquals(List.of(new SubHeading("What went wrong"), mine, new BulletList(List.of(PROMISE))),
                carried.body());
        assertEquals(List.of(), carried.heldBack());
    }
}
