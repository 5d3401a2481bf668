package uk.cml.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import uk.cml.domain.Words;

/**
 * The privacy choices in {@value #NAME} in the data folder, readable by its owner only. It is a file of its own,
 * not a row in the records, so the lock is known before the records open, and so a parent who forgets the
 * passcode can delete this one file to remove it (the README and the lock screen say so: the passcode locks the
 * app, it does not encrypt the records). Written to a temporary file and moved into place, never half-written.
 */
public final class PrivacyFile {

    public static final String NAME = "privacy.properties";
    private static final Logger LOG = Logger.getLogger(PrivacyFile.class.getName());

    private final Path file;

    public PrivacyFile(Path dataFolder) {
        this.file = dataFolder.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** The choices saved, or the defaults. A damaged file is reported in the log and read as far as it can be. */
    public PrivacyPreferences load() {
        if (Files.notExists(file)) {
            return PrivacyPreferences.DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The privacy settings in " + file + " could not be read", e);
        }
        Optional<PasscodeHash> passcode = Optional.empty();
        try {
            if (p.containsKey("passcode.hash")) {
                passcode = Optional.of(PasscodeHash.parse(p.getProperty("passcode.salt"),
                        p.getProperty("passcode.iterations"), p.getProperty("passcode.hash")));
            }
        } catch (RuntimeException e) {
            // Fail closed: a damaged passcode entry must not open the app without one.
            throw new IllegalStateException("The passcode setting in " + file + " is damaged. To remove the "
                    + "passcode, delete that file; your records are not affected.", e);
        }
        Duration idle = PrivacyPreferences.DEFAULT_IDLE_LIMIT;
        try {
            idle = Duration.ofMinutes(Long.parseLong(p.getProperty("lock.idle-minutes", "10")));
        } catch (NumberFormatException e) {
            LOG.warning("The idle time in the privacy settings is not a number; using 10 minutes");
        }
        WrongTries tries = WrongTries.NONE;
        try {
            tries = new WrongTries(Integer.parseInt(p.getProperty("passcode.wrong-tries", "0")),
                    Optional.ofNullable(p.getProperty("passcode.last-wrong")).map(Instant::parse));
        } catch (RuntimeException e) {
            LOG.warning("The count of wrong passcodes could not be read; starting again");
        }
        return new PrivacyPreferences(passcode, idle, Boolean.parseBoolean(p.getProperty("window.neutral-title")),
                tries);
    }

    public void save(PrivacyPreferences preferences) {
        Properties p = new Properties();
        preferences.passcode().ifPresent(hash -> {
            p.setProperty("passcode.algorithm", "PBKDF2WithHmacSHA256");
            p.setProperty("passcode.salt", hash.saltText());
            p.setProperty("passcode.iterations", String.valueOf(hash.iterations()));
            p.setProperty("passcode.hash", hash.hashText());
        });
        p.setProperty("lock.idle-minutes", String.valueOf(preferences.idleLimit().toMinutes()));
        p.setProperty("window.neutral-title", String.valueOf(preferences.neutralTitle()));
        WrongTries tries = preferences.wrongTries();
        p.setProperty("passcode.wrong-tries", String.valueOf(tries.count()));
        tries.lastWrong().ifPresent(last -> p.setProperty("passcode.last-wrong", last.toString()));
        try {
            StringWriter text = new StringWriter();
            p.store(text, Words.text("privacy.file.comment"));
            write(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The privacy settings could not be saved in " + file.getParent(), e);
        }
    }

    private void write(String text) throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".privacy-", ".part");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
