package uk.cml.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file in the program the computer uses for its kind (its PDF viewer, its photo viewer). Passed by
 * constructor, so a page can say plainly when the computer has no such program, and tests can stand in for it.
 */
@FunctionalInterface
public interface FileOpener {

    /**
     * Hands {@code file} to the computer's viewer. Throws when the computer has no program for it or the program would
     * not start. Call off the FX thread: the system may take a moment to answer.
     */
    void open(Path file) throws IOException;
}
