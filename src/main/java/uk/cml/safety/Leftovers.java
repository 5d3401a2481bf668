package uk.cml.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import uk.cml.domain.Words;

/**
 * What a backup or restore that was cut off leaves behind, dealt with at every start before the records
 * open, while this copy of the app holds the folder's lock (so nothing found can still be in use):
 * a half-done restore is finished, an unpacked copy never swapped in is removed, and so are database
 * copies made for a backup and half-written automatic backups.
 */
public final class Leftovers {

    private static final Logger LOG = Logger.getLogger(Leftovers.class.getName());

    private Leftovers() {
    }

    /** Returns what to tell the parent (usually nothing). */
    public static List<String> tidy(Path dataFolder) {
        List<String> notes = new ArrayList<>();
        Optional<String> finished = RestoreJournal.recover(dataFolder);
        finished.ifPresent(notes::add);
        long freed = 0;
        boolean restoreStopped = false;
        try (Stream<Path> files = Files.list(dataFolder)) {
            for (Path path : files.toList()) {
                String name = path.getFileName().toString();
                if (name.startsWith(".restoring-") && Files.isDirectory(path)) {
                    freed += sizeOf(path);
                    Folders.deleteQuietly(path);
                    restoreStopped = true;
                } else if (name.startsWith(".backup-") && name.contains(".db")) {
                    freed += Files.size(path);
                    Files.deleteIfExists(path);
                } else if (name.endsWith(".new") && (name.startsWith(RecordsAnchor.FILE_NAME)
                        || name.startsWith(RestoreJournal.INTENT) || name.startsWith(TypingDrafts.FILE_NAME))) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            LOG.warning("Could not tidy the data folder: " + e.getMessage());
        }
        freed += StalePartials.remove(dataFolder.resolve(AutomaticBackups.FOLDER));
        if (restoreStopped && finished.isEmpty()) {
            notes.add(Words.text("safety.leftovers.restoreStopped"));
        }
        if (freed > 0) {
            LOG.info("Removed " + freed + " bytes left by a backup or restore that was cut off");
        }
        return notes;
    }

    private static long sizeOf(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
