package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.TextLimit;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.addressbook.AddressBookEntry.EntryKind;
import uk.cml.domain.addressbook.AddressBookEntry.Role;

/** The CMS, ICE and other contacts. Edits keep the earlier version; removal is undoable. */
public final class AddressBookStore {

    private final Database database;
    private final History history;
    private final Clock clock;

    public AddressBookStore(Database database, History history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    public List<AddressBookEntry> entries() {
        return database.read(c -> query(c, "SELECT * FROM address_book WHERE deleted_at IS NULL ORDER BY kind DESC, id"));
    }

    public List<AddressBookEntry> removedEntries() {
        return database.read(c -> query(c, "SELECT * FROM address_book WHERE deleted_at IS NOT NULL ORDER BY id"));
    }

    /**
     * Every entry there has been, removed ones too, for knowing the CMS's and ICE's addresses by their role
     * ({@code Recipient.recognisedBy}): a letter sent to an entry since removed still went there.
     */
    static List<AddressBookEntry> everyEntry(Database database) {
        return database.read(c -> query(c, "SELECT * FROM address_book ORDER BY id"));
    }

    public Optional<AddressBookEntry> byRole(Role role) {
        return entries().stream().filter(e -> e.role().equals(Optional.of(role))).findFirst();
    }

    /** Adds a new entry, or saves a correction to an existing one (keeping its earlier version). Returns the id. */
    public long save(AddressBookEntry entry) {
        if (entry.id() != 0) {
            correctIfChanged(entry);
            return entry.id();
        }
        return database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO address_book (kind, name, details, "
                    + "postcode, notes, role, last_checked, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, entry);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Saves a correction to an entry, keeping its earlier version; the same answers saved again record nothing.
     * Returns whether anything changed.
     */
    public boolean correctIfChanged(AddressBookEntry entry) {
        return database.inTransaction(c -> history.correct(c, "address_book", entry.id(), cc -> {
            try (PreparedStatement update = cc.prepareStatement("UPDATE address_book SET kind = ?, name = ?, "
                    + "details = ?, postcode = ?, notes = ?, role = ?, last_checked = ?, source = ?, recorded_at = ? "
                    + "WHERE id = ?")) {
                bind(update, entry);
                update.setLong(10, entry.id());
                return update.executeUpdate();
            }
        }));
    }

    public void remove(long id) {
        setDeleted(id, LocalDateTime.now(clock).toString());
    }

    public void restore(long id) {
        setDeleted(id, null);
    }

    private void setDeleted(long id, String when) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE address_book SET deleted_at = ? WHERE id = ?")) {
                s.setString(1, when);
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
    }

    private void bind(PreparedStatement s, AddressBookEntry e) throws SQLException {
        s.setString(1, e.kind().name());
        s.setString(2, TypedText.within(TextLimit.SHORT, e.name()).strip());
        // A postal address's lines are checked by the form (six of 80 characters); here only its whole length.
        s.setString(3, TypedText.within(TextLimit.NOTE, e.details()).strip());
        s.setString(4, TypedText.within(TextLimit.SHORT, e.postcode()).strip());
        s.setString(5, TypedText.within(TextLimit.NOTE, e.notes()).strip());
        s.setString(6, e.role().map(Role::name).orElse(null));
        s.setString(7, e.lastChecked().map(LocalDate::toString).orElse(null));
        s.setString(8, e.source());
        s.setString(9, LocalDateTime.now(clock).toString());
    }

    private static List<AddressBookEntry> query(Connection c, String sql) throws SQLException {
        List<AddressBookEntry> entries = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String role = r.getString("role");
                String checked = r.getString("last_checked");
                entries.add(new AddressBookEntry(r.getLong("id"), EntryKind.valueOf(r.getString("kind")),
                        r.getString("name"), r.getString("details"), r.getString("postcode"), r.getString("notes"),
                        role == null ? Optional.empty() : Optional.of(Role.valueOf(role)),
                        checked == null ? Optional.empty() : Optional.of(LocalDate.parse(checked)),
                        r.getString("source")));
            }
        }
        return entries;
    }
}
