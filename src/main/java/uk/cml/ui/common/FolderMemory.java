package uk.cml.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The folder a save dialog last saved into, kept with the records it belongs to (a setting in the data folder), so
 * a second data folder, such as another case run with --data-dir, never opens in the first one's folder. Read once
 * as the app opens and written as the parent saves, both off the JavaFX thread.
 */
public final class FolderMemory {

    /** Remembers nothing: every dialog opens where it was told to. */
    public static final FolderMemory NONE = new FolderMemory();

    private final Jobs jobs;
    private final Consumer<String> write;
    private volatile Path last;

    private FolderMemory() {
        jobs = null;
        write = null;
    }

    /**
     * @param read  the folder kept, if one is (run through {@code jobs})
     * @param write keeps a folder (run through {@code jobs})
     */
    public FolderMemory(Jobs jobs, Callable<Optional<String>> read, Consumer<String> write) {
        this.jobs = jobs;
        this.write = write;
        jobs.start(read, kept -> kept.ifPresent(folder -> {
            if (last == null) { // a save made before the read came back is newer
                last = Path.of(folder);
            }
        }), error -> { });
    }

    /** The folder last saved into, while it still exists. */
    public Optional<Path> last() {
        return Optional.ofNullable(last).filter(Files::isDirectory);
    }

    /** Called with the file the parent chose: its folder is where the next dialog opens. */
    public void saved(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (jobs == null || folder == null) {
            return;
        }
        last = folder;
        jobs.start(() -> {
            write.accept(folder.toString());
            return Boolean.TRUE;
        }, ok -> { }, error -> { });
    }
}
