package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The chasing letter begun from the list, with no letter chosen to chase: when the records show exactly one posted
 * letter waiting for a reply, it chases that one (its dates, how it went, where), read back from the PDF.
 */
class ChaseTheAwaitedLetterTest {

    private static final EarlierLetter AWAITED = new EarlierLetter(LocalDate.of(2026, 10, 19), "Missed payments",
            LocalDate.of(2026, 10, 20), "1st class post", "", new LetterFacts.Contact("Child Maintenance Service 21",
                    List.of("Mail Handling Site A", "Wolverhampton", "WV98 2BU")));

    @Test
    @DisplayName("the one letter waiting for a reply is chased, at the address it went to, with no gaps")
    void theOneAwaitedLetter() throws IOException {
        LetterFacts facts = Facts.complete(Facts.schedule()).toBuilder().earlierLetter(null)
                .awaitedReply(Optional.of(AWAITED)).build();
        assertEquals(Optional.of(AWAITED.sentTo()), LetterTemplates.CHASE_REPLY.recipientFrom(facts));
        LetterFacts addressed = facts.toBuilder().recipient(AWAITED.sentTo()).build();
        assertEquals(List.of(), LetterTemplates.CHASE_REPLY.draft(addressed).missing());
        String text = new ReadBack(LetterTemplates.CHASE_REPLY, addressed).flat();
        assertTrue(text.contains("No reply to my letter of 19 Oct 2026"), text);
        assertTrue(text.contains("I posted it on 20 Oct 2026 by 1st class post."), text);
    }

    @Test
    @DisplayName("a letter chosen to chase (Chase this letter) wins over the one the records would pick")
    void aChosenLetterWins() throws IOException {
        EarlierLetter chosen = new EarlierLetter(LocalDate.of(2026, 9, 1), "Complaint", LocalDate.of(2026, 9, 2),
                "1st class post", "");
        LetterFacts facts = Facts.addressed(LetterTemplates.CHASE_REPLY, Facts.complete(Facts.schedule()).toBuilder()
                .awaitedReply(Optional.of(AWAITED)).earlierLetter(chosen).build());
        String text = new ReadBack(LetterTemplates.CHASE_REPLY, facts).flat();
        assertTrue(text.contains("No reply to my letter of 1 Sep 2026"), text);
        assertFalse(text.contains("19 Oct 2026"), text);
    }
}
