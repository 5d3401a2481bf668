package uk.cml.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: works out the data folder, then hands over to {@link Startup}. */
public final class CmlApplication extends Application {

    private Startup startup;

    @Override
    public void start(Stage stage) {
        CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
        Path dataFolder = DataFolder.forThisRun(commandLine.dataDir());
        startup = new Startup(stage, dataFolder, EnglandClock.system(), new SystemViewer(), firstPage(commandLine),
                uk.cml.ui.common.FilePicker.system(), EarlyOpening.take(dataFolder));
        startup.begin();
    }

    /** The sidebar key of the page the window opens on: the Overview unless --page says otherwise. */
    static String firstPage(CommandLine commandLine) {
        return commandLine.option("page").orElse(uk.cml.ui.overview.OverviewView.KEY);
    }

    @Override
    public void stop() {
        if (startup != null) {
            startup.shutdown();
        }
    }
}
