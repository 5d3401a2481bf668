package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.StatedArrears;

/**
 * Two CMS letters giving the arrears as at the same day, 4 Oct 2026: the latest figure (the one the Payments banner,
 * the Overview and the pack take) is the CMS's later statement, whichever the parent logged first. On a real SQLite
 * file in a temporary folder.
 */
class CmsFiguresSameDayStoreTest extends WithJordanReedsCase {

    static final LocalDate AS_AT = LocalDate.of(2026, 10, 4);

    ReceivedLetterStore letters;
    PaymentStore payments;

    @BeforeEach
    void open() {
        letters = records.receivedLetters();
        payments = records.payments();
    }

    private void log(LocalDate dated, long pence) {
        letters.save(new ReceivedLetter(0, caseId, Optional.of(dated), dated.plusDays(3), "Child Maintenance Service",
                "Arrears statement", Optional.empty(), Optional.empty()),
                Optional.of(new StatedArrears(Money.ofPence(pence), AS_AT)));
    }

    private Money latest() {
        return payments.schedule(caseId, LocalDate.of(2026, 11, 22)).cmsDifference().orElseThrow().cmsFigure();
    }

    @Test
    void theLetterDatedLaterWinsThoughLoggedFirst() {
        log(LocalDate.of(2026, 10, 20), 40000);
        log(LocalDate.of(2026, 10, 10), 31050);
        assertEquals(Money.ofPence(40000), latest(), "the CMS's later statement of 20 Oct");
    }

    @Test
    void theLetterDatedLaterWinsWhenLoggedLastToo() {
        log(LocalDate.of(2026, 10, 10), 31050);
        log(LocalDate.of(2026, 10, 20), 40000);
        assertEquals(Money.ofPence(40000), latest());
    }

    @Test
    void withTheSameLetterDateTheOneLoggedLaterWins() {
        log(LocalDate.of(2026, 10, 10), 31050);
        log(LocalDate.of(2026, 10, 10), 40000);
        assertEquals(Money.ofPence(40000), latest());
    }
}
