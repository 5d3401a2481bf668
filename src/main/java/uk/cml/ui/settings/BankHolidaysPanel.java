package uk.cml.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.store.BankHolidayStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;

/**
 * "Bank holidays the app counts": this year's and next year's England and Wales bank holidays from the one calendar,
 * where they come from, and a way to add one announced later (kept in the records with history, removed into the Bin),
 * which the calendar then counts for every date it works out. A bank holiday is the country's: every added day is
 * listed, with its Remove, whichever case is open, as every case's dates count it. Adding one needs a case open only
 * because the records note the case that was open when it was added.
 */
public final class BankHolidaysPanel extends VBox {

    private final UkCalendar calendar;
    private final BankHolidayStore store;
    private final Background background;
    private final Clock clock;
    private final ObservableValue<CaseFile> currentCase;
    private final GridPane list = new GridPane();
    private final UkDateField day = new UkDateField();
    private final TextField name = new TextField();
    private final Label said = new Label();

    public BankHolidaysPanel(UkCalendar calendar, BankHolidayStore store, Background background, Clock clock,
            ObservableValue<CaseFile> currentCase) {
        super(8);
        this.calendar = calendar;
        this.store = store;
        this.background = background;
        this.clock = clock;
        this.currentCase = currentCase;
        setId("settings-bank-holidays");
        Label heading = new Label(Messages.text("settings.bankHolidays.heading"));
        heading.getStyleClass().add("heading");
        Label source = new Label(BankHolidaysModel.source(calendar));
        source.setId("settings-bank-holidays-source");
        source.setWrapText(true);
        source.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setId("settings-bank-holidays-list");
        list.setHgap(16);
        list.setVgap(4);
        Label addHeading = new Label(Messages.text("settings.bankHolidays.addHeading"));
        addHeading.getStyleClass().add("field-label");
        Label addHint = new Label(Messages.text("settings.bankHolidays.addHint"));
        addHint.setWrapText(true);
        addHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        addHint.getStyleClass().add("field-hint");
        day.setId("settings-bank-holiday-day");
        day.setAccessibleText(Messages.text("settings.bankHolidays.dayLabel"));
        day.setPromptText(Messages.text("settings.bankHolidays.dayPrompt"));
        name.setId("settings-bank-holiday-name");
        name.setAccessibleText(Messages.text("settings.bankHolidays.nameLabel"));
        name.setPromptText(Messages.text("settings.bankHolidays.nameLabel"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(Messages.text("settings.bankHolidays.add"));
        add.setId("settings-bank-holiday-add");
        add.setOnAction(e -> add());
        add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> currentCase.getValue() == null, currentCase));
        HBox addRow = new HBox(10, day, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        said.setId("settings-bank-holiday-said");
        said.setWrapText(true);
        said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(heading, source, list, addHeading, addHint, addRow, said);
        refresh();
    }

    /** Each time Settings is shown: the days listed again (one may have been put back from the Bin), no old message. */
    public void shown() {
        said.setText("");
        refresh();
    }

    /** Lists the days again from the records: after a change here, or from the Bin. */
    public void refresh() {
        // Every added day, whichever case is open: a bank holiday is the country's, and every case's dates count it.
        background.run(() -> BankHolidaysModel.rows(calendar, store.holidays(), LocalDate.now(clock)), this::show,
                e -> said.setText(e.getMessage()));
    }

    private void show(List<BankHolidaysModel.Row> rows) {
        list.getChildren().clear();
        int r = 0;
        for (BankHolidaysModel.Row row : rows) {
            Label date = new Label(row.day());
            date.setId("settings-bank-holiday-" + row.date());
            Label holiday = new Label(row.added() ? Messages.text("settings.bankHolidays.addedName", row.name())
                    : row.name());
            list.add(date, 0, r);
            list.add(holiday, 1, r);
            if (row.added()) {
                Button remove = new Button(Messages.text("settings.bankHolidays.remove"));
                remove.setId("settings-bank-holiday-remove-" + row.date());
                remove.setAccessibleText(Messages.text("settings.bankHolidays.removeOne", row.name()));
                remove.setOnAction(e -> background.run(() -> {
                    store.moveToBin(row.addedId());
                    return row;
                }, done -> {
                    said.setText(Messages.text("settings.bankHolidays.removed", row.name()));
                    refresh();
                }, error -> said.setText(error.getMessage())));
                list.add(remove, 2, r);
            }
            r++;
        }
    }

    private void add() {
        String typed = name.getText() == null ? "" : name.getText().strip();
        LocalDate chosen = day.getValue();
        java.util.Optional<String> problem = BankHolidaysModel.problem(chosen, typed, calendar);
        if (problem.isPresent()) {
            said.setText(problem.get());
            return;
        }
        long caseId = currentCase.getValue().id();
        background.run(() -> store.add(new AddedBankHoliday(0, caseId, chosen, typed)), id -> {
            said.setText(Messages.text("settings.bankHolidays.addedSaid", typed,
                    uk.cml.domain.calendar.CalendarText.dayAndDate(chosen)));
            day.setValue(null);
            name.clear();
            refresh();
        }, error -> said.setText(error.getMessage()));
    }
}
