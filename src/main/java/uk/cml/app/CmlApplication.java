package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import uk.cml.ui.common.FilePicker;
import javafx.stage.Stage;

/**
 * The app's window: hands over to {@link Startup}, and closes the records when the window closes. Started by
 * {@link Window} itself rather than by {@code Application.launch}, so that it gets the records that began opening
 * before JavaFX started ({@link RecordsAhead}) by its constructor. It stays an {@link Application} for the system's
 * way of opening a folder ({@link #getHostServices()}).
 */
final class CmlApplication extends Application {

    private final CommandLine commandLine;
    private final Path dataFolder;
    private final Clock clock;
    private final StartupTimes times;
    private final RecordsAhead ahead;
    private final Runnable closed;
    private Startup startup;

    /**
     * @param closed called on the FX thread once the window has closed and the records are closed
     */
    CmlApplication(CommandLine commandLine, Path dataFolder, Clock clock, StartupTimes times, RecordsAhead ahead,
                   Runnable closed) {
        this.commandLine = commandLine;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.times = times;
        this.ahead = ahead;
        this.closed = closed;
    }

    @Override
    public void start(Stage stage) {
        startup = new Startup(stage, dataFolder, clock,
                folder -> getHostServices().showDocument(folder.toUri().toString()),
                commandLine.option("page").orElse(uk.cml.ui.overview.OverviewView.KEY), FilePicker.system(), times,
                ahead);
        // The main window is the app: when it closes, the records close (and the day's backup is made) before exit.
        stage.setOnHidden(e -> {
            stop();
            closed.run();
        });
        startup.begin();
    }

    @Override
    public void stop() {
        if (startup != null) {
            startup.shutdown();
        }
    }
}
