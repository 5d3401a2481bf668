package uk.cml.ui.letters.write;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.CmsReference;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.CallDetails;
import uk.cml.letters.templates.EarlierLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;

@ExtendWith(ApplicationExtension.class)
class LetterWriterViewTest extends AppRobot {

    @TempDir
    Path folder;
    final Background background = new Background();
    /** Written by the keeper on a worker thread, read by the test: a list safe across threads. */
    final List<Path> kept = new CopyOnWriteArrayList<>();
    final List<Optional<Long>> answered = new CopyOnWriteArrayList<>();
    LetterWriterView writer;
    final SimpleObjectProperty<CaseFile> currentCase = new SimpleObjectProperty<>();
    Stage stage;
    /** The case's calls as the page reads them in the background. */
    java.util.function.Function<CaseFile, List<CallChoice>> calls = c -> List.of();

    @Start
    void start(Stage primary) {
        // The writer gets a window of its own in each test.
    }

    @AfterEach
    void close() {
        interact(() -> stage.close());
        background.close();
    }

    private void open(LetterFacts facts) {
        open(facts, Arrangement.DIRECT_PAY);
    }

    /** The writer on case 1, arranged today as {@code arrangement} (as the Case page's latest arrangement). */
    private void open(LetterFacts facts, Arrangement arrangement) {
        currentCase.set(caseFile(1, arrangement));
        List<AddressBookEntry> book = List.of(
                new AddressBookEntry(1, AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service",
                        "PO Box 249\nMitcheldean", "GL17 1AJ", "", Optional.of(AddressBookEntry.Role.CMS_GENERAL),
                        Optional.empty(), ""),
                new AddressBookEntry(2, AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service 21",
                        "Mail Handling Site A\nWolverhampton", "WV98 2BU", "",
                        Optional.of(AddressBookEntry.Role.CMS_COLLECTION), Optional.empty(), ""));
        LetterKeeper keeper = (caseId, pdf, template, f, answering) -> {
            answered.add(answering);
            kept.add(pdf);
            return "A copy is kept with your documents.";
        };
        interact(() -> {
            writer = new LetterWriterView(background, currentCase, c -> facts, calls, () -> book,
                    new LetterPdfRenderer(CLOCK), keeper, folder.resolve("Letters"),
                    (owner, suggested) -> Optional.of(suggested), uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            // With the keys every window of the app has (common/EveryWindow), as the arrow-key test needs.
            stage.setScene(uk.cml.ui.common.EveryWindow.keys(
                    new Scene((javafx.scene.Parent) writer.view(), 1000, 750)));
            stage.show();
            writer.shown();
        });
    }

    /**
     * A reviewer with two calls noted was told "No calls noted yet. Note the call on the Calls page first." for two
     * seconds while the page read them: the list says it is reading until the calls are read.
     */
    @Test
    void theCallListSaysItIsReadingUntilTheCallsAreRead() {
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        calls = c -> {
            try {
                read.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        open(facts("Sam Taylor"));
        ComboBox<?> box = lookup("#letter-call").queryAs(ComboBox.class);
        assertEquals("Reading your calls\u2026", interactAndGet(box::getPromptText));
        read.countDown();
        waitUntil("the calls read", () -> "No calls noted yet. Note the call on the Calls page first."
                .equals(interactAndGet(box::getPromptText)));
    }

    private static CaseFile caseFile(long id) {
        return caseFile(id, Arrangement.DIRECT_PAY);
    }

    private static CaseFile caseFile(long id, Arrangement arrangement) {
        return new CaseFile(id, "Jordan Reed", Optional.of(new PostalAddress(List.of("3 Mill Lane"),
                "BD1 4QT")), WorkSituation.EMPLOYED, arrangement,
                Optional.of(new CmsReference("121234567890")), List.of(new Child(1, "Mia", LocalDate.of(2015, 3, 14))),
                BigDecimal.valueOf(4));
    }

    private static LetterFacts facts(String parentName) {
        return LetterFacts.builder(new LetterFacts.Contact(parentName, List.of("14 Orchard Close", "LS6 2AB")),
                new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia")),
                LocalDate.of(2026, 11, 22)).deadlines(new uk.cml.letters.templates.Deadlines(
                        uk.cml.store.SeededFacts.calendar(),
                        uk.cml.store.SeededFacts.published())).build();
    }

    @Test
    void aCallLetterWaitsForItsFactsThenIsSavedUnderADatedNameWithoutOverwriting() throws IOException {
        open(facts("Sam Taylor 😀"));
        interact(() -> writer.start(uk.cml.letters.templates.LetterTemplates.CONFIRM_CALL));
        Label missing = waitFor("#letter-missing");
        waitUntil("missing facts listed", () -> missing.getText().contains("the name of the person you spoke to"));
        assertTrue(lookup("#letter-make-pdf").queryAs(Button.class).isDisabled(), "no PDF while facts are missing");
        assertEquals("Child Maintenance Service", lookup("#letter-recipient").queryAs(ComboBox.class).getValue()
                .toString().split(",")[0]);

        interact(() -> writer.startFromCall(new CallChoice(1, "20 Nov 2026, 10:42: I called the CMS (Priya Shah)",
                new CallDetails(LocalDate.of(2026, 11, 20), LocalTime.of(10, 42),
                uk.cml.domain.evidence.CallDirection.I_CALLED, "Priya Shah", "", "", "She said the payments were noted",
                "", null, false))));
        waitUntil("nothing missing", () -> missing.getText().isEmpty());
        Label replaced = waitFor("#letter-replaced");
        waitUntil("the emoji is reported", () -> replaced.getText().equals(
                "These characters cannot be printed and will show as [symbol]: 😀"));
        waitUntil("page 1 previewed", () -> lookup("#letter-preview").queryAs(ImageView.class).getImage() != null);

        press("#letter-make-pdf");
        Path expected = folder.resolve("Letters").resolve("2026-11-22 Our phone call on 20 Nov 2026.pdf");
        Label status = lookup("#letter-status").queryAs(Label.class);
        waitUntil("saved", () -> status.getText().startsWith("Saved as"));
        try (PDDocument pdf = Loader.loadPDF(expected.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Priya Shah") && text.contains("She said the payments were noted"), text);
            assertTrue(text.contains("Sam Taylor [symbol]"), "the emoji is printed as [symbol]: " + text);
        }
        press("#letter-make-pdf");
        waitUntil("saved again", () -> kept.size() == 2);
        assertEquals(List.of(expected, expected.resolveSibling("2026-11-22 Our phone call on 20 Nov 2026 (2).pdf")), kept);
        assertEquals(List.of(Optional.empty(), Optional.empty()), answered, "not begun as a reply");
    }

    /**
     * "Write about the missed payments" (Overview, Payments, Where things stand) on a case that moved from Direct Pay
     * to Collect and Pay on 15 Oct 2026, with 1 Oct missed under Direct Pay and 1 Nov under Collect and Pay: the CMS
     * collects now and knows what it has not collected, so the request to enforce, to CMS 21 (the collection
     * address), which matches the buttons' words. It says the Direct Pay part apart, as the CMS knows of it only if
     * told.
     */
    @Test
    void theMissedPaymentsLetterOfACaseMovedToCollectAndPayIsTheEnforcementRequestSayingTheDirectPayPartApart()
            throws IOException {
        LocalDate moved = LocalDate.of(2026, 10, 15);
        uk.cml.domain.Money monthly = uk.cml.domain.Money.ofPence(210_50);
        uk.cml.domain.arrears.ArrearsSchedule schedule = new uk.cml.domain.arrears.ArrearsCalculator().calculate(
                List.of(new uk.cml.domain.arrears.PaymentPlan(0, monthly, uk.cml.domain.arrears.PaymentFrequency.MONTHLY,
                        LocalDate.of(2026, 9, 1), "CMS letter")),
                List.of(new uk.cml.domain.arrears.Payment(0, LocalDate.of(2026, 9, 1), monthly,
                        uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "", "")),
                List.of(), LocalDate.of(2026, 11, 22), uk.cml.domain.arrears.FeeRule.NONE);
        uk.cml.domain.caseinfo.ArrangementHistory history = uk.cml.domain.caseinfo.ArrangementHistory
                .since(Arrangement.DIRECT_PAY).movedOn(moved, Arrangement.COLLECT_AND_PAY);
        LetterFacts plain = facts("Sam Taylor");
        open(plain.toBuilder().caseDetails(plain.caseDetails().withArrangements(history))
                .arrears(uk.cml.letters.templates.ArrearsDetails.from(schedule, history.from().keySet())).build(),
                Arrangement.COLLECT_AND_PAY);
        interact(() -> writer.startFromMissedPayments());
        ComboBox<LetterTemplate> template = lookup("#letter-template").queryAs(ComboBox.class);
        assertEquals(LetterTemplates.ENFORCEMENT_REQUEST, template.getValue());
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        waitUntil("ready to make", () -> !makePdf.isDisabled());
        assertEquals("Child Maintenance Service 21", lookup("#letter-recipient").queryAs(ComboBox.class).getValue()
                .toString().split(",")[0]);
        press("#letter-make-pdf");
        waitUntil("kept", () -> kept.size() == 1);
        try (PDDocument pdf = Loader.loadPDF(kept.get(0).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Of this, £210.50 is from payments missed under Direct Pay, before our case "
                    + "moved to Collect and Pay on 15 Oct 2026; the rest fell due since then."), text);
        }
    }

    /**
     * A private arrangement until 15 Oct 2026, then Collect and Pay; 1 Oct missed, 1 Nov passed on by the CMS: all
     * that is owed was missed under the private arrangement, which the CMS cannot collect or enforce. The missed
     * payments buttons open the letter to the other parent once the records are read (shown, then started, as the
     * app does on one turn), and the enforcement request, chosen by hand, says why it cannot be made.
     */
    @Test
    void onlyPrivateArrearsTheMissedPaymentsLetterIsToTheOtherParentAndTheEnforcementRequestSaysWhyNot() {
        LocalDate moved = LocalDate.of(2026, 10, 15);
        uk.cml.domain.Money monthly = uk.cml.domain.Money.ofPence(210_50);
        uk.cml.domain.arrears.ArrearsSchedule schedule = new uk.cml.domain.arrears.ArrearsCalculator().calculate(
                List.of(new uk.cml.domain.arrears.PaymentPlan(0, monthly, uk.cml.domain.arrears.PaymentFrequency.MONTHLY,
                        LocalDate.of(2026, 9, 1), "CMS letter")),
                List.of(new uk.cml.domain.arrears.Payment(0, LocalDate.of(2026, 9, 1), monthly,
                        uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "", ""),
                        new uk.cml.domain.arrears.Payment(0, LocalDate.of(2026, 11, 2), monthly,
                        uk.cml.domain.arrears.PaymentMethod.THROUGH_CMS, "", "")),
                List.of(), LocalDate.of(2026, 11, 22), uk.cml.domain.arrears.FeeRule.NONE);
        uk.cml.domain.caseinfo.ArrangementHistory history = uk.cml.domain.caseinfo.ArrangementHistory
                .since(Arrangement.PRIVATE).movedOn(moved, Arrangement.COLLECT_AND_PAY);
        LetterFacts plain = facts("Sam Taylor");
        open(plain.toBuilder().caseDetails(plain.caseDetails().withArrangements(history))
                .arrears(uk.cml.letters.templates.ArrearsDetails.from(schedule, history.from().keySet())).build(),
                Arrangement.COLLECT_AND_PAY);
        interact(() -> {
            writer.shown();
            writer.startFromMissedPayments();
        });
        ComboBox<LetterTemplate> template = lookup("#letter-template").queryAs(ComboBox.class);
        waitUntil("the letter to the other parent", () -> template.getValue() == LetterTemplates.OTHER_PARENT);
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        waitUntil("ready to make", () -> !makePdf.isDisabled());
        interact(() -> template.setValue(LetterTemplates.ENFORCEMENT_REQUEST));
        Label notFit = waitFor("#letter-does-not-fit");
        waitUntil("the reason is given under the choice of letter", () -> notFit.getText().startsWith("All of the £210.50 "
                + "owed is from payments missed under your private arrangement, before your case moved to Collect "
                + "and Pay on 15 Oct 2026. The CMS cannot collect or enforce arrears of a private arrangement"));
        assertTrue(makePdf.isDisabled(), "no request to enforce arrears the CMS cannot enforce");
    }

    /** What closing the app asks about: words changed in the letter and not made into a PDF since. */
    @Test
    void changedWordsCountAsUnsavedTypingUntilTheyAreMadeIntoAPdf() {
        open(facts("Sam Taylor"));
        interact(() -> writer.startFromCall(new CallChoice(1, "20 Nov 2026, 10:42: I called the CMS (Priya Shah)",
                new CallDetails(LocalDate.of(2026, 11, 20), LocalTime.of(10, 42),
                uk.cml.domain.evidence.CallDirection.I_CALLED, "Priya Shah", "", "", "She said the payments were noted",
                "", null, false))));
        Label missing = waitFor("#letter-missing");
        waitUntil("nothing missing", () -> missing.getText().isEmpty()
                && !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled());
        assertFalse(interactAndGet(writer::hasUnsavedTyping), "the letter as drafted: nothing typed");
        type("#letter-heading", "Our call on 20 Nov 2026, and what was agreed");
        assertTrue(interactAndGet(writer::hasUnsavedTyping), "the heading changed and not made into a PDF");
        press("#letter-make-pdf");
        waitUntil("saved", () -> kept.size() == 1);
        assertFalse(interactAndGet(writer::hasUnsavedTyping), "the changed heading is in the PDF");
        type("#letter-heading", "Our call on 20 Nov 2026");
        assertTrue(interactAndGet(writer::hasUnsavedTyping), "changed again since the PDF");
    }

    /**
     * Found by a reviewer: Tab in a paragraph box typed a tab into the letter. As in the app's other text boxes, Tab
     * now moves on to the next box (Shift+Tab back), and the paragraph's words stay as they were.
     */
    @Test
    void tabInAParagraphMovesToTheNextBoxAndTypesNothing() {
        open(facts("Sam Taylor"));
        interact(() -> writer.startFromCall(new CallChoice(1, "20 Nov 2026, 10:42: I called the CMS (Priya Shah)",
                new CallDetails(LocalDate.of(2026, 11, 20), LocalTime.of(10, 42),
                uk.cml.domain.evidence.CallDirection.I_CALLED, "Priya Shah", "", "", "She said the payments were noted",
                "", null, false))));
        javafx.scene.control.TextArea first = waitFor("#letter-block-0");
        waitFor("#letter-block-1");
        String before = interactAndGet(first::getText);
        clickOn("#letter-block-0");
        waitUntil("the first paragraph has the focus", () -> interactAndGet(first::isFocused));
        type(javafx.scene.input.KeyCode.TAB);
        waitUntil("Tab moved on to the next box", () -> interactAndGet(() -> "letter-block-1".equals(
                stage.getScene().getFocusOwner() == null ? null : stage.getScene().getFocusOwner().getId())));
        assertEquals(before, interactAndGet(first::getText), "no tab typed into the letter");
        assertFalse(interactAndGet(first::getText).contains("\t"));
    }

    /** Money lost typed beside a complaint is typing too: closing the app would lose it, so it asks first. */
    @Test
    void moneyLostTypedCountsAsUnsavedTyping() {
        open(facts("Sam Taylor"));
        interact(() -> writer.start(LetterTemplates.COLLECTION_COMPLAINT));
        javafx.scene.Node losses = waitFor("#letter-losses");
        waitUntil("offered for a complaint", losses::isVisible);
        press("#loss-add");
        assertFalse(interactAndGet(writer::hasUnsavedTyping), "an empty row holds nothing to lose");
        type("#loss-what-0", "Overdraft charges, October 2026");
        assertTrue(interactAndGet(writer::hasUnsavedTyping), "a loss typed and not made into a PDF");
        press("#loss-remove-0");
        assertFalse(interactAndGet(writer::hasUnsavedTyping), "removed again: nothing typed is left");
    }

    @Test
    void theRequestToEnforceWithNothingOwedSaysPlainlyItDoesNotFitInsteadOfAskingForItsGaps() {
        LetterFacts nothingOwed = facts("Sam Taylor").toBuilder().caseDetails(new LetterFacts.CaseDetails(
                "Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"), Optional.of(new CmsReference("121234567890")),
                Arrangement.COLLECT_AND_PAY, List.of("Mia"))).arrears(new uk.cml.letters.templates.ArrearsDetails(
                List.of(), uk.cml.domain.Money.ZERO, LocalDate.of(2026, 11, 22), null, uk.cml.domain.Money.ZERO,
                uk.cml.domain.Money.ZERO, Optional.empty(), null)).build();
        open(nothingOwed);
        interact(() -> writer.start(LetterTemplates.ENFORCEMENT_REQUEST));
        Label notFit = waitFor("#letter-does-not-fit");
        waitUntil("the reason is given under the choice of letter", () -> notFit.getText().startsWith(
                "By your records nothing is owed on 22 Nov 2026, so there are no arrears to ask the CMS to "
                        + "enforce."));
        assertEquals("", lookup("#letter-missing").queryAs(Label.class).getText(), "no gaps asked for");
        assertTrue(lookup("#letter-make-pdf").queryAs(Button.class).isDisabled(), "no PDF of it");
    }

    @Test
    void aLetterThatMakesNoSenseForHowTheCaseIsArrangedCannotBeMadeAndSaysWhyBesideIt() {
        LetterFacts collectAndPay = facts("Sam Taylor").toBuilder().caseDetails(new LetterFacts.CaseDetails(
                "Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"), Optional.of(new CmsReference("121234567890")),
                Arrangement.COLLECT_AND_PAY, List.of("Mia"))).build();
        open(collectAndPay);
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        interact(() -> writer.start(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("a letter that fits can be made", () -> !makePdf.isDisabled());
        ComboBox<LetterTemplate> template = lookup("#letter-template").queryAs(ComboBox.class);
        interact(() -> template.setValue(LetterTemplates.COLLECT_AND_PAY));
        Label missing = waitFor("#letter-missing");
        Label notFit = waitFor("#letter-does-not-fit");
        waitUntil("the reason is given under the choice of letter", () -> notFit.getText().equals("Your case has "
                + "been on Collect and Pay from the start, so there is no move to ask for. To ask the CMS to collect "
                + "the arrears, choose \"Ask the CMS to enforce the arrears\"."));
        assertTrue(notFit.isVisible());
        assertEquals("", missing.getText(), "said once: no gaps asked for in a letter that cannot be made");
        assertTrue(makePdf.isDisabled(), "no PDF of a letter asking to move a case already on Collect and Pay");
        assertTrue(lookup("#letter-print").queryAs(Button.class).isDisabled(), "nor a print");
        assertEquals("", lookup("#letter-warnings").queryAs(Label.class).getText(), "no advice on sending it");
        interact(() -> template.setValue(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("a letter that fits can be made again", () -> !makePdf.isDisabled() && missing.getText().isEmpty());
        assertFalse(notFit.isVisible(), "no reason once a letter that fits is chosen");
        // The list says which letters do not fit before one is chosen.
        interact(template::show);
        waitUntil("the list is open", () -> !lookup(".combo-box-popup .list-cell").queryAll().isEmpty());
        List<String> shown = lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(javafx.scene.control.ListCell::getText).filter(java.util.Objects::nonNull).toList();
        interact(template::hide);
        assertTrue(shown.contains(LetterTemplates.COLLECT_AND_PAY.title() + " (does not fit this case)"), "" + shown);
        assertTrue(shown.contains(LetterTemplates.MISSED_DIRECT_PAY.title() + " (does not fit this case)"),
                "" + shown);
        assertTrue(shown.contains(LetterTemplates.ARREARS_BREAKDOWN.title()), "" + shown);
    }

    /**
     * The reviewer's walk: with no complaint logged, the list marks the review request and the ICE complaint, and the
     * ICE letter, opened anyway, says why and cannot be made, whatever is typed in its gaps.
     */
    @Test
    void withNoComplaintLoggedTheReviewAndIceLettersAreMarkedAndCannotBeMade() {
        open(facts("Sam Taylor"));
        ComboBox<LetterTemplate> template = lookup("#letter-template").queryAs(ComboBox.class);
        interact(() -> writer.start(LetterTemplates.SUBJECT_ACCESS));
        interact(template::show);
        waitUntil("the list is open", () -> !lookup(".combo-box-popup .list-cell").queryAll().isEmpty());
        List<String> shown = lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(javafx.scene.control.ListCell::getText).filter(java.util.Objects::nonNull).toList();
        interact(template::hide);
        assertTrue(shown.contains(LetterTemplates.ICE_COMPLAINT.title() + " (does not fit this case)"), "" + shown);
        assertTrue(shown.contains(LetterTemplates.SENIOR_REVIEW.title() + " (does not fit this case)"), "" + shown);
        interact(() -> template.setValue(LetterTemplates.ICE_COMPLAINT));
        Label notFit = waitFor("#letter-does-not-fit");
        waitUntil("the reason is given under the choice of letter", () -> notFit.getText().startsWith("You have no "
                + "complaint logged: the Independent Case Examiner looks at a complaint only after the CMS's final "
                + "response to it."));
        assertTrue(lookup("#letter-make-pdf").queryAs(Button.class).isDisabled(), "no ICE complaint with none made");
    }

    @Test
    void aLetterBegunAsAReplyIsKeptAsTheReplyToThatLetterUntilAnotherIsBegun() {
        open(facts("Sam Taylor"));
        interact(() -> {
            writer.start(uk.cml.letters.templates.LetterTemplates.ARREARS_BREAKDOWN);
            writer.answers(Optional.of(42L));
        });
        waitUntil("ready to make", () -> !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled());
        press("#letter-make-pdf");
        waitUntil("kept", () -> kept.size() == 1);
        assertEquals(List.of(Optional.of(42L)), answered);
        interact(() -> writer.start(uk.cml.letters.templates.LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("ready to make", () -> !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled());
        press("#letter-make-pdf");
        waitUntil("kept again", () -> kept.size() == 2);
        assertEquals(List.of(Optional.of(42L), Optional.empty()), answered, "a new start answers nothing");
    }

    @Test
    void aCaseChangeClearsTheReasonNothingIsChosenAndTheLetterBeingAnswered() {
        open(facts("Sam Taylor"));
        ComboBox<LetterTemplate> template = lookup("#letter-template").queryAs(ComboBox.class);
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        interact(() -> {
            writer.startWithNothingChosen(1, () -> new NoLetterFits(NoLetterFits.Why.RECONSIDERED));
            writer.answers(Optional.of(43L));
        });
        Label why = waitFor("#letter-template-why-none");
        interact(() -> currentCase.set(caseFile(2)));
        waitUntil("the reason has gone with the case", () -> !why.isVisible() && why.getText().isEmpty());
        assertEquals(LetterTemplates.all().get(0), template.getValue(), "the first letter, as on opening");
        waitUntil("drafted for the new case", () -> !lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class).getText()
                .isEmpty());
        interact(() -> template.setValue(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("ready to make", () -> !makePdf.isDisabled());
        press("#letter-make-pdf");
        waitUntil("kept", () -> kept.size() == 1);
        // Picked from the list on the same case, it would answer letter 43 (see the test below); not on another case.
        assertEquals(List.of(Optional.empty()), answered, "the other case's letter is not answered");
    }

    /**
     * Words changed in a letter and then another case chosen were thrown away unasked: they are kept under their
     * own case (never carried into the other case's letter), count as unsaved typing, and come back with the case.
     */
    @Test
    void wordsChangedForOneCaseWaitForItAndAreNotCarriedIntoAnother() {
        open(facts("Sam Taylor"));
        ComboBox<LetterTemplate> template = lookup("#letter-template").queryAs(ComboBox.class);
        javafx.scene.control.TextInputControl heading = lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class);
        interact(() -> template.setValue(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("drafted", () -> !heading.getText().isEmpty());
        String drafted = heading.getText();
        interact(() -> heading.setText("My own heading for case 1"));
        interact(() -> currentCase.set(caseFile(2)));
        interact(() -> template.setValue(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("drafted for case 2", () -> heading.getText().equals(drafted));
        assertTrue(interactAndGet(writer::hasUnsavedTyping), "case 1's changed words are not in a PDF yet");
        interact(() -> currentCase.set(caseFile(1, Arrangement.DIRECT_PAY)));
        interact(() -> template.setValue(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("case 1's words are back", () -> heading.getText().equals("My own heading for case 1"));
    }

    @Test
    void aReasonWorkedOutForAnotherCaseIsNotShown() {
        open(facts("Sam Taylor"));
        java.util.concurrent.CountDownLatch slow = new java.util.concurrent.CountDownLatch(1);
        interact(() -> writer.startWithNothingChosen(1, () -> {
            try {
                slow.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new NoLetterFits(NoLetterFits.Why.NOTHING_MATCHES);
        }));
        interact(() -> currentCase.set(caseFile(2)));
        slow.countDown();
        waitUntil("drafted for the new case", () -> !lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class).getText()
                .isEmpty());
        Label why = lookup("#letter-template-why-none").queryAs(Label.class);
        assertFalse(why.isVisible(), why.getText());
        assertEquals(LetterTemplates.all().get(0), lookup("#letter-template").queryAs(ComboBox.class).getValue());
    }

    @Test
    void aLetterPickedAfterNoLetterFitsIsStillTheReplyToThatLetter() {
        open(facts("Sam Taylor"));
        interact(() -> {
            writer.startWithNothingChosen(1, () -> new NoLetterFits(NoLetterFits.Why.NOTHING_MATCHES));
            writer.answers(Optional.of(42L));
        });
        Label why = waitFor("#letter-template-why-none");
        waitUntil("says why nothing is chosen", () -> !why.getText().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<LetterTemplate> box = lookup("#letter-template").queryAs(ComboBox.class);
        interact(() -> box.getSelectionModel().select(uk.cml.letters.templates.LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("the sentence goes", () -> why.getText().isEmpty());
        waitUntil("ready to make", () -> !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled());
        press("#letter-make-pdf");
        waitUntil("kept", () -> kept.size() == 1);
        assertEquals(List.of(Optional.of(42L)), answered, "picked by the parent, still the reply");
    }

    @Test
    void aComplaintGoesToTheCollectionAddressAndAFactTypedIntoAParagraphCountsAsGiven() {
        open(facts("Sam Taylor"));
        LetterTemplate complaint = uk.cml.letters.templates.LetterTemplates.COLLECTION_COMPLAINT;
        interact(() -> writer.start(complaint));
        waitUntil("recipient chosen", () -> String.valueOf(lookup("#letter-recipient").queryAs(ComboBox.class)
                .getValue()).startsWith("Child Maintenance Service 21"));
        Label missing = waitFor("#letter-missing");
        waitUntil("asks what happened", () -> missing.getText().contains("what happened"));
        assertFalse(missing.getText().contains("your name"));
        javafx.scene.control.TextArea paragraph = lookup(".text-area")
                .queryAllAs(javafx.scene.control.TextArea.class).stream()
                .filter(area -> area.getText().contains("[what happened]")).findFirst().orElseThrow();
        interact(() -> paragraph.setText(paragraph.getText().replace("[what happened]", "Payments stopped.")));
        waitUntil("no longer asks what happened", () -> !missing.getText().contains("what happened"));
        assertTrue(missing.getText().contains("what the CMS did wrong"), missing.getText());
    }

    @Test
    void aChasingLetterGoesWhereTheChasedLetterWentNotTheGeneralAddress() {
        open(facts("Sam Taylor"));
        // Kept as the sample records keep it: the address book's one-line form.
        LetterFacts.Contact sentTo = new LetterFacts.Contact("Child Maintenance Service 21",
                List.of("Mail Handling Site A, Wolverhampton, WV98 2BU"));
        interact(() -> writer.startFromUnansweredLetter(new EarlierLetter(LocalDate.of(2026, 10, 23),
                "Complaint about how the arrears are collected", LocalDate.of(2026, 10, 23), "1st class post", "",
                sentTo)));
        ComboBox<?> recipient = lookup("#letter-recipient").queryAs(ComboBox.class);
        waitUntil("the collection address chosen", () -> String.valueOf(recipient.getValue())
                .startsWith("Child Maintenance Service 21"));
        assertEquals(2, recipient.getItems().size(),
                "the address book's own entry, not a copy of it (and not the other parent)");

        LetterFacts.Contact elsewhere = new LetterFacts.Contact("Child Maintenance Service",
                List.of("PO Box 999", "Mitcheldean", "GL17 1AJ"));
        interact(() -> writer.startFromUnansweredLetter(new EarlierLetter(LocalDate.of(2026, 10, 23), "Missed payments",
                LocalDate.of(2026, 10, 23), "", "", elsewhere)));
        waitUntil("the address it went to, though not in the address book", () -> String.valueOf(
                recipient.getValue()).contains("PO Box 999"));
    }

    /**
     * The reviewer sent "Ask for a breakdown of the arrears" to Jordan and "Write to the other parent" to the CMS PO
     * Box: "Send to" offers only the recipients that fit the letter chosen.
     */
    @Test
    void sendToOffersOnlyTheRecipientsThatFitTheLetter() {
        open(facts("Sam Taylor"));
        ComboBox<?> recipient = lookup("#letter-recipient").queryAs(ComboBox.class);
        interact(() -> writer.start(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("the general address chosen", () -> String.valueOf(recipient.getValue())
                .startsWith("Child Maintenance Service, PO Box 249"));
        assertEquals(List.of("Child Maintenance Service", "Child Maintenance Service 21"), recipient.getItems()
                .stream().map(c -> c.toString().split(",")[0]).toList(), "the CMS addresses, never Jordan");

        interact(() -> writer.start(LetterTemplates.OTHER_PARENT));
        waitUntil("the other parent chosen", () -> String.valueOf(recipient.getValue())
                .equals("Jordan Reed (the other parent)"));
        assertEquals(1, recipient.getItems().size(), "the other parent only: " + recipient.getItems());

        @SuppressWarnings("unchecked")
        ComboBox<LetterTemplate> box = lookup("#letter-template").queryAs(ComboBox.class);
        interact(() -> box.getSelectionModel().select(LetterTemplates.SUBJECT_ACCESS));
        waitUntil("back to the CMS", () -> String.valueOf(recipient.getValue())
                .startsWith("Child Maintenance Service, PO Box 249"));
        assertEquals(2, recipient.getItems().size(), recipient.getItems().toString());
    }

    @Test
    void theEnforcementRequestGoesToTheCollectionAddressOnAnyArrangement() {
        // Seed 000 gives CMS 21, Wolverhampton, to a parent who thinks the CMS too slow to enforce: Direct Pay too.
        open(facts("Sam Taylor"));
        LetterTemplate enforcement = uk.cml.letters.templates.LetterTemplates.ENFORCEMENT_REQUEST;
        interact(() -> writer.start(enforcement));
        ComboBox<?> recipient = lookup("#letter-recipient").queryAs(ComboBox.class);
        waitUntil("Direct Pay: the collection address", () -> String.valueOf(recipient.getValue())
                .startsWith("Child Maintenance Service 21"));

        interact(() -> writer.start(enforcement, f -> f.toBuilder().caseDetails(new LetterFacts.CaseDetails(
                "Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"), Optional.of(new CmsReference("121234567890")),
                Arrangement.COLLECT_AND_PAY, List.of("Mia"))).build()));
        waitUntil("Collect and Pay: the collection address", () -> String.valueOf(recipient.getValue())
                .startsWith("Child Maintenance Service 21"));
    }

    @Test
    void moneyLostIsTypedBesideAComplaintAndTheParentsWordsSurviveItAndAReturnToThePage() throws IOException {
        open(facts("Sam Taylor"));
        interact(() -> writer.start(LetterTemplates.COLLECTION_COMPLAINT));
        javafx.scene.Node losses = waitFor("#letter-losses");
        waitUntil("offered for a complaint", losses::isVisible);
        javafx.scene.control.TextArea paragraph = lookup(".text-area")
                .queryAllAs(javafx.scene.control.TextArea.class).stream()
                .filter(area -> area.getText().contains("[what happened]")).findFirst().orElseThrow();
        interact(() -> paragraph.setText(paragraph.getText().replace("[what happened]",
                "Payments stopped in June and nothing was done.")));

        press("#loss-add");
        type("#loss-what-0", "Overdraft charges, October 2026");
        type("#loss-how-0", "3 charges of £6.00 on my bank statement");
        type("#loss-amount-0", "18.0.0");
        Label problem = lookup("#loss-amount-problem-0").queryAs(Label.class);
        waitUntil("the amount is explained", () -> !problem.getText().isEmpty());
        assertTrue(lookup("#letter-make-pdf").queryAs(Button.class).isDisabled(), "no PDF with a wrong amount");
        type("#loss-amount-0", "18.00");
        waitUntil("the amount is good", () -> problem.getText().isEmpty());

        interact(() -> writer.shown()); // the parent looked at another page and came back
        waitUntil("the claim is in the letter", () -> interactAndGet(() -> lookup(".text-area")
                .queryAllAs(javafx.scene.control.TextArea.class).stream()
                .anyMatch(area -> area.getText().contains("Pay me £18.00"))));
        String all = interactAndGet(() -> String.join("\n", lookup(".text-area")
                .queryAllAs(javafx.scene.control.TextArea.class).stream().map(a -> a.getText()).toList()));
        assertTrue(all.contains("Payments stopped in June and nothing was done."), "the parent's words: " + all);
        // The rest of what the letter waits for, typed in as a parent would.
        interact(() -> lookup(".text-area").queryAllAs(javafx.scene.control.TextArea.class).forEach(area -> area
                .setText(area.getText().replaceAll("\\[[^\\]]*\\]", "Given"))));
        waitUntil("ready to make", () -> !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled());
        press("#letter-make-pdf");
        waitUntil("kept", () -> kept.size() == 1);
        try (PDDocument pdf = Loader.loadPDF(kept.get(0).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Money I lost") && text.contains("Overdraft charges, October 2026")
                    && text.contains("3 charges of £6.00 on my bank statement") && text.contains("£18.00"), text);
            assertTrue(text.contains("Payments stopped in June and nothing was done."), text);
        }

        interact(() -> writer.start(LetterTemplates.CONFIRM_CALL));
        waitUntil("not offered for a call's letter", () -> !losses.isVisible());
    }

    /**
     * Found by a reviewer using the app: " URGENT" added to a heading went without asking when another letter was
     * chosen, even by an arrow key on the focused list, and "Saved as ..." stayed beside the next letter.
     */
    @Test
    void anotherLetterChosenByAnArrowKeyThenThisOneAgainKeepsTheWordsTypedAndTheSavedMessageGoes() {
        open(facts("Sam Taylor"));
        interact(() -> writer.start(LetterTemplates.ARREARS_BREAKDOWN));
        javafx.scene.control.TextInputControl heading = lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class);
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        Label status = lookup("#letter-status").queryAs(Label.class);
        waitUntil("ready to make", () -> !makePdf.isDisabled());
        String drafted = interactAndGet(heading::getText);
        press("#letter-make-pdf");
        waitUntil("saved", () -> interactAndGet(status::getText).startsWith("Saved as"));

        click(heading);
        type(javafx.scene.input.KeyCode.END);
        write(" URGENT");
        assertEquals(drafted + " URGENT", text("#letter-heading"));
        ComboBox<LetterTemplate> template = lookup("#letter-template").queryAs(ComboBox.class);
        interact(template::requestFocus);
        type(javafx.scene.input.KeyCode.DOWN); // a closed list opens on Down (common/DropDownKeys); then Down moves
        waitUntil("the list opens", template::isShowing);
        type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.ENTER);
        waitUntil("the next letter in the list", () -> interactAndGet(template::getValue)
                != LetterTemplates.ARREARS_BREAKDOWN);
        waitUntil("its own heading", () -> !text("#letter-heading").startsWith(drafted));
        assertFalse(interactAndGet(status::getText).startsWith("Saved as"),
                "the message about the letter left goes: " + interactAndGet(status::getText));

        type(javafx.scene.input.KeyCode.UP);
        waitUntil("the list opens", template::isShowing);
        type(javafx.scene.input.KeyCode.UP, javafx.scene.input.KeyCode.ENTER);
        waitUntil("the letter typed in, chosen again", () -> interactAndGet(template::getValue)
                == LetterTemplates.ARREARS_BREAKDOWN);
        waitUntil("its words are as the parent left them", () -> text("#letter-heading").equals(drafted + " URGENT"));

        // Chosen with the mouse too, and back: still kept.
        interact(() -> template.setValue(LetterTemplates.CONFIRM_CALL));
        waitUntil("another letter's heading", () -> !text("#letter-heading").startsWith(drafted));
        interact(() -> template.setValue(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("kept again", () -> text("#letter-heading").equals(drafted + " URGENT"));
    }
}
