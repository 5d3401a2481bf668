package uk.cml.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.feather.Feather;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.ShownBy;
import uk.cml.ui.common.NextLayout;
import uk.cml.ui.common.StylingFinished;

/**
 * The main window: the case switcher across the top, the sections down the left, the chosen page
 * in the middle. Ctrl+1 to Ctrl+9 jump to a section from anywhere.
 */
public final class MainWindow {

    private final BorderPane view = new BorderPane();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final ToggleGroup navigation = new ToggleGroup();
    /** A page is being shown: its button's selection is the page's doing, not the parent's. */
    private boolean selecting;
    private HBox header;
    /** Shows the case chosen elsewhere in the switcher; held here, as the app's case listens to it weakly. */
    private ChangeListener<CaseFile> caseShown;
    private Section shown;
    /** The section asked for and not yet on show, behind its "Loading…"; null when none. */
    private Section coming;
    /** Each section's "Loading…", made the first time it is needed. */
    private final Map<String, PageComing> placeholders = new java.util.HashMap<>();

    /**
     * @param work how much background work is running, for the status bar along the bottom
     */
    public MainWindow(ObservableList<CaseFile> cases, ObjectProperty<CaseFile> currentCase, List<Section> pages,
                      Runnable addCase, ReadOnlyIntegerProperty work) {
        this(cases, currentCase, pages, addCase, work, new javafx.beans.property.SimpleObjectProperty<>());
    }

    /**
     * @param work     how much background work is running, for the status bar along the bottom
     * @param longTask the long task under way (a backup, a pack), whose words and progress the status bar shows
     */
    public MainWindow(ObservableList<CaseFile> cases, ObjectProperty<CaseFile> currentCase, List<Section> pages,
                      Runnable addCase, ReadOnlyIntegerProperty work,
                      javafx.beans.property.ReadOnlyObjectProperty<javafx.concurrent.Task<?>> longTask) {
        view.setId("main-window");
        view.setTop(header(cases, currentCase, addCase));
        view.setBottom(new WorkStatus(work, longTask));
        VBox sidebar = new VBox();
        sidebar.getStyleClass().add("sidebar");
        sidebar.setId("sidebar");
        int number = 1;
        for (Section section : pages) {
            sections.put(section.key(), section);
            ToggleButton button = new ToggleButton(section.title(), NavigationIcons.forPage(section.key()));
            button.setId("nav-" + section.key());
            button.setAccessibleText(Messages.text("shell.mainWindow.control", section.title(), number));
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> select(section.key()));
            buttons.put(section.key(), button);
            sidebar.getChildren().add(button);
            number++;
        }
        view.setLeft(sidebar);
        // The arrow keys move a toggle group's selection without its action: the navigation then said one page and
        // the window showed another. A page highlighted is the page shown, however it came to be highlighted.
        navigation.selectedToggleProperty().addListener((obs, old, now) -> buttons.forEach((key, button) -> {
            if (button == now && !selecting && (shown == null || !shown.key().equals(key))
                    && (coming == null || !coming.key().equals(key))) {
                select(key);
            }
        }));
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(pages);
                // The keyboard starts on the navigation, at the page on show: otherwise JavaFX gives focus to the
                // first control it finds, the case switcher, where an arrow key changes the case. The choice box's
                // focus ring is also a blur, the costliest thing in the window's first picture (a third of it).
                ToggleButton onShow = buttons.get(shown == null ? null : shown.key());
                if (onShow != null) {
                    onShow.requestFocus();
                }
                // Otherwise the pulse after the window's first picture draws the whole window again, the same.
                StylingFinished.afterNextLayout(scene);
            }
        });
    }

    private HBox header(ObservableList<CaseFile> cases, ObjectProperty<CaseFile> currentCase, Runnable addCase) {
        Label appName = new Label(Messages.text("shell.mainWindow.childMaintenanceLog"));
        appName.getStyleClass().add("app-name");
        Label caseLabel = new Label(Messages.text("shell.mainWindow.case"));
        // A choice box, not a combo box: a combo box builds its whole drop-down list (a list view, its cells and
        // scroll bars) with the window, which was a tenth of the app's start-up; a choice box builds its menu when
        // it is first opened.
        ChoiceBox<CaseFile> switcher = new ChoiceBox<>(cases);
        switcher.setId("case-switcher");
        switcher.setAccessibleText(Messages.text("shell.mainWindow.chooseWhichCaseToLook"));
        caseLabel.setLabelFor(switcher);
        switcher.setConverter(ShownBy.words(MainWindow::caseName));
        // Each follows the other, as bindBidirectional would, without loading JavaFX's Bindings (84 classes of its
        // own) for the first window; the window's listener is weak, as a binding's is, for the app's lifetime.
        switcher.setValue(currentCase.get());
        switcher.valueProperty().addListener((obs, old, chosen) -> currentCase.set(chosen));
        caseShown = (obs, old, now) -> switcher.setValue(now);
        currentCase.addListener(new WeakChangeListener<>(caseShown));
        Button add = new Button(Messages.text("shell.mainWindow.addAnotherCase"), NavigationIcons.icon(Feather.PLUS));
        add.setId("add-case");
        add.setAccessibleText(Messages.text("shell.mainWindow.addACaseForAnother"));
        add.setOnAction(e -> addCase.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header = new HBox(appName, gap, caseLabel, switcher, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private void installShortcuts(List<Section> pages) {
        for (int i = 0; i < pages.size() && i < 9; i++) {
            String key = pages.get(i).key();
            KeyCodeCombination shortcut = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)),
                    KeyCombination.SHORTCUT_DOWN);
            view.getScene().getAccelerators().put(shortcut, () -> select(key));
        }
    }

    /**
     * Shows a banner under the header, across the whole window, whatever the page (what the check made after opening
     * found). Only when there is something to say: the window starts without the room for one.
     */
    public void addBanner(javafx.scene.Node banner) {
        view.setTop(new VBox(header, banner));
    }

    /** Adds a control at the right of the header, such as the quick-hide button. */
    public void addToHeader(javafx.scene.Node node) {
        header.getChildren().add(node);
    }

    /** Shows a section by its key, such as "payments". */
    public void select(String key) {
        select(key, section -> { });
    }

    /**
     * Marks the section in the sidebar at once; in a window on screen, puts a light "Loading…" with its title in the
     * page's place and puts the page there only once that has been drawn: building a page on its first visit, and
     * laying out a big one, took seconds under load with the old page still on show. Then {@code then}, with the
     * page there. A page asked for and left before it came is never put there (nor built). Before the window is on
     * screen (start-up), the page goes straight in: nothing would be drawn in between.
     */
    private void select(String key, java.util.function.Consumer<Section> then) {
        Section section = sections.get(key);
        if (section == null) {
            // An unknown page (a mistyped --page, say) opens the first page rather than an empty window.
            section = sections.values().iterator().next();
            key = section.key();
        }
        selecting = true;
        try {
            buttons.get(key).setSelected(true);
        } finally {
            selecting = false;
        }
        coming = section;
        javafx.scene.Scene scene = view.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing() || section == shown) {
            put(section);
            then.accept(section);
            return;
        }
        view.setCenter(placeholders.computeIfAbsent(key, k -> new PageComing(sections.get(k).title())));
        Section wanted = section;
        // After the pulse that lays the placeholder out, not in it: the render thread draws it while this builds.
        NextLayout.then(scene, () -> Platform.runLater(() -> {
            if (coming == wanted) {
                put(wanted);
                then.accept(wanted);
            }
        }));
    }

    private void put(Section section) {
        coming = null;
        section.view().setId("page-" + section.key());
        view.setCenter(section.view());
        shown = section;
        section.shown();
    }

    /**
     * The window is closing: closes it ({@code close}) at once when no page holds typing not yet saved; otherwise
     * shows the page that does (the one on show first), so the parent sees what would be lost, and asks first.
     * Asked also while the lock screen stands in front of this window ({@code window}): the question names the
     * page, never what was typed, and the typing waits behind the lock.
     */
    public void beforeClosing(javafx.stage.Window window, Runnable close) {
        Section typedIn = shown != null && shown.holdsUnsavedTyping() ? shown
                : sections.values().stream().filter(Section::holdsUnsavedTyping).findFirst().orElse(null);
        if (typedIn == null) {
            close.run();
            return;
        }
        if (typedIn != shown) {
            // At once, not after a "Loading…": the question stands in front of the page it asks about.
            buttons.get(typedIn.key()).setSelected(true);
            put(typedIn);
        }
        new ClosingQuestion(window).ask(typedIn.title(), close);
    }

    /** Runs {@code filled} once the page on show has its first figures on screen (see {@link Section#whenFilled}). */
    public void whenPageFilled(Runnable filled) {
        shown.whenFilled(filled);
    }

    /** Selects the destination's page, then hands the page the destination so it can show the item itself. */
    public void show(Destination destination) {
        select(destination.page(), section -> {
            if (section.key().equals(destination.page())) {
                section.show(destination);
            }
        });
    }

    public BorderPane view() {
        return view;
    }

    /** A case as the switcher lists it: its title and, once known, its CMS reference. */
    private static String caseName(CaseFile item) {
        return item.cmsReference()
                .map(r -> Messages.text("shell.mainWindow.caseWithReference", item.title(), r.grouped()))
                .orElse(item.title());
    }
}
