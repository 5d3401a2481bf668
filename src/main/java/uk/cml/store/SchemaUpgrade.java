package uk.cml.store;

import java.sql.Statement;
import java.util.logging.Logger;

/** Applies the migrations a database has not had yet, each in its own transaction with its version number. */
final class SchemaUpgrade {

    private static final Logger LOG = Logger.getLogger(SchemaUpgrade.class.getName());
    private final Database database;

    SchemaUpgrade(Database database) {
        this.database = database;
    }

    void run(int fromVersion) {
        run(fromVersion, Integer.MAX_VALUE);
    }

    void run(int fromVersion, int toVersion) {
        for (Migrations.Migration migration : Migrations.all()) {
            if (migration.version() <= fromVersion || migration.version() > toVersion) {
                continue;
            }
            database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : Migrations.statements(migration.sql())) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + migration.version());
                }
                return null;
            });
            LOG.info("Schema now at version " + migration.version() + " (" + migration.name() + ")");
        }
    }
}
