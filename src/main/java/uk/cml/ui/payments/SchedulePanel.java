package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.common.Messages;
import uk.cml.ui.payments.ScheduleFilter.Period;
import uk.cml.ui.payments.ScheduleFilter.Show;

/** The due payments tab: the schedule, filtered by period and kind, with quick entry for the chosen due. */
final class SchedulePanel extends BorderPane {

    private final PaymentsModel model;
    private final TableView<ScheduleLine> table = ScheduleTable.create();
    private final ComboBox<Period> period = new ComboBox<>(FXCollections.observableArrayList(Period.values()));
    private final ComboBox<Show> show = new ComboBox<>(FXCollections.observableArrayList(Show.values()));
    private final Label totals = new Label();
    /** The CMS's figures in the period, each a dated line under the table, never in a due's row (ScheduleNote). */
    private final Label notes = new Label();
    /**
     * Every part of what arrived for the chosen due, when its cell says it in short ({@link ScheduleTable#shown}):
     * under the table, so the parent reads the whole of it by choosing the due, with the mouse or the keys.
     */
    private final Label arrivedWhole = new Label();
    /** A due asked for from another page, selected when the schedule is next filled. */
    private LocalDate asked;
    /** Whether the newest row is kept in sight as the table changes height (see keepNewestInView). */
    private boolean followNewest;

    /** The most lines "How payments are matched" takes once opened; the rest of its words scroll. */
    private static final int RULE_LINES = 4;

    /** The period and what to show, then any actions; on a narrow window they wrap onto a second line. */
    private final javafx.scene.layout.FlowPane choices = new javafx.scene.layout.FlowPane(10, 6);
    /** The record's total for the period and the link to how payments are matched, on one line. */
    private final javafx.scene.layout.FlowPane summary = new javafx.scene.layout.FlowPane(16, 2);
    /** The choices, the totals' line and what goes under it, above the table. */
    private final javafx.scene.layout.VBox filters = new javafx.scene.layout.VBox(6);

    SchedulePanel(PaymentsModel model) {
        this.model = model;
        period.setId("schedule-period");
        period.setAccessibleText(Messages.text("payments.schedulePanel.periodToShow"));
        period.setValue(Period.ALL);
        show.setId("schedule-show");
        show.setAccessibleText(Messages.text("payments.schedulePanel.whichLinesToShow"));
        show.setValue(Show.EVERYTHING);
        period.valueProperty().addListener((obs, old, now) -> refill());
        show.valueProperty().addListener((obs, old, now) -> refill());
        totals.setId("schedule-totals");
        Label periodLabel = new Label(Messages.text("payments.schedulePanel.period"));
        periodLabel.setLabelFor(period);
        Label showLabel = new Label(Messages.text("payments.importRowsTable.show"));
        showLabel.setLabelFor(show);
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        showLabel.setMinWidth(Region.USE_PREF_SIZE);
        totals.setWrapText(true);
        choices.getChildren().addAll(periodLabel, period, showLabel, show);
        choices.setAlignment(Pos.CENTER_LEFT);
        // How money is matched to dues is long: hidden until the parent asks for it, so the table keeps its height
        // on a small window.
        Label rule = new Label(PaymentFrequency.earlyRule() + " "
                + Messages.text("payments.schedulePanel.youCanChoose"));
        rule.setWrapText(true);
        rule.setId("schedule-matching-rule");
        rule.setVisible(false);
        // Opened, it reads in a box of at most RULE_LINES lines that scrolls: its ten lines at 1024 x 700 left the
        // table two rows of six (lead, layout fault 2).
        javafx.scene.control.ScrollPane ruleBox = new javafx.scene.control.ScrollPane(rule);
        ruleBox.setId("schedule-matching-rule-box");
        ruleBox.setFitToWidth(true);
        ruleBox.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        ruleBox.getStyleClass().add("edge-to-edge");
        ruleBox.setVisible(false);
        ruleBox.setManaged(false);
        Runnable fitRule = () -> {
            double width = ruleBox.getWidth() - ruleBox.snappedLeftInset() - ruleBox.snappedRightInset();
            if (width <= 0) {
                return;
            }
            // Its height on one line (unwrapped, as wide as its words), times the lines it may take.
            double most = Math.ceil(rule.prefHeight(-1) * RULE_LINES);
            double height = Math.min(Math.ceil(rule.prefHeight(width)), most) + ruleBox.snappedTopInset()
                    + ruleBox.snappedBottomInset();
            if (Math.abs(ruleBox.getPrefHeight() - height) > 0.5) {
                ruleBox.setMinHeight(height);
                ruleBox.setPrefHeight(height);
                ruleBox.setMaxHeight(height);
            }
        };
        ruleBox.widthProperty().addListener(obs -> fitRule.run());
        rule.fontProperty().addListener(obs -> fitRule.run());
        javafx.scene.control.Hyperlink matching = new javafx.scene.control.Hyperlink(
                Messages.text("payments.schedulePanel.howPaymentsAreMatched"));
        matching.setId("schedule-matching");
        matching.setOnAction(event -> {
            boolean open = !rule.isVisible();
            rule.setVisible(open);
            ruleBox.setVisible(open);
            ruleBox.setManaged(open);
            fitRule.run();
        });
        // The totals and the link share a line (and wrap on a narrow window): a line less above the table.
        summary.getChildren().setAll(totals, matching);
        summary.setAlignment(Pos.CENTER_LEFT);
        filters.getChildren().setAll(choices, summary, ruleBox);
        filters.getStyleClass().add("filter-row");
        QuickEntry quick = new QuickEntry(model, table.getSelectionModel().selectedItemProperty(), table);
        setTop(filters);
        setCenter(table);
        notes.setId("schedule-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("note");
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        notes.visibleProperty().bind(notes.managedProperty());
        arrivedWhole.setId("schedule-arrived-whole");
        arrivedWhole.setWrapText(true);
        arrivedWhole.setMinHeight(Region.USE_PREF_SIZE);
        arrivedWhole.managedProperty().bind(arrivedWhole.textProperty().isNotEmpty());
        arrivedWhole.visibleProperty().bind(arrivedWhole.managedProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> sayWhatArrived(now));
        setBottom(new javafx.scene.layout.VBox(6, arrivedWhole, notes, quick));
        getStyleClass().add("tab-body");
        model.loaded().addListener((obs, old, now) -> {
            if (old != null && now != null && old.caseFile().id() != now.caseFile().id()) {
                // Another case's dues: the one chosen was the other case's, so quick entry starts with none chosen
                // (refill kept a due of the same date chosen, and what was typed for it then went to this case).
                table.getSelectionModel().clearSelection();
            }
            refill();
        });
        // Until the records are read, the empty table says so, rather than "Nothing to show for this period."
        uk.cml.ui.common.ReadingPlaceholder.until(table.placeholderProperty(), table.getPlaceholder(),
                model.loaded().isNotNull());
        keepNewestInView();
    }

    /**
     * While the schedule shows every due, the newest row stays wholly in sight, at the bottom of the table, until
     * the parent scrolls, clicks or types in the table: the table's rows area changes height after it is filled
     * (the notes above it arrive and wrap, a sideways bar comes and goes, the window is resized), and a scroll made
     * before that left the newest row just under the edge.
     */
    private void keepNewestInView() {
        table.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> followNewest = false);
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> followNewest = false);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> followNewest = false);
        // The rows grow to 40 px once a status needs two lines (StatusChip): the scroll made at 30 px falls short.
        table.fixedCellSizeProperty().addListener((obs, was, now) -> {
            if (followNewest) {
                showNewest();
            }
        });
        table.skinProperty().addListener((obs, old, skin) -> {
            if (table.lookup(".clipped-container") instanceof Region rows) {
                rows.heightProperty().addListener((o, was, now) -> {
                    if (followNewest) {
                        showNewest();
                    }
                });
            }
        });
    }

    /**
     * Every part of what arrived for the chosen due under the table, or nothing when its cell already says it all.
     * The line takes some of the table's height: the chosen due is kept in sight above it, scrolled by no more than
     * that, once the page is laid out again.
     */
    private void sayWhatArrived(ScheduleLine chosen) {
        String words = chosen == null || !ScheduleTable.inShort(chosen) ? ""
                : uk.cml.ui.common.KeptTogether.dates(Messages.text("payments.schedulePanel.whatArrivedForTheDue",
                        uk.cml.domain.calendar.CalendarText.dayAndDate(chosen.date()),
                        ScheduleTable.arrived(chosen).replaceAll("\\.$", "")));
        if (words.equals(arrivedWhole.getText())) {
            return;
        }
        arrivedWhole.setText(words);
        javafx.scene.Scene scene = table.getScene();
        if (scene != null && !followNewest) {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    int index = table.getSelectionModel().getSelectedIndex();
                    if (index >= 0 && table.lookup(".virtual-flow")
                            instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                        flow.scrollTo(index); // only as far as brings it wholly in sight
                    }
                }
            });
        }
    }

    private void showNewest() {
        lookAgainTries = 3;
        scrollToNewest();
    }

    /** How many more times the newest row is scrolled to, after layout passes, while it is not wholly in sight. */
    private int lookAgainTries;
    /** The scene whose next layout pass looks again (see scrollToNewest), or none: never asked twice at once. */
    private javafx.scene.Scene lookingAgainOn;
    private final Runnable lookAgain = this::lookAgain;

    private void scrollToNewest() {
        int last = table.getItems().size() - 1;
        if (last < 0) {
            return;
        }
        // The end of the flow, not a scroll to the newest row: once the rows grew to two lines (StatusChip), the
        // flow's scrollTo(last) left the newest row just under the edge in a real window at 1366 x 768 (the table
        // ended at the due before today's), and the retries below ran out still looking at that same short scroll.
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.setPosition(1.0);
            // Rows are not all one height (a status on two lines), so the flow scrolls by its guess of their heights
            // and may stop short of the newest: once laid out, look again, a few times at most. One listener at a
            // time: each fill asked up to three times (at once, on the rows' new height, a pulse later), and each
            // ask added a listener of its own to the scene.
            javafx.scene.Scene scene = table.getScene();
            if (--lookAgainTries > 0 && scene != null && lookingAgainOn == null) {
                lookingAgainOn = scene;
                scene.addPostLayoutPulseListener(lookAgain);
            }
        } else {
            table.scrollTo(last);
        }
    }

    private void lookAgain() {
        if (lookingAgainOn != null) {
            lookingAgainOn.removePostLayoutPulseListener(lookAgain);
            lookingAgainOn = null;
        }
        int last = table.getItems().size() - 1;
        if (followNewest && last >= 0 && table.lookup(".virtual-flow")
                instanceof javafx.scene.control.skin.VirtualFlow<?> flow && !newestInSight(flow, last)) {
            scrollToNewest();
        }
    }

    private static boolean newestInSight(javafx.scene.control.skin.VirtualFlow<?> flow, int last) {
        javafx.scene.control.IndexedCell<?> cell = flow.getLastVisibleCell();
        return cell != null && cell.getIndex() == last && cell.getLayoutY() + cell.getHeight()
                <= flow.getHeight() + 0.5;
    }

    /** A line about the schedule's total (the CMS's own figure beside it), under the totals' line. */
    void addUnderTotals(javafx.scene.Node line) {
        filters.getChildren().add(filters.getChildren().indexOf(summary) + 1, line);
    }

    /** An action about the schedule itself (saving it as a file), kept beside its choices. */
    void addAction(javafx.scene.Node action) {
        choices.getChildren().add(action);
    }

    private void refill() {
        if (model.now().isEmpty()) {
            return;
        }
        ArrearsSchedule schedule = model.now().get().schedule();
        LocalDate today = model.today();
        LocalDate from = period.getValue().from(today);
        List<ScheduleLine> lines = period.getValue() == Period.ALL && show.getValue() == Show.EVERYTHING
                ? schedule.lines() : show.getValue().of(schedule, from, today);
        // The due chosen stays chosen when the schedule is worked out again (after quick entry or its Undo), so the
        // parent sees what became of it; a new line is a new record, which the table would not keep selected.
        ScheduleLine was = table.getSelectionModel().getSelectedItem();
        // The rows' height follows from what the rows need (ScheduleTable.Lines), as they are set.
        table.getItems().setAll(lines);
        if (was != null && asked == null) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).date().equals(was.date())) {
                    table.getSelectionModel().clearAndSelect(i);
                    break;
                }
            }
        }
        ScheduleTable.showFee(table);
        notes.setText(ScheduleFilter.notes(schedule, period.getValue(), today));
        // Owed on the dues shown, so a filter ("Late": some paid in full) says what is owed on those, not on all.
        Money missed = Money.ZERO;
        for (ScheduleLine line : lines) {
            missed = line.status().isShort() ? missed.plus(line.shortBy()) : missed;
        }
        String still = missed.format();
        totals.setText(lines.size() == 1
                ? Messages.text("payments.schedulePanel.oneDue", lines.size(), still)
                : Messages.text("payments.schedulePanel.dues", lines.size(), still));
        followNewest = period.getValue() == Period.ALL;
        if (!lines.isEmpty() && !followNewest) {
            table.scrollTo(0);
        } else if (!lines.isEmpty()) {
            table.scrollTo(lines.size() - 1); // newest at the bottom, where the parent looks first
            showNewest();
            // Again once the page is laid out, in case the rows area did not change height (keepNewestInView).
            javafx.application.Platform.runLater(() -> {
                if (followNewest) {
                    showNewest();
                }
            });
        }
        if (asked != null && selectAsked()) {
            asked = null;
        }
    }

    /**
     * Selects the due of this date, with every due showing so it is there to select, for quick entry. If the
     * schedule is still loading, it is selected when it arrives (and again if a reload follows).
     */
    void select(LocalDate due) {
        period.setValue(Period.ALL);
        show.setValue(Show.EVERYTHING);
        asked = due;
        selectAsked();
    }

    private boolean selectAsked() {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).date().equals(asked)) {
                followNewest = false;
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return true;
            }
        }
        return false;
    }
}
