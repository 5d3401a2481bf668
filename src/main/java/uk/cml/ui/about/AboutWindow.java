package uk.cml.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.stage.Stage;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FileOpener;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.SystemOpening;

/** Version, where the records are, the licence and the notices for the libraries the app is built on. */
public final class AboutWindow {

    private final String version;
    private final Path dataFolder;
    private final FileOpener openFolder;
    private final Background background;

    public AboutWindow(String version, Path dataFolder, FileOpener openFolder, Background background) {
        this.version = version;
        this.dataFolder = dataFolder;
        this.openFolder = openFolder;
        this.background = background;
    }

    public void show(Window owner) {
        Label name = new Label(Messages.text("about.window.childMaintenanceLog"));
        name.getStyleClass().add("title");
        Label versionLabel = new Label(Messages.text("about.window.version", version));
        versionLabel.setId("about-version");
        Label purpose = new Label(Messages.text("about.window.keepsYourChildMaintenanceRecords"));
        purpose.setWrapText(true);
        TextField folder = new TextField(dataFolder.toString());
        folder.setEditable(false);
        folder.setId("about-data-folder");
        folder.setAccessibleText(Messages.text("about.window.whereYourRecordsAreKept"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = new Button(Messages.text("about.window.openFolder"));
        open.setId("about-open-folder");
        Label notOpened = SystemOpening.besideButton("about-open-folder-problem");
        open.setOnAction(e -> SystemOpening.openFolder(background, openFolder, dataFolder, notOpened));
        TextArea licence = readOnlyText("about-licence");
        TextArea notices = readOnlyText("about-notices");
        TabPane texts = new TabPane(new Tab(Messages.text("about.window.licence"), licence),
                new Tab(Messages.text("about.window.otherSoftware"), notices));
        texts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(texts, Priority.ALWAYS);
        Stage stage = new Stage();
        Button close = new Button(Messages.text("about.window.close"));
        close.setId("about-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        VBox root = new VBox(12, name, versionLabel, purpose,
                new Label(Messages.text("about.window.yourRecordsAreKeptIn")),
                new HBox(8, folder, open), notOpened, texts, close);
        root.getStyleClass().add("window-content");
        root.setId("about-window");
        Scene scene = new Scene(root, 620, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("about.window.aboutChildMaintenanceLog"));
        stage.setScene(scene);
        uk.cml.ui.common.ScreenFit.window(stage).show();
        background.run(() -> new String[] {resource("LICENSE.txt"), resource("THIRD-PARTY-NOTICES.txt")}, loaded -> {
            licence.setText(loaded[0]);
            notices.setText(loaded[1]);
        }, error -> licence.setText(Messages.text("about.window.theLicenceTextCouldNot")));
    }

    private static TextArea readOnlyText(String id) {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.setId(id);
        return area;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AboutWindow.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
