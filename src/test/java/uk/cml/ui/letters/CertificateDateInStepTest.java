package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * The certificate of posting's date on the posting form, without a window: the Post Office dates it the day the
 * letter is handed in, so it follows the date posted, and a different day typed by hand is refused beside the field.
 */
class CertificateDateInStepTest {

    static final LocalDate POSTED = LocalDate.of(2026, 12, 4);
    static final Optional<PostingMethod> SECOND = Optional.of(PostingMethod.SECOND_CLASS);
    final CertificateDateInStep dates = new CertificateDateInStep();

    @Test
    @DisplayName("the certificate's date follows the posting date as it is typed and changed")
    void followsThePostingDate() {
        assertEquals(Optional.of(POSTED), dates.next(Optional.of(POSTED), SECOND, Optional.empty(), false));
        assertEquals(Optional.of(POSTED.plusDays(1)),
                dates.next(Optional.of(POSTED.plusDays(1)), SECOND, Optional.of(POSTED), false), "kept in step");
        assertEquals(Optional.empty(), dates.next(Optional.empty(), SECOND, Optional.of(POSTED.plusDays(1)), false),
                "no posting date, no certificate date");
    }

    @Test
    @DisplayName("a letter emailed or handed in has no certificate of posting, so no date is put in")
    void notByPost() {
        dates.next(Optional.of(POSTED), Optional.empty(), Optional.empty(), false);
        assertEquals(Optional.empty(), dates.next(Optional.of(POSTED), Optional.of(PostingMethod.EMAIL),
                Optional.of(POSTED), false));
    }

    @Test
    @DisplayName("a different date typed by hand is left as typed, and refused on saving with the posting day named")
    void typedByHand() {
        dates.next(Optional.of(POSTED), SECOND, Optional.empty(), false);
        Optional<LocalDate> typed = Optional.of(LocalDate.of(2026, 12, 2));
        assertEquals(typed, dates.next(Optional.of(POSTED), SECOND, typed, false), "not overwritten unseen");
        Optional<String> refusal = dates.refusal(Optional.of(POSTED), typed, false);
        assertTrue(refusal.orElseThrow().contains("handed in at the Post Office")
                && refusal.get().contains("4 Dec 2026") && refusal.get().contains("Check both dates"), refusal.get());
        assertEquals(Optional.empty(), dates.refusal(Optional.of(POSTED), Optional.of(POSTED), false));
    }

    @Test
    @DisplayName("a letter kept with the two dates apart opens with them as kept, to be corrected, not changed unseen")
    void anOldLetterWithDatesApart() {
        Optional<LocalDate> kept = Optional.of(LocalDate.of(2026, 12, 2));
        dates.opened(Optional.of(POSTED), kept);
        assertEquals(kept, dates.next(Optional.of(POSTED), SECOND, kept, false));
        assertTrue(dates.refusal(Optional.of(POSTED), kept, false).isPresent());
    }
}
