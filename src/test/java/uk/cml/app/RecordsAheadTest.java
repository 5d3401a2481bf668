package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records opened while JavaFX starts: the same opening as on the background thread, handed over whole. */
class RecordsAheadTest {

    @TempDir
    Path temp;

    @Test
    void handsOverTheOpenedRecords() throws Exception {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);

        Optional<RecordsOpening> opened = RecordsAhead.start(data, Clock.systemUTC(), new StartupTimes()).take();

        assertTrue(opened.isPresent());
        try (AppServices services = opened.get().services()) {
            assertEquals(1, opened.get().cases().size(), "the sample case");
        }
    }

    @Test
    void saysWhenAnotherCopyHasThem() throws Exception {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);
        try (AppServices running = AppServices.open(data, Clock.systemUTC())) {
            assertEquals(Optional.empty(), RecordsAhead.start(data, Clock.systemUTC(), new StartupTimes()).take());
        }
    }

    @Test
    void passesOnWhatStoppedTheOpening() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("a file"), "not a folder");
        Exception direct = assertThrows(Exception.class,
                () -> RecordsOpening.open(notAFolder, Clock.systemUTC(), new StartupTimes()));

        Exception ahead = assertThrows(Exception.class,
                () -> RecordsAhead.start(notAFolder, Clock.systemUTC(), new StartupTimes()).take());

        assertEquals(direct.getClass(), ahead.getClass(), "the start-up screens explain it as before");
    }

    @Test
    void aWindowThatCouldNotOpenLetsGoOfTheRecords() throws Exception {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);

        RecordsAhead.start(data, Clock.systemUTC(), new StartupTimes()).abandon();

        try (AppServices next = AppServices.open(data, Clock.systemUTC())) {
            assertFalse(next.cases.cases().isEmpty(), "the next start opens them");
        }
    }

    @Test
    void opensAheadOnlyWhenThereIsAScreenToOpenOn() {
        assertTrue(Window.screenNamed("Linux", Map.of("DISPLAY", ":0")));
        assertTrue(Window.screenNamed("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertFalse(Window.screenNamed("Linux", Map.of()), "a server or an ssh session: the records are left alone");
        assertFalse(Window.screenNamed("Linux", Map.of("DISPLAY", " ")));
        assertTrue(Window.screenNamed("Windows 11", Map.of()));
        assertTrue(Window.screenNamed("Mac OS X", Map.of()));
    }
}
