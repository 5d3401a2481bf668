package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.WithAPage;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.standing.StandingModel;
import uk.cml.ui.standing.StandingView;

/**
 * A calculation dated 1 October 2026, a refusal dated 15 October, and one mandatory reconsideration request of 20
 * October logged before letters could say which decision they answer. Where things stand ticks neither limit and
 * says so beside both decisions; its button opens the letter, the parent chooses the refusal, and only the refusal's
 * limit is ticked.
 */
class ChooseDecisionFlowTest extends WithAPage {

    static final String REFUSAL_CHOICE = "A refusal to make or change a calculation, dated 15 Oct 2026";

    final List<Destination> went = new ArrayList<>();

    private boolean showing(String text) {
        return lookup(node -> node instanceof Labeled l && node.isVisible() && text.equals(l.getText())).tryQuery()
                .isPresent();
    }

    @Test
    void theParentChoosesWhichDecisionAnOldLetterAnswers() throws Exception {
        long caseId = harness.currentCase.get().id();
        long calculation = harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 10, 1), "", Optional.empty()));
        long refusal = harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL,
                LocalDate.of(2026, 10, 15), "", Optional.empty()));
        LocalDate written = LocalDate.of(2026, 10, 20);
        long letter = harness.services.sentLetters.save(new SentLetter(0, caseId, written, Optional.of(written),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Mandatory reconsideration request", LetterKind.RECONSIDERATION_REQUEST, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));

        StandingView standing = new StandingView(new StandingModel(harness.services.standing, harness.background,
                CLOCK, harness.currentCase), harness.services.calendar.holidays(), went::add,
                owner -> Optional.empty());
        show(standing);
        String unclear = "Not ticked: your letter of 20 Oct 2026 could answer this decision or another one. Open "
                + "the letter and choose the decision it answers.";
        assertEquals(unclear, ((Label) waitFor("#standing-decision-" + calculation + "-letter-" + letter)).getText());
        assertEquals(unclear, ((Label) waitFor("#standing-decision-" + refusal + "-letter-" + letter)).getText());
        // The calculation's month ends Sunday 1 November; the refusal's Sunday 15 November. Each counts when the CMS
        // gets the request: the line is dated on the limit (the words beside it are the limit's), as the Timeline
        // places it; the last day to post it 1st class (Wed 28 Oct, Wed 11 Nov) goes with the limit, said once.
        assertTrue(showing("1 Nov 2026  Ask for a mandatory reconsideration"), "the calculation's limit, not ticked");
        assertTrue(showing("15 Nov 2026  Ask for a mandatory reconsideration"), "the refusal's limit, not ticked");
        assertTrue(showing("Not ticked: your letter of 20 Oct 2026 could answer this decision or another one. Say "
                + "which on the Letters page."), "said in the dates to watch too");

        uk.cml.ui.Snapshots.saveScrolled(this, (javafx.scene.control.ScrollPane) standing.view(), "choose-decision");
        press("#standing-decision-" + refusal + "-letter-" + letter + "-open");
        assertEquals(List.of(new Destination.LettersSelecting(letter)), went);

        LettersView letters = LettersPages.open(harness, CLOCK);
        show(letters);
        interact(() -> letters.show(new Destination.LettersSelecting(letter)));
        ComboBox<SentLetterForm.DecisionChoice> decision = waitFor("#sent-answers-decision");
        assertEquals(List.of("Not said", REFUSAL_CHOICE, "A calculation of maintenance, dated 1 Oct 2026"),
                interactAndGet(() -> decision.getItems().stream().map(SentLetterForm.DecisionChoice::name).toList()));
        assertEquals("Not said", interactAndGet(() -> decision.getValue().name()));
        uk.cml.ui.Snapshots.save(this, letters.view(), "choose-decision-form.png");
        press("#sent-answers-decision");
        waitUntil("the choices drop down", () -> lookup(node -> node instanceof ListCell<?> cell
                && REFUSAL_CHOICE.equals(cell.getText())).tryQuery().isPresent());
        click(lookup(node -> node instanceof ListCell<?> cell && REFUSAL_CHOICE.equals(cell.getText())).query());
        assertEquals(REFUSAL_CHOICE, interactAndGet(() -> decision.getValue().name()));
        press("#letters-save");
        waitUntil("the link is saved", () -> harness.services.sentLetters.find(letter).orElseThrow().answersDecision()
                .equals(Optional.of(refusal)));

        interact(standing::shown);
        waitUntil("the refusal's limit is ticked",
                () -> showing("15 Nov 2026  Ask for a mandatory reconsideration (done)"));
        assertTrue(showing("1 Nov 2026  Ask for a mandatory reconsideration"), "the calculation's is still open");
        assertFalse(lookup("#standing-decision-" + calculation + "-letter-" + letter).tryQuery().isPresent(),
                "the letter answers the refusal, so nothing is unclear");
    }

    @Test
    void theChoiceIsOfferedOnlyForTheKindsThatAnswerADecision() {
        long caseId = harness.currentCase.get().id();
        harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.WRITE_OFF,
                LocalDate.of(2026, 11, 2), "", Optional.empty()));
        harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 3), "", Optional.empty()));
        LettersView letters = LettersPages.open(harness, CLOCK);
        show(letters);
        press("#letters-new-sent");
        ComboBox<LetterKind> kind = waitFor("#sent-kind");
        ComboBox<SentLetterForm.DecisionChoice> decision = lookup("#sent-answers-decision").query();
        assertFalse(interactAndGet(decision::isVisible), "not for a letter of another kind");
        interact(() -> kind.setValue(LetterKind.WRITE_OFF_REPLY));
        assertTrue(interactAndGet(decision::isVisible));
        assertEquals(List.of("Not said", "A proposal to write off arrears, dated 2 Nov 2026"),
                interactAndGet(() -> decision.getItems().stream().map(SentLetterForm.DecisionChoice::name).toList()));
        interact(() -> kind.setValue(LetterKind.COMPLAINT));
        assertFalse(interactAndGet(decision::isVisible));
    }
}
