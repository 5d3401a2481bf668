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
 * A data folder with real records for the safety tests, in the app's own payment and document tables. The
 * CSV test also adds bank_payment and evidence_file the way a later migration would, so the export must find them.
 */
final class Records implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    final Path folder;
    final Database database;
    final RecordsSafety safety;
    final DocumentStore documents;
    private String paymentTable = "payment";
    private String documentTable = "document";

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
        java.util.Optional<RecordsAnchor> anchor = RecordsAnchor.read(folder);
        return new Records(folder, Database.open(folder, clock, c -> JournalTriggers.install(c, anchor)), clock);
    }

    /** A case with two payments, as the app saves them. */
    static Records withCase(Path folder) {
        return withCase(folder, false);
    }

    /** As {@link #withCase(Path)}, in a bank_payment and an evidence_file table as later migrations would add. */
    static Records withLaterTables(Path folder) {
        return withCase(folder, true);
    }

    private static Records withCase(Path folder, boolean laterTables) {
        try (Records first = open(folder)) {
            first.database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, arrangement, "
                            + "recorded_at) VALUES (1, 'Jordan Reed', 'EMPLOYED', 'DIRECT_PAY', '2025-01-10T09:00')");
                    if (!laterTables) {
                        return null;
                    }
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
        if (laterTables) {
            records.paymentTable = "bank_payment";
            records.documentTable = "evidence_file";
        }
        records.addPayment("2025-03-03", 12_345, "Paid by bank transfer", "2025-03-03T18:20");
        records.addPayment("2025-04-03", 5_000, "Part payment", "2025-04-04T08:00");
        return records;
    }

    long addPayment(String paidOn, long pence, String note, String recordedAt) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + paymentTable + " (case_id, paid_on, "
                    + "amount_pence, note, recorded_at" + (paymentTable.equals("payment") ? ", method" : "")
                    + ") VALUES (1, ?, ?, ?, ?" + (paymentTable.equals("payment") ? ", 'BANK_TRANSFER'" : "") + ")",
                    Statement.RETURN_GENERATED_KEYS)) {
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
            boolean app = documentTable.equals("document");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + documentTable + " (case_id, sha256, "
                    + "original_name, recorded_at" + (app ? ", type, size_bytes, page_count, added_on" : "")
                    + ") VALUES (1, ?, ?, '2025-05-01T12:00'" + (app ? ", 'PDF', ?, 1, '2025-05-01'" : "") + ")")) {
                s.setString(1, hash);
                s.setString(2, name);
                if (app) {
                    s.setLong(3, content.length);
                }
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
     * first, exactly what someone editing the file by hand has to do; closing it puts them back as they were,
     * as a careful forger would, so only the edits themselves are left to find.
     */
    static Connection behindTheAppsBack(Path folder) throws Exception {
        Connection raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
        java.util.Map<String, String> triggers = new java.util.LinkedHashMap<>();
        try (Statement s = raw.createStatement();
             ResultSet rows = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
            while (rows.next()) {
                triggers.put(rows.getString(1), rows.getString(2));
            }
        }
        for (String name : triggers.keySet()) {
            try (Statement drop = raw.createStatement()) {
                drop.execute("DROP TRIGGER \"" + name + "\"");
            }
        }
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Records.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        try (Statement put = raw.createStatement()) {
                            for (String sql : triggers.values()) {
                                put.execute(sql);
                            }
                        }
                    }
                    try {
                        return method.invoke(raw, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
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

    /** As the app does when it closes: the anchor beside the records moves on to the journal's end. */
    @Override
    public void close() {
        safety.keepAnchor();
        database.close();
    }
}
