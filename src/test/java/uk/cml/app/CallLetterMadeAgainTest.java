package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.privacy.MovableClock;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;
import uk.cml.ui.letters.write.LetterWriterView;
import uk.cml.ui.letters.write.SaveTarget;
import uk.cml.ui.shell.Destination;

/**
 * Found by a reviewer: a letter confirming a call (no promise on it) was marked "Records changed: make it again" when
 * an unrelated CMS letter was logged, though made again it said word for word the same; and made again it was kept
 * beside the first, two letters to post for one call. A CMS letter counts for a call letter only while a call holds a
 * promise not kept (the letter then chases it, with the complaint step); and "Make it again" begun from the letter
 * offers to take its place. Real stores, wired as the app wires them, on SQLite in a temp folder.
 */
@ExtendWith(ApplicationExtension.class)
class CallLetterMadeAgainTest extends AppRobot {

    @TempDir
    Path folder;
    final MovableClock clock = new MovableClock(CLOCK.instant(), CLOCK.getZone());
    final Background background = new Background();
    AppServices services;
    CaseFile caseFile;
    LetterWriterView writer;
    Stage stage;

    @Start
    void start(Stage primary) {
        // The writer gets a window of its own.
    }

    @BeforeEach
    void aCase() {
        services = AppServices.open(folder.resolve("data"), clock);
        services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane").cmsReference("121234567890").build());
        caseFile = services.cases.cases().get(0);
    }

    @AfterEach
    void close() {
        if (stage != null) {
            interact(() -> stage.close());
        }
        background.close();
        services.close();
    }

    private void later() {
        clock.advance(Duration.ofMinutes(5));
    }

    private long call(String promised) {
        return services.calls.add(new Call(0, caseFile.id(), LocalDateTime.of(2026, 11, 19, 19, 45),
                CallDirection.CMS_CALLED, "", "", "", "", "They asked about the payments", promised,
                promised.isEmpty() ? Optional.empty() : Optional.of(LocalDate.of(2026, 11, 30)), "",
                Optional.empty(), false, false, null));
    }

    private long callLetter() {
        return services.sentLetters.save(new SentLetter(0, caseFile.id(), LocalDate.of(2026, 11, 22), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                LetterTemplates.CONFIRM_CALL.fileTitle(), LetterKind.FOLLOW_UP_TO_CALL, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    private void aCmsLetterLogged() {
        services.receivedLetters.save(new ReceivedLetter(0, caseFile.id(), Optional.empty(),
                LocalDate.of(2026, 11, 5), "Child Maintenance Service", "Calculation decision", Optional.empty(),
                Optional.empty()), Optional.empty());
    }

    @Test
    void aCmsLetterLoggedLeavesACallLetterWithNoPromiseAsItWas() {
        call("");
        later();
        callLetter();
        later();
        aCmsLetterLogged();
        assertEquals(java.util.Map.of(), services.sentLetters.changedSinceMade(caseFile.id()),
                "its words come from the call only");
    }

    @Test
    void whileACallHoldsAPromiseNotKeptACmsLetterCounts() {
        call("Send me a statement of the arrears");
        later();
        long letter = callLetter();
        later();
        aCmsLetterLogged();
        assertEquals(java.util.Set.of(RecordArea.LETTERS_RECEIVED),
                services.sentLetters.changedSinceMade(caseFile.id()).get(letter).areas(),
                "the letter chases the promise, and the complaint step comes from the CMS's letters");
    }

    /**
     * The letter disputes a CMS figure recorded for the call's day that the records do not bear out: a figure recorded
     * after the letter was made (the parent notes the call, makes the letter, then records the figure on Payments)
     * marks it made before the change, so it is made again with the dispute.
     */
    @Test
    void aCmsFigureRecordedAfterTheLetterCounts() {
        call("");
        later();
        long letter = callLetter();
        later();
        services.payments.saveAdjustment(caseFile.id(), new uk.cml.domain.arrears.Adjustment(0,
                LocalDate.of(2026, 11, 19), uk.cml.domain.arrears.AdjustmentKind.CMS_CONFIRMED_FIGURE,
                uk.cml.domain.Money.ofPence(9500), "Phone call 19 Nov 2026", uk.cml.domain.arrears.FeeBasis.BEFORE_FEE));
        assertEquals(java.util.Set.of(RecordArea.CMS_FIGURES),
                services.sentLetters.changedSinceMade(caseFile.id()).get(letter).areas(),
                "the letter says whether it agrees with the CMS's figure for the call's day");
    }

    /** A call of {@code day} at 10:15, with a promise by 30 Nov when {@code promised} is not empty. */
    private long callOn(int day, String promised) {
        return services.calls.add(new Call(0, caseFile.id(), LocalDateTime.of(2026, 11, day, 10, 15),
                CallDirection.I_CALLED, "", "", "", "", "I asked about the payments", promised,
                promised.isEmpty() ? Optional.empty() : Optional.of(LocalDate.of(2026, 11, 30)), "",
                Optional.empty(), false, false, null));
    }

    /** The letter confirming {@code callId} as the app makes it from the call chosen in the writer, then logged. */
    private long madeFor(long callId) {
        Call call = services.calls.find(callId).orElseThrow();
        var facts = LetterWiring.facts(services, caseFile).toBuilder().call(LetterWiring.callDetails(call)).build();
        long copy;
        try {
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                doc.getDocumentInformation().setTitle("Call " + callId);
                doc.save(pdf);
            }
            copy = services.documents.add(caseFile.id(), new java.io.ByteArrayInputStream(pdf.toByteArray()),
                    "letter.pdf", "").document().id();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return services.sentLetters.save(LetterWiring.written(caseFile.id(), LetterTemplates.CONFIRM_CALL, facts,
                copy, "", Optional.empty()));
    }

    /**
     * Reviewer's find: a CMS letter counted against every call letter while any call of the case held a promise not
     * kept, as the log could not tell which call a letter confirms. The letter the app makes now names its call: one
     * about a call with no promise has no complaint step, so a CMS letter leaves it as it was; the one about the call
     * with the promise chases it, and counts.
     */
    @Test
    void aCmsLetterCountsOnlyForTheLetterAboutTheCallWithThePromise() {
        long promise = callOn(3, "Send me a statement of the arrears");
        long noPromise = callOn(19, "");
        later();
        long aboutNoPromise = madeFor(noPromise);
        long aboutPromise = madeFor(promise);
        later();
        aCmsLetterLogged();
        var changed = services.sentLetters.changedSinceMade(caseFile.id());
        assertEquals(java.util.Set.of(aboutPromise), changed.keySet(), "only the letter that chases the promise");
        assertEquals(java.util.Set.of(RecordArea.LETTERS_RECEIVED), changed.get(aboutPromise).areas());
    }

    /** A change to another call leaves a letter about one call as it was; a change to its own call counts. */
    @Test
    void aChangeToAnotherCallLeavesItAsItWas() {
        long first = callOn(3, "");
        long second = callOn(19, "");
        later();
        long letter = madeFor(second);
        later();
        Call older = services.calls.find(first).orElseThrow();
        services.calls.correct(new Call(older.id(), older.caseId(), older.happenedAt(), older.direction(),
                older.number(), "Priya", older.team(), older.staffId(), older.whatWasSaid(), older.promised(),
                older.promisedBy(), older.outcome(), older.followUpOn(), older.followUpDone(), older.promiseKept(),
                null));
        later();
        callOn(20, "Call me back");
        assertEquals(java.util.Map.of(), services.sentLetters.changedSinceMade(caseFile.id()),
                "neither the call of 3 Nov nor the one logged after it is the letter's call");
        later();
        Call its = services.calls.find(second).orElseThrow();
        services.calls.correct(new Call(its.id(), its.caseId(), its.happenedAt(), its.direction(), its.number(),
                "Sam", its.team(), its.staffId(), its.whatWasSaid(), its.promised(), its.promisedBy(), its.outcome(),
                its.followUpOn(), its.followUpDone(), its.promiseKept(), null));
        assertEquals(java.util.Set.of(RecordArea.CALLS),
                services.sentLetters.changedSinceMade(caseFile.id()).get(letter).areas(), "its own call changed");
    }

    /**
     * A letter logged before the log named its call (or logged by hand) is about one of the calls logged before it:
     * a call logged after it cannot be the one, so neither that call nor its promise counts. Which of the earlier
     * ones it is the log cannot tell: while one of them holds a promise not kept, a CMS letter counts
     * ({@link #whileACallHoldsAPromiseNotKeptACmsLetterCounts}), so the app never calls the letter up to date when
     * it may not be.
     */
    @Test
    void aCallLoggedAfterALetterNamingNoCallIsNotItsCall() {
        call("");
        later();
        callLetter();
        later();
        callOn(20, "Send me a statement of the arrears");
        later();
        aCmsLetterLogged();
        assertEquals(java.util.Map.of(), services.sentLetters.changedSinceMade(caseFile.id()));
    }

    /**
     * "Make it again" from a letter about an older call: the writer chooses that call (its log entry names it), not
     * the newest, and the new letter takes the old one's place.
     */
    @Test
    void makeItAgainFromALetterNamingAnOlderCallChoosesThatCall() {
        long older = callOn(3, "");
        callOn(19, "");
        later();
        long earlier = madeFor(older);
        later();
        openWriter(earlier);
        Label notice = lookup("#letter-in-place-of").queryAs(Label.class);
        waitUntil("the writer offers to replace the letter", () -> interactAndGet(notice::getText)
                .startsWith("You made this letter on 22 Nov 2026 and have not posted it yet. If you make it again, "
                        + "the new one replaces it"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<uk.cml.ui.letters.write.CallChoice> calls = lookup("#letter-call")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(older, interactAndGet(() -> calls.getValue().id()), "the call of 3 Nov, not the newest");
    }

    private void openWriter(long remaking) {
        SaveTarget suggested = (owner, path) -> Optional.of(path);
        interact(() -> {
            writer = new LetterWriterView(background, new SimpleObjectProperty<>(caseFile),
                    c -> LetterWiring.facts(services, c),
                    c -> services.calls.calls(c.id()).stream().map(LetterWiring::callChoice).toList(),
                    services.addressBook::entries, new uk.cml.letters.LetterPdfRenderer(clock),
                    LetterWiring.keeper(services), folder.resolve("Letters"), suggested,
                    uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) writer.view(), 1100, 760));
            stage.show();
            writer.shown();
            LetterStarts.open(writer, new Destination.LetterFromTemplate(LetterTemplates.CONFIRM_CALL.key(),
                    Optional.of(remaking)), LocalDate.of(2026, 11, 22), id -> null);
        });
    }

    @Test
    void makeItAgainFromACallLetterOffersToTakeItsPlace() {
        call("");
        later();
        long earlier = callLetter();
        later();
        SaveTarget suggested = (owner, path) -> Optional.of(path);
        interact(() -> {
            writer = new LetterWriterView(background, new SimpleObjectProperty<>(caseFile),
                    c -> LetterWiring.facts(services, c),
                    c -> services.calls.calls(c.id()).stream().map(LetterWiring::callChoice).toList(),
                    services.addressBook::entries, new uk.cml.letters.LetterPdfRenderer(clock),
                    LetterWiring.keeper(services), folder.resolve("Letters"), suggested,
                    uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) writer.view(), 1100, 760));
            stage.show();
            writer.shown();
            LetterStarts.open(writer, new Destination.LetterFromTemplate(LetterTemplates.CONFIRM_CALL.key(),
                    Optional.of(earlier)), LocalDate.of(2026, 11, 22), id -> null);
        });
        Label notice = lookup("#letter-in-place-of").queryAs(Label.class);
        waitUntil("the writer offers to replace the letter", () -> interactAndGet(notice::getText)
                .startsWith("You made this letter on 22 Nov 2026 and have not posted it yet. If you make it again, "
                        + "the new one replaces it"));
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        waitUntil("ready to make", () -> !interactAndGet(makePdf::isDisabled));
        press("#letter-make-pdf");
        waitUntil("one letter to post, the earlier one in the Bin", () -> services.sentLetters
                .letters(caseFile.id()).size() == 1);
        assertTrue(services.sentLetters.letters(caseFile.id()).get(0).id() != earlier);

        // The new letter, made here, names its call in the log: begun another way (the writer's own choice) for the
        // same call, it is offered too. The one logged by hand above named none, and was offered only when "Make it
        // again" began from it.
        interact(() -> LetterStarts.open(writer, new Destination.LetterFromTemplate(
                LetterTemplates.CONFIRM_CALL.key()), LocalDate.of(2026, 11, 22), id -> null));
        waitUntil("offered: the same call", () -> interactAndGet(notice::getText).startsWith("You made this letter on "
                + "22 Nov 2026 and have not posted it yet. If you make it again, the new one replaces it"));
    }
}
