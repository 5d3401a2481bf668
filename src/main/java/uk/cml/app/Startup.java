package uk.cml.app;

import uk.cml.ui.common.FileOpener;
import uk.cml.ui.common.SystemOpening;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.common.Appearance;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.EveryWindow;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.SystemAppearance;
import uk.cml.ui.common.Theme;
import uk.cml.ui.settings.AppearanceSetting;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.FilePicker;
import uk.cml.ui.common.FirstFrame;
import uk.cml.ui.caseinfo.CaseDraft;
import uk.cml.privacy.PrivacyPreferences;
import uk.cml.ui.overview.OverviewModel;
import uk.cml.ui.overview.OverviewView;
import uk.cml.ui.lock.AppLock;
import uk.cml.ui.shell.StartCheckBanner;
import uk.cml.ui.shell.StartCheckModel;

/**
 * Opens the records off the FX thread while the window's frame is shown, then shows the first-run set-up or the main
 * window, and closes the records when the window closes. This class and {@link MainScreens} are where the app is
 * wired together.
 */
public final class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    /**
     * How long the opening frame waits for the first page's figures before the main window shows without them. They
     * take 0.15-0.3 s on a 2-core machine; the bound is for a machine so busy, or records so large, that they take
     * far longer, and it is generous so that a merely slow start still gets one whole first picture.
     */
    private static final Duration FIGURES_WAIT_AT_MOST = Duration.seconds(2);

    private final Stage stage;
    private final Path dataFolder;
    private final Clock clock;
    private final FileOpener openFolder;
    private final String firstPage;
    private final FilePicker picker;
    private final Background background = new Background();
    private final Theme theme = new Theme();
    private Appearance appearance = Appearance.SYSTEM;
    private final ObservableList<CaseFile> cases = FXCollections.observableArrayList();
    private final ObjectProperty<CaseFile> currentCase = new SimpleObjectProperty<>();
    private final StartupTimes times;
    /** The records' opening {@link Main} started while JavaFX started, or null to open them here. */
    private final EarlyOpening early;
    private AppServices services;
    /** Keeps what is typed in the main window's forms as it is typed; made with the main window. */
    private DraftKeeper drafts;
    private java.util.Map<String, uk.cml.safety.TypingDrafts.Draft> draftsAtStart = java.util.Map.of();
    private OverviewModel overview;
    private AppLock lock;
    private BringForward bringForward;
    private SetupFlow setup;
    private boolean firstFrameAsked;
    /**
     * What the window does when the parent closes it (its close button, Alt+F4): closes at once, or first asks the
     * screen shown whether typing would be lost (the main window) or keeps the set-up answers for next time.
     */
    private Consumer<Runnable> beforeClosing = Runnable::run;
    private FirstFrame firstFrame;
    /** The check made once after opening, and what it found; made with the first main window. */
    private StartCheck startCheck;
    private StartCheckModel startChecked;
    /** The main window on show, which the check's banner goes in. */
    private MainScreens screensShown;
    /** Start-up is over ({@link StartupTrim}): the check may begin once there is a main window. */
    private boolean startUpOver;

    public Startup(Stage stage, Path dataFolder, Clock clock, FileOpener openFolder) {
        this(stage, dataFolder, clock, openFolder, OverviewView.KEY);
    }

    /**
     * @param firstPage the sidebar key of the page to open on, such as "payments"
     */
    public Startup(Stage stage, Path dataFolder, Clock clock, FileOpener openFolder, String firstPage) {
        this(stage, dataFolder, clock, openFolder, firstPage, FilePicker.system());
    }

    /**
     * @param picker how the parent chooses files to attach; the system's chooser, except in tests, where a robot
     *               cannot drive it
     */
    public Startup(Stage stage, Path dataFolder, Clock clock, FileOpener openFolder, String firstPage,
                   FilePicker picker) {
        this(stage, dataFolder, clock, openFolder, firstPage, picker, Optional.empty());
    }

    /**
     * @param early the records' opening that {@link Main} started for this data folder while JavaFX started, which
     *              this takes in place of opening them itself
     */
    Startup(Stage stage, Path dataFolder, Clock clock, FileOpener openFolder, String firstPage, FilePicker picker,
            Optional<EarlyOpening> early) {
        this.early = early.orElse(null);
        this.times = early.map(EarlyOpening::times).orElseGet(StartupTimes::new);
        if (this.early != null) {
            times.mark("JavaFX started");
        }
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
            open.settings.put(RecordsOpening.LAST_CASE_SETTING, String.valueOf(caseFile.id()));
            return caseFile.id();
        }, ok -> { }, error -> LOG.log(Level.WARNING, "Could not remember the open case", error));
    }

    /**
     * Opens the records on the background thread at once and, meanwhile, shows the window's frame: the records are
     * usually open by the time the frame is drawn, and the main window follows with the Overview filling in.
     */
    public void begin() {
        // Every window the app opens (this one, its dialogs) gets the keyboard's ways: drop-downs that open on their
        // keys, and a ring round whatever has the keyboard.
        EveryWindow.watch();
        // The opening starts first, so it overlaps building and drawing the frame instead of waiting for it; from
        // Main it started before JavaFX did ({@link EarlyOpening}), and is only waited for here.
        AtomicReference<RecordsOpening> openedHere = new AtomicReference<>();
        background.run(() -> {
            Optional<RecordsOpening> opened = early != null ? early.opened()
                    : RecordsOpening.open(dataFolder, clock, times);
            opened.ifPresent(openedHere::set);
            return opened;
        }, opened -> firstFrame.then(() -> opened.ifPresentOrElse(this::opened, this::showAlreadyOpen)),
                error -> {
                    if (error instanceof RecordsOpening.Busy) {
                        showSmall(StartScreens.busy(stage), 270);
                    } else {
                        show(StartScreens.problem(stage, Problems.forParent(error)));
                    }
                });
        // Queued behind the opening on the same thread, so it starts the moment the records are open: the first
        // page's figures are read while this thread builds the main window, rather than after it.
        background.run(() -> {
            RecordsOpening opened = openedHere.get();
            if (early != null) {
                // Read ahead on the opening's own thread, straight after it opened the records.
                early.readAhead();
            } else if (opened != null) {
                opened.readAhead(firstPage, LocalDate.now(clock));
                times.mark("first page's figures read ahead");
            }
            return opened != null;
        }, ok -> { }, error -> LOG.log(Level.WARNING, "Could not read the first page's figures ahead", error));
        // Neutral until the privacy settings are read: the app's name only if the parent has not chosen "Records".
        stage.setTitle(PrivacyPreferences.NEUTRAL_TITLE);
        for (int size : new int[] {16, 32, 64, 256}) {
            var icon = Startup.class.getResource("/uk/cml/ui/icons/app-" + size + ".png");
            if (icon != null) {
                // Decoded on JavaFX's image thread, so the frame does not wait for the icons.
                stage.getIcons().add(new Image(icon.toExternalForm(), true));
            }
        }
        theme.use(false);
        // Closing the window never loses typing without a word; the choice to close is the parent's.
        stage.setOnCloseRequest(e -> {
            e.consume();
            beforeClosing.accept(stage::close);
        });
        show(StartScreens.opening());
        WindowBounds.firstSize(stage);
        stage.show();
        times.mark("window frame shown");
        // Building the main window takes the FX thread for a while: with software rendering that would keep the
        // window white until it was done, so the records' arrival waits until the opening frame is on the screen.
        firstFrame = FirstFrame.watch(stage.getScene());
        firstFrame.then(() -> times.mark("opening frame on the screen"));
    }

    /** A small, calm window: the copy that has the records open comes forward by itself. */
    private void showAlreadyOpen() {
        showSmall(StartScreens.alreadyOpen(stage), 220);
    }

    private void showSmall(javafx.scene.Parent screen, double height) {
        show(screen);
        stage.setWidth(480);
        stage.setHeight(height);
        stage.centerOnScreen();
    }

    /** The callback the running window gives {@link BringForward}: show itself in front of other windows. */
    void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private void opened(RecordsOpening opened) {
        services = opened.services();
        overview = opened.overview();
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
            Platform.runLater(() -> StartScreens.showNotes(stage, notes));
        }
        opened.bounds().ifPresent(b -> b.applyTo(stage));
        draftsAtStart = opened.typing();
        AppServices open = services;
        BoundsKeeping.watch(stage, bounds -> background.run(() -> {
            if (!open.isClosed()) {
                open.settings.put(WindowBounds.SETTING, bounds);
            }
            return bounds;
        }, ok -> { }, error -> LOG.log(Level.WARNING, "Could not save the window position", error)));
        // A day whose changes missed their backup at close (the app was stopped, not closed) gets it now.
        // Only on records there before this start: a brand-new folder has missed nothing.
        background.run(() -> open.isClosed() ? java.util.Optional.empty() : open.backUpMissedAtLastStop(),
                made -> made.ifPresent(m -> LOG.info("Made the automatic backup missed when the app last stopped")),
                error -> LOG.log(Level.WARNING, "The missed automatic backup failed", error));
        cases.setAll(opened.cases());
        setup = new SetupFlow(services, lock, background, clock, cases, currentCase, this::show, this::showMain,
                stage::close);
        if (cases.isEmpty()) {
            setup.show(opened.draft().map(CaseDraft::restore).orElseGet(CaseDraft::new), true);
            beforeClosing = setup::beforeClosing;
        } else {
            showMain(opened.firstCase());
        }
    }

    private void showMain(CaseFile selected) {
        currentCase.set(selected);
        if (drafts == null) {
            drafts = new DraftKeeper(services.drafts, draftsAtStart, background, DraftKeeper.PAUSE);
        }
        MainScreens screens = new MainScreens(services, overview, background, drafts, cases, currentCase, openFolder,
                () -> background.run(() -> services.cases.myDetails().orElseThrow(),
                        me -> setup.show(CaseDraft.forNewCase(me), false),
                        error -> {
                            LOG.log(Level.WARNING, "Could not start a new case", error);
                            StartScreens.couldNot(stage, Messages.text("app.startup.aNewCaseCouldNot"), error);
                        }),
                message -> {
                    beforeClosing = Runnable::run; // the records are closed: nothing typed there can be saved now
                    show(StartScreens.restored(stage, message,
                            beside -> SystemOpening.openFolder(background, openFolder, dataFolder, beside)));
                }, picker,
                new AppearanceSetting(appearance, chosen -> {
                    appearance = chosen;
                    background.run(() -> {
                        services.settings.put(Appearance.SETTING, chosen.saved());
                        return chosen.dark(chosen == Appearance.SYSTEM && SystemAppearance.prefersDark());
                    }, theme::use, error -> {
                        LOG.log(Level.WARNING, "Could not save the appearance", error);
                        StartScreens.couldNot(stage, Messages.text("app.startup.theAppearanceCouldNotBe"), error);
                    });
                }), () -> PrivacyWiring.settingsPanel(lock, services, currentCase, background),
                // Once a passcode is set the parent has asked for their records to be locked: backups start protected.
                () -> lock.passcodes().preferences().removableDriveBackupsProtectedByDefault());
        screens.addToHeader(lock.quickHideButton());
        watchTheCheck(screens);
        // "Close without saving" loses the typing, as the question says: no draft of it comes back next time.
        DraftKeeper keeper = drafts;
        beforeClosing = close -> screens.beforeClosing(stage, () -> {
            keeper.forgetTyping();
            close.run();
        });
        screens.select(firstPage);
        times.mark("main window built");
        // The opening frame stays until the first page has its figures, or a moment at most: the first picture of
        // the main window is then the page filled in, styled, laid out and drawn once, rather than an empty page
        // drawn and then done again when the figures come.
        Runnable showMainWindow = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    times.mark("first page's figures");
                    show(screens.view());
                }
            }
        };
        PauseTransition most = new PauseTransition(FIGURES_WAIT_AT_MOST);
        most.setOnFinished(e -> showMainWindow.run());
        most.play();
        screens.whenPageFilled(() -> {
            most.stop();
            showMainWindow.run();
        });
    }


    private void show(Parent root) {
        if (stage.getScene() == null) {
            stage.setScene(EveryWindow.keys(theme.style(new Scene(root))));
            stage.setMinWidth(720);
            stage.setMinHeight(520);
        } else if (lock != null) {
            lock.show(root);
        } else {
            stage.getScene().setRoot(root);
        }
        if (services != null && !firstFrameAsked) {
            firstFrameAsked = true;
            times.logWhenLaidOut(stage.getScene());
            StartupTrim.schedule(stage, this::startUpOver);
        }
    }

    /**
     * The first main window makes the check that runs once after opening; each main window shows its banner once it
     * has something to say. The banner is built only then: a start with nothing to say builds none of it.
     */
    private void watchTheCheck(MainScreens screens) {
        screensShown = screens;
        if (startCheck == null) {
            startChecked = new StartCheckModel(services.startToldOfChanges());
            startCheck = new StartCheck(services.safety, background, startChecked, clock);
            startChecked.shown().addListener((obs, was, now) -> {
                if (now) {
                    addBanner(screensShown);
                }
            });
            if (startUpOver) {
                startCheck.begin(() -> { });
            }
        } else if (startChecked.shown().get()) {
            addBanner(screens);
        }
    }

    private void addBanner(MainScreens screens) {
        StartCheck check = startCheck;
        screens.addBanner(new StartCheckBanner(startChecked, () -> screens.go(check.destination())));
    }

    /**
     * Start-up is over (the Overview drawn with its figures, the compiler let go): the check begins, and start-up's
     * memory is handed back once it is done, the check's with it; at once when there is no main window to check for.
     */
    private void startUpOver(Runnable handBackMemory) {
        startUpOver = true;
        if (startCheck != null && services != null && !services.isClosed()) {
            startCheck.begin(handBackMemory);
        } else {
            handBackMemory.run();
        }
    }

    /**
     * What the check made once after opening found, once it has (tests wait on it); null before the main window is
     * first shown.
     */
    public StartCheckModel startCheck() {
        return startChecked;
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
        if (startCheck != null) {
            startCheck.stop();
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
}
