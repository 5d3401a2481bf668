package uk.cml.ui.letters.write;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.letters.templates.LetterChoices;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.ui.common.Messages;

/**
 * What the parent chooses for the letter on screen, shown only when the letter offers it: whether it says they will
 * complain if the CMS does not act (off unless ticked, with the words it adds shown beside it), and how they will
 * post it, for a letter whose dates count from when the CMS receives it (1st class unless they say otherwise).
 */
final class ChoicesPanel {

    private final CheckBox sayComplaint = new CheckBox(Messages.text("letters.choices.sayComplaint"));
    private final Label complaintWords = new Label();
    private final VBox complaint = new VBox(2, sayComplaint, complaintWords);
    private final ToggleGroup postedBy = new ToggleGroup();
    private final RadioButton first = new RadioButton(Messages.text("letters.choices.firstClass"));
    private final RadioButton second = new RadioButton(Messages.text("letters.choices.secondClass"));
    private final Label postingHint = new Label(Messages.text("letters.choices.postingHint"));
    private final VBox posting;
    private final VBox view;
    private boolean filling;

    /** @param changed the parent changed a choice: the letter is drafted again with it */
    ChoicesPanel(Runnable changed) {
        sayComplaint.setId("letter-say-complaint");
        sayComplaint.setWrapText(true);
        complaintWords.setId("letter-say-complaint-words");
        complaintWords.setWrapText(true);
        complaintWords.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        complaintWords.getStyleClass().add("field-hint");
        first.setId("letter-post-first");
        second.setId("letter-post-second");
        first.setToggleGroup(postedBy);
        second.setToggleGroup(postedBy);
        first.setSelected(true);
        Label postingTitle = new Label(Messages.text("letters.choices.posting"));
        postingTitle.setLabelFor(first);
        postingHint.setWrapText(true);
        postingHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        postingHint.getStyleClass().add("field-hint");
        posting = new VBox(2, postingTitle, new HBox(16, first, second), postingHint);
        posting.setId("letter-posting");
        for (Node part : new Node[] {complaint, posting}) {
            part.managedProperty().bind(part.visibleProperty());
            part.setVisible(false);
        }
        view = new VBox(8, complaint, posting);
        view.managedProperty().bind(complaint.visibleProperty().or(posting.visibleProperty()));
        view.visibleProperty().bind(view.managedProperty());
        sayComplaint.selectedProperty().addListener((o, was, now) -> {
            if (!filling) {
                changed.run();
            }
        });
        postedBy.selectedToggleProperty().addListener((o, was, now) -> {
            if (!filling && now != null) {
                changed.run();
            }
        });
    }

    Node view() {
        return view;
    }

    /** The choices as the parent has them on screen. */
    LetterChoices choices() {
        return new LetterChoices(sayComplaint.isSelected(),
                second.isSelected() ? PostingMethod.SECOND_CLASS : PostingMethod.FIRST_CLASS);
    }

    /** Sets the choices (a letter chosen afresh, or made before with them) without drafting the letter again. */
    void show(LetterChoices choices) {
        filling = true;
        try {
            sayComplaint.setSelected(choices.sayComplaint());
            (choices.postedBy() == PostingMethod.SECOND_CLASS ? second : first).setSelected(true);
        } finally {
            filling = false;
        }
    }

    /** Shows the choices the drafted letter offers, with the words the complaint would add. */
    void offered(LetterDraft.Offers offers) {
        complaint.setVisible(offers.complaint().isPresent());
        complaintWords.setText(offers.complaint().map(words -> Messages.text("letters.choices.complaintWords", words))
                .orElse(""));
        posting.setVisible(offers.posting());
    }
}
