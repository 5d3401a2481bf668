package uk.cml.ui.settings;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;

/**
 * "Keep the newest N automatic backups", typed into its box: a whole number from 1 to 100. The spinner's own reading
 * threw on words (a stack trace, nothing said) and gave no number at all for an empty box, which failed the save;
 * anything else is now said beside the box, and the number kept stays as it was.
 */
final class BackupsKept {

    static final int LEAST = 1;
    static final int MOST = 100;
    private static final String PROBLEM = "cml.backups-kept-problem";

    private BackupsKept() {
    }

    /** The number typed, when it is a whole number from 1 to 100. */
    static Optional<Integer> read(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!text.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(text);
        return n >= LEAST && n <= MOST ? Optional.of(n) : Optional.empty();
    }

    /** What to say beside the box when {@code typed} cannot be used: the number kept is still {@code kept}. */
    static Optional<String> problem(String typed, int kept) {
        return read(typed).isPresent() ? Optional.empty()
                : Optional.of(Messages.text("settings.backupsKept.typeANumber", LEAST, MOST, kept));
    }

    /**
     * A spinner from 1 to 100 with the id {@code id} that reads what is typed as above, and its message line (id plus
     * "-error", taking no room until there is something to say), which is placed under the spinner's row.
     */
    static Spinner<Integer> spinner(String id, int start) {
        Spinner<Integer> keep = new Spinner<>();
        keep.setId(id);
        Label problem = FormGrid.errorLabel(id, keep);
        problem.managedProperty().bind(problem.visibleProperty());
        keep.getProperties().put(PROBLEM, problem);
        SpinnerValueFactory.IntegerSpinnerValueFactory numbers =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(LEAST, MOST, start);
        numbers.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String typed) {
                FormGrid.show(problem, problem(typed, numbers.getValue()));
                return read(typed).orElse(numbers.getValue());
            }
        });
        keep.setValueFactory(numbers);
        // The arrows change the number: a message about the text typed before no longer applies.
        keep.valueProperty().addListener((obs, old, now) -> FormGrid.show(problem, Optional.empty()));
        return keep;
    }

    /** The message line of a spinner made by {@link #spinner}. */
    static Label problemLine(Spinner<Integer> keep) {
        return (Label) keep.getProperties().get(PROBLEM);
    }
}
