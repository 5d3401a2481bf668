package uk.cml.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FileOpener;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.SystemOpening;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.shell.Section;

/** Where the records are kept, and the app's preferences. */
public final class SettingsView implements Section {

    private final Node view;
    private final Node safetyPanel;
    /** The page's panels, looked up in directly: the scroll pane finds nothing in them before its skin is made. */
    private final Node content;

    /**
     * @param savesFolder where letters and evidence packs are saved unless the parent picks another folder
     * @param openFolder  opens a folder in the computer's file manager, off the FX thread ({@link SystemOpening})
     * @param safetyPanel backups and Check records ({@link RecordsSafetyPanel})
     * @param appearance  light or dark ({@link AppearanceSetting})
     * @param showAbout   shows the About window in front of this one
     * @param bankHolidays the bank holidays the app counts ({@link BankHolidaysPanel}) and the CMS's time limits
     *                     ({@link TimeLimitsPanel})
     */
    public SettingsView(Path dataFolder, Path savesFolder, String version, FileOpener openFolder,
                        Background background,
                        Consumer<Window> showAbout,
                        Node safetyPanel, Node appearance, Node bankHolidays) {
        this.safetyPanel = safetyPanel;
        Label heading = new Label(Messages.text("settings.view.settings"));
        heading.getStyleClass().add("title");
        Label folderHeading = new Label(Messages.text("settings.view.whereYourRecordsAreKept"));
        folderHeading.getStyleClass().add("heading");
        TextField folder = new TextField(dataFolder.toString());
        folder.setEditable(false);
        folder.setId("settings-data-folder");
        folder.setAccessibleText(Messages.text("settings.view.dataFolderLocation"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = new Button(Messages.text("settings.view.openFolder"));
        open.setId("settings-open-folder");
        Label notOpened = SystemOpening.besideButton("settings-open-folder-problem");
        open.setOnAction(e -> SystemOpening.openFolder(background, openFolder, dataFolder, notOpened));
        // It said everything stays "in this folder", but letters and packs are saved to Documents/Child Maintenance
        // Log (letters copied in here too, packs not): it now says where each goes.
        Label explain = new Label(Messages.text("settings.view.everythingYouEnterStaysOn", savesFolder.toString()));
        explain.setId("settings-where-kept");
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label versionLabel = new Label(Messages.text("settings.view.childMaintenanceLog", version));
        versionLabel.setId("settings-version");
        versionLabel.getStyleClass().add("field-hint");
        Button about = new Button(Messages.text("settings.view.aboutThisApp"));
        about.setId("settings-about");
        about.setOnAction(e -> showAbout.accept(about.getScene().getWindow()));
        HBox folderRow = new HBox(10, folder, open);
        HBox aboutRow = new HBox(12, about, versionLabel);
        aboutRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(14, folderHeading, folderRow, notOpened, explain, safetyPanel, appearance,
                bankHolidays, aboutRow);
        content.getStyleClass().add("settings-content");
        this.content = content;
        view = PageLayout.of(heading, content);
    }

    @Override
    public String key() {
        return "settings";
    }

    @Override
    public String title() {
        return Messages.text("settings.view.settings");
    }

    @Override
    public Node view() {
        return view;
    }

    /** Each time the page is shown: the record fingerprint is worked out again, as a save since changes it. */
    @Override
    public void shown() {
        if (view.lookup("#settings-safety") instanceof RecordsSafetyPanel safety) {
            safety.freshVisit();
        }
        // A bank holiday put back from the Bin is listed again.
        if (view.lookup("#settings-bank-holidays") instanceof BankHolidaysPanel holidays) {
            holidays.shown();
        }
        // A time limit read again, as the Letters or Where it stands pages may have been used since.
        if (content.lookup("#settings-time-limits") instanceof TimeLimitsPanel limits) {
            limits.shown();
        }
    }

    /** From the banner of the check made after opening: Check records, with what that check found. */
    @Override
    public void show(uk.cml.ui.shell.Destination destination) {
        if (destination instanceof uk.cml.ui.shell.Destination.CheckRecordsFound found
                && safetyPanel.lookup("#settings-safety") instanceof RecordsSafetyPanel safety) {
            safety.showFound(found.report(), found.checkedAt());
        }
        if (destination instanceof uk.cml.ui.shell.Destination.TimeLimits
                && content.lookup("#settings-time-limits") instanceof TimeLimitsPanel limits) {
            limits.reveal();
        }
    }
}
