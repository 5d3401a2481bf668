package uk.cml.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.cml.ui.common.FilePicker;

/**
 * The JavaFX application: takes what {@link Window} started before JavaFX ({@link LaunchHandover}: the records
 * already opening), then hands over to {@link Startup}.
 */
public final class CmlApplication extends Application {

    private Startup startup;

    @Override
    public void start(Stage stage) {
        CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
        Path dataFolder = DataFolder.forThisRun(commandLine.dataDir());
        Optional<LaunchHandover> given = LaunchHandover.take();
        startup = new Startup(stage, dataFolder, EnglandClock.system(),
                folder -> getHostServices().showDocument(folder.toUri().toString()),
                commandLine.option("page").orElse(uk.cml.ui.overview.OverviewView.KEY), FilePicker.system(),
                given.map(LaunchHandover::times).orElseGet(StartupTimes::new),
                given.map(LaunchHandover::ahead).orElse(null));
        startup.begin();
    }

    @Override
    public void stop() {
        if (startup != null) {
            startup.shutdown();
        }
    }
}
