package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small named values: window position, the case last open, preferences. */
public final class SettingsStore {

    private final Database database;

    public SettingsStore(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        database.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                return upsert.executeUpdate();
            }
        });
    }

    public void remove(String key) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate();
            }
        });
    }
}
