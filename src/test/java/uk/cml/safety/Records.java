package uk.cml.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Random;
import uk.cml.documents.DocumentStore;
import uk.cml.store.Database;
import uk.cml.store.SettingsStore;

/**
 * A data folder with real records for the safety tests. The bank_payment and evidence_file tables stand for
 * the ones other parts of the app add: created the way a later migration would, so the journal must find them.
 */
final class Records implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    final Path folder;
    final Database database;
    final RecordsSafety safety;
    final DocumentStore documents;

    private Records(Path folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.safety = new RecordsSafety(database, new SettingsStore(database), folder, clock, "test");
        this.documents = new DocumentStore(folder.resolve("documents"));
    }

    static Records open(Path folder) {
        return open(folder, CLOCK);
    }

    static Records open(Path folder, Clock clock) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Records(folder, Database.open(folder, clock, JournalTriggers::install), clock);
    }

    /** A case, a payment table with two payments, and a document table, as later migrations would add. */
    static Records withCase(Path folder) {
        try (Records first = open(folder)) {
            first.database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, arrangement, "
                            + "recorded_at) VALUES (1, 'Jordan Reed', 'EMPLOYED', 'DIRECT_PAY', '2025-01-10T09:00')");
                    s.execute("CREATE TABLE bank_payment (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES "
                            + "case_file (id), paid_on TEXT NOT NULL, amount_pence INTEGER NOT NULL, note TEXT NOT "
                            + "NULL DEFAULT '', recorded_at TEXT NOT NULL, deleted_at TEXT)");
                    s.execute("CREATE TABLE evidence_file (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, sha256 TEXT "
                            + "NOT NULL, original_name TEXT NOT NULL, recorded_at TEXT NOT NULL, deleted_at TEXT)");
                }
                return null;
            });
        }
        Records records = open(folder);
        records.addPayment("2025-03-03", 12_345, "Paid by bank transfer", "2025-03-03T18:20");
        records.addPayment("2025-04-03", 5_000, "Part payment", "2025-04-04T08:00");
        return records;
    }

    long addPayment(String paidOn, long pence, String note, String recordedAt) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bank_payment (case_id, paid_on, amount_pence, note, "
                    + "recorded_at) VALUES (1, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, paidOn);
                s.setLong(2, pence);
                s.setString(3, note);
                s.setString(4, recordedAt);
                s.executeUpdate();
                try (ResultSet key = s.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            }
        });
    }

    /** Stores bytes as the document store would (under their hash) and records them in the document table. */
    String addDocument(String name, byte[] content) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        Path file = documents.pathOf(hash);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO evidence_file (case_id, sha256, original_name, "
                    + "recorded_at) VALUES (1, ?, ?, '2025-05-01T12:00')")) {
                s.setString(1, hash);
                s.setString(2, name);
                return s.executeUpdate();
            }
        });
        return hash;
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * A connection of another program: no app functions, so the journal triggers cannot run and are dropped
     * first, exactly what someone editing the file by hand has to do.
     */
    static Connection behindTheAppsBack(Path folder) throws Exception {
        Connection raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
        try (Statement s = raw.createStatement();
             ResultSet triggers = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (triggers.next()) {
                names.add(triggers.getString(1));
            }
            for (String name : names) {
                try (Statement drop = raw.createStatement()) {
                    drop.execute("DROP TRIGGER \"" + name + "\"");
                }
            }
        }
        return raw;
    }

    /** Every row of every table of records and every stored file, as one SHA-256: equal content, equal hash. */
    static String contentHash(Path folder) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            for (TableShape table : TableShape.userTables(c)) {
                digest.update(table.name().getBytes());
                try (ResultSet rows = s.executeQuery("SELECT " + table.contentSql("t").replace("cml_sha256(", "hex(")
                        + " FROM " + table.quotedName() + " t ORDER BY rowid")) {
                    while (rows.next()) {
                        digest.update(rows.getString(1).getBytes());
                    }
                }
            }
            try (ResultSet rows = s.executeQuery("SELECT hash FROM journal ORDER BY id")) {
                while (rows.next()) {
                    digest.update(rows.getString(1).getBytes());
                }
            }
        }
        DocumentStore store = new DocumentStore(folder.resolve("documents"));
        for (String hash : store.listAll()) {
            digest.update(Files.readAllBytes(store.pathOf(hash)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        database.close();
    }
}
