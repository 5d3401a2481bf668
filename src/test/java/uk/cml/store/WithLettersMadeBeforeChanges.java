package uk.cml.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.privacy.MovableClock;

/**
 * What a test of the letters made before the records changed ({@link LaterChanges}, read by
 * {@link SentLetterStore#changedSinceMade}) extends: Jordan Reed's case ({@link WithJordanReedsCase}) in a file the
 * record journal covers, as the app opens it, with £50 a month due from 6 Oct 2026 (the CMS calculation), on a clock
 * that starts at the moment the test gives and is then moved on by {@link #later()}, so a letter the test makes comes
 * after its setup.
 */
abstract class WithLettersMadeBeforeChanges extends WithJordanReedsCase {

    final MovableClock clock;
    PaymentStore payments;
    SentLetterStore sent;

    /** @param startsAt the clock's first moment, such as {@code 2026-12-01T10:00:00Z} (shown in London's time) */
    WithLettersMadeBeforeChanges(String startsAt) {
        clock = new MovableClock(Instant.parse(startsAt), ZoneId.of("Europe/London"));
    }

    @Override
    final Clock clock() {
        return clock;
    }

    @Override
    final boolean journalled() {
        return true;
    }

    @BeforeEach
    final void fiftyPoundsAMonth() {
        payments = records.payments();
        sent = records.sentLetters();
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 6), "CMS calculation"));
        later();
    }

    /** Five minutes on. */
    final void later() {
        clock.advance(Duration.ofMinutes(5));
    }
}
