package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The directives that keep C2 off start-up's code are really in the JVM while held, and gone once released. */
class StartupCompilingTest {

    /** Longer than any test JVM has been running. */
    private static final Duration EVER = Duration.ofDays(1);

    @AfterEach
    void letTheCompilerGo() {
        StartupCompiling.release();
    }

    @Test
    void holdsJavasOwnCodeOffC2ButNotTheAppsUntilReleased() throws Exception {
        String before = directives();
        assertFalse(before.contains(" Exclude:true "), "no directive before holding: " + before);

        assertTrue(StartupCompiling.hold(EVER));
        assertTrue(StartupCompiling.isHeld());
        String held = directives();
        assertTrue(held.contains(" Exclude:true "), "the JVM holds the directive: " + held);
        assertTrue(held.indexOf("uk/cml/*.*") < held.indexOf(" Exclude:true "), "the app's own code comes first");

        StartupCompiling.release();
        assertFalse(StartupCompiling.isHeld());
        assertEquals(before, directives());
    }

    @Test
    void aHoldAskedForTooLateDoesNothing() throws Exception {
        String before = directives();

        assertFalse(StartupCompiling.hold(Duration.ZERO));

        assertFalse(StartupCompiling.isHeld());
        assertEquals(before, directives());
    }

    @Test
    void holdingTwiceAddsOnceAndReleasingTwiceRemovesOnlyItsOwn() throws Exception {
        String before = directives();
        StartupCompiling.hold(EVER);
        String once = directives();

        StartupCompiling.hold(EVER);
        assertEquals(once, directives());
        StartupCompiling.release();
        StartupCompiling.release();

        assertEquals(before, directives());
    }

    private static String directives() throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}
