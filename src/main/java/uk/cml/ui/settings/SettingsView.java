package uk.cml.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.ui.shell.Section;

/** Where the records are kept, and the app's preferences. */
public final class SettingsView implements Section {

    private final ScrollPane view;

    /**
     * @param openFolder  opens a folder in the computer's file manager
     * @param safetyPanel backups and Check records ({@link RecordsSafetyPanel})
     */
    public SettingsView(Path dataFolder, String version, Consumer<Path> openFolder, Runnable showAbout,
                        Node safetyPanel) {
        Label heading = new Label("Settings");
        heading.getStyleClass().add("title");
        Label folderHeading = new Label("Where your records are kept");
        folderHeading.getStyleClass().add("heading");
        TextField folder = new TextField(dataFolder.toString());
        folder.setEditable(false);
        folder.setId("settings-data-folder");
        folder.setAccessibleText("Data folder location");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = new Button("Open folder");
        open.setId("settings-open-folder");
        open.setOnAction(e -> openFolder.accept(dataFolder));
        Label explain = new Label("Everything you enter stays on this computer, in this folder. The app never sends "
                + "anything over the internet. To keep your records in another folder, start the app with "
                + "--data-dir and the folder, or set CML_DATA_DIR.");
        explain.setWrapText(true);
        Label versionLabel = new Label("Child Maintenance Log " + version);
        versionLabel.setId("settings-version");
        versionLabel.getStyleClass().add("field-hint");
        Button about = new Button("About this app");
        about.setId("settings-about");
        about.setOnAction(e -> showAbout.run());
        VBox content = new VBox(14, heading, folderHeading, new HBox(10, folder, open), explain, safetyPanel,
                new HBox(12, about, versionLabel));
        content.setPadding(new Insets(24, 32, 32, 32));
        content.setMaxWidth(860);
        // Scrolls, so at laptop sizes every line wraps in full instead of being cut short.
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.getStyleClass().add("edge-to-edge");
    }

    @Override
    public String key() {
        return "settings";
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public Node view() {
        return view;
    }
}
