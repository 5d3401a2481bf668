package uk.cml.domain.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.testing.CaseFileBuilder;

/**
 * A CMS case saved without its reference (the parent said they did not have it to hand, reviewer rv10): What needs
 * doing says where it is, with the CMS phone line the address book keeps, until it is added; never for a case that has
 * one or a private arrangement. It comes after the dated things to do, before a late option.
 */
class AddTheReferenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aCmsCaseWithoutItsReferenceIsAskedForIt() {
        TodoItem item = AddTheReference.todo(CaseFileBuilder.jordanReed().build(), Optional.of("0800 171 2345"), TODAY)
                .orElseThrow();
        assertEquals("Add your CMS reference: it is on every letter from the CMS, or call the CMS on 0800 171 2345 "
                + "(free).", item.what());
        assertEquals(TodoKind.ADD_CMS_REFERENCE, item.kind());
        assertEquals(TODAY, item.due());
        assertEquals("Add your CMS reference: it is on every letter from the CMS, or call the CMS on 0345 000 0000.",
                AddTheReference.todo(CaseFileBuilder.jordanReed().arrangement(Arrangement.COLLECT_AND_PAY).build(),
                        Optional.of("0345 000 0000"), TODAY).orElseThrow().what(), "free only of an 0800 number");
        assertEquals("Add your CMS reference: it is on every letter from the CMS.",
                AddTheReference.todo(CaseFileBuilder.jordanReed().build(), Optional.empty(), TODAY).orElseThrow()
                        .what(), "no phone line kept: no number made up");
    }

    @Test
    void nothingOnceItIsAddedOrWhenTheCmsIsNotInvolved() {
        assertTrue(AddTheReference.todo(CaseFileBuilder.jordanReed().cmsReference("1212 3456 7890").build(),
                Optional.of("0800 171 2345"), TODAY).isEmpty());
        assertTrue(AddTheReference.todo(CaseFileBuilder.jordanReed().arrangement(Arrangement.PRIVATE).build(),
                Optional.of("0800 171 2345"), TODAY).isEmpty());
    }

    @Test
    void itComesAfterTheDatedThingsToDo() {
        TodoItem reference = AddTheReference.todo(CaseFileBuilder.jordanReed().build(), Optional.empty(), TODAY)
                .orElseThrow();
        TodoItem call = new TodoItem(LocalDate.of(2026, 12, 1), "Follow up your call", TodoKind.FOLLOW_UP_CALL, 3);
        TodoItem letter = new TodoItem(LocalDate.of(2026, 12, 9), "Post the letter", TodoKind.POST_LETTER, 4);
        assertEquals(List.of(letter, call, reference), Todos.gather(List.of(reference, call, letter), TODAY));
    }
}
