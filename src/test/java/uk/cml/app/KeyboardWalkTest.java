package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;
import uk.cml.ui.KeyWalk;

/**
 * Each page walked with Tab alone on the sample case at 1024 x 700, as a parent without a mouse would: every control
 * of the page is reached once, in reading order, each with its ring showing and in view; Shift+Tab walks the same
 * way back; the keyboard is never stuck (a box that took Tab as typing held it for good) and never on nothing.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            interact(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.stage.PopupWindow).toList()
                    .forEach(javafx.stage.Window::hide));
            stop(startup);
        }
    }

    private void openSample() throws Exception {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            new SampleData(services, 3, 0).fill();
            long caseId = services.cases.cases().get(0).id();
            services.notes.moveToBin(services.notes.notes(caseId).get(0).id());
        }
        startup = startOn(dataFolder);
        waitFor("#nav-overview");
        interact(() -> {
            window().setWidth(1024);
            window().setHeight(700);
        });
    }

    /** Walks the page both ways from its sidebar button and checks what the parent would meet on the way. */
    private List<String> walk(String key, String... expected) {
        press("#nav-" + key);
        Node page = waitFor("#page-" + key);
        Node from = lookup("#nav-" + key).query();
        List<KeyWalk.Stop> forward = KeyWalk.walk(this, from, false, 60);
        assertEquals(List.of(), KeyWalk.faults(forward), key + ": forward walk " + forward);
        assertEquals(from, forward.get(forward.size() - 1).node(), key + ": Tab came round again " + forward);
        List<String> onPage = KeyWalk.names(KeyWalk.within(forward, page));
        assertEquals(List.of(expected), onPage, key + ": the controls in reading order");
        List<KeyWalk.Stop> back = KeyWalk.walk(this, from, true, 60);
        assertEquals(List.of(), KeyWalk.faults(back), key + ": Shift+Tab walk " + back);
        List<String> backOnPage = new ArrayList<>(KeyWalk.names(KeyWalk.within(back, page)));
        java.util.Collections.reverse(backOnPage);
        assertEquals(onPage, backOnPage, key + ": Shift+Tab goes the same way back");
        return onPage;
    }

    @Test
    void whereItStands() throws Exception {
        openSample();
        List<String> steps = new ArrayList<>(List.of("#standing-next-write", "#standing-save-ics",
                "#standing-complaint-next-write", "#standing-decision-kind", "#standing-decision-date",
                "#standing-decision-note", "#standing-decision-add", "#standing-decision-1-bin",
                "#standing-decision-2-bin"));
        for (String step : List.of("contact-paying-parent", "arrears-notice", "collect-and-pay",
                "deduction-from-earnings", "bank-deduction", "liability-order", "enforcement-agents", "charging-order",
                "third-party-debt-order", "disqualification", "committal")) {
            steps.add("#standing-step-" + step);
            steps.add("#standing-step-" + step + "-date");
        }
        steps.add("#standing-nudge");
        // Under the figures the dates are counted with: to Settings, where one is corrected.
        steps.add("#standing-correct-facts");
        walk("where-things-stand", steps.toArray(String[]::new));
    }

    @Test
    void writeALetter() throws Exception {
        openSample();
        // A sub-heading is words, not a box: Tab reaches its "Change heading" link instead.
        walk("write-letter", "#letter-template", "#letter-call", "#letter-recipient", "#letter-heading",
                "#letter-say-complaint", "#letter-block-0", "#letter-block-1", "#letter-block-2",
                "#letter-block-3-change", "#letter-block-4", "#letter-block-5", "#letter-block-6-change",
                "#letter-block-7", "#letter-block-8",
                "#letter-zoom-fit",
                "#letter-make-pdf", "#letter-print");
    }

    @Test
    void timeline() throws Exception {
        openSample();
        walk("timeline", "#timeline-search", "#timeline-kind", "#timeline-period", "#timeline-list");
    }

    @Test
    void evidencePack() throws Exception {
        openSample();
        walk("pack", "#pack-from", "#pack-until", "#pack-section-summary", "#pack-section-standing",
                "#pack-section-schedule", "#pack-section-chronology", "#pack-section-calls",
                "#pack-section-letters_sent", "#pack-section-letters_received", "#pack-section-notes",
                "#pack-section-documents", "#pack-for-cms", "#pack-mask-contacts", "#pack-make");
    }

    @Test
    void notesCaseAndSettings() throws Exception {
        openSample();
        walk("notes", "#note-list", "#note-date", "#note-category", "#note-text", "#note-save", "#note-new");
        walk("case", "#my-name", "#my-address", "#my-postcode", "#my-phone", "#my-email", "#my-ni-number",
                "#other-name", "#other-address", "#other-postcode", "#other-work", "#child-name-1", "#child-born-1",
                "#remove-child-1", "#child-name-2", "#child-born-2", "#remove-child-2", "#add-child",
                "#arrangement-direct-pay", "#cms-reference", "#cms-reference-later", "#case-save");
        walk("settings", "#settings-data-folder", "#settings-open-folder", "#privacy-new-passcode",
                "#privacy-repeat-passcode", "#privacy-save-passcode", "#privacy-idle-minutes",
                "#privacy-neutral-title", "#privacy-address-private", "#privacy-show-help", "#settings-back-up",
                "#settings-restore", "#settings-check-records", "#settings-export-csv", "#settings-backup-protect",
                "#settings-fingerprint-code", "#settings-fingerprint-check", "#settings-backups-kept",
                "#settings-appearance", "#settings-bank-holiday-day", "#settings-bank-holiday-name",
                "#settings-bank-holiday-add", "#settings-time-limit-complaint-acknowledge-working_days-correct",
                "#settings-time-limit-complaint-reply-working_days-correct", "#settings-time-limit-ice-months-correct",
                "#settings-time-limit-phso-months-correct", "#settings-time-limit-reconsideration-months-correct",
                "#settings-time-limit-appeal-months-correct", "#settings-time-limit-write_off-reply-days-correct",
                "#settings-time-limit-subject_access-extension-months-correct",
                "#settings-time-limit-enforcement-nudge-weeks-correct",
                "#settings-time-limit-subject_access-months-correct",
                "#settings-time-limit-request-reply-working_days-correct",
                "#settings-time-limit-arrears_breakdown-weeks-correct",
                "#settings-time-limit-reconsideration-late-months-correct",
                "#settings-time-limit-post-first_class-working_days-correct",
                "#settings-time-limit-post-second_class-working_days-correct",
                "#settings-time-limit-post-signed_for-working_days-correct",
                "#settings-time-limit-post-special_delivery-working_days-correct",
                "#settings-time-limit-collect_and_pay-pass_on-working_days-correct", "#settings-about");
    }

    /** Tab in the address box typed a tab into the address and kept the keyboard there for good. */
    @Test
    void addresses() throws Exception {
        openSample();
        walk("addresses", "#address-table", "#address-kind", "#address-name", "#address-details",
                "#address-postcode", "#address-notes", "#address-checked", "#address-save", "#address-new",
                "#address-remove");
        assertTrue(!text("#address-details").contains("\t") && !text("#address-notes").contains("\t"),
                "Tab typed into the address");
    }

    @Test
    void bin() throws Exception {
        openSample();
        walk("bin", "#bin-list", "#bin-restore-note-4");
    }

    private void keyboardOn(String id) {
        Node node = waitFor(id);
        interact(node::requestFocus);
        waitUntil(id + " has the keyboard", node::isFocused);
    }

    private Node focusOwner() {
        return interactAndGet(() -> window().getScene().getFocusOwner());
    }

    /** Enter on a button presses it, Escape closes the window it opened, and the keyboard comes back to the button. */
    @Test
    void enterOpensAboutAndEscapeClosesIt() throws Exception {
        openSample();
        press("#nav-settings");
        keyboardOn("#settings-about");
        type(javafx.scene.input.KeyCode.ENTER);
        waitFor("#about-close");
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("the About window closes", () -> lookup("#about-close").tryQuery().isEmpty());
        waitUntil("the keyboard is back on About", () -> lookup("#settings-about").query().isFocused());
        type(javafx.scene.input.KeyCode.SPACE);
        waitFor("#about-close");
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("the About window closes", () -> lookup("#about-close").tryQuery().isEmpty());
    }

    /** Put back by Space: the row and its button go, and the keyboard stays on the page, not on nothing. */
    @Test
    void putBackByKeyboardLeavesTheKeyboardOnThePage() throws Exception {
        openSample();
        press("#nav-bin");
        Node page = waitFor("#page-bin");
        keyboardOn("#bin-restore-note-4");
        type(javafx.scene.input.KeyCode.SPACE);
        waitUntil("the note is put back", () -> lookup("#bin-restore-note-4").tryQuery().isEmpty());
        Node owner = focusOwner();
        assertTrue(owner != null && KeyWalk.within(List.of(new KeyWalk.Stop(owner, "", null)), page).size() == 1
                && owner.isVisible(), "the keyboard went to " + owner);
    }

    /** A new address saved with Enter from its last box, as the other pages' forms save; the keyboard stays. */
    @Test
    void enterSavesAnAddress() throws Exception {
        openSample();
        press("#nav-addresses");
        Node page = waitFor("#page-addresses");
        press("#address-new");
        int before = interactAndGet(() -> ((javafx.scene.control.TableView<?>) lookup("#address-table").query())
                .getItems().size());
        type("#address-name", "Leeds County Court");
        type("#address-details", "Coronation Street\nLeeds");
        type("#address-postcode", "LS1 3BG");
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the address is saved", () -> ((javafx.scene.control.TableView<?>) lookup("#address-table")
                .query()).getItems().size() == before + 1);
        Node owner = focusOwner();
        assertTrue(owner != null && KeyWalk.within(List.of(new KeyWalk.Stop(owner, "", null)), page).size() == 1,
                "the keyboard went to " + owner);
    }

    /** The letter forms' many-line boxes took Tab as typing, as the address book's did: found by the walk. */
    @Test
    void tabLeavesTheLetterFormsBoxes() throws Exception {
        openSample();
        press("#nav-letters");
        for (String[] form : new String[][] {{"#letters-new-sent", "#sent-to-address"},
                {"#letters-new-received", "#received-summary"}}) {
            press(form[0]);
            keyboardOn(form[1]);
            String before = text(form[1]);
            type(javafx.scene.input.KeyCode.TAB);
            waitUntil("Tab leaves " + form[1], () -> !lookup(form[1]).query().isFocused());
            assertEquals(before, text(form[1]), "Tab typed into " + form[1]);
            press("#letters-back");
        }
    }
}
