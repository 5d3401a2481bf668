package uk.cml.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.RecordedText;
import uk.cml.ui.shell.Page;

/**
 * Everything in the case in date order, newest first, gathered from every area. The list loads in the
 * background; searching and filtering then work on what is in memory, so the list narrows as you type.
 */
public final class TimelineView extends Page {

    /** "All kinds" or one kind, for the filter box. */
    record KindChoice(Optional<TimelineKind> kind) {
        @Override
        public String toString() {
            return kind.map(TimelineKind::label).orElse(Messages.text("timeline.view.allKinds"));
        }
    }

    private final List<TimelineSource> sources;
    private final Background background;
    private final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final BorderPane view = new BorderPane();
    private final ListView<TimelineRow> list = new ListView<>();
    /** True once the entries have been read: until then the empty list says it is reading them. */
    private final javafx.beans.property.BooleanProperty read = new javafx.beans.property.SimpleBooleanProperty();
    private List<TimelineRow> rows = List.of();
    private final TextField search = TextFields.createClearableTextField();
    private final ComboBox<KindChoice> kind = new ComboBox<>();
    private final ComboBox<TimelinePeriod> period =
            new ComboBox<>(FXCollections.observableArrayList(TimelinePeriod.values()));
    private final Label count = new Label();
    private final Label details = new Label();

    public TimelineView(List<TimelineSource> sources, Background background, Clock clock,
                        ObjectProperty<CaseFile> currentCase) {
        super("timeline", Messages.text("timeline.view.timeline"));
        this.sources = List.copyOf(sources);
        this.background = background;
        this.clock = clock;
        this.currentCase = currentCase;
        search.setId("timeline-search");
        search.setPromptText(Messages.text("timeline.view.searchTypeAnyWords"));
        search.setAccessibleText(Messages.text("timeline.view.searchTheTimeline"));
        search.setPrefColumnCount(24);
        search.textProperty().addListener((obs, old, now) -> applyFilter());
        kind.getItems().add(new KindChoice(Optional.empty()));
        Stream.of(TimelineKind.values()).forEach(k -> kind.getItems().add(new KindChoice(Optional.of(k))));
        kind.getSelectionModel().selectFirst();
        kind.setId("timeline-kind");
        kind.setAccessibleText(Messages.text("timeline.view.showOnlyOneKindOf"));
        kind.valueProperty().addListener((obs, old, now) -> applyFilter());
        period.setValue(TimelinePeriod.ANY_TIME);
        period.setId("timeline-period");
        period.setAccessibleText(Messages.text("timeline.view.showOnlyAPeriod"));
        period.valueProperty().addListener((obs, old, now) -> applyFilter());
        count.setId("timeline-count");
        list.setId("timeline-list");
        list.getStyleClass().add("timeline-list"); // room above the newest row and below the oldest (app.css)
        list.setAccessibleText(Messages.text("timeline.view.timelineNewestFirst"));
        // Until the entries are read, the empty list says so, rather than "Nothing to show".
        uk.cml.ui.common.ReadingPlaceholder.until(list.placeholderProperty(),
                PageLayout.emptyNote(Messages.text("timeline.view.nothingToShowClearThe")), read);
        list.setCellFactory(v -> new RowCell());
        // Rows are one line each; a fixed height spares the list from measuring thousands of cells.
        list.setFixedCellSize(32);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showDetails(row));
        details.setId("timeline-details");
        details.setWrapText(true);
        details.setAlignment(Pos.TOP_LEFT);
        details.getStyleClass().add("timeline-details");
        details.setText(Messages.text("timeline.view.chooseAnEntryToSee"));
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        // The list is what is read; the details pane holds one entry's words. At 1024 wide the list had 62% of
        // about 750 px and most titles were cut after 35 letters, beside a pane mostly blank: on a narrow page the
        // details go under the list, which then has the page's whole width.
        detailScroll.setMinWidth(220);
        detailScroll.setMinHeight(90);
        SplitPane split = new SplitPane(list, detailScroll);
        split.setDividerPositions(0.68);
        split.widthProperty().addListener((obs, old, now) -> fit(split, now.doubleValue()));
        Label title = new Label(Messages.text("timeline.view.timeline"));
        title.getStyleClass().add("title");
        Label searchLabel = new Label(Messages.text("timeline.view.search"));
        searchLabel.setLabelFor(search);
        // On a narrow window the choices and the count go onto a second line: the search field stays wide enough to
        // read what was typed (at 1024 wide, with "Showing 2 of 41 entries", it shrank to nothing and the period
        // read "Any...").
        searchLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        period.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox searching = new HBox(10, searchLabel, search);
        searching.setAlignment(Pos.CENTER_LEFT);
        HBox choosing = new HBox(10, kind, period, count);
        choosing.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(16, 8, searching, choosing);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, title, filters);
        top.getStyleClass().add("page-head");
        view.setTop(top);
        view.setCenter(split);
        view.getStyleClass().add("page"); // margins from app.css
        currentCase.addListener((obs, old, now) -> reload());
        lay(view, this::reload);
    }

    /** Below this width the details pane goes under the list rather than beside it. */
    static final double SIDE_BY_SIDE_FROM = 860;

    private static void fit(SplitPane split, double width) {
        javafx.geometry.Orientation wanted = width < SIDE_BY_SIDE_FROM ? javafx.geometry.Orientation.VERTICAL
                : javafx.geometry.Orientation.HORIZONTAL;
        if (split.getOrientation() != wanted) {
            split.setOrientation(wanted);
            split.setDividerPositions(wanted == javafx.geometry.Orientation.VERTICAL ? 0.7 : 0.68);
        }
    }

    private void reload() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            show(List.of());
            return;
        }
        count.setText(Messages.text("timeline.view.loading"));
        background.run(() -> gather(sources, caseFile.id()), this::show,
                error -> count.setText(Problems.forParent(error)));
    }

    /** Off the JavaFX thread: read every area, build each row's search text once, sort newest first. */
    static List<TimelineRow> gather(List<TimelineSource> sources, long caseId) {
        List<TimelineRow> gathered = new ArrayList<>();
        for (TimelineSource source : sources) {
            for (TimelineEntry entry : source.timeline(caseId)) {
                gathered.add(TimelineRow.of(entry));
            }
        }
        gathered.sort(TimelineRow.NEWEST_FIRST);
        return gathered;
    }

    /** On the JavaFX thread: swap in freshly gathered rows, keeping the search and filters. */
    void show(List<TimelineRow> gathered) {
        read.set(true);
        rows = List.copyOf(gathered);
        applyFilter();
    }

    /**
     * Filters into a new list and hands it to the list view whole: one replacement is far cheaper than
     * thousands of removals reported one by one to the list's selection and cells.
     */
    private void applyFilter() {
        KindChoice choice = kind.getValue();
        TimelineFilter filter = new TimelineFilter(search.getText(),
                choice == null ? Optional.empty() : choice.kind(),
                period.getValue() == null ? TimelinePeriod.ANY_TIME : period.getValue(), LocalDate.now(clock));
        Predicate<TimelineRow> wanted = filter.compile();
        List<TimelineRow> kept = new ArrayList<>();
        for (TimelineRow row : rows) {
            if (wanted.test(row)) {
                kept.add(row);
            }
        }
        TimelineRow selected = list.getSelectionModel().getSelectedItem();
        list.setItems(FXCollections.observableList(kept));
        if (selected != null && kept.contains(selected)) {
            list.getSelectionModel().select(selected);
            list.scrollTo(selected);
        } else {
            list.scrollTo(0); // newest first: the list opens at its newest entry
        }
        count.setText(countText(kept.size(), rows.size()));
    }

    /** "1,234 entries", or "Showing 12 of 1,234 entries" while a search or filter hides some. */
    static String countText(int shown, int all) {
        return shown == all ? entries(all)
                : Messages.text("timeline.view.showingOf", UkFormats.count(shown), entries(all));
    }

    private static String entries(int n) {
        return n == 1 ? Messages.text("timeline.view.entry", UkFormats.count(n))
                : Messages.text("timeline.view.entries", UkFormats.count(n));
    }

    private void showDetails(TimelineRow row) {
        if (row == null) {
            details.setText(Messages.text("timeline.view.chooseAnEntryToSee"));
            return;
        }
        TimelineEntry entry = row.entry();
        details.setText(Messages.text("timeline.view.happened", entry.label(),
                uk.cml.ui.common.KeptTogether.shortNumbers(entry.title()), row.when(),
                // A due or a deadline is worked out, not typed in: it has no moment of recording.
                (entry.kind().isWorkedOut() ? "" : Messages.text("timeline.view.recordedInTheApp",
                RecordedText.of(entry.recorded()))), (entry.detail().isBlank() ? "" : "\n\n" + entry.detail())));
    }

    TextField searchField() {
        return search;
    }

    List<TimelineRow> shownRows() {
        return list.getItems();
    }

    private static final class RowCell extends ListCell<TimelineRow> {
        private final Label when = new Label();
        private final Label what = new Label();
        private final HBox box = new HBox(14, when, what);

        RowCell() {
            // A cell as wide as its text would give the list a sideways scroll bar; cut long titles instead.
            setPrefWidth(0);
            when.getStyleClass().add("timeline-when");
            // The row is a fixed 32 px: its words are centred in it, not drawn at its top (the newest row's sat
            // against the list's top edge).
            box.setAlignment(Pos.CENTER_LEFT);
            what.setMaxWidth(Double.MAX_VALUE);
            uk.cml.ui.common.FullTextTooltip.on(what);
            HBox.setHgrow(what, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(TimelineRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            when.setText(row.when());
            what.setText(Messages.text("timeline.view.kindAndTitle", row.entry().label(), row.entry().title()));
            setAccessibleText(Messages.text("timeline.view.whenAndWhat", row.when(), what.getText()));
            setGraphic(box);
        }
    }
}
