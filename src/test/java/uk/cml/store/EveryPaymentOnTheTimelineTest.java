package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;

class EveryPaymentOnTheTimelineTest extends WithJordanReedsCase {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:15:00Z"), ZoneId.of("Europe/London"));

    PaymentStore store;

    @Override
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void open() {
        store = records.payments();
    }

    static Payment paid(int month, int day, long pounds) {
        return new Payment(0, LocalDate.of(2026, month, day), Money.ofPounds(pounds), PaymentMethod.BANK_TRANSFER,
                "", "");
    }

    @Test
    void aLatePaymentForTheLastDueIsOnTheTimelineOnce() {
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(350), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 9, 1), "CMS calculation"));
        store.savePayment(caseId, paid(9, 1, 350));
        store.savePayment(caseId, paid(10, 1, 100));
        store.savePayment(caseId, paid(11, 1, 350));
        store.savePayment(caseId, paid(12, 3, 350).linkedTo(Optional.of(LocalDate.of(2026, 12, 1))));
        List<TimelineEntry> entries = store.timeline(caseId);
        entries.forEach(System.out::println);
        assertEquals(List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 3)), entries.stream().filter(e -> e.kind() == TimelineKind.PAYMENT)
                .map(e -> e.happenedAt().toLocalDate()).toList());
    }
}
