package uk.cml.ui.caseinfo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;

/** The children the maintenance is for: a first name and date of birth each. */
public final class ChildrenForm {

    private record Row(TextField name, UkDateField born, Label nameError, Label bornError) {
    }

    private static final String NAME_ID = "child-name-";
    /** More rows than any family has would come only from a damaged file: never added. */
    private static final int MOST_ROWS = 20;

    private final CaseDraft draft;
    private final Clock clock;
    private final VBox rows = new VBox(12);
    private final VBox view;
    private final List<Row> fields = new ArrayList<>();

    public ChildrenForm(CaseDraft draft, Clock clock) {
        this.draft = draft;
        this.clock = clock;
        Button add = new Button(Messages.text("caseinfo.childrenForm.addAnotherChild"));
        add.setId("add-child");
        add.setOnAction(e -> {
            draft.addChild();
            fields.get(fields.size() - 1).name().requestFocus();
        });
        view = new VBox(12, rows, add);
        draft.children.addListener((ListChangeListener<CaseDraft.ChildDraft>) change -> rebuild());
        rebuild();
    }

    /**
     * Adds rows for the children typing kept through a kill names beyond those here ("child-name-3" with two
     * children), so that all of it can be put back.
     */
    void makeRoomFor(java.util.Map<String, String> kept) {
        int most = kept.keySet().stream().filter(id -> id.startsWith(NAME_ID)).mapToInt(id -> {
            try {
                return Integer.parseInt(id.substring(NAME_ID.length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }).max().orElse(0);
        while (draft.children.size() < Math.min(most, MOST_ROWS)) {
            draft.addChild();
        }
    }

    public VBox view() {
        return view;
    }

    public TextField firstField() {
        return fields.get(0).name();
    }

    private void rebuild() {
        rows.getChildren().clear();
        fields.clear();
        for (int i = 0; i < draft.children.size(); i++) {
            rows.getChildren().add(rowFor(i, draft.children.get(i)));
        }
    }

    private VBox rowFor(int index, CaseDraft.ChildDraft child) {
        int number = index + 1;
        TextField name = new TextField();
        name.setId(NAME_ID + number);
        name.setAccessibleText(Messages.text("caseinfo.childrenForm.childFirstName", number));
        name.setPromptText(Messages.text("caseinfo.childrenForm.firstName"));
        name.textProperty().bindBidirectional(child.firstName);
        UkDateField born = new UkDateField();
        born.setId("child-born-" + number);
        // The usual example (a day last month) is no child's birthday: show the format with a child's.
        born.setPromptText(Messages.text("caseinfo.childrenForm.dateOfBirthExample"));
        born.setAccessibleText(Messages.text("caseinfo.childrenForm.childDateOfBirth", number));
        born.getEditor().textProperty().bindBidirectional(child.dateOfBirth);
        Label nameError = FormGrid.errorLabel("child-name-" + number, name);
        Label bornError = FormGrid.errorLabel("child-born-" + number, born);
        Label nameLabel = new Label(Messages.text("caseinfo.childrenForm.firstName"));
        nameLabel.setLabelFor(name);
        Label bornLabel = new Label(Messages.text("caseinfo.childrenForm.dateOfBirth"));
        bornLabel.setLabelFor(born);
        // Each message goes under its own box, kept to that box's width so that one appearing widens nothing (a
        // message wider than its column once narrowed the name box and moved Remove). Two lines are kept for them (the
        // date's column is narrow, and its usual messages take two), and the room a longer message took is kept while
        // the step is open, so the rows below do not jump back up under the mouse as a corrected answer's message goes.
        Label noMessage = new Label(" ");
        Label noMessageLine2 = new Label(" ");
        for (Label line : List.of(noMessage, noMessageLine2)) {
            line.getStyleClass().add("field-error"); // exactly a message line's height
            line.visibleProperty().bind(nameError.visibleProperty().not().and(bornError.visibleProperty().not()));
        }
        for (Label message : List.of(nameError, bornError, noMessage, noMessageLine2)) {
            message.managedProperty().bind(message.visibleProperty());
            message.setMinWidth(0);
            message.setPrefWidth(0);
            message.setMaxWidth(Double.MAX_VALUE);
        }
        VBox nameBox = new VBox(3, nameLabel, name, nameError);
        VBox bornBox = new VBox(3, bornLabel, born, bornError);
        HBox.setHgrow(nameBox, Priority.ALWAYS);
        HBox line = new HBox(12, nameBox, bornBox);
        line.getStyleClass().add("child-line"); // as wide as the other steps' fields, not the window (app.css)
        if (draft.children.size() > 1) {
            Button remove = new Button(Messages.text("caseinfo.childrenForm.remove"));
            remove.setId("remove-child-" + number);
            remove.setAccessibleText(Messages.text("caseinfo.childrenForm.removeChild", number));
            remove.setOnAction(e -> draft.children.remove(child));
            VBox removeBox = new VBox(3, new Label(" "), remove);
            line.getChildren().add(removeBox);
        }
        fields.add(new Row(name, born, nameError, bornError));
        Label heading = new Label(Messages.text("caseinfo.childrenForm.child", number));
        heading.getStyleClass().add("subheading");
        VBox reserved = new VBox(noMessage, noMessageLine2);
        reserved.managedProperty().bind(noMessage.visibleProperty());
        VBox row = new VBox(4, heading, line, reserved);
        row.heightProperty().addListener((obs, was, now) -> {
            if (now.doubleValue() > row.getMinHeight()) {
                row.setMinHeight(now.doubleValue());
            }
        });
        return row;
    }

    public boolean validate() {
        LocalDate today = LocalDate.now(clock);
        boolean ok = true;
        for (Row row : fields) {
            ok &= FormGrid.show(row.nameError(), CaseRules.firstName(row.name().getText()));
            Optional<String> bornProblem = row.born().hasUnreadableText()
                    ? Optional.of(Messages.text("caseinfo.childrenForm.thatIsNotADate"))
                    : CaseRules.dateOfBirth(row.born().typedDate().orElse(null), today);
            ok &= FormGrid.show(row.bornError(), bornProblem);
        }
        return ok;
    }
}
