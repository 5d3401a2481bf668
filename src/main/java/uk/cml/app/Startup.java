package uk.cml.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.ui.common.Appearance;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.SystemAppearance;
import uk.cml.ui.common.Theme;
import uk.cml.ui.settings.AppearanceSetting;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.FilePicker;
import uk.cml.ui.caseinfo.CaseDraft;
import uk.cml.privacy.Passcodes;
import uk.cml.privacy.PrivacyPreferences;
import uk.cml.ui.lock.AppLock;
import uk.cml.ui.lock.PrivacyChoices;
import uk.cml.ui.caseinfo.SetupWizard;

/**
 * Opens the records off the FX thread, then shows the first-run set-up or the main window.
 * This class and {@link MainScreens} are where the app is wired together.
 */
public final class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    static final String DRAFT_SETTING = "setup.draft";
    static final String LAST_CASE_SETTING = "case.last";

    private final Stage stage;
    private final Path dataFolder;
    private final Clock clock;
    private final Consumer<Path> openFolder;
    private final String firstPage;
    private final FilePicker picker;
    private final Background background = new Background();
    private final Theme theme = new Theme();
    private Appearance appearance = Appearance.SYSTEM;
    private final ObservableList<CaseFile> cases = FXCollections.observableArrayList();
    private final ObjectProperty<CaseFile> currentCase = new SimpleObjectProperty<>();
    private final StartupTimes times = new StartupTimes();
    private AppServices services;
    private AppLock lock;
    private BringForward bringForward;
    /** The set-up questions on screen, if they are: told when saving the answers failed. */
    private SetupWizard wizard;
    private boolean firstFrameAsked;

    public Startup(Stage stage, Path dataFolder, Clock clock, Consumer<Path> openFolder) {
        this(stage, dataFolder, clock, openFolder, "overview");
    }

    /**
     * @param firstPage the sidebar key of the page to open on, such as "payments"
     */
    public Startup(Stage stage, Path dataFolder, Clock clock, Consumer<Path> openFolder, String firstPage) {
        this(stage, dataFolder, clock, openFolder, firstPage, FilePicker.system());
    }

    /**
     * @param picker how the parent chooses files to attach; the system's chooser, except in tests, where a robot
     *               cannot drive it
     */
    public Startup(Stage stage, Path dataFolder, Clock clock, Consumer<Path> openFolder, String firstPage,
                   FilePicker picker) {
        this.firstPage = firstPage;
        this.picker = picker;
        this.stage = stage;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.openFolder = openFolder;
        currentCase.addListener((obs, old, now) -> rememberCase(now));
    }

    private void rememberCase(CaseFile caseFile) {
        if (caseFile == null || services == null) {
            return;
        }
        AppServices open = services;
        background.run(() -> {
            open.settings.put(LAST_CASE_SETTING, String.valueOf(caseFile.id()));
            return caseFile.id();
        }, ok -> { }, error -> LOG.log(Level.WARNING, "Could not remember the open case", error));
    }

    /** A damaged setting only means the first case opens: it must never stop the records opening. */
    static Optional<Long> savedCaseId(String saved) {
        try {
            return Optional.of(Long.parseLong(saved.strip()));
        } catch (NumberFormatException e) {
            LOG.warning("Ignored the saved case \"" + saved + "\": not a case number");
            return Optional.empty();
        }
    }

    private record Opened(AppServices services, Passcodes passcodes, List<CaseFile> cases, Optional<String> draft,
                          Optional<WindowBounds> bounds, Optional<Long> lastCase, Appearance appearance,
                          boolean dark) {
    }

    public void begin() {
        // Neutral until the privacy settings are read: the app's name only if the parent has not chosen "Records".
        stage.setTitle(PrivacyPreferences.NEUTRAL_TITLE);
        for (int size : new int[] {16, 32, 64, 256}) {
            var icon = Startup.class.getResource("/uk/cml/ui/icons/app-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox opening = new VBox(16, spinner, new Label("Opening your records..."));
        opening.setAlignment(Pos.CENTER);
        opening.setId("opening");
        theme.use(false);
        show(opening);
        WindowBounds.firstSize(stage);
        stage.show();
        background.run(() -> {
            // The folder first, owner-only, before the log creates it with everyday permissions.
            DataFolder.create(dataFolder);
            AppLogging.start(dataFolder);
            Passcodes passcodes = PrivacyWiring.readPasscodes(dataFolder, clock);
            times.mark("data folder, log and privacy settings");
            try {
                // Opening also finishes a restore that was cut off and tidies leftovers, before the records open.
                AppServices opened = AppServices.open(dataFolder, clock);
                times.mark("lock, database, migration check and journal");
                Appearance appearance = appearance(opened);
                return Optional.of(new Opened(opened, passcodes, opened.cases.cases(),
                        opened.settings.get(DRAFT_SETTING),
                        opened.settings.get(WindowBounds.SETTING).flatMap(WindowBounds::parse),
                        opened.settings.get(LAST_CASE_SETTING).flatMap(Startup::savedCaseId), appearance,
                        appearance.dark(appearance == Appearance.SYSTEM && SystemAppearance.prefersDark())));
            } catch (AppServices.AlreadyOpen e) {
                // Not a fault: no stack trace anywhere, just a word to the copy that is open.
                BringForward.request(dataFolder);
                return Optional.<Opened>empty();
            }
        }, opened -> opened.ifPresentOrElse(this::opened, this::showAlreadyOpen),
                error -> show(StartScreens.problem(stage, Problems.forParent(error))));
    }

    /** A small, calm window: the copy that has the records open comes forward by itself. */
    private void showAlreadyOpen() {
        show(StartScreens.alreadyOpen(stage));
        stage.setWidth(480);
        stage.setHeight(220);
        stage.centerOnScreen();
    }

    /** Light, dark, or what the computer prefers, as chosen in Settings. */
    private static Appearance appearance(AppServices opened) {
        return opened.settings.get(Appearance.SETTING).map(Appearance::parse).orElse(Appearance.SYSTEM);
    }

    /** The callback the running window gives {@link BringForward}: show itself in front of other windows. */
    void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private void opened(Opened opened) {
        times.mark("cases and settings read");
        services = opened.services();
        lock = PrivacyWiring.lockFor(stage, opened.passcodes(), clock, background);
        appearance = opened.appearance();
        if (opened.dark()) {
            theme.use(true);
        }
        try {
            bringForward = BringForward.watch(dataFolder, () -> Platform.runLater(this::bringToFront));
        } catch (IOException e) {
            LOG.info("A second copy cannot bring this window forward: " + e.getMessage());
        }
        List<String> notes = services.startNotes();
        if (!notes.isEmpty()) {
            Platform.runLater(() -> showStartNotes(notes));
        }
        opened.bounds().ifPresent(b -> b.applyTo(stage));
        cases.setAll(opened.cases());
        if (cases.isEmpty()) {
            CaseDraft draft = opened.draft().map(CaseDraft::restore).orElseGet(CaseDraft::new);
            showWizard(draft, true);
        } else {
            CaseFile last = opened.lastCase().flatMap(id -> cases.stream().filter(c -> c.id() == id).findFirst())
                    .orElse(cases.get(0));
            showMain(last);
        }
    }

    private void showWizard(CaseDraft draft, boolean firstRun) {
        PrivacyChoices privacy = new PrivacyChoices();
        wizard = new SetupWizard(draft, firstRun, clock, PrivacyWiring.setupSteps(privacy, firstRun), answers -> {
            MyDetails me = answers.toMyDetails();
            CaseFile newCase = answers.toCaseFile();
            Optional<char[]> passcode = firstRun ? privacy.passcode() : Optional.empty();
            background.run(() -> {
                long id = firstRun ? services.cases.completeSetup(me, newCase) : services.cases.create(newCase);
                PrivacyWiring.saveSetUpAnswers(services, lock, id, firstRun, privacy.addressPrivate(), passcode);
                services.settings.remove(DRAFT_SETTING);
                return new Reloaded(services.cases.cases(), id);
            }, reloaded -> {
                cases.setAll(reloaded.cases());
                showMain(reloaded.find());
            }, error -> wizard.saveFailed(Problems.forParent(error)));
        }, answers -> {
            if (firstRun) {
                String saved = answers.save();
                background.run(() -> {
                    services.settings.put(DRAFT_SETTING, saved);
                    return saved;
                }, ok -> stage.close(), error -> stage.close());
            } else {
                showMain(currentCase.get());
            }
        });
        show(wizard.view());
    }

    private record Reloaded(List<CaseFile> cases, long id) {
        CaseFile find() {
            return cases.stream().filter(c -> c.id() == id).findFirst().orElse(cases.get(0));
        }
    }

    private void showMain(CaseFile selected) {
        currentCase.set(selected);
        MainScreens screens = new MainScreens(services, background, cases, currentCase, openFolder,
                () -> background.run(() -> services.cases.myDetails().orElseThrow(),
                        me -> showWizard(CaseDraft.forNewCase(me), false),
                        error -> LOG.log(Level.WARNING, "Could not start a new case", error)),
                message -> show(StartScreens.restored(stage, message)), picker,
                new AppearanceSetting(appearance, chosen -> {
                    appearance = chosen;
                    background.run(() -> {
                        services.settings.put(Appearance.SETTING, chosen.saved());
                        return chosen.dark(chosen == Appearance.SYSTEM && SystemAppearance.prefersDark());
                    }, theme::use, error -> LOG.log(Level.WARNING, "Could not save the appearance", error));
                }), () -> PrivacyWiring.settingsPanel(lock, services, currentCase, background),
                // Once a passcode is set the parent has asked for their records to be locked: backups start protected.
                () -> lock.passcodes().preferences().removableDriveBackupsProtectedByDefault());
        screens.addToHeader(lock.quickHideButton());
        screens.select(firstPage);
        times.mark("main window built");
        show(screens.view());
    }


    private void show(Parent root) {
        if (stage.getScene() == null) {
            stage.setScene(theme.style(new Scene(root)));
            stage.setMinWidth(720);
            stage.setMinHeight(520);
        } else if (lock != null) {
            lock.show(root);
        } else {
            stage.getScene().setRoot(root);
        }
        if (services != null && !firstFrameAsked) {
            firstFrameAsked = true;
            logFirstFrame(stage.getScene());
        }
    }

    /** After the next pulse has laid out and drawn the scene: the first frame the parent sees of their records. */
    private void logFirstFrame(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                LOG.info("Window ready " + times.finish("first frame laid out") + " ms after the app started");
            }
        });
    }

    /**
     * Saves the window's place and lets pending saves finish, makes the day's automatic backup, then closes
     * the records. Call on the FX thread. The backup runs here, in turn, because the window is already
     * closing and the records must not be released while it is copied; it takes a second or two at most
     * once a day.
     */
    public void shutdown() {
        if (bringForward != null) {
            bringForward.close();
        }
        AppServices closing = services;
        services = null;
        if (closing != null && !closing.isClosed()) {
            String bounds = WindowBounds.of(stage).format();
            background.run(() -> {
                closing.settings.put(WindowBounds.SETTING, bounds);
                return bounds;
            }, ok -> { }, error -> LOG.log(Level.WARNING, "Could not save the window position", error));
        }
        background.close();
        if (closing != null && !closing.isClosed()) {
            try {
                closing.safety.backUpIfDue().ifPresent(made -> LOG.info("Made the automatic backup"));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The automatic backup failed", e);
            }
        }
        if (closing != null) {
            closing.close();
        }
    }

    /** What the start dealt with before opening the records, such as a restore it finished. */
    private void showStartNotes(List<String> notes) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n\n", notes), ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText("Before opening your records");
        alert.getDialogPane().setId("start-notes");
        alert.show();
    }

}
