package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.safety.TypingDrafts;

/**
 * A log-off, a shutdown or a kill cannot ask "Close without saving?": what the parent typed in the call form is kept
 * as they type, and the next start puts it back, saying so, without saving it as a call.
 */
class TypingKeptThroughAKillTest extends WithTheApp {

    private static final String NOTE = "They said the payment was taken on the 3rd.\nRing back Friday.";

    @BeforeEach
    void aParentWithACase() {
        withJordanReedsCase();
        openTheApp();
    }

    private Optional<String> keptNote() {
        return Optional.ofNullable(new TypingDrafts(dataFolder, CLOCK).all().get("call/case-" + caseId + "/new"))
                .map(d -> d.fields().get("call-said"));
    }

    /**
     * The app stopped without asking: the window goes with no close request, so no closing question; the records
     * are released, as the operating system releases them when it ends the process.
     */
    private void killed() {
        interact(() -> window().hide());
        stop(startup);
        startup = null;
    }

    private Object whoCalled() {
        javafx.scene.control.ComboBox<?> box = lookup("#call-who-called").queryAs(javafx.scene.control.ComboBox.class);
        return interactAndGet(box::getValue);
    }

    @Test
    void aCallNoteTypedBeforeAKillIsPutBackAtTheNextStart() {
        press("#nav-calls");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.CMS_CALLED);
        type("#call-said", NOTE);
        waitUntil("the typing kept in the data folder", () -> keptNote().filter(NOTE::equals).isPresent());
        killed();

        openTheApp();
        press("#nav-calls");
        waitUntil("the note put back", () -> NOTE.equals(text("#call-said")));
        assertEquals(uk.cml.domain.evidence.CallDirection.CMS_CALLED, whoCalled(), "who called, as chosen");
        assertTrue(interactAndGet(() -> lookup("#call-draft-notice").query().isVisible()));
        assertEquals("Put back what you typed on 22 Nov 2026 at 10:15, before the app closed.",
                interactAndGet(() -> lookup("#call-draft-text").queryLabeled().getText()));
        assertTrue(interactAndGet(() -> lookup("#call-list").queryListView().getItems().isEmpty()),
                "put back as typing only: no call is saved until the parent saves it");

        press("#call-draft-clear");
        waitUntil("cleared", () -> text("#call-said").isEmpty());
        waitUntil("forgotten in the data folder", () -> keptNote().isEmpty());
        assertEquals("", text("#call-number"), "as on a new form: no number until the parent says who called");
        assertEquals(null, whoCalled(), "nor anybody chosen as having called");
        assertTrue(interactAndGet(() -> !lookup("#call-draft-notice").query().isVisible()));
    }

    @Test
    void aSentLettersDetailsTypedBeforeAKillArePutBackAtTheNextStart() {
        press("#nav-letters");
        press("#letters-new-sent");
        type("#sent-subject", "Missed payments in November");
        waitUntil("the typing kept", () -> Optional.ofNullable(new TypingDrafts(dataFolder, CLOCK).all()
                .get("sent/case-" + caseId + "/new")).map(d -> d.fields().get("sent-subject"))
                .filter("Missed payments in November"::equals).isPresent());
        killed();

        openTheApp();
        // What needs doing says the typing is waiting, and in which form, before any form is opened.
        press("#nav-overview");
        waitUntil("the Overview names the typing waiting", () -> lookup(node -> node instanceof javafx.scene.control
                .Label label && label.getText() != null && label.getText().contains("Typing not saved yet, kept on "
                + "22 Nov 2026, 10:15: a new letter you sent, on the Letters page")).tryQuery().isPresent());
        press("#nav-letters");
        press("#letters-new-sent");
        waitUntil("the subject put back", () -> "Missed payments in November".equals(text("#sent-subject")));
        assertTrue(interactAndGet(() -> lookup("#sent-draft-notice").query().isVisible()));
    }

    /** The words of the letter the writer opens on, as kept in the data folder for this case, if any. */
    private Optional<java.util.Map<String, String>> keptLetterWords() {
        return new TypingDrafts(dataFolder, CLOCK).all().entrySet().stream()
                .filter(e -> e.getKey().startsWith("letter/case-" + caseId + "/")).findFirst()
                .map(e -> e.getValue().fields());
    }

    /**
     * The parent's own words in a letter (what went wrong, the effect on the children) are the most typing the app
     * holds: changed and not yet made into a PDF, they are kept, named on the Overview, and put back into the same
     * letter at the next start; "Clear it" drafts the letter afresh and forgets them.
     */
    @Test
    void aLettersWordsTypedBeforeAKillArePutBackInTheSameLetter() {
        String mine = "I rang on 10 November and nobody called me back.";
        press("#nav-write-letter");
        waitUntil("the letter drafted", () -> lookup("#letter-block-1").tryQuery().isPresent());
        String drafted = text("#letter-block-1");
        type("#letter-block-1", mine);
        waitUntil("the words kept in the data folder", () -> keptLetterWords()
                .filter(f -> f.containsValue(mine)).isPresent());
        killed();

        openTheApp();
        press("#nav-overview");
        waitUntil("the Overview names the letter's words waiting", () -> lookup(node -> node instanceof javafx.scene
                .control.Label label && label.getText() != null && label.getText().contains("Typing not saved "
                + "yet, kept on 22 Nov 2026, 10:15: your changes to the words of a letter on the Write a letter page"))
                .tryQuery().isPresent());
        press("#nav-write-letter");
        waitUntil("the words put back", () -> lookup("#letter-block-1").tryQuery().isPresent()
                && mine.equals(text("#letter-block-1")));
        assertTrue(interactAndGet(() -> lookup("#letter-draft-notice").query().isVisible()));
        assertEquals("Put back what you typed on 22 Nov 2026 at 10:15, before the app closed.",
                interactAndGet(() -> lookup("#letter-draft-text").queryLabeled().getText()));

        press("#letter-draft-clear");
        waitUntil("drafted afresh", () -> drafted.equals(text("#letter-block-1")));
        waitUntil("forgotten in the data folder", () -> keptLetterWords().isEmpty());
        assertTrue(interactAndGet(() -> !lookup("#letter-draft-notice").query().isVisible()));
    }

    /**
     * The Case page's changes are kept too, a child added in them with its row: put back at the next start with the
     * line saying so, named on the Overview, and forgotten once saved.
     */
    @Test
    void theCasePagesChangesTypedBeforeAKillArePutBackWithAChildAdded() {
        press("#nav-case");
        waitUntil("the answers load", () -> "Sam Taylor".equals(text("#my-name")));
        type("#my-phone", "07700 900456");
        press("#add-child");
        type("#child-name-2", "Leo");
        waitUntil("the typing kept", () -> Optional.ofNullable(new TypingDrafts(dataFolder, CLOCK).all()
                .get("case/case-" + caseId + "/details")).map(d -> d.fields().get("child-name-2"))
                .filter("Leo"::equals).isPresent());
        killed();

        openTheApp();
        waitUntil("the Overview names the Case page's typing", () -> lookup(node -> node instanceof javafx.scene
                .control.Label label && label.getText() != null && label.getText().contains("Typing not saved yet, "
                + "kept on 22 Nov 2026, 10:15: changes to the details of the case, on the Case page"))
                .tryQuery().isPresent());
        press("#nav-case");
        waitUntil("the child's row and name put back", () -> lookup("#child-name-2").tryQuery().isPresent()
                && "Leo".equals(text("#child-name-2")));
        assertEquals("07700 900456", text("#my-phone"));
        assertTrue(interactAndGet(() -> lookup("#case-draft-notice").query().isVisible()));

        type("#child-born-2", "01/02/2019");
        type("#cms-reference", "1212 3456 7890"); // this case was set up without one, which Save asks for
        press("#case-save");
        waitUntil("saved", () -> interactAndGet(() -> lookup("#case-status").queryLabeled().getText())
                .startsWith("Saved"));
        waitUntil("saved and the typing forgotten", () -> !new TypingDrafts(dataFolder, CLOCK).all()
                .containsKey("case/case-" + caseId + "/details"));
    }

    /**
     * The address book asked nothing before another entry was chosen over typing, and kept nothing through a kill:
     * now it asks, as the other forms do, and what was typed is put back at the next start.
     */
    @Test
    void anAddressBeingCorrectedIsAskedAboutAndKeptThroughAKill() {
        press("#nav-addresses");
        javafx.scene.control.TableView<?> entries = waitFor("#address-table");
        waitUntil("the entries load", () -> entries.getItems().size() > 1);
        interact(() -> entries.getSelectionModel().select(0));
        String name = text("#address-name");
        type("#address-notes", "Only for complaints about collection");
        interact(() -> entries.getSelectionModel().select(1));
        waitUntil("asked before the typing is lost", () -> interactAndGet(
                () -> lookup("#address-unsaved-question").query().isVisible()));
        assertEquals(name, text("#address-name"), "the entry typed in stays open");
        press("#address-keep-typing");
        String key = "address/every-case/record-" + interactAndGet(() -> ((uk.cml.domain.addressbook.AddressBookEntry)
                entries.getItems().get(0)).id());
        waitUntil("the typing kept", () -> Optional.ofNullable(new TypingDrafts(dataFolder, CLOCK).all().get(key))
                .map(d -> d.fields().get("address-notes")).filter("Only for complaints about collection"::equals)
                .isPresent());
        killed();

        openTheApp();
        waitUntil("the Overview names it", () -> lookup(node -> node instanceof javafx.scene.control.Label label
                && label.getText() != null && label.getText().contains("a change to an entry in the address book, on "
                + "the Addresses page")).tryQuery().isPresent());
        press("#nav-addresses");
        javafx.scene.control.TableView<?> again = waitFor("#address-table");
        waitUntil("the entries load", () -> again.getItems().size() > 1);
        interact(() -> again.getSelectionModel().select(0));
        waitUntil("the typing put back", () -> "Only for complaints about collection".equals(text("#address-notes")));
        assertTrue(interactAndGet(() -> lookup("#address-draft-notice").query().isVisible()));
    }

    /** What is kept in the data folder for a form on Where it stands, by its field's id, for this case. */
    private Optional<String> keptOnStanding(String form, String field) {
        return new TypingDrafts(dataFolder, CLOCK).all().entrySet().stream()
                .filter(e -> e.getKey().startsWith(form + "/case-" + caseId + "/")).findFirst()
                .map(e -> e.getValue().fields().get(field));
    }

    /**
     * The day the parent heard of an enforcement step, typed on Where it stands and not saved, was lost to a kill
     * (only a page change kept it): now it is kept, named on the Overview, put back at the next start with the line
     * saying so, and forgotten once saved.
     */
    @Test
    void aStepsDateTypedBeforeAKillIsPutBackAndForgottenOnceSaved() {
        String step = "#standing-step-arrears-notice";
        press("#nav-where-things-stand");
        type(step + "-date", "18/11/2026");
        waitUntil("the date kept in the data folder", () -> keptOnStanding("standing-step-arrears-notice",
                "standing-step-arrears-notice-date").filter("18/11/2026"::equals).isPresent());
        killed();

        openTheApp();
        press("#nav-overview");
        waitUntil("the Overview names the typing waiting", () -> lookup(node -> node instanceof javafx.scene.control
                .Label label && label.getText() != null && label.getText().contains("Typing not saved yet, kept on "
                + "22 Nov 2026, 10:15: the date of a step the CMS has taken, on the Where it stands page"))
                .tryQuery().isPresent());
        press("#nav-where-things-stand");
        waitUntil("the date put back", () -> "18/11/2026".equals(text(step + "-date")));
        assertTrue(interactAndGet(() -> lookup("#standing-step-arrears-notice-draft-notice").query().isVisible()));
        assertTrue(interactAndGet(() -> lookup(step + "-save").query().isVisible()), "not saved: Save offered");

        press(step + "-save");
        waitUntil("saved", () -> interactAndGet(() -> lookup("#standing-status").queryLabeled().getText())
                .startsWith("Step ticked"));
        waitUntil("the typing forgotten once saved", () -> keptOnStanding("standing-step-arrears-notice",
                "standing-step-arrears-notice-date").isEmpty());
        assertTrue(interactAndGet(() -> !lookup("#standing-step-arrears-notice-draft-notice").query().isVisible()));
    }

    /**
     * Found in review: ticking a step offers today in its date box, and unticking it left that date behind as
     * "typing not saved yet": named on the Overview, offered back after a restart, and saved as the day heard. Unticking
     * means no: nothing is kept, nothing is left to save.
     */
    @Test
    void unTickingAStepNotSavedKeepsNothing() {
        String step = "#standing-step-arrears-notice";
        press("#nav-where-things-stand");
        press(step);
        waitUntil("today offered and kept as not saved", () -> keptOnStanding("standing-step-arrears-notice",
                "standing-step-arrears-notice-date").isPresent());
        press(step);
        waitUntil("nothing kept once unticked", () -> new TypingDrafts(dataFolder, CLOCK).all().keySet().stream()
                .noneMatch(k -> k.startsWith("standing-step-arrears-notice/")));
        assertEquals("", text(step + "-date"), "the offered date is taken away");
        assertTrue(interactAndGet(() -> !lookup(step + "-save").query().isVisible()), "nothing to save");
        assertTrue(interactAndGet(() -> !lookup(step + "-date-note").query().isVisible()), "no 'not saved yet'");
        press("#nav-overview");
        press("#nav-where-things-stand");
        assertEquals("", text(step + "-date"), "and nothing comes back");
    }

    /** A decision's date typed and not added is kept through a kill too; cleared again, it is forgotten. */
    @Test
    void aDecisionsDateTypedBeforeAKillIsPutBackAndForgottenOnceCleared() {
        press("#nav-where-things-stand");
        type("#standing-decision-date", "20/11/2026");
        waitUntil("the date kept", () -> keptOnStanding("standing-decision", "standing-decision-date")
                .filter("20/11/2026"::equals).isPresent());
        killed();

        openTheApp();
        press("#nav-where-things-stand");
        waitUntil("the date put back", () -> "20/11/2026".equals(text("#standing-decision-date")));
        assertTrue(interactAndGet(() -> lookup("#standing-decision-draft-notice").query().isVisible()));

        interact(() -> lookup("#standing-decision-date").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .clear());
        waitUntil("forgotten once nothing typed is left", () -> keptOnStanding("standing-decision",
                "standing-decision-date").isEmpty());
    }

    /** The window's place, as the records hold it now (read beside the running app, as SQLite allows). */
    private Optional<String> savedBounds() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + dataFolder.resolve(uk.cml.store.Database.FILE_NAME));
             java.sql.PreparedStatement s = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            s.setString(1, "window.bounds");
            try (java.sql.ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    @Test
    void theWindowsPlaceIsSavedWhenItIsMovedNotOnlyWhenItCloses() {
        interact(() -> {
            window().setMaximized(false);
            window().setX(40);
            window().setY(30);
            window().setWidth(900);
            window().setHeight(600);
        });
        waitUntil("saved once it stood still", () -> savedBounds()
                .filter(b -> b.startsWith("40.0,30.0,900.0,600.0")).isPresent());
    }

    @Test
    void savingTheCallForgetsTheTyping() {
        press("#nav-calls");
        type("#call-said", NOTE);
        waitUntil("the typing kept", () -> keptNote().isPresent());
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        waitUntil("the call saved", () -> interactAndGet(
                () -> lookup("#call-list").queryListView().getItems().size() == 1));
        waitUntil("the typing forgotten once saved", () -> keptNote().isEmpty());
    }
}
