package uk.cml.app;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import uk.cml.domain.Words;

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
        requireConsole(Words.text("cli.password.noConsole"));
        char[] first = console.readPassword("%s", Words.text("cli.password.new", MINIMUM));
        char[] again = console.readPassword("%s", Words.text("cli.password.again"));
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new IllegalArgumentException(Words.text("cli.password.different"));
        }
        Arrays.fill(again, '\0');
        return checked(first);
    }

    /** For restoring a protected backup. */
    char[] forBackup(Path backup) {
        if (file.isPresent()) {
            return fromFile();
        }
        requireConsole(Words.text("cli.password.protectedBackup", backup.getFileName()));
        char[] typed = console.readPassword("%s", Words.text("cli.password.forBackup", backup.getFileName()));
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException(Words.text("cli.password.noneTyped"));
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
                throw new IllegalArgumentException(Words.text("cli.password.fileEmpty", file.get()));
            }
            return firstLine.toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(Words.text("cli.password.fileUnreadable", file.get()));
        }
    }

    private static char[] checked(char[] password) {
        if (password.length < MINIMUM) {
            throw new IllegalArgumentException(Words.text("cli.password.tooShort", MINIMUM));
        }
        return password;
    }
}
