package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.Clock;

/**
 * The case setting "keep my address private from the other parent", and the answer new cases start with.
 * A change keeps the case's earlier version, like any other correction.
 */
public final class AddressPrivacyStore {

    static final String DEFAULT_SETTING = "privacy.address-private-for-new-cases";

    private final Database database;
    private final History history;
    private final Clock clock;

    public AddressPrivacyStore(Database database, History history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    public boolean isPrivate(long caseId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT keep_address_private FROM case_file WHERE id = ?")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && r.getInt(1) == 1;
                }
            }
        });
    }

    public void setPrivate(long caseId, boolean keepPrivate) {
        database.inTransaction(c -> {
            history.keepEarlierVersion(c, "case_file", caseId);
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE case_file SET keep_address_private = ?, recorded_at = ? WHERE id = ?")) {
                u.setInt(1, keepPrivate ? 1 : 0);
                u.setString(2, LocalDateTime.now(clock).toString());
                u.setLong(3, caseId);
                return u.executeUpdate();
            }
        });
    }

    /** What a case added later starts with: the parent's answer at set-up, until they change it. */
    public boolean privateForNewCases() {
        return new SettingsStore(database).get(DEFAULT_SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    public void setPrivateForNewCases(boolean keepPrivate) {
        new SettingsStore(database).put(DEFAULT_SETTING, String.valueOf(keepPrivate));
    }
}
