package uk.cml.domain.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Found by a reviewer: a certificate of posting dated 2 Dec 2026 was accepted for a letter posted on 4 Dec 2026, and
 * the pack printed both. The Post Office dates the certificate at the counter, the day the letter is handed in.
 */
class CertificateDateRuleTest {

    static final LocalDate POSTED = LocalDate.of(2026, 12, 4);

    @Test
    @DisplayName("a certificate dated the day of posting is fine; none at all is fine")
    void theSameDayIsFine() {
        assertEquals(Optional.empty(), LetterRules.certificateDate(Optional.of(POSTED), false, Optional.of(POSTED)));
        assertEquals(Optional.empty(), LetterRules.certificateDate(Optional.empty(), false, Optional.of(POSTED)));
        assertEquals(Optional.empty(), LetterRules.certificateDate(Optional.empty(), false, Optional.empty()));
    }

    @Test
    @DisplayName("a certificate dated two days before the posting is refused, in plain words naming the posting day")
    void anotherDayIsRefused() {
        assertEquals(Optional.of("A certificate of posting is dated the day the letter is handed in at the Post "
                + "Office, so it should say 4 Dec 2026, the day you posted it. Check both dates."),
                LetterRules.certificateDate(Optional.of(LocalDate.of(2026, 12, 2)), false, Optional.of(POSTED)));
        assertTrue(LetterRules.certificateDate(Optional.of(POSTED.plusDays(1)), false, Optional.of(POSTED))
                .isPresent(), "a day after is refused too");
    }

    @Test
    @DisplayName("a certificate date with no posting date asks for the posting date; an unreadable one says so")
    void noPostingDateOrUnreadable() {
        assertEquals(Optional.of("A certificate of posting is dated the day the letter is handed in at the Post "
                + "Office. Enter that day as the date you posted it too."),
                LetterRules.certificateDate(Optional.of(POSTED), false, Optional.empty()));
        assertEquals(Optional.of(LetterRulesTest.UNREADABLE),
                LetterRules.certificateDate(Optional.empty(), true, Optional.of(POSTED)));
    }

    @Test
    @DisplayName("a letter kept with the two dates apart says so, for the pack and the list")
    void aKeptLetterKnowsItsDatesDisagree() {
        assertTrue(letter(Optional.of(LocalDate.of(2026, 12, 2))).certificateDateDiffers());
        assertFalse(letter(Optional.of(POSTED)).certificateDateDiffers());
        assertFalse(letter(Optional.empty()).certificateDateDiffers());
    }

    private static SentLetter letter(Optional<LocalDate> certificate) {
        return new SentLetter(1, 1, LocalDate.of(2026, 12, 1), Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Missed payments",
                LetterKind.ARREARS_REPORT, Optional.empty(), Optional.of(PostingMethod.SECOND_CLASS),
                new ProofOfPostage(certificate, "Leeds", "", Optional.empty()), "", Optional.empty(),
                Optional.empty());
    }
}
