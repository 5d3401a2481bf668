package uk.cml.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import uk.cml.domain.TextLimit;
import uk.cml.domain.Words;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.calendar.OneOffChange;

/**
 * The bank holidays the parent added, announced after this copy of the app was made. Corrections keep history;
 * removing one bins it. {@link #added()} is what the one calendar counts ({@code BankHolidays}): read from the records
 * once, then again after each change made here, so the calendar, asked for a day thousands of times, does not read
 * the records each time.
 *
 * <p>A bank holiday is the country's, not one case's: every case's dates count every added day, so Settings lists
 * them all ({@link #holidays()}) and the Bin lists them all ({@link #binned(long)}) whichever case is open, and any
 * can be removed or put back from any case. Each row still keeps the case that was open when it was added
 * ({@code case_id}, as the table was made in V029 and as the history and bin machinery of {@link RecordStore} save
 * it): a note of where it was typed, which decides nothing about where it shows or counts.
 */
public final class BankHolidayStore extends RecordStore<AddedBankHoliday> {

    static final String TABLE = "bank_holiday_added";

    private volatile List<OneOffChange> added;

    public BankHolidayStore(Database database, History history, Clock clock) {
        super(database, history, clock, TABLE, Words.text("settings.bankHolidays.noun"), AddedBankHoliday::id, AddedBankHoliday::caseId);
    }

    /**
     * Every added bank holiday not in the bin, in date order, whichever case was open when it was added: what the
     * calendar counts, which Settings lists with a Remove for each.
     */
    public List<AddedBankHoliday> holidays() {
        return table().listEveryCase("on_day, id");
    }

    /**
     * Every added bank holiday in the bin, whichever case was open when it was added or removed: the Bin lists them
     * with whichever case is open, so one removed under any case can be put back from any case.
     */
    @Override
    public List<BinnedItem> binned(long caseId) {
        return table().binnedEveryCase();
    }

    /**
     * Every added bank holiday not in the bin, as the calendar counts them: a bank holiday is the country's, not one
     * case's. The same list (the same object) until one is added, corrected, binned or put back.
     */
    public List<OneOffChange> added() {
        List<OneOffChange> now = added;
        if (now == null) {
            now = holidays().stream().map(AddedBankHoliday::asChange).toList();
            added = now;
        }
        return now;
    }

    @Override
    public long save(AddedBankHoliday holiday) {
        try {
            return super.save(holiday);
        } finally {
            added = null;
        }
    }

    @Override
    public long add(AddedBankHoliday holiday) {
        try {
            return super.add(holiday);
        } finally {
            added = null;
        }
    }

    @Override
    public boolean correctIfChanged(AddedBankHoliday holiday) {
        try {
            return super.correctIfChanged(holiday);
        } finally {
            added = null;
        }
    }

    @Override
    public void correct(AddedBankHoliday holiday) {
        try {
            super.correct(holiday);
        } finally {
            added = null;
        }
    }

    @Override
    public void moveToBin(long id) {
        try {
            super.moveToBin(id);
        } finally {
            added = null;
        }
    }

    @Override
    public void restore(long id) {
        try {
            super.restore(id);
        } finally {
            added = null;
        }
    }

    @Override
    AddedBankHoliday read(RowColumns r) throws SQLException {
        return new AddedBankHoliday(r.number("id"), r.number("case_id"), r.date("on_day").orElseThrow(),
                r.textOrEmpty("name"));
    }

    @Override
    ColumnValues values(AddedBankHoliday holiday) {
        return new ColumnValues().put("on_day", holiday.date()).text("name", holiday.name(), TextLimit.SHORT);
    }

    @Override
    BinnedItem binned(AddedBankHoliday holiday, LocalDateTime deletedAt) {
        return BinnedItem.onDay(Words.text("bin.kind.bankHoliday"), holiday.id(), holiday.name(), holiday.date(),
                deletedAt);
    }
}
