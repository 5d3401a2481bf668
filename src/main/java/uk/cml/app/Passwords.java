package uk.cml.app;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a command gets a backup's password: from {@code --password-file FILE} (its first line, for scripts)
 * or typed in the terminal without showing it. It is never stored or printed.
 */
final class Passwords {

    static final int MINIMUM = 8;
    private final Optional<Path> file;
    private final Console console;

    Passwords(Optional<Path> file, Console console) {
        this.file = file;
        this.console = console;
    }

    /** For a new protected backup: from the file, or typed twice. */
    char[] forNewBackup() {
        if (file.isPresent()) {
            return checked(fromFile());
        }
        requireConsole("Give the password with --password-file FILE, or run the command in a terminal to type it.");
        char[] first = console.readPassword("Password for the backup (at least %d characters): ", MINIMUM);
        char[] again = console.readPassword("The same password again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new IllegalArgumentException("The two passwords were not the same. Nothing has been saved.");
        }
        Arrays.fill(again, '\0');
        return checked(first);
    }

    /** For restoring a protected backup. */
    char[] forBackup(Path backup) {
        if (file.isPresent()) {
            return fromFile();
        }
        requireConsole("The backup " + backup.getFileName() + " is protected with a password. Give it with "
                + "--password-file FILE, or run the command in a terminal to type it. Nothing has been changed.");
        char[] typed = console.readPassword("Password for %s: ", backup.getFileName());
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException("No password was typed. Nothing has been changed.");
        }
        return typed;
    }

    private void requireConsole(String message) {
        if (console == null) {
            throw new IllegalArgumentException(message);
        }
    }

    private char[] fromFile() {
        try {
            String text = Files.readString(file.get(), StandardCharsets.UTF_8);
            String firstLine = text.lines().findFirst().orElse("");
            if (firstLine.isEmpty()) {
                throw new IllegalArgumentException("The password file " + file.get() + " is empty. Put the password on "
                        + "its first line.");
            }
            return firstLine.toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("The password file " + file.get() + " could not be read. Check the name "
                    + "and try again.");
        }
    }

    private static char[] checked(char[] password) {
        if (password.length < MINIMUM) {
            throw new IllegalArgumentException("Choose a password of at least " + MINIMUM + " characters, so the "
                    + "backup is hard to open without it. Nothing has been saved.");
        }
        return password;
    }
}
