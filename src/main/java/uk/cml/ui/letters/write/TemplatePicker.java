package uk.cml.ui.letters.write;

import java.util.Map;
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
    private Set<LetterTemplate> notFitting = Set.of();
    private Map<LetterTemplate, String> madeBefore = Map.of();

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
        notFitting = Set.copyOf(templates);
        cells();
    }

    /**
     * Marks in the list the letters already made for the same thing (the same call, the same letter answered, the
     * same case), with when they were written and posted: "Confirm a phone call \u2013 written 4 Dec 2026, posted
     * 4 Dec 2026".
     */
    void madeBefore(Map<LetterTemplate, String> said) {
        madeBefore = Map.copyOf(said);
        cells();
    }

    private void cells() {
        Set<LetterTemplate> marked = notFitting;
        Map<LetterTemplate, String> made = madeBefore;
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
                String title = made.getOrDefault(item, item.title());
                setText(fits ? title : Messages.text("letters.writerView.notForThisCase", title));
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
