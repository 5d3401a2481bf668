package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.cml.ui.common.FilePicker;

/** The JavaFX application: works out the data folder, then hands over to {@link Startup}. */
public final class CmlApplication extends Application {

    private Startup startup;

    @Override
    public void start(Stage stage) {
        CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
        Optional<EarlyOpening> early = EarlyOpening.take();
        Path dataFolder = early.map(e -> e.dataFolder).orElseGet(() -> DataFolder.forThisRun(commandLine.dataDir()));
        startup = new Startup(stage, dataFolder, Clock.systemDefaultZone(),
                folder -> getHostServices().showDocument(folder.toUri().toString()),
                commandLine.option("page").orElse("overview"), FilePicker.system(),
                early.map(e -> e.times).orElseGet(StartupTimes::new));
        early.ifPresentOrElse(e -> startup.begin(e.opening), startup::begin);
    }

    @Override
    public void stop() {
        if (startup != null) {
            startup.shutdown();
        }
    }
}
