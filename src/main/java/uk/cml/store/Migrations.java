package uk.cml.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's history, one SQL script per version, listed in order in {@code migrations/index.txt}.
 * Scripts are never edited once released: a change is a new script.
 */
final class Migrations {

    record Migration(int version, String name, String sql) {
    }

    private static final String FOLDER = "/uk/cml/store/migrations/";

    private Migrations() {
    }

    static List<Migration> all() {
        List<Migration> migrations = new ArrayList<>();
        int version = 0;
        for (String name : read("index.txt").split("\\R")) {
            if (name.isBlank() || name.startsWith("#")) {
                continue;
            }
            version++;
            migrations.add(new Migration(version, name.strip(), read(name.strip())));
        }
        return migrations;
    }

    static int latestVersion() {
        return all().size();
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }

    /** Splits a script into statements on semicolons at line ends; the scripts keep one statement per such end. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
