package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.safety.TypingDrafts;

/**
 * Typing on the letters pages through a kill, as reviewers found it: "Open the page" for a new letter's typing showed
 * the bare lists, and the choices on Write a letter (the complaint said, how it is posted) were lost where the words
 * typed with them were put back.
 */
class LettersTypingThroughAKillTest extends WithTheApp {

    @BeforeEach
    void aParentWithACase() {
        withJordanReedsCase();
        openTheApp();
    }

    private void killed() {
        interact(() -> window().hide());
        stop(startup);
        startup = null;
    }

    private void restarted() {
        openTheApp();
    }

    @Test
    void openThePageForANewLetterSentShowsItsFormWithTheTypingPutBack() {
        press("#nav-letters");
        press("#letters-new-sent");
        type("#sent-subject", "Missed payments in November");
        waitUntil("the typing kept", () -> Optional.ofNullable(new TypingDrafts(dataFolder, CLOCK).all()
                .get("sent/case-" + caseId + "/new")).map(d -> d.fields().get("sent-subject"))
                .filter("Missed payments in November"::equals).isPresent());
        killed();

        restarted();
        press("#nav-overview");
        Button open = todoButton("a new letter you sent, on the Letters page");
        click(open);
        waitUntil("the form open with the subject put back", () -> lookup("#sent-subject").tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null).isPresent()
                && "Missed payments in November".equals(text("#sent-subject")));
        assertTrue(interactAndGet(() -> lookup("#sent-draft-notice").query().isVisible()));
    }

    @Test
    void openThePageForANewLetterReceivedShowsItsFormWithTheTypingPutBack() {
        press("#nav-letters");
        press("#letters-new-received");
        type("#received-summary", "Says they have asked Jordan for proof of payment");
        waitUntil("the typing kept", () -> new TypingDrafts(dataFolder, CLOCK).all()
                .containsKey("received/case-" + caseId + "/new"));
        killed();

        restarted();
        press("#nav-overview");
        click(todoButton("a new letter you received, on the Letters page"));
        waitUntil("the form open with the summary put back", () -> lookup("#received-summary").tryQuery()
                .filter(n -> n.getScene() != null).isPresent()
                && "Says they have asked Jordan for proof of payment".equals(text("#received-summary")));
    }

    @Test
    void theComplaintTickIsKeptWithTheWordsThroughAKill() {
        String mine = "I asked on 3 November and have heard nothing.";
        press("#nav-write-letter");
        choose("collect-and-pay");
        press("#letter-say-complaint");
        type("#letter-block-1", mine);
        waitUntil("the words kept", () -> kept().filter(f -> f.containsValue(mine)).isPresent());
        killed();

        restarted();
        press("#nav-write-letter");
        choose("collect-and-pay");
        waitUntil("the words put back", () -> mine.equals(text("#letter-block-1")));
        CheckBox say = lookup("#letter-say-complaint").query();
        assertTrue(interactAndGet(say::isSelected), "the complaint is still said");
    }

    @Test
    void thePostingChosenIsKeptWithTheWordsThroughAKill() {
        String mine = "The payments stopped in September.";
        press("#nav-write-letter");
        choose("collection-complaint");
        press("#letter-post-second");
        type("#letter-block-1", mine);
        waitUntil("the words kept", () -> kept().filter(f -> f.containsValue(mine)).isPresent());
        killed();

        restarted();
        press("#nav-write-letter");
        choose("collection-complaint");
        waitUntil("the words put back", () -> mine.equals(text("#letter-block-1")));
        RadioButton second = lookup("#letter-post-second").query();
        assertTrue(interactAndGet(second::isSelected), "still posted 2nd class");
    }

    private Button todoButton(String what) {
        waitUntil("the Overview names the typing waiting", () -> lookup(node -> node instanceof Button b
                && b.getAccessibleText() != null && b.getAccessibleText().contains(what)).tryQuery().isPresent());
        return lookup(node -> node instanceof Button b && b.getAccessibleText() != null
                && b.getAccessibleText().contains(what)).query();
    }

    private void choose(String key) {
        ComboBox<LetterTemplate> template = waitFor("#letter-template");
        waitUntil("the letters read", () -> lookup("#letter-block-1").tryQuery().isPresent());
        interact(() -> template.setValue(template.getItems().stream().filter(t -> key.equals(t.key())).findFirst()
                .orElseThrow()));
        waitUntil("the letter drafted", () -> lookup("#letter-block-1").tryQuery().isPresent()
                && template.getValue().key().equals(key));
    }

    private Optional<Map<String, String>> kept() {
        return new TypingDrafts(dataFolder, CLOCK).all().entrySet().stream()
                .filter(e -> e.getKey().startsWith("letter/case-" + caseId + "/")).findFirst()
                .map(e -> e.getValue().fields());
    }
}
