package uk.cml.ui.letters.write;

import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.WrappingCells;

/** The list of letters and, under it when nothing is chosen for a reply, the sentence saying why. */
final class TemplatePicker {

    private final TemplateChoice choice = new TemplateChoice();
    private final ComboBox<LetterTemplate> box = new ComboBox<>(FXCollections.observableArrayList(
            LetterTemplates.all()));
    private final Label whyNone = new Label();

    TemplatePicker() {
        box.valueProperty().bindBidirectional(choice.template());
        box.setId("letter-template");
        box.setAccessibleText(Messages.text("letters.writerView.whichLetter"));
        box.setPromptText(Messages.text("letters.writerView.chooseALetter"));
        box.setMaxWidth(Double.MAX_VALUE);
        WrappingCells.button(box, LetterTemplate::title);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(LetterTemplate template) {
                return template == null ? "" : template.title();
            }

            @Override
            public LetterTemplate fromString(String text) {
                return null;
            }
        });
        whyNone.setId("letter-template-why-none");
        whyNone.textProperty().bind(choice.whyNone());
        whyNone.visibleProperty().bind(choice.whyNone().isNotEmpty());
        whyNone.managedProperty().bind(whyNone.visibleProperty());
        whyNone.setWrapText(true);
        whyNone.getStyleClass().add("note");
    }

    /**
     * Marks in the list the letters that do not fit the case as it is arranged (a Direct Pay report on a Collect and
     * Pay case): a parent sees it before choosing, not only in the note beside the letter once chosen.
     */
    void notFitting(Set<LetterTemplate> templates) {
        Set<LetterTemplate> marked = Set.copyOf(templates);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LetterTemplate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("muted");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                boolean fits = !marked.contains(item);
                setText(fits ? item.title() : Messages.text("letters.writerView.notForThisCase", item.title()));
                if (!fits) {
                    getStyleClass().add("muted");
                }
            }
        });
    }

    TemplateChoice choice() {
        return choice;
    }

    ComboBox<LetterTemplate> box() {
        return box;
    }

    Label whyNone() {
        return whyNone;
    }
}
