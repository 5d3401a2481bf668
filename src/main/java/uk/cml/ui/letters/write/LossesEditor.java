package uk.cml.ui.letters.write;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.TextLimit;
import uk.cml.letters.templates.LossItem;
import uk.cml.ui.common.Messages;

/**
 * Where a complaint letter's "Money I lost" is typed: a few rows, each what was lost, how the amount was worked out,
 * and the amount, with a wrong amount explained beside it. Shown only for the letters that claim it. Ids: loss-add,
 * and for row n loss-what-n, loss-how-n, loss-amount-n, loss-amount-problem-n, loss-remove-n.
 */
final class LossesEditor {

    /** Enough for any real claim; a longer list belongs in a letter of its own. */
    static final int MOST_ROWS = 20;

    private final Runnable onChange;
    private final List<RowFields> rows = new ArrayList<>();
    private final VBox rowsBox = new VBox(10);
    private final Button add = new Button(Messages.text("letters.losses.add"));
    private final VBox view;

    LossesEditor(Runnable onChange) {
        this.onChange = onChange;
        Label title = new Label(Messages.text("letters.losses.title"));
        title.getStyleClass().add("subheading");
        // Whole on two lines at 1024 x 700, where one line read "Money you lost because of the CM...".
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label(Messages.text("letters.losses.hint"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        add.setId("loss-add");
        add.setOnAction(e -> {
            addRow();
            rows.get(rows.size() - 1).what.requestFocus();
        });
        view = new VBox(6, title, hint, rowsBox, add);
        view.setId("letter-losses");
        view.managedProperty().bind(view.visibleProperty());
        view.setVisible(false);
    }

    Node view() {
        return view;
    }

    /** Shown for a letter that claims money lost; the rows stay as typed while other letters are chosen. */
    void showFor(boolean claimsMoneyLost) {
        view.setVisible(claimsMoneyLost);
    }

    boolean isShown() {
        return view.isVisible();
    }

    /** The losses as the letter claims them (none while the editor is hidden). */
    List<LossItem> items() {
        return isShown() ? LossRows.items(rows.stream().map(RowFields::row).toList()) : List.of();
    }

    /** Every row as typed, blank rows left out: what closing the app would lose, until a PDF is made of it. */
    List<LossRows.Row> typed() {
        return rows.stream().map(RowFields::row)
                .filter(r -> !(r.what().isBlank() && r.howWorkedOut().isBlank() && r.amount().isBlank())).toList();
    }

    /** A row says what is wrong with it: the letter waits until it is put right. */
    boolean hasProblems() {
        return isShown() && rows.stream().anyMatch(row -> !row.problem.getText().isEmpty());
    }

    /** The rows as kept through a restart (see WriterTyping), in place of none typed; the most there can be. */
    void fill(List<LossRows.Row> kept) {
        clear();
        for (LossRows.Row row : kept.subList(0, Math.min(kept.size(), MOST_ROWS))) {
            addRow();
            RowFields fields = rows.get(rows.size() - 1);
            fields.what.setText(row.what());
            fields.how.setText(row.howWorkedOut());
            fields.amount.setText(row.amount());
        }
    }

    /** Every row cleared, as for another case. */
    void clear() {
        rows.clear();
        rowsBox.getChildren().clear();
        add.setDisable(false);
    }

    private void addRow() {
        RowFields fields = new RowFields(rows.size());
        rows.add(fields);
        rowsBox.getChildren().add(fields.box);
        add.setDisable(rows.size() >= MOST_ROWS);
    }

    private void remove(RowFields fields) {
        int index = rows.indexOf(fields);
        rows.remove(index);
        rowsBox.getChildren().remove(index);
        for (int i = index; i < rows.size(); i++) {
            rows.get(i).number(i);
        }
        add.setDisable(false);
        onChange.run();
    }

    /** One loss's fields. */
    private final class RowFields {
        final TextField what = new TextField();
        final TextField how = new TextField();
        final TextField amount = new TextField();
        final Label problem = new Label();
        final Button removeButton = new Button(Messages.text("letters.losses.remove"));
        final VBox box;

        RowFields(int index) {
            what.setPromptText(Messages.text("letters.losses.whatPrompt"));
            how.setPromptText(Messages.text("letters.losses.howPrompt"));
            amount.setPromptText(Messages.text("letters.losses.amountPrompt"));
            amount.setPrefColumnCount(8);
            problem.getStyleClass().add("field-error");
            problem.setWrapText(true);
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            for (TextField field : List.of(what, how, amount)) {
                field.textProperty().addListener((o, was, now) -> changed());
            }
            removeButton.setOnAction(e -> remove(this));
            HBox amountLine = new HBox(8, new Label(Messages.text("letters.losses.amount")), amount, removeButton);
            amountLine.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(amount, Priority.NEVER);
            box = new VBox(4, label("letters.losses.what", what), what, label("letters.losses.how", how), how,
                    amountLine, problem);
            box.getStyleClass().add("loss-row");
            number(index);
        }

        private Label label(String key, TextField field) {
            Label label = new Label(Messages.text(key));
            label.setLabelFor(field);
            return label;
        }

        void number(int index) {
            what.setId("loss-what-" + index);
            how.setId("loss-how-" + index);
            amount.setId("loss-amount-" + index);
            problem.setId("loss-amount-problem-" + index);
            removeButton.setId("loss-remove-" + index);
            what.setAccessibleText(Messages.text("letters.losses.whatNumbered", index + 1));
            how.setAccessibleText(Messages.text("letters.losses.howNumbered", index + 1));
            amount.setAccessibleText(Messages.text("letters.losses.amountNumbered", index + 1));
            removeButton.setAccessibleText(Messages.text("letters.losses.removeNumbered", index + 1));
        }

        LossRows.Row row() {
            return new LossRows.Row(what.getText(), how.getText(), amount.getText());
        }

        private void changed() {
            problem.setText(TextLimit.SHORT.problem(what.getText())
                    .or(() -> TextLimit.SHORT.problem(how.getText()))
                    .or(() -> LossRows.amountProblem(amount.getText())).orElse(""));
            onChange.run();
        }
    }
}
