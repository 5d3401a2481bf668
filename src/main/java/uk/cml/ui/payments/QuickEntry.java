package uk.cml.ui.payments;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.SafeFocus;
import uk.cml.ui.common.UkDateField;

/**
 * Quick entry for the due chosen in the schedule: paid in full, missed, part paid, or paid late ({@link
 * QuickEntryModel} does the work; this lays it out). Under Collect and Pay (by the arrangement on the chosen due's
 * date, or the case's when none is chosen) the words say what the parent saw arrive from the CMS: "Arrived in full",
 * "Nothing arrived", "Part arrived", "Arrived late", as the parent cannot know when or how much the other parent
 * paid the CMS. What was recorded, with Undo, shows in the line above the buttons, where the parent clicked.
 */
final class QuickEntry extends VBox {

    /** The notice's look while it says what was just saved and offers Undo (app.css). */
    static final String SAVED = "saved";

    private final PaymentsModel model;
    private final QuickEntryModel entry;
    private final ObservableValue<ScheduleLine> selected;
    private final Label about = new Label();
    private final Label notice = new Label();
    private final TextField partAmount = new TextField();
    private final UkDateField lateDate = new UkDateField();
    private final Label error = FormGrid.errorLabel("quick");
    private final FlowPane actions;
    private final javafx.scene.Node dues;
    private final Button full;
    private final Hyperlink onDueDay;
    private final Button missed;
    private final Button part;
    private final Button late;
    /** The button pressed last, and the one whose question about the day the money arrived is showing (or null). */
    private Button pressed;
    private Button askedForDate;

    /**
     * @param dues the table the due is chosen in: the keyboard goes back there when the due's buttons are locked with
     *     it among them (the due just recorded), rather than to the first control of the window, the case chooser
     */
    QuickEntry(PaymentsModel model, ObservableValue<ScheduleLine> selected, javafx.scene.Node dues) {
        this.model = model;
        this.dues = dues;
        this.entry = new QuickEntryModel(model);
        this.selected = selected;
        about.setId("quick-about");
        about.setWrapText(true);
        full = button("quick-paid-full", "", () -> withDate(entry::paidInFull));
        // Paid in full asks when it arrived; this answers "on its due day" with one click, and only then records. A
        // link at the end of the question (as Undo is at the end of the notice), so the buttons below never move.
        onDueDay = new Hyperlink(Messages.text("payments.quickEntry.onItsDueDay"));
        onDueDay.setId("quick-on-due-day");
        onDueDay.setOnAction(e -> entry.paidInFullOnDueDay());
        error.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        entry.dueDayOfferedProperty().addListener((obs, old, day) -> {
            onDueDay.setAccessibleText(day == null ? null
                    : Messages.text("payments.quickEntry.onItsDueDayAccessible", CalendarText.dayAndDate(day)));
            error.setGraphic(day == null ? null : onDueDay);
        });
        missed = button("quick-missed", "", entry::missed);
        partAmount.setId("quick-part-amount");
        partAmount.setAccessibleText(Messages.text("payments.quickEntry.amountReceived"));
        partAmount.setPromptText("£");
        partAmount.setPrefColumnCount(4); // "£103.74" still reads in full
        part = button("quick-part-paid", "", () -> withDate(on -> entry.partPaid(partAmount.getText(), on)));
        lateDate.setId("quick-late-date");
        lateDate.setAccessibleText(Messages.text("payments.quickEntry.dateTheMoneyArrived"));
        lateDate.getStyleClass().add("late-date"); // room for the "e.g. 8 Nov 2026" prompt (app.css)
        late = button("quick-paid-late", "", () -> withDate(entry::paidLate));
        // Enter in a box does what the box is for, as Enter saves in the other forms' boxes (quick entry has no
        // default button: one button each way of answering). In the amount box: Part paid. In the date box: the
        // button whose question about the day is showing ("When did it arrive?" after Paid in full), or else Arrived
        // late, the button beside it. Pressed through the button, so its double-press guard (QuickEntryModel) holds.
        partAmount.setOnAction(e -> fire(part));
        lateDate.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()
                    && !e.isShiftDown() && !lateDate.isShowing()) {
                e.consume();
                fire(entry.asksForDate() && askedForDate != null ? askedForDate : late);
            }
        });
        // The date box is for Part paid and Arrived late alike (and the rest of a part paid due): its own label sits
        // beside it, and each button stays beside what it needs, so a wrap never parts a box from its label.
        Label dateLabel = new Label(Messages.text("payments.quickEntry.arrivedOn"));
        dateLabel.setId("quick-date-label");
        dateLabel.setLabelFor(lateDate);
        dateLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox partGroup = new HBox(4, part, partAmount);
        partGroup.setAlignment(Pos.CENTER_LEFT);
        HBox dateGroup = new HBox(4, dateLabel, lateDate);
        dateGroup.setId("quick-date-group");
        dateGroup.setAlignment(Pos.CENTER_LEFT);
        // One row at 1024 x 700 (PaymentsLayoutTest): a second row would take one from the due payments table. Under
        // Collect and Pay the longer words ("Nothing arrived") need about 810 px, more than the 750 a 1024-wide window
        // has: then Arrived late goes to a second row with the date it needs ("Arrived late  Arrived on [date]"), and
        // the rows share the words about evenly, where the date box alone under four buttons looked left behind.
        HBox lateGroup = new HBox(6, late, dateGroup);
        lateGroup.setId("quick-late-group");
        lateGroup.setAlignment(Pos.CENTER_LEFT);
        actions = new FlowPane(6, 8, full, missed, partGroup, lateGroup);
        actions.setAlignment(Pos.CENTER_LEFT);
        entry.problem().addListener((obs, old, now) -> FormGrid.show(error,
                now.isEmpty() ? Optional.empty() : Optional.of(now)));
        // "Recorded £51.87 for 4 Dec 2026. [Undo]" in the place of the line about the chosen due, just above the
        // button the parent pressed; the line keeps its height, so the table above does not jump.
        notice.setId("quick-notice");
        // In the page's status line's looks (app.css): calm green only while it says what was just saved, with Undo;
        // plain otherwise, as for "Missed", which saves nothing and is not good news, and for what Undo did.
        notice.getStyleClass().addAll("status", "quick-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(entry.notice().textProperty());
        // Undo as a link the height of a line of text: a button made the line taller, which moved the buttons the
        // parent had just used (or took a row from the table at 1024 x 700).
        Hyperlink undo = new Hyperlink(Messages.text("common.savedWithUndo.undo"));
        undo.setId("quick-undo");
        undo.setAccessibleText(Messages.text("common.savedWithUndo.undoThisSave"));
        undo.setOnAction(e -> entry.notice().undo());
        notice.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        entry.notice().undoProperty().addListener((obs, old, now) -> {
            notice.setGraphic(now == null ? null : undo);
            notice.getStyleClass().remove(SAVED);
            if (now != null) {
                notice.getStyleClass().add(SAVED);
            }
        });
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty().and(error.visibleProperty().not()));
        // A problem shows in the place of the line about the chosen due, so no empty line is kept for it below
        // the buttons (at 1024 x 700 that line was most of a row of the due payments table).
        about.visibleProperty().bind(error.visibleProperty().not().and(notice.visibleProperty().not()));
        javafx.scene.layout.StackPane aboutOrProblem = new javafx.scene.layout.StackPane(about, notice, error);
        aboutOrProblem.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(aboutOrProblem, actions);
        getStyleClass().add("quick-entry");
        selected.addListener((obs, old, now) -> show(now));
        show(null);
        // "Recorded £51.87 for 4 Dec 2026." goes once the parent types an amount or date here, or leaves the page.
        MovingOn.watch(this, entry.notice());
    }

    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> {
            pressed = button;
            action.run();
        });
        return button;
    }

    private static void fire(Button button) {
        if (!button.isDisabled()) {
            button.fire();
        }
    }

    /** Runs an entry with the date in the box, if any; says so when what is typed there is not a date. */
    private void withDate(java.util.function.Consumer<Optional<java.time.LocalDate>> entryWithDate) {
        if (lateDate.hasUnreadableText()) {
            askedForDate = pressed; // Enter in the box, once the date is put right, presses the same button
            entry.notADate();
            return;
        }
        entryWithDate.accept(lateDate.typedDate());
        askedForDate = entry.asksForDate() ? pressed : null;
        if (entry.asksForDate()) {
            lateDate.requestFocus(); // the question is above; the box to answer it in is where the keys go
        }
    }

    /** Whether the chosen due (or, with none chosen, the case) is under Collect and Pay. */
    private boolean collectAndPay() {
        ScheduleLine line = selected.getValue();
        return line != null ? line.collectAndPay() : model.usualMethod() == PaymentMethod.THROUGH_CMS;
    }

    /** The Direct Pay or private words, or the Collect and Pay words when the CMS passes the money on. */
    private String words(String paidKey, String arrivedKey) {
        return Messages.text(collectAndPay() ? arrivedKey : paidKey);
    }

    private void show(ScheduleLine line) {
        entry.choose(line);
        full.setText(words("payments.quickEntry.paidInFull", "payments.quickEntry.arrivedInFull"));
        missed.setText(words("payments.quickEntry.missed", "payments.quickEntry.nothingArrived"));
        part.setText(words("payments.quickEntry.partPaidLabel", "payments.quickEntry.partArrivedLabel"));
        // As the status it produces reads under every arrangement: a statement shows when money arrived, not when sent.
        late.setText(Messages.text("payments.quickEntry.arrivedLateButton"));
        boolean open = line != null && line.status().isOwed();
        if (!open) {
            // Enter in the date box recorded the due, so its buttons lock: JavaFX then moved the keyboard to the top
            // of the window, where the next Enter opened the case chooser. In the table, the arrows choose the next.
            SafeFocus.offRows(actions, dues);
        }
        actions.setDisable(!open);
        if (line == null) {
            about.setText(Messages.text("payments.quickEntry.chooseADuePaymentIn"));
        } else if (open && (line.status() == LineStatus.NOTHING_RECEIVED && line.paidOver().isPositive()
                || line.status() == LineStatus.PART_PAID && line.partsNamed())) {
            // Its status already says what is still owed ("...; £50.00 still owed"): not said twice.
            about.setText(Messages.text("payments.quickEntry.dueStatusWhatArrived", CalendarText.dayAndDate(line.date()),
                    line.due().format(), midSentence(line.statusText())));
            partAmount.clear();
            lateDate.setDate(null);
        } else if (open) {
            about.setText(Messages.text("payments.quickEntry.dueStillOwedWhatArrived",
                    CalendarText.dayAndDate(line.date()), line.due().format(), midSentence(line.statusText()),
                    line.shortBy().format()));
            partAmount.clear();
            lateDate.setDate(null);
        } else {
            about.setText(Messages.text("payments.quickEntry.dueNothingMoreToRecord", CalendarText.dayAndDate(line.date()),
                    midSentence(line.statusText())));
        }
    }

    /**
     * A status inside a sentence: only its first letter made small, so the weekday and month in "on time if it
     * arrives by Mon 23 Nov 2026" keep their capitals (the whole text lower-cased read "mon 23 nov 2026").
     */
    static String midSentence(String status) {
        return status.isEmpty() ? status : status.substring(0, 1).toLowerCase(Locale.ROOT) + status.substring(1);
    }
}
