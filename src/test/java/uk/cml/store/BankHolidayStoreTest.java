package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.DayOffWords;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * A bank holiday announced after this copy of the app was made, added by the parent: kept in the records with
 * history, removed into the Bin and put back, and counted by the one calendar built on the store at each step, for
 * dues, reply-by dates and post-by dates alike. Real SQLite in a temporary folder.
 */
class BankHolidayStoreTest extends WithJordanReedsCase {

    /** A Wednesday no rule makes a bank holiday: as if one were proclaimed for it. */
    static final LocalDate EXTRA = LocalDate.of(2027, 6, 9);

    BankHolidayStore store;
    UkCalendar calendar;

    @BeforeEach
    void open() {
        store = new BankHolidayStore(records.database, records.history, records.clock);
        calendar = SeededFacts.calendar(BankHolidays.englandAndWales(store::added));
    }

    @Test
    @DisplayName("an added day is counted at once, everywhere the calendar counts; binned it is not; put back it is")
    void addedBinnedPutBack() {
        assertTrue(calendar.isWorkingDay(EXTRA));
        assertEquals(LocalDate.of(2027, 6, 10), calendar.workingDaysAfter(LocalDate.of(2027, 6, 8), 2));
        long id = store.add(new AddedBankHoliday(0, caseId, EXTRA, "Bank holiday for a royal event"));

        assertFalse(calendar.isWorkingDay(EXTRA));
        assertEquals("Bank holiday for a royal event", calendar.holidays().on(EXTRA).orElseThrow().name());
        // Reply-by dates count working days: Tue 8 Jun + 2 working days skips Wed 9 Jun.
        assertEquals(LocalDate.of(2027, 6, 11), calendar.workingDaysAfter(LocalDate.of(2027, 6, 8), 2));
        // Post-by dates: to be treated as delivered by Fri 11 Jun by first class, post by Tue 8 Jun, not Wed 9.
        assertEquals(LocalDate.of(2027, 6, 8), calendar.latestPosting(LocalDate.of(2027, 6, 11),
                PostingMethod.FIRST_CLASS));
        assertEquals(List.of(new AddedBankHoliday(id, caseId, EXTRA, "Bank holiday for a royal event")),
                store.holidays());

        store.moveToBin(id);
        assertTrue(calendar.isWorkingDay(EXTRA));
        assertEquals(List.of(), store.holidays());
        assertEquals(1, store.binned(caseId).size());

        store.restore(id);
        assertFalse(calendar.isWorkingDay(EXTRA));
    }

    @Test
    @DisplayName("a corrected name keeps the earlier one as history, and the calendar names the day as corrected")
    void correctionKeepsHistory() {
        long id = store.add(new AddedBankHoliday(0, caseId, EXTRA, "Royal event"));
        assertEquals("Royal event", calendar.holidays().on(EXTRA).orElseThrow().name());
        store.correct(new AddedBankHoliday(id, caseId, EXTRA, "Bank holiday for a royal event"));
        assertEquals(1, store.history(id).size());
        assertEquals("Bank holiday for a royal event", calendar.holidays().on(EXTRA).orElseThrow().name());
    }

    @Test
    @DisplayName("a due on the added day, paid the next working day, is on time and says so, naming the day")
    void dueOnTheAddedDay() {
        store.add(new AddedBankHoliday(0, caseId, EXTRA, "Royal event"));
        ScheduleLine line = new ArrearsCalculator(calendar).calculate(List.of(new PaymentPlan(0, Money.ofPence(5000),
                PaymentFrequency.WEEKLY, EXTRA, "CMS letter")), List.of(new Payment(0, EXTRA.plusDays(1),
                        Money.ofPence(5000), PaymentMethod.BANK_TRANSFER, "", "")), List.of(), EXTRA.plusDays(2),
                FeeRule.NONE).lines().get(0);
        assertEquals(LineStatus.PAID, line.status());
        assertEquals("Paid (due on Royal event, a bank holiday; on time by the next working day, 10 Jun 2027)",
                DayOffWords.status(line));
    }

    @Test
    @DisplayName("removed, added again, then the removed one put back from the Bin: refused plainly, the day listed "
            + "once, the removed one still in the Bin")
    void putBackOverTheSameDayAddedAgain() {
        long first = store.add(new AddedBankHoliday(0, caseId, EXTRA, "Royal event"));
        store.moveToBin(first);
        long again = store.add(new AddedBankHoliday(0, caseId, EXTRA, "Bank holiday for a royal event"));

        StoreException refused = assertThrows(StoreException.class, () -> store.restore(first));
        assertEquals("Wed 9 Jun 2027 is already listed as a bank holiday: Bank holiday for a royal event. Royal event "
                + "stays in the Bin. To have it back instead, remove Bank holiday for a royal event in Settings "
                + "first.", refused.getMessage());
        assertEquals(List.of(new AddedBankHoliday(again, caseId, EXTRA, "Bank holiday for a royal event")),
                store.holidays());
        assertEquals(List.of(first), store.binned(caseId).stream().map(b -> b.sourceId()).toList());
        assertEquals("Bank holiday for a royal event", calendar.holidays().on(EXTRA).orElseThrow().name());
        assertEquals(Integer.valueOf(1), records.database.<Integer>read(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM bank_holiday_added WHERE on_day = ? "
                    + "AND deleted_at IS NULL")) {
                s.setString(1, EXTRA.toString());
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        }));

        // The one listed removed in its turn, the first comes back: one day, one row, as the parent asked.
        store.moveToBin(again);
        store.restore(first);
        assertEquals(List.of(new AddedBankHoliday(first, caseId, EXTRA, "Royal event")), store.holidays());
        assertEquals(List.of(again), store.binned(caseId).stream().map(b -> b.sourceId()).toList());
    }

    @Test
    @DisplayName("a day already listed is not added twice, nor corrected onto another listed day, by any caller")
    void noTwoRowsForOneDay() {
        long id = store.add(new AddedBankHoliday(0, caseId, EXTRA, "Royal event"));
        StoreException twice = assertThrows(StoreException.class,
                () -> store.add(new AddedBankHoliday(0, caseId, EXTRA, "Royal event again")));
        assertEquals("Wed 9 Jun 2027 is already a bank holiday: Royal event.", twice.getMessage());
        long other = store.add(new AddedBankHoliday(0, caseId, EXTRA.plusDays(1), "Second day"));
        assertThrows(StoreException.class, () -> store.correct(new AddedBankHoliday(other, caseId, EXTRA,
                "Second day")));
        // A correction of its own name on its own day is no second row.
        store.correct(new AddedBankHoliday(id, caseId, EXTRA, "Royal event bank holiday"));
        assertEquals(List.of("Royal event bank holiday", "Second day"),
                store.holidays().stream().map(AddedBankHoliday::name).toList());
    }
}
