package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.TableColumn;
import uk.cml.letters.templates.LetterDraft;

/** A letter's changed words kept as text in the drafts file go into a fresh draft as if never written out. */
class KeptWordsTest {

    private static final LetterBlock.Table PAYMENTS = new LetterBlock.Table(List.of(TableColumn.left("Due on", 1),
            TableColumn.right("Due", 1)), List.of(List.of("6 Nov 2026", "£50.00")));

    private static DraftEdits edits(List<LetterBlock> drafted, List<LetterBlock> typed) {
        return DraftEdits.between(new DraftEdits.Words("COMPLAINT", drafted), new DraftEdits.Words("MY COMPLAINT",
                typed));
    }

    @Test
    void everyKindOfBlockComesBackAndGoesIntoTheFreshDraftAsBefore() {
        List<LetterBlock> drafted = List.of(new LetterBlock.RequestBox("What I am asking you to do",
                List.of("Reply within 15 working days.", "Apologise.")), new LetterBlock.SubHeading("What happened"),
                new LetterBlock.Paragraph("[what happened]"), PAYMENTS, new LetterBlock.BulletList(List.of("Rent")));
        List<LetterBlock> typed = List.of(new LetterBlock.RequestBox("What I am asking you to do",
                List.of("Reply within 15 working days.", "Pay me £25.00.")), new LetterBlock.SubHeading("What happened"),
                new LetterBlock.Paragraph("They did not call back.\n\nTwice."), PAYMENTS,
                new LetterBlock.BulletList(List.of("Rent", "School uniform")));
        DraftEdits before = edits(drafted, typed);

        Map<String, String> fields = KeptWords.fields(before, List.of(new LossRows.Row("Late fee", "landlord's letter",
                "25.00")));
        assertEquals(List.of(new LossRows.Row("Late fee", "landlord's letter", "25.00")), KeptWords.losses(fields));
        DraftEdits after = KeptWords.edits(new HashMap<>(fields));

        // The fresh draft has a new table (a payment since) and the same words elsewhere.
        LetterBlock.Table since = new LetterBlock.Table(PAYMENTS.columns(), List.of(List.of("6 Nov 2026", "£50.00"),
                List.of("13 Nov 2026", "£50.00")));
        LetterDraft fresh = new LetterDraft("complaint", "COMPLAINT", List.of(drafted.get(0), drafted.get(1),
                drafted.get(2), since, drafted.get(4)), List.of(), List.of(), List.of());
        DraftEdits.Carried expected = before.carryInto(fresh);
        DraftEdits.Carried carried = after.carryInto(fresh);
        assertEquals(expected, carried);
        assertEquals("MY COMPLAINT", carried.heading());
        assertEquals(since, carried.body().get(3), "the table is the fresh one, never the kept placeholder");
        assertEquals(new LetterBlock.Paragraph("They did not call back.\n\nTwice."), carried.body().get(2));
    }

    @Test
    void fieldsCutShortAreNoChangesRatherThanAWrongLetter() {
        Map<String, String> fields = new HashMap<>(KeptWords.fields(edits(
                List.of(new LetterBlock.Paragraph("a")), List.of(new LetterBlock.Paragraph("b"))), List.of()));
        fields.remove("typed.0.kind");
        assertFalse(KeptWords.edits(fields).any());
        assertFalse(KeptWords.edits(Map.of()).any());
    }

    /** Kept with the letter in the log as one text: the same changes come back, line breaks, £ and quotes too. */
    @Test
    void theTextKeptInTheLogGivesTheSameChangesBack() {
        // (A table is never kept, only its place: see everyKindOfBlockComesBackAndGoesIntoTheFreshDraftAsBefore.)
        List<LetterBlock> drafted = List.of(new LetterBlock.Paragraph("My name is Sam."),
                new LetterBlock.SubHeading("What was said"));
        List<LetterBlock> typed = List.of(new LetterBlock.Paragraph("My name is Sam = \"me\".\n\n#Not a comment: £5"),
                new LetterBlock.SubHeading("What was said: \\ back"));
        DraftEdits before = edits(drafted, typed);
        String text = KeptWords.text(before, List.of());
        assertFalse(text.contains("\n#"), "no date line");
        DraftEdits after = KeptWords.edits(KeptWords.fields(text));
        assertEquals(before.drafted(), after.drafted());
        assertEquals(before.words(), after.words());
        assertEquals(Map.of(), KeptWords.fields(""));
    }
}
