package uk.cml.ui.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.privacy.MovableClock;
import uk.cml.privacy.Passcodes;
import uk.cml.privacy.PrivacyFile;

/** The lock's page models, driven without a window, on a clock the test moves. */
class LockModelsTest {

    @TempDir
    Path folder;
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    private Passcodes passcodes() {
        return new Passcodes(new PrivacyFile(folder), clock, new SecureRandom(), 1_000);
    }

    private static void tryWith(LockModel model, String typed) {
        model.typedProperty().set(typed);
        model.show(model.check(model.startCheck()));
    }

    @Test
    void theLockOpensOnlyForTheRightPasscodeAndSaysWhenToWait() {
        Passcodes passcodes = passcodes();
        passcodes.set("river42".toCharArray());
        LockModel model = new LockModel(passcodes, clock);
        model.lock();
        assertTrue(model.isLocked() && model.needsPasscode());
        tryWith(model, "nope");
        assertTrue(model.isLocked());
        assertEquals("That passcode is not right. Check Caps Lock and try again.", model.messageProperty().get());
        assertEquals("", model.typedProperty().get(), "what was typed is cleared");
        for (int i = 0; i < 3; i++) {
            tryWith(model, "nope");
        }
        assertTrue(model.messageProperty().get().endsWith("After 1 more wrong try you will have to wait."));
        tryWith(model, "nope");
        assertTrue(model.messageProperty().get().contains("wait until 10:15:30"), model.messageProperty().get());
        tryWith(model, "river42");
        assertTrue(model.isLocked(), "not even the right passcode during the wait");
        clock.advance(Duration.ofSeconds(30));
        tryWith(model, "river42");
        assertFalse(model.isLocked());
    }

    @Test
    void theIdleWatchCountsFromTheLastActivityByTheClock() {
        IdleWatch idle = new IdleWatch(clock, () -> Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(9));
        assertFalse(idle.isIdle());
        idle.activity();
        clock.advance(Duration.ofMinutes(9));
        assertFalse(idle.isIdle());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(idle.isIdle());
    }

    @Test
    void setUpChoicesAllowNoPasscodeButNotAShortOrMismatchedOne() {
        PrivacyChoices choices = new PrivacyChoices();
        assertTrue(choices.check());
        assertTrue(choices.passcode().isEmpty());
        choices.passcodeProperty().set("abc");
        assertFalse(choices.check());
        assertTrue(choices.problem.get().contains("at least 4"));
        choices.repeatProperty().set("abc");
        assertEquals("", choices.problem.get(), "changing the typing clears the old problem");
        choices.passcodeProperty().set("river42");
        choices.repeatProperty().set("river42");
        assertTrue(choices.check());
        assertEquals("river42", new String(choices.passcode().orElseThrow()));
    }

    @Test
    void settingsChangeOrRemoveThePasscodeOnlyWithTheCurrentOne() {
        Passcodes passcodes = passcodes();
        PrivacySettingsModel model = new PrivacySettingsModel(passcodes);
        assertFalse(model.passcodeSet.get());
        model.fresh.set("river42");
        model.repeat.set("river24");
        assertTrue(model.newPasscodeProblem().isPresent());
        model.finished(model.saveNewPasscode(new char[0], "river42".toCharArray()));
        assertTrue(model.passcodeSet.get());
        assertTrue(model.message.text().startsWith("Passcode saved"));
        model.message.movedOn();
        assertEquals("", model.message.text(), "gone once the parent types again or leaves");

        model.finished(model.removePasscode("wrong".toCharArray()));
        assertTrue(passcodes.isSet());
        assertTrue(model.message.text().contains("not right"));
        model.message.movedOn();
        assertTrue(model.message.text().contains("not right"), "a wrong passcode stays said as the parent types");
        model.finished(model.saveNewPasscode("wrong".toCharArray(), "other99".toCharArray()));
        assertTrue(passcodes().tryPasscode("river42".toCharArray()) instanceof Passcodes.Attempt.Opened);
        model.finished(model.removePasscode("river42".toCharArray()));
        assertFalse(model.passcodeSet.get());
        assertFalse(passcodes().isSet());

        model.saveIdleMinutes(2);
        model.saveNeutralTitle(true);
        assertEquals(Duration.ofMinutes(2), passcodes().preferences().idleLimit());
        assertEquals("Records", passcodes().preferences().windowTitle());
    }
}
