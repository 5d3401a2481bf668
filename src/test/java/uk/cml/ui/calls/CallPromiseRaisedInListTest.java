package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.AppServices;
import uk.cml.app.Startup;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.letters.KeptLetterWords;
import uk.cml.letters.LetterBlock;
import uk.cml.ui.AppRobot;

/**
 * Reviewer (6 Dec 2026): the Overview stopped saying "Chase it" for a promise her posted complaint had raised
 * (PromisesRaised), while the Calls list still showed "Promise not kept" on that call, as if nothing had been done.
 * The list now reads the same rule: the raised promise's row says it was raised in the letter of 16 Nov; a passed promise no letter names still says "Promised date passed". Today is Sunday 22 November 2026.
 */
@ExtendWith(ApplicationExtension.class)
class CallPromiseRaisedInListTest extends AppRobot {

    static final LocalDate POSTED = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void aPromiseAPostedLetterRaisedSaysSoInItsRow() throws Exception {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            long caseId = services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                    "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed",
                    Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.empty(),
                    List.of(), new BigDecimal("4")));
            services.calls.add(new Call(0, caseId, LocalDate.of(2026, 11, 2).atTime(10, 15),
                    CallDirection.I_CALLED, "0800 171 2345", "Karen", "Collections", "", "Asked about 18 Sep.",
                    "call me back.", Optional.of(LocalDate.of(2026, 11, 9)), "", Optional.empty(), false, false,
                    null));
            services.calls.add(new Call(0, caseId, LocalDate.of(2026, 11, 10).atTime(9, 0),
                    CallDirection.I_CALLED, "0800 171 2345", "Mark", "Collections", "", "Asked again.",
                    "write to me.", Optional.of(LocalDate.of(2026, 11, 12)), "", Optional.empty(), false, false,
                    null));
            // The complaint as printed names the first call's promise only (the line CmsReports.Promise prints).
            Map<String, String> fields = new HashMap<>();
            KeptLetterWords.putWords(fields, KeptLetterWords.TYPED, new KeptLetterWords.Words("Complaint to CMS",
                    List.of(new LetterBlock.Paragraph("I am writing to make a formal complaint."),
                            new LetterBlock.BulletList(List.of("2 Nov 2026: when I phoned you, Karen (Collections "
                                    + "team) told me you would do this by 9 Nov 2026: \u201cCall me back.\u201d My "
                                    + "records do not show that it was done.")))));
            services.sentLetters.save(new SentLetter(0, caseId, POSTED, Optional.of(POSTED), new Recipient(
                    Optional.empty(), "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                    "Complaint to CMS", LetterKind.COMPLAINT, Optional.empty(),
                    Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), "Complaint to CMS", KeptLetterWords.text(fields)));
        }
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(1024);
            window().setHeight(700);
        });
        press("#nav-calls");
        ListView<?> list = waitFor("#call-list");
        waitUntil("the calls are listed", () -> list.getItems().size() == 2);
        waitUntil("the letters are read for the promises", () -> interactAndGet(() -> list.lookupAll(".status-chip")
                .stream().filter(n -> n.isVisible() && n instanceof Label).count() == 2));
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<Label> chips = interactAndGet(() -> list.lookupAll(".status-chip").stream()
                .filter(n -> n.isVisible() && n instanceof Label).map(n -> (Label) n)
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY())).toList());
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "calls-promise-raised-1024x700.png");
        assertEquals(List.of("Promised date passed", "Raised in letter of 16 Nov"),
                chips.stream().map(Label::getText).toList(), "newest call first: the 10 Nov call's promise no letter "
                        + "names, then the 2 Nov call's, raised in the complaint");
        Label raised = chips.get(1);
        assertTrue(raised.getStyleClass().contains("info"), "not a warning: it has been raised");
        for (Label chip : chips) {
            boolean inside = interactAndGet(() -> {
                Bounds c = chip.localToScene(chip.getBoundsInLocal());
                Bounds l = list.localToScene(list.getBoundsInLocal());
                return c.getMaxX() <= l.getMaxX() && c.getMinX() >= l.getMinX();
            });
            assertTrue(inside, "the chip stands inside the list: " + chip.getText());
        }
        String tip = raised.getTooltip().getText();
        assertTrue(tip.contains("9 Nov 2026") && tip.contains("16 Nov 2026") && tip.contains("no longer asks you to "
                + "chase it"), tip);
    }
}
