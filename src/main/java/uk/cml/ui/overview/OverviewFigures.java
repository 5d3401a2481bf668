package uk.cml.ui.overview;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.ui.common.HasText;
import uk.cml.ui.common.Messages;

/** "Owed now" large and plain, and beside it the figures a parent asks next. */
final class OverviewFigures extends HBox {

    /** The widest the note under "Owed now" goes before it wraps, in pixels. */
    private static final double BASIS_WIDTH = 440;

    private final Label owedCaption = new Label(Messages.text("overview.figures.owedNow"));
    private final Label owed = new Label();
    /** Under Collect and Pay, which side of the fee "Owed now" is on, as the Payments page says it. */
    private final Label basis = new Label();
    private final Label owedMonthCaption;
    private final Label owedYearCaption;
    private final Label owedMonth = value("overview-owed-month");
    private final Label owedYear = value("overview-owed-year");
    private final Label lastPayment = value("overview-last-payment");
    private final Label nextDue = value("overview-next-due");
    private final Label missedInARow = value("overview-missed-in-a-row");
    private final Label settlement = value("overview-settlement");

    OverviewFigures() {
        owed.setId("overview-owed");
        owed.getStyleClass().add("big-figure");
        owedCaption.getStyleClass().add("heading");
        basis.setId("overview-owed-basis");
        basis.getStyleClass().add("note");
        basis.setWrapText(true);
        // Wrapped within a column of its own width, so a long note (after a move to Collect and Pay it gives two
        // figures) never widens the big figure's column and squeezes the figures beside it to a letter a line.
        basis.setMaxWidth(BASIS_WIDTH);
        basis.managedProperty().bind(HasText.of(basis.textProperty()));
        basis.visibleProperty().bind(basis.managedProperty());
        VBox big = new VBox(4, owedCaption, owed, basis);
        big.getStyleClass().add("owed-now");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("summary-grid");
        // Named by the day they are counted to ("Owed at the end of 30 Nov 2026"), set in show(): "the start of this
        // month" left open whether a due of the 1st was in it.
        owedMonthCaption = OverviewView.addRow(grid, 0, "", owedMonth);
        owedYearCaption = OverviewView.addRow(grid, 1, "", owedYear);
        OverviewView.addRow(grid, 2, Messages.text("overview.figures.lastPayment"), lastPayment);
        OverviewView.addRow(grid, 3, Messages.text("overview.figures.nextPaymentDue"), nextDue);
        OverviewView.addRow(grid, 4, Messages.text("overview.figures.missedOrPartPaidIn"), missedInARow);
        settlement.getStyleClass().add("note");
        settlement.managedProperty().bind(HasText.of(settlement.textProperty()));
        settlement.visibleProperty().bind(settlement.managedProperty());
        grid.add(settlement, 0, 5, 2, 1);
        HBox.setHgrow(grid, Priority.ALWAYS);
        getChildren().addAll(big, grid);
        getStyleClass().add("overview-figures");
        getStyleClass().add("card");
        setId("overview-figures");
    }

    private static void shown(Label caption, Label value, boolean shown) {
        for (Label label : List.of(caption, value)) {
            label.setVisible(shown);
            label.setManaged(shown);
        }
    }

    /** The note as a tooltip on the caption and the figure, and in the figure's screen-reader words with both. */
    private static void explain(Label caption, Label value, String note) {
        for (Label label : List.of(caption, value)) {
            if (label.getTooltip() == null) {
                label.setTooltip(new javafx.scene.control.Tooltip());
                label.getTooltip().setWrapText(true);
                label.getTooltip().setMaxWidth(BASIS_WIDTH);
            }
            label.getTooltip().setText(note);
        }
        value.setAccessibleText(Messages.text("overview.figures.captionFigureAndNote", caption.getText(),
                value.getText(), note));
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    void show(ArrearsSchedule schedule, LocalDate today) {
        // Owed on dues whose day is over, as the letters say it: a due of today is the next payment due, beside.
        Money now = schedule.owedOnPassedDues();
        owedCaption.setText(now.isNegative() ? Messages.text("overview.figures.inCreditNow")
                : Messages.text("overview.figures.owedNow"));
        owed.setText(now.isNegative() ? now.negate().format() : now.format());
        basis.setText(FigureWords.owedBasis(schedule));
        owed.setAccessibleText(Messages.text("overview.figures.captionAndFigure", owedCaption.getText(),
                basis.getText().isEmpty() ? owed.getText() : owed.getText() + " " + basis.getText()));
        owedMonthCaption.setText(FigureWords.owedAtEndOf(today.withDayOfMonth(1).minusDays(1)));
        owedYearCaption.setText(FigureWords.owedAtEndOf(today.withDayOfYear(1).minusDays(1)));
        owedMonth.setText(FigureWords.owedAtMonthStart(schedule, today));
        owedYear.setText(FigureWords.owedAtYearStart(schedule, today));
        // Later payments are not taken off these (Owed now counts them): said on hover and to a screen reader.
        explain(owedMonthCaption, owedMonth, FigureWords.owedAtEndOfNote(today.withDayOfMonth(1).minusDays(1)));
        explain(owedYearCaption, owedYear, FigureWords.owedAtEndOfNote(today.withDayOfYear(1).minusDays(1)));
        // A day before the first due has nothing owed to count: its row is left out.
        shown(owedMonthCaption, owedMonth, FigureWords.counted(schedule, today.withDayOfMonth(1).minusDays(1)));
        shown(owedYearCaption, owedYear, FigureWords.counted(schedule, today.withDayOfYear(1).minusDays(1)));
        lastPayment.setText(FigureWords.lastPayment(schedule));
        nextDue.setText(FigureWords.nextDue(schedule, today));
        missedInARow.setText(FigureWords.missedInARow(schedule));
        settlement.setText(schedule.settlement().flatMap(s -> s.warning()).orElse(""));
    }
}
