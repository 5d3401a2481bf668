package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * The one form a letter's words are kept in, written and read back as one text: every kind of block (a table only by
 * its place), the money lost and the choices; a text not in the form, or cut short, reads as nothing rather than as a
 * wrong letter.
 */
class KeptLetterWordsTest {

    @Test
    void whatIsWrittenIsReadBack() {
        LetterBlock.Table payments = new LetterBlock.Table(List.of(TableColumn.left("Due on", 1)),
                List.of(List.of("6 Nov 2026")));
        KeptLetterWords.Words typed = new KeptLetterWords.Words("MY COMPLAINT", List.of(
                new LetterBlock.RequestBox("What I am asking you to do", List.of("Reply by 31 Dec 2026.", "Pay.")),
                new LetterBlock.SubHeading("What happened"), new LetterBlock.Paragraph("No call = \"back\".\n\n#Twice"),
                payments, new LetterBlock.BulletList(List.of("Rent", "School uniform"))));
        Map<String, String> fields = new LinkedHashMap<>();
        KeptLetterWords.putWords(fields, KeptLetterWords.TYPED, typed);
        KeptLetterWords.putLosses(fields, List.of(new KeptLetterWords.Loss("Late fee", "landlord's letter", "25.00")));
        KeptLetterWords.putPostedBy(fields, PostingMethod.SECOND_CLASS);
        KeptLetterWords.putSaidComplaint(fields, true);

        Map<String, String> back = KeptLetterWords.read(KeptLetterWords.text(fields)).orElseThrow();
        KeptLetterWords.Words read = KeptLetterWords.words(back, KeptLetterWords.TYPED).orElseThrow();
        assertEquals("MY COMPLAINT", read.heading());
        assertEquals(typed.body().subList(0, 3), read.body().subList(0, 3));
        assertEquals(KeptLetterWords.A_TABLE, read.body().get(3), "a table is kept only by its place");
        assertEquals(typed.body().get(4), read.body().get(4));
        assertEquals(List.of(new KeptLetterWords.Loss("Late fee", "landlord's letter", "25.00")),
                KeptLetterWords.losses(back, 20));
        assertEquals(Optional.of(PostingMethod.SECOND_CLASS), KeptLetterWords.postedBy(back));
        assertEquals(true, KeptLetterWords.saidComplaint(back));
        assertEquals(Optional.empty(), KeptLetterWords.words(back, KeptLetterWords.DRAFTED), "none kept");
    }

    @Test
    void aTextNotInTheFormOrCutShortIsNothing() {
        assertEquals(Optional.empty(), KeptLetterWords.read(""));
        Map<String, String> cut = new LinkedHashMap<>(Map.of("typed.heading", "X", "typed.blocks", "2",
                "typed.0.kind", "paragraph", "typed.0.text", "a"));
        assertEquals(Optional.empty(), KeptLetterWords.words(cut, KeptLetterWords.TYPED));
        assertEquals(List.of(), KeptLetterWords.losses(Map.of("losses", "many"), 20));
    }
}
