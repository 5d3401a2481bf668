package uk.cml.ui.common;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.Correction;
import uk.cml.domain.evidence.FieldChange;

/**
 * The visible history of a corrected entry: each correction, when it was made, and what each changed
 * field said before and after. Shared by the calls and notes pages.
 */
public final class HistoryList extends VBox {

    private static final int QUOTE_LIMIT = 300;

    public HistoryList(String id) {
        super(6);
        setId(id);
        getStyleClass().add("history");
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows the corrections of a record, newest first; hides itself when there are none. */
    public <T> void show(List<Amended<T>> earlier, T current, BiFunction<T, T, List<FieldChange>> changes) {
        getChildren().clear();
        List<Correction> corrections = Correction.of(earlier, current, changes);
        setVisible(!corrections.isEmpty());
        if (corrections.isEmpty()) {
            return;
        }
        Label heading = new Label(corrections.size() == 1 ? Messages.text("common.historyList.correctedOnce")
                : Messages.text("common.historyList.correctedTimes", corrections.size()));
        heading.getStyleClass().add("subheading");
        List<Label> steps = new ArrayList<>();
        for (Correction correction : corrections) {
            steps.add(0, step(correction.at(), correction.changes()));
        }
        getChildren().add(heading);
        getChildren().addAll(steps);
    }

    private static Label step(LocalDateTime when, List<FieldChange> changes) {
        StringBuilder text = new StringBuilder(Messages.text("common.historyList.correctedOn",
                UkFormats.dateTime(when)));
        for (FieldChange change : changes) {
            text.append("\n").append(Messages.text("common.historyList.change", change.field(),
                    quote(change.before()), quote(change.after())));
        }
        Label label = new Label(text.toString());
        label.setWrapText(true);
        label.getStyleClass().add("history-step");
        return label;
    }

    private static String quote(String value) {
        if (value.isBlank()) {
            return "(empty)";
        }
        String oneLine = value.replaceAll("\\s*\\R\\s*", " / ");
        return oneLine.length() > QUOTE_LIMIT ? oneLine.substring(0, QUOTE_LIMIT) + "…" : oneLine;
    }
}
