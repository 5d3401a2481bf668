package uk.cml.app;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import uk.cml.ui.common.FileOpener;

/**
 * Opens a file with the program the computer has set for its kind, through {@link Desktop#open}, which (unlike
 * JavaFX's {@code HostServices.showDocument}) says when there is none: Windows' "no application is associated",
 * macOS's and Linux's failure to launch come back as an {@link IOException}. AWT is loaded on the first use only
 * (never at start-up), off the FX thread. The file is a local one: nothing here reaches the network.
 */
final class SystemViewer implements FileOpener {

    @Override
    public void open(Path file) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException("This system offers no way to open files in their programs");
        }
        try {
            Desktop.getDesktop().open(file.toFile());
        } catch (UnsupportedOperationException | SecurityException e) {
            throw new IOException("Could not open the file: " + e.getMessage(), e);
        }
    }
}
