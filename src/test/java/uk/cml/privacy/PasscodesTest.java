package uk.cml.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasscodesTest {

    @TempDir
    Path folder;
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    private Passcodes passcodes() {
        // A low count keeps the test quick; the stored count is what checking uses, so this is the same code path.
        return new Passcodes(new PrivacyFile(folder), clock, new SecureRandom(), 1_000);
    }

    @Test
    void thePasscodeIsKeptOnlyAsASaltedHashAndChecksAfterReopening() throws Exception {
        passcodes().set("river42".toCharArray());
        String saved = Files.readString(folder.resolve(PrivacyFile.NAME));
        assertFalse(saved.contains("river42"), saved);
        assertTrue(saved.contains("passcode.salt=") && saved.contains("passcode.iterations=1000"), saved);

        Passcodes reopened = passcodes();
        assertTrue(reopened.isSet());
        assertInstanceOf(Passcodes.Attempt.Wrong.class, reopened.tryPasscode("river43".toCharArray()));
        assertInstanceOf(Passcodes.Attempt.Opened.class, reopened.tryPasscode("river42".toCharArray()));
    }

    @Test
    void theSamePasscodeTwiceGivesDifferentHashes() {
        PasscodeHash one = PasscodeHash.of("river42".toCharArray(), new SecureRandom(), 1_000);
        PasscodeHash two = PasscodeHash.of("river42".toCharArray(), new SecureRandom(), 1_000);
        assertTrue(!one.hashText().equals(two.hashText()) && !one.saltText().equals(two.saltText()));
        assertEquals(600_000, PasscodeHash.ITERATIONS, "the real count stays slow");
    }

    @Test
    void fiveWrongTriesAreFreeThenEachMakesTheNextWaitLonger() {
        Passcodes passcodes = passcodes();
        passcodes.set("river42".toCharArray());
        for (int i = 1; i <= 4; i++) {
            Passcodes.Attempt.Wrong wrong = (Passcodes.Attempt.Wrong) passcodes.tryPasscode("nope".toCharArray());
            assertEquals(5 - i, wrong.freeTriesLeft());
            assertTrue(wrong.nextTryAt().isEmpty());
        }
        Passcodes.Attempt.Wrong fifth = (Passcodes.Attempt.Wrong) passcodes.tryPasscode("nope".toCharArray());
        assertEquals(clock.instant().plusSeconds(30), fifth.nextTryAt().orElseThrow());

        // Even the right passcode is not checked during the wait, and a restart does not clear it.
        Passcodes.Attempt early = passcodes().tryPasscode("river42".toCharArray());
        assertEquals(new Passcodes.Attempt.TooSoon(clock.instant().plusSeconds(30)), early);

        clock.advance(Duration.ofSeconds(30));
        Passcodes.Attempt.Wrong sixth = (Passcodes.Attempt.Wrong) passcodes.tryPasscode("nope".toCharArray());
        assertEquals(clock.instant().plusSeconds(60), sixth.nextTryAt().orElseThrow());
        clock.advance(Duration.ofSeconds(60));
        Passcodes.Attempt.Wrong seventh = (Passcodes.Attempt.Wrong) passcodes.tryPasscode("nope".toCharArray());
        assertEquals(clock.instant().plusSeconds(120), seventh.nextTryAt().orElseThrow());

        clock.advance(Duration.ofMinutes(2));
        assertInstanceOf(Passcodes.Attempt.Opened.class, passcodes.tryPasscode("river42".toCharArray()));
        assertEquals(0, passcodes().preferences().wrongTries().count(), "the right passcode clears the count");
    }

    @Test
    void theWaitNeverGrowsBeyondFifteenMinutes() {
        WrongTries many = new WrongTries(40, java.util.Optional.of(clock.instant()));
        assertEquals(Duration.ofMinutes(15), many.waitAfterLast());
    }

    @Test
    void removingThePasscodeOrItsFileOpensTheAppWithoutOne() throws Exception {
        Passcodes passcodes = passcodes();
        passcodes.set("river42".toCharArray());
        assertTrue(passcodes.preferences().removableDriveBackupsProtectedByDefault());
        passcodes.remove();
        assertFalse(passcodes().isSet());
        assertFalse(passcodes().preferences().removableDriveBackupsProtectedByDefault());

        passcodes.set("river42".toCharArray());
        Files.delete(folder.resolve(PrivacyFile.NAME));
        assertInstanceOf(Passcodes.Attempt.Opened.class, passcodes().tryPasscode(new char[0]));
    }

    @Test
    void aDamagedPasscodeEntryKeepsTheAppLockedAndSaysWhatToDo() throws Exception {
        Files.writeString(folder.resolve(PrivacyFile.NAME), "passcode.hash=AAAA\npasscode.salt=%%%\n");
        IllegalStateException refused = assertThrows(IllegalStateException.class, this::passcodes);
        assertTrue(refused.getMessage().contains("delete that file"), refused.getMessage());
    }

    @Test
    void idleTimeAndNeutralTitleAreKept() {
        Passcodes passcodes = passcodes();
        assertEquals(Duration.ofMinutes(10), passcodes.preferences().idleLimit(), "ten minutes unless changed");
        assertEquals("Child Maintenance Log", passcodes.preferences().windowTitle());
        passcodes.setIdleLimit(Duration.ofMinutes(2));
        passcodes.setNeutralTitle(true);
        assertEquals(Duration.ofMinutes(2), passcodes().preferences().idleLimit());
        assertEquals("Records", passcodes().preferences().windowTitle());
    }

    @Test
    void tooShortOrMismatchedPasscodesAreExplained() {
        assertTrue(Passcodes.problemWith("abc", "abc").orElseThrow().contains("at least 4"));
        assertTrue(Passcodes.problemWith("river42", "river24").orElseThrow().contains("not the same"));
        assertTrue(Passcodes.problemWith("river42", "river42").isEmpty());
    }
}
