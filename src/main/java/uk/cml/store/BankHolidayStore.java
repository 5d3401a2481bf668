package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.TextLimit;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.calendar.OneOffChange;
import uk.cml.domain.calendar.UkCalendar;

/**
 * The bank holidays the parent added, announced after this copy of the app was made. Corrections keep history;
 * removing one bins it. {@link #added()} is what the one calendar counts ({@code BankHolidays}): read from the records
 * once, then again after each change made here, so the calendar, asked for a day thousands of times, does not read
 * the records each time. Each change re-says quick entry's words in every case in its own transaction, as a day can
 * make money on time that was late ({@link #changing}).
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
    private final Database database;
    private final SqlWork<?> afterEachChange;

    /**
     * Quick entry's words re-said after each change on a calendar of the rules, the shipped table and this store's
     * days, as the app's: for tests.
     */
    public BankHolidayStore(Database database, History history, Clock clock) {
        super(database, history, clock, TABLE, Words.text("settings.bankHolidays.noun"), AddedBankHoliday::id, AddedBankHoliday::caseId);
        this.database = database;
        PaymentStore payments = new PaymentStore(database, history, clock, new ArrearsCalculator(
                UkCalendar.workingDaysOnly(BankHolidays.englandAndWales(this::added))));
        this.afterEachChange = c -> {
            payments.keepQuickEntryWordsTrueInEveryCase(c);
            return null;
        };
    }

    /**
     * @param afterEachChange run inside the transaction of each day added, corrected, moved to the Bin or put back,
     *                        once {@link #added()} gives the days as changed: the app re-says quick entry's words in
     *                        every case ({@link PaymentStore#keepQuickEntryWordsTrueInEveryCase}), as a day can make
     *                        money for a due of any case on time or late
     */
    public BankHolidayStore(Database database, History history, Clock clock, SqlWork<?> afterEachChange) {
        super(database, history, clock, TABLE, Words.text("settings.bankHolidays.noun"), AddedBankHoliday::id, AddedBankHoliday::caseId);
        this.database = database;
        this.afterEachChange = afterEachChange;
    }

    /**
     * Runs {@code change} to the added days and then, in the same transaction, {@link #afterEachChange} on the days
     * as changed: the calendar reads them afresh, through this transaction's connection, which sees the change. Read
     * afresh again once it is committed, or undone.
     */
    private <T> T changing(SqlWork<T> change) {
        try {
            return database.inTransaction(c -> {
                T result = change.run(c);
                added = null;
                afterEachChange.run(c);
                return result;
            });
        } finally {
            added = null;
        }
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
        if (holiday.id() == 0) {
            return add(holiday);
        }
        correct(holiday);
        return holiday.id();
    }

    /** Refused, with the parent's words, when the day is already listed: one day is never two rows. */
    @Override
    public long add(AddedBankHoliday holiday) {
        return changing(c -> {
            refuseListed(c, holiday.date(), holiday.id(), null);
            return table().add(c, holiday);
        });
    }

    @Override
    public boolean correctIfChanged(AddedBankHoliday holiday) {
        return changing(c -> {
            refuseListed(c, holiday.date(), holiday.id(), null);
            return table().correct(c, holiday);
        });
    }

    @Override
    public void correct(AddedBankHoliday holiday) {
        correctIfChanged(holiday);
    }

    @Override
    public void moveToBin(long id) {
        changing(c -> {
            super.moveToBin(id); // joins this transaction (Database.inTransaction on the same thread)
            return null;
        });
    }

    /**
     * Puts a day back from the Bin, unless the same day is listed again meanwhile (removed, then added afresh):
     * then it stays in the Bin and the parent is told plainly which one is listed and how to have this one instead.
     * Putting it back beside the other used to store the one day twice.
     */
    @Override
    public void restore(long id) {
        changing(c -> {
            Optional<AddedBankHoliday> binned = table().find(c, id);
            if (binned.isPresent()) {
                refuseListed(c, binned.get().date(), id, binned.get().name());
            }
            RowColumns.setDeleted(c, TABLE, id, null);
            return null;
        });
    }

    /**
     * Throws the parent's words when another day outside the bin is on {@code day}.
     *
     * @param puttingBack the name of the day being put back from the Bin; null when adding or correcting
     */
    private static void refuseListed(Connection c, LocalDate day, long exceptId, String puttingBack)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM " + TABLE + " WHERE on_day = ? AND id <> ? "
                + "AND deleted_at IS NULL ORDER BY id LIMIT 1")) {
            s.setString(1, day.toString());
            s.setLong(2, exceptId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    String listed = r.getString(1);
                    throw new StoreException(puttingBack == null
                            ? Words.text("settings.bankHolidays.already", CalendarText.dayAndDate(day), listed)
                            : Words.text("settings.bankHolidays.alreadyListedPutBack", CalendarText.dayAndDate(day),
                                    listed, puttingBack));
                }
            }
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
