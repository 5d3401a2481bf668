package uk.cml.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A second copy of the app, finding the records already open, asks the running one to bring its window
 * forward by writing a small request file in the data folder; the running copy watches the folder for it.
 * No network socket is opened, and nothing but the request's name and a time is written.
 */
public final class BringForward implements AutoCloseable {

    static final String REQUEST = ".bring-window-forward";
    /**
     * Written while a copy with a window has the records open: the records are also held, with no window, by a
     * command run from the command line (export-pack, backup); a second copy must then not say a window came
     * forward. Removed by whoever next takes the records (SingleInstanceLock), so one left by a crash never lies.
     */
    static final String WINDOW = ".window-open";
    private static final Logger LOG = Logger.getLogger(BringForward.class.getName());

    private final WatchService watcher;
    private final Thread thread;
    private final Path dataFolder;

    private BringForward(WatchService watcher, Thread thread, Path dataFolder) {
        this.watcher = watcher;
        this.thread = thread;
        this.dataFolder = dataFolder;
    }

    /** Whether the copy holding {@code dataFolder}'s records has a window to bring forward. */
    public static boolean windowOpen(Path dataFolder) {
        return Files.exists(dataFolder.resolve(WINDOW));
    }

    /** Asks the copy that has {@code dataFolder} open to come forward. Quietly does nothing if it cannot. */
    public static void request(Path dataFolder) {
        try {
            Files.writeString(dataFolder.resolve(REQUEST), Instant.now().toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.info("Could not ask the open copy to come forward: " + e.getMessage());
        }
    }

    /**
     * Watches {@code dataFolder} for requests and runs {@code bringForward} for each, on a background thread
     * (the callback must hop to the FX thread itself). Close it when the records close.
     */
    public static BringForward watch(Path dataFolder, Runnable bringForward) throws IOException {
        WatchService watcher = dataFolder.getFileSystem().newWatchService();
        dataFolder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Files.deleteIfExists(dataFolder.resolve(REQUEST));
        Files.writeString(dataFolder.resolve(WINDOW), Instant.now().toString(), StandardCharsets.UTF_8);
        Thread thread = new Thread(() -> loop(watcher, dataFolder, bringForward), "bring-forward-watch");
        thread.setDaemon(true);
        thread.start();
        return new BringForward(watcher, thread, dataFolder);
    }

    private static void loop(WatchService watcher, Path dataFolder, Runnable bringForward) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean asked = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    asked |= REQUEST.equals(String.valueOf(event.context()));
                }
                key.reset();
                if (asked && Files.deleteIfExists(dataFolder.resolve(REQUEST))) {
                    bringForward.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // The records closed.
        } catch (IOException e) {
            LOG.warning("Stopped watching for a second copy: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(dataFolder.resolve(WINDOW));
        } catch (IOException e) {
            LOG.info("Could not remove the note that a window is open: " + e.getMessage());
        }
        try {
            watcher.close();
        } catch (IOException ignored) {
            // Closing only.
        }
        thread.interrupt();
    }
}
