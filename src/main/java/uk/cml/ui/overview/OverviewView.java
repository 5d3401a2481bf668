package uk.cml.ui.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.HasText;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.NextLayout;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.Navigator;
import uk.cml.ui.shell.Page;

/** The first page: what is owed now, how it got there, and what needs doing. Never a pop-up. */
public final class OverviewView extends Page {

    /** The page's key in the sidebar and on the command line (--page overview). */
    public static final String KEY = "overview";

    /** Below this card width the two charts go one above the other. */
    private static final double SIDE_BY_SIDE_WIDTH = 900;

    private final OverviewModel model;
    private final Background background;
    private final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final ScrollPane view = new ScrollPane();
    private final OverviewFigures figures = new OverviewFigures();
    private final OverviewCharts charts = new OverviewCharts();
    private final VBox noPlan = new VBox(10);
    private final VBox withPlan;
    private final TodoList todos;
    private final Label status = new Label();
    /** Waiting for the first load's figures to be on screen (see {@link #whenFilled}); null once they are. */
    private List<Runnable> waitingForFigures = new ArrayList<>();
    private long generation;
    /** Listening for the charts to come into view; null when not (see {@link #buildChartsWhenInView}). */
    private InvalidationListener chartsWatch;
    private boolean chartsAsked;

    public OverviewView(OverviewModel model, Background background, Clock clock,
                        ObjectProperty<CaseFile> currentCase, Navigator navigator) {
        super(KEY, Messages.text("overview.view.overview"));
        this.model = model;
        this.background = background;
        this.clock = clock;
        this.currentCase = currentCase;
        this.todos = new TodoList(navigator, this::dismiss);
        Label title = PageLayout.title(Messages.text("overview.view.overview"));
        Label noPlanText = new Label(Messages.text("overview.view.thereIsNoPaymentPlan"));
        noPlanText.setWrapText(true);
        noPlanText.setId("overview-no-plan-text");
        Button add = new Button(Messages.text("overview.view.addYourPaymentPlan"));
        add.setId("overview-add-plan");
        add.getStyleClass().add("primary");
        add.setOnAction(e -> navigator.go(new Destination.PaymentPlans()));
        noPlan.getChildren().addAll(noPlanText, add);
        noPlan.getStyleClass().add("card");
        noPlan.setId("overview-no-plan");
        VBox balanceBox = charts.balanceBox;
        VBox monthBox = charts.monthBox;
        HBox chartRow = new HBox();
        VBox chartColumn = new VBox();
        chartRow.getStyleClass().add("chart-holder");
        chartColumn.getStyleClass().add("chart-holder");
        Label showing = new Label(Messages.text("overview.view.show"));
        showing.setLabelFor(charts.period);
        HBox periodRow = new HBox(8, showing, charts.period);
        periodRow.setAlignment(Pos.CENTER_LEFT);
        VBox chartCard = new VBox(8, periodRow, chartRow);
        chartCard.getStyleClass().add("card");
        // Side by side only when each chart is wide enough for twelve month names written across.
        chartCard.widthProperty().addListener((obs, old, width) -> {
            boolean sideBySide = width.doubleValue() >= SIDE_BY_SIDE_WIDTH;
            Pane holder = sideBySide ? chartRow : chartColumn;
            if (chartCard.getChildren().get(1) != holder) {
                holder.getChildren().setAll(balanceBox, monthBox);
                chartCard.getChildren().set(1, holder);
            }
        });
        chartRow.getChildren().setAll(balanceBox, monthBox);
        withPlan = new VBox(16, figures, chartCard);
        for (VBox box : List.of(noPlan, withPlan)) {
            box.managedProperty().bind(box.visibleProperty());
            box.setVisible(false);
        }
        status.setId("overview-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.managedProperty().bind(HasText.of(status.textProperty()));
        // What needs doing comes first: it is what the parent opens the app for.
        VBox page = new VBox(16, title, status, todos, noPlan, withPlan);
        page.getStyleClass().add("page"); // the page's margins come from app.css
        view.setContent(page);
        view.setFitToWidth(true);
        PageLayout.drawDirectly(view);
        currentCase.addListener((obs, old, now) -> shown());
        // Opened from the navigation (or for another case), the page starts at its top, at what needs doing: kept
        // where the parent last scrolled it, it reopened part-scrolled, the title and the first to-dos out of sight.
        lay(view, () -> {
            view.setVvalue(view.getVmin());
            load();
        });
    }

    /** The parent said a to-do needs nothing doing: kept off the FX thread, then the page read afresh. */
    private void dismiss(uk.cml.domain.todo.TodoItem item) {
        background.run(() -> model.dismiss(item), kept -> load(), error -> status.setText(Problems.forParent(error)));
    }

    private void load() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            filled();
            return;
        }
        long mine = ++generation;
        LocalDate today = LocalDate.now(clock);
        background.run(() -> model.read(caseFile.id(), today), found -> {
            if (mine == generation) {
                show(found, today);
                filled();
            }
        }, error -> {
            status.setText(Problems.forParent(error));
            filled();
        });
    }

    @Override
    public void whenFilled(Runnable filled) {
        if (waitingForFigures == null) {
            filled.run();
        } else {
            waitingForFigures.add(filled);
        }
    }

    private void filled() {
        if (waitingForFigures != null) {
            List<Runnable> waiting = waitingForFigures;
            waitingForFigures = null;
            waiting.forEach(Runnable::run);
        }
    }

    private void show(OverviewModel.Found found, LocalDate today) {
        status.setText("");
        boolean hasPlan = found.schedule().isPresent();
        noPlan.setVisible(!hasPlan);
        withPlan.setVisible(hasPlan);
        found.schedule().ifPresent(schedule -> {
            figures.show(schedule, today);
            charts.show(schedule);
            if (!charts.built()) {
                afterOnScreen(this::buildChartsWhenInView);
            }
        });
        todos.show(found.todos());
        // "Nothing needs doing today" above "There is no payment plan yet" read as a contradiction: the card says it.
        todos.setVisible(hasPlan || !found.todos().isEmpty());
        todos.setManaged(todos.isVisible());
    }

    /**
     * Runs {@code task} once the page has been laid out in a window, after that pulse: the charts are made while the
     * figures above them are drawn. At start-up the page is filled before it is put in the window.
     */
    private void afterOnScreen(Runnable task) {
        if (view.getScene() != null) {
            NextLayout.then(view.getScene(), () -> Platform.runLater(task));
            return;
        }
        view.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    view.sceneProperty().removeListener(this);
                    NextLayout.then(scene, () -> Platform.runLater(task));
                }
            }
        });
    }

    /**
     * Makes the charts now if any of them is in the scroll pane's view, otherwise the moment scrolling or a taller
     * window brings them into it. In a window of 768 pixels the charts start below the bottom edge: making,
     * styling and laying them out anyway was 0.4 s of processor time at start-up (measured 1 Dec 2026, 2-core
     * machine, app image) for nothing the parent could see.
     */
    private void buildChartsWhenInView() {
        if (chartsInView()) {
            stopWatchingForCharts();
            charts.build();
        } else if (chartsWatch == null) {
            chartsWatch = changed -> askAfterLayout();
            view.vvalueProperty().addListener(chartsWatch);
            view.viewportBoundsProperty().addListener(chartsWatch);
        }
    }

    /** Asks again after the layout that follows a scroll or a resize, when the boxes are where they will be drawn. */
    private void askAfterLayout() {
        Scene scene = view.getScene();
        if (chartsAsked || scene == null) {
            return;
        }
        chartsAsked = true;
        NextLayout.then(scene, () -> {
            chartsAsked = false;
            if (!charts.built() && chartsInView()) {
                stopWatchingForCharts();
                // After the pulse, not inside it: the charts join the page for the next one.
                Platform.runLater(charts::build);
            }
        });
        Platform.requestNextPulse();
    }

    private void stopWatchingForCharts() {
        if (chartsWatch != null) {
            view.vvalueProperty().removeListener(chartsWatch);
            view.viewportBoundsProperty().removeListener(chartsWatch);
            chartsWatch = null;
        }
    }

    /** Whether any part of the charts' boxes shows in the scroll pane (the page is laid out when this is asked). */
    private boolean chartsInView() {
        if (!withPlan.isVisible() || view.getScene() == null) {
            return false;
        }
        Bounds viewport = view.localToScene(view.getLayoutBounds());
        return charts.balanceBox.localToScene(charts.balanceBox.getLayoutBounds()).intersects(viewport)
                || charts.monthBox.localToScene(charts.monthBox.getLayoutBounds()).intersects(viewport);
    }

    /** A grid of label and value rows, used for the smaller figures. */
    static Label addRow(GridPane grid, int row, String label, Label value) {
        Label name = new Label(label);
        name.getStyleClass().add("summary-label");
        // In a narrow window a name wraps onto a second line rather than being cut short.
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(name, 0, row);
        grid.add(value, 1, row);
        return name;
    }
}
