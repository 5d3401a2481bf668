package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.Database;

class EarlyOpeningTest {

    @TempDir
    Path folder;

    @Test
    void theRecordsOpenOnTheirOwnThreadBeforeAnyWindow() throws Exception {
        Path data = folder.resolve("records");

        EarlyOpening early = EarlyOpening.start(data, Clock.systemUTC(), new StartupTimes());
        Optional<RecordsOpening> opened = early.opening.get(60, TimeUnit.SECONDS);

        assertTrue(opened.isPresent(), "nothing else had the folder open");
        assertTrue(opened.get().cases().isEmpty(), "a fresh folder has no case yet: the set-up shows");
        opened.get().services().close();
    }

    /** No screen: the window never opens, so the records must be let go again, not left locked or half upgraded. */
    @Test
    void whenTheWindowNeverOpensTheRecordsAreClosedAgain() throws Exception {
        Path data = folder.resolve("records");
        EarlyOpening early = EarlyOpening.start(data, Clock.systemUTC(), new StartupTimes());

        early.closeUnused();

        assertTrue(Files.exists(data.resolve(Database.FILE_NAME)));
        try (AppServices again = AppServices.open(data, Clock.systemUTC())) {
            assertTrue(again.cases.cases().isEmpty(), "the folder is free for the next start");
        }
    }

    @Test
    void aSecondCopyFindsTheRecordsOpenAndOpensNothing() throws Exception {
        Path data = folder.resolve("records");
        try (AppServices first = AppServices.open(data, Clock.systemUTC())) {
            EarlyOpening second = EarlyOpening.start(data, Clock.systemUTC(), new StartupTimes());

            assertEquals(Optional.empty(), second.opening.get(60, TimeUnit.SECONDS));
            assertTrue(first.cases.cases().isEmpty(), "the first copy carries on");
        }
    }

    @Test
    void whatMainStartedIsTakenOnceByTheApplication() {
        EarlyOpening early = EarlyOpening.start(folder.resolve("records"), Clock.systemUTC(), new StartupTimes());
        EarlyOpening.handOver(early);

        assertSame(early, EarlyOpening.take().orElseThrow());
        assertEquals(Optional.empty(), EarlyOpening.take(), "a second application start opens its own");
        early.closeUnused();
    }

    /** With plainly no screen the records are not opened at all: the parent only reads that a screen is needed. */
    @Test
    void aSessionWithNoDisplayNamedHasNoScreenOnLinuxOnly() {
        assertTrue(Window.noScreen(Map.of(), "Linux"));
        assertTrue(Window.noScreen(Map.of("DISPLAY", " "), "Linux"));
        assertFalse(Window.noScreen(Map.of("DISPLAY", ":0"), "Linux"));
        assertFalse(Window.noScreen(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
        assertFalse(Window.noScreen(Map.of(), "Windows 11"), "Windows has no such variable");
        assertFalse(Window.noScreen(Map.of(), "Mac OS X"));
    }
}
