package uk.cml.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.cml.safety.CheckReport;
import uk.cml.ui.common.Messages;

/**
 * The quiet check of the records made once after the app opens (the same as Check records, in the background): what
 * the main window's banner says, if anything. Only what does not match and the parent has not already been told:
 * <ul>
 *     <li>nothing when everything matches, nor for advice (details to correct, plans to check), nor for the anchor
 *     started again, which the parent chose in the app and which is not a mismatch;</li>
 *     <li>nothing when the start itself told the parent about their records (safeguards found missing, the anchor
 *     lost or left behind): that notice already sends them to Check records;</li>
 *     <li>never a finding that a start told when it was made (a table's safeguards found missing), which every
 *     check repeats.</li>
 * </ul>
 * Used on the JavaFX thread; plain enough to be tested without a window.
 */
public final class StartCheckModel {

    /** Where the check has got to. */
    public enum State {
        /** Not finished yet (or not started). */
        WAITING,
        /** Checked: nothing for the banner to say. */
        NOTHING_TO_TELL,
        /** Checked: something does not match that the parent has not been told. */
        TO_TELL,
        /** The check could not be made (said in the log only: the parent's own Check records says why). */
        NOT_CHECKED
    }

    /** The most lines of fields the banner gives for one record; more and it gives one fewer and how many more. */
    private static final int MOST_LINES = 4;

    private final boolean toldAtStart;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finding = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whatToDo = new ReadOnlyStringWrapper("");
    private List<String> untold = List.of();
    private CheckReport report;

    /**
     * @param toldAtStart the start already told the parent something about their records (see
     *                    {@code AppServices#startToldOfChanges}), and where to look
     */
    public StartCheckModel(boolean toldAtStart) {
        this.toldAtStart = toldAtStart;
    }

    /**
     * The check is done.
     *
     * @param toldWhenFound findings that starts told the parent when they were made (safeguards found missing)
     */
    public void checked(CheckReport checked, List<String> toldWhenFound) {
        report = checked;
        List<String> left = new ArrayList<>(checked.problems());
        left.removeAll(toldWhenFound);
        untold = List.copyOf(left);
        boolean tell = !toldAtStart && !untold.isEmpty();
        if (tell) {
            heading.set(Messages.text("shell.startCheck.heading"));
            found.set(untold.size() == 1 ? Messages.text("shell.startCheck.foundOne")
                    : Messages.text("shell.startCheck.foundMany", untold.size()));
            finding.set(shortened(untold.get(0)));
            whatToDo.set(Messages.text(untold.size() == 1 ? "shell.startCheck.whatToDoOne"
                    : "shell.startCheck.whatToDoMany"));
        }
        shown.set(tell);
        state.set(tell ? State.TO_TELL : State.NOTHING_TO_TELL);
    }

    /** The check could not be made: nothing is shown. */
    public void couldNotCheck() {
        shown.set(false);
        state.set(State.NOT_CHECKED);
    }

    /** The parent hid the banner, or went to Check records from it: it stays away until the app opens again. */
    public void hide() {
        shown.set(false);
    }

    /**
     * A finding as Check records and the verify command give it: the record or file and what happened to it, then,
     * for a record changed outside the app, one line per field with what its history keeps and what it says now.
     * A record with many fields changed keeps its first few here; Check records lists them all.
     */
    static String shortened(String finding) {
        String[] lines = finding.split("\n");
        if (lines.length <= MOST_LINES + 1) {
            return finding;
        }
        int kept = MOST_LINES - 1;
        // Set in as the field lines are.
        String indent = lines[kept].substring(0, lines[kept].length() - lines[kept].stripLeading().length());
        return String.join("\n", java.util.Arrays.asList(lines).subList(0, kept + 1)) + "\n" + indent
                + Messages.text("shell.startCheck.moreFields", lines.length - 1 - kept);
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heading() {
        return heading.getReadOnlyProperty();
    }

    /** What was found: how many things. */
    public ReadOnlyStringProperty found() {
        return found.getReadOnlyProperty();
    }

    /** The first thing found, in Check records' words: which record, what its history keeps and what it says now. */
    public ReadOnlyStringProperty finding() {
        return finding.getReadOnlyProperty();
    }

    /** That nothing was changed, and what to do. */
    public ReadOnlyStringProperty whatToDo() {
        return whatToDo.getReadOnlyProperty();
    }

    /** What does not match that the parent has not been told, in Check records' words. */
    public List<String> untold() {
        return untold;
    }

    /** The whole check, for Check records to show as it is; empty until it is done. */
    public Optional<CheckReport> report() {
        return Optional.ofNullable(report);
    }
}
