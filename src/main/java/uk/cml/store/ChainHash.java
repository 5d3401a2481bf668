package uk.cml.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.sqlite.Function;

/**
 * The SHA-256 used by the record journal, as SQL functions on the app's connection and as plain Java,
 * so triggers and the check compute exactly the same thing. Each value is written with its length
 * before it, so ("ab", "c") and ("a", "bc") never hash alike.
 */
public final class ChainHash {

    /** The hash before the first journal entry. */
    public static final String START = "0".repeat(64);

    // Value types as sqlite3_value_type reports them.
    private static final int SQLITE_BLOB = 4;
    private static final int SQLITE_NULL = 5;

    private ChainHash() {
    }

    /** SHA-256 (lower-case hex) of the values; null is kept distinct from empty text. */
    public static String of(String... values) {
        MessageDigest digest = sha256();
        for (String value : values) {
            if (value == null) {
                digest.update((byte) 'N');
            } else {
                addBytes(digest, (byte) 'S', value.getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void addBytes(MessageDigest digest, byte kind, byte[] bytes) {
        digest.update(kind);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    /**
     * Registers {@code cml_sha256(...)} (the hash above; a blob is hashed as its bytes) and {@code cml_now()}
     * (the app's clock, so tests see fixed times). Triggers that call them fail on any other connection,
     * which is why a change made with another tool has to go round the journal and so shows up in a check.
     * Public so that "Check records" can compare rows on its own read-only connection.
     */
    public static void register(Connection connection, Clock clock) throws SQLException {
        Function.create(connection, "cml_sha256", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                MessageDigest digest = sha256();
                for (int i = 0; i < args(); i++) {
                    int type = value_type(i);
                    if (type == SQLITE_NULL) {
                        digest.update((byte) 'N');
                    } else if (type == SQLITE_BLOB) {
                        addBytes(digest, (byte) 'B', value_blob(i));
                    } else {
                        addBytes(digest, (byte) 'S', value_text(i).getBytes(StandardCharsets.UTF_8));
                    }
                }
                result(HexFormat.of().formatHex(digest.digest()));
            }
        });
        Function.create(connection, "cml_now", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(LocalDateTime.now(clock).toString());
            }
        });
    }
}
