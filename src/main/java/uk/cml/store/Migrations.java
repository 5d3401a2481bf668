package uk.cml.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema's history, one SQL script per version, listed in {@code migrations/index.txt}. A script's version
 * is the number in its name ({@code V008__...sql}; a second script for the same number is {@code V008_b__...});
 * gaps are allowed, and the scripts run in version order whatever the index's order. Scripts are never edited
 * once released: a change is a new script, and SchemaUpgrade refuses records upgraded by a script since changed.
 */
final class Migrations {

    record Migration(int version, String name, String sql) {

        /** Orders V008 before V008_b before V009. */
        String orderKey() {
            return String.format("%09d%s", version, name.replaceFirst("^V\\d+(_[a-z])?__.*$", "$1"));
        }

        /** SHA-256 of the script with line endings made uniform, so a Windows checkout does not count as a change. */
        String checksum() {
            try {
                byte[] text = sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> statements() {
            return SqlScript.statements(sql);
        }
    }

    private static final String FOLDER = "/uk/cml/store/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3,})(_[a-z])?__[A-Za-z0-9_]+\\.sql");

    private Migrations() {
    }

    static List<Migration> all() {
        List<String> names = read("index.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        return from(names, Migrations::read);
    }

    /** The scripts named, in version order; refuses a name without a version and two scripts with one version. */
    static List<Migration> from(List<String> names, UnaryOperator<String> reader) {
        List<Migration> migrations = new ArrayList<>();
        for (String name : names) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("Migration " + name + " is not named V###__what_it_does.sql");
            }
            migrations.add(new Migration(Integer.parseInt(m.group(1)), name, reader.apply(name)));
        }
        migrations.sort(Comparator.comparing(Migration::orderKey));
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).orderKey().equals(migrations.get(i - 1).orderKey())) {
                throw new IllegalStateException("Migrations " + migrations.get(i - 1).name() + " and "
                        + migrations.get(i).name() + " claim the same version");
            }
        }
        return List.copyOf(migrations);
    }

    static int latestVersion() {
        return latestVersion(all());
    }

    static int latestVersion(List<Migration> migrations) {
        return migrations.stream().mapToInt(Migration::version).max().orElse(0);
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

    static List<String> statements(String sql) {
        return SqlScript.statements(sql);
    }
}
