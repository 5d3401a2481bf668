package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LetterDocument")
class LetterDocumentTest {

    @Test
    @DisplayName("cannot be built without a sender, a date or a recipient")
    void requiredParts() {
        assertThrows(IllegalStateException.class, () -> LetterDocument.builder().date(SampleLetters.DATE)
                .recipient("CMS").build());
        assertThrows(IllegalStateException.class, () -> LetterDocument.builder().sender(new Sender("A", List.of()))
                .recipient("CMS").build());
        assertThrows(IllegalStateException.class, () -> LetterDocument.builder().sender(new Sender("A", List.of()))
                .date(SampleLetters.DATE).build());
    }

    @Test
    @DisplayName("keeps body blocks in the order they were added")
    void bodyOrder() {
        LetterDocument letter = SampleLetters.simple().subHeading("S").bullets(List.of("b")).build();
        assertEquals(List.of(LetterBlock.Paragraph.class, LetterBlock.SubHeading.class, LetterBlock.BulletList.class),
                letter.body().stream().map(Object::getClass).toList());
    }

    @Test
    @DisplayName("is not changed by later changes to the lists it was built from")
    void immutable() {
        List<String> lines = new ArrayList<>(List.of("CMS", "PO Box 249"));
        LetterDocument letter = SampleLetters.simple().recipient(lines).build();
        lines.add("extra");
        assertEquals(2, letter.recipientLines().size());
        assertThrows(UnsupportedOperationException.class, () -> letter.enclosures().add("x"));
    }

    @Test
    @DisplayName("rejects a table row with the wrong number of cells, naming both counts")
    void tableRowWidth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LetterBlock.Table(
                List.of(TableColumn.left("A", 1), TableColumn.right("B", 1)), List.of(List.of("only one"))));
        assertEquals("A table row has 1 cells but the table has 2 columns", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TableColumn.left("A", 0));
    }
}
