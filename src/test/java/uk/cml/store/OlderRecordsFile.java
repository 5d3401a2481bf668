package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.RecordsAnchor;
import uk.cml.safety.RecordsSafety;

/**
 * A records file as an older version of the app left it, for upgrade tests. {@link #makeAt} writes it with the
 * scripts up to that version and the journal triggers, holding Sam Taylor's details, Jordan Reed's case (id 1) and
 * the rows the test adds, and keeps its anchor. {@link #openUpgraded} opens it with this version, checking it was
 * upgraded to the latest script and copied aside first; {@link #openAsItWas} opens it as the older version did.
 */
final class OlderRecordsFile {

    /** The test's own rows, written in the same transaction. */
    interface Rows {
        void insert(Statement s) throws SQLException;
    }

    private OlderRecordsFile() {
    }

    static void makeAt(Path folder, int version, Rows rows) {
        makeAt(folder, version, Arrangement.DIRECT_PAY, rows);
    }

    /** As {@link #makeAt(Path, int, Rows)}, Jordan Reed's case on {@code arrangement}. */
    static void makeAt(Path folder, int version, Arrangement arrangement, Rows rows) {
        assertTrue(Migrations.latestVersion() > version,
                "this version adds a script after V" + String.format("%03d", version));
        try (Database old = openAsItWas(folder, version)) {
            assertEquals(version, old.schemaVersion());
            old.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO my_details (id, full_name, address_lines, postcode, recorded_at) VALUES "
                            + "(1, 'Sam Taylor', '1 High Street', 'AB1 2CD', '2026-01-01T09:00')");
                    s.execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, arrangement, "
                            + "cms_reference, collection_fee_percent, recorded_at) VALUES (1, 'Jordan Reed', "
                            + "'EMPLOYED', '" + arrangement.name() + "', '121234567890', '4', '2026-01-01T09:00')");
                    rows.insert(s);
                }
                return null;
            });
            new RecordsSafety(old, new SettingsStore(old), folder, DatabaseTest.CLOCK, "old").keepAnchor();
        }
    }

    /** The file opened by the app of {@code version}, with the scripts up to it and the journal: not upgraded. */
    static Database openAsItWas(Path folder, int version) {
        List<Migrations.Migration> before = Migrations.all().stream().filter(m -> m.version() <= version).toList();
        return Database.open(folder, DatabaseTest.CLOCK, JournalTriggers::install, before);
    }

    /**
     * A data folder at {@code version} written by the stores as they wrote then (and the old code's own statements
     * where today's stores write otherwise), with the journal's triggers and the anchor kept, as {@link #makeAt}.
     */
    static void makeWith(Path folder, int version, java.util.function.Consumer<Database> rows) {
        assertTrue(Migrations.latestVersion() > version,
                "this version adds a script after V" + String.format("%03d", version));
        try (Database old = openAsItWas(folder, version)) {
            assertEquals(version, old.schemaVersion());
            rows.accept(old);
            new RecordsSafety(old, new SettingsStore(old), folder, DatabaseTest.CLOCK, "old").keepAnchor();
        }
    }

    /** The file opened by this version: at the latest script, the file of {@code version} copied aside first. */
    static Database openUpgraded(Path folder, int version) throws IOException {
        Optional<RecordsAnchor> anchor = RecordsAnchor.read(folder);
        Database database = Database.open(folder, DatabaseTest.CLOCK, c -> JournalTriggers.install(c, anchor));
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
            List<String> names = backups.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("before-upgrade-v" + version + "-to-v"
                    + Migrations.latestVersion())), "copied aside before the upgrade: " + names);
            return database;
        } catch (IOException | RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }
}
