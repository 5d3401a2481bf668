package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 */
public final class BankHolidayStore extends RecordStore<AddedBankHoliday> {

    static final String TABLE = "bank_holiday_added";

    private final Database database;
    private volatile List<OneOffChange> added;

    public BankHolidayStore(Database database, History history, Clock clock) {
        super(database, history, clock, TABLE, Words.text("settings.bankHolidays.noun"), AddedBankHoliday::id, AddedBankHoliday::caseId);
        this.database = database;
    }

    /** The case's added bank holidays, oldest first, not counting those in the bin. */
    public List<AddedBankHoliday> holidays(long caseId) {
        return table().list(caseId, "", "on_day, id");
    }

    /**
     * Every added bank holiday not in the bin, as the calendar counts them: a bank holiday is the country's, not one
     * case's. The same list (the same object) until one is added, corrected, binned or put back.
     */
    public List<OneOffChange> added() {
        List<OneOffChange> now = added;
        if (now == null) {
            now = database.read(c -> {
                List<OneOffChange> days = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT on_day, name FROM " + TABLE
                        + " WHERE deleted_at IS NULL ORDER BY on_day, id");
                     ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        days.add(new AddedBankHoliday(0, 0, LocalDate.parse(r.getString("on_day")),
                                r.getString("name")).asChange());
                    }
                }
                return List.copyOf(days);
            });
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
