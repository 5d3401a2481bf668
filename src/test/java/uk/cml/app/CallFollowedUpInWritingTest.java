package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.todo.TodoKind;

/**
 * A reviewer's find on the sample case: the parent's call of 12 Nov 2026 had a follow-up day she set (27 Nov), she
 * posted the letter confirming that call (it names the call as the one it confirms) and ticked that the CMS did what
 * it promised; the Overview still said "Follow up your call of 12 Nov 2026" and Where it stands listed it among the
 * dates to watch. The letter confirming the call was the follow-up, and a promise kept leaves nothing to check: both
 * pages leave the reminder out, by one rule ({@code CallFollowUps.due}). A letter made but not posted, or one that
 * confirms another call, leaves it. A real records file in a temp folder.
 */
class CallFollowedUpInWritingTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final LocalDate CALLED = LocalDate.of(2026, 11, 12);
    static final LocalDate FOLLOW_UP = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dataFolder;
    AppServices services;
    long caseId;
    long callId;

    @BeforeEach
    void aCallWithAFollowUpDay() {
        services = AppServices.open(dataFolder, CLOCK);
        caseId = services.cases.completeSetup(new MyDetails("Sarah Mitchell", new PostalAddress(List.of(
                "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Daniel Hughes",
                Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.empty(), List.of(),
                new BigDecimal("4")));
        callId = services.calls.save(call(0, false));
    }

    private Call call(long id, boolean promiseKept) {
        return new Call(id, caseId, CALLED.atTime(10, 40), CallDirection.I_CALLED, "", "Priya", "Arrears team", "",
                "Told them of the missed payments", "A letter to me about the arrears",
                Optional.of(LocalDate.of(2026, 11, 26)), "", Optional.of(FOLLOW_UP), false, promiseKept,
                LocalDateTime.of(2026, 11, 12, 11, 0));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long letterConfirming(long call, Optional<LocalDate> posted) {
        LocalDate written = LocalDate.of(2026, 11, 13);
        return services.sentLetters.save(new SentLetter(0, caseId, written, posted, new Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), "Confirming my call of 12 Nov 2026",
                LetterKind.FOLLOW_UP_TO_CALL, Optional.empty(), posted.map(p -> PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()).confirming(Optional.of(call)));
    }

    private boolean overviewSays(TodoKind kind) {
        return MainScreens.overviewModel(services).read(caseId, TODAY).todos().stream()
                .anyMatch(t -> t.kind() == kind && t.sourceId() == callId);
    }

    private boolean standingWatchesTheFollowUp() {
        return services.standing.report(caseId, TODAY).allDeadlines().stream()
                .anyMatch(d -> d.from() instanceof Deadline.From.OfCall && d.what().startsWith("Follow up"));
    }

    @Test
    void beforeAnyLetterBothPagesSayFollowItUp() {
        assertTrue(overviewSays(TodoKind.FOLLOW_UP_CALL));
        assertTrue(standingWatchesTheFollowUp());
    }

    @Test
    void theLetterConfirmingTheCallOncePostedIsTheFollowUp() {
        long letter = letterConfirming(callId, Optional.empty());
        assertTrue(overviewSays(TodoKind.FOLLOW_UP_CALL), "made, not posted: the call is not followed up yet");
        assertTrue(standingWatchesTheFollowUp());

        SentLetter made = services.sentLetters.find(letter).orElseThrow();
        LocalDate posted = LocalDate.of(2026, 11, 14);
        services.sentLetters.correct(new SentLetter(made.id(), caseId, made.written(), Optional.of(posted),
                made.to(), made.subject(), made.kind(), made.copyDocumentId(), Optional.of(PostingMethod.FIRST_CLASS),
                made.proof(), "", made.replyBy(), made.inReplyTo()).confirming(made.confirmsCall()));

        assertFalse(overviewSays(TodoKind.FOLLOW_UP_CALL), "posted: the Overview no longer says follow it up");
        assertFalse(standingWatchesTheFollowUp(), "nor does Where it stands");
        assertTrue(overviewSays(TodoKind.CALL_PROMISE_LATE),
                "the promise the letter did not raise is still the parent's to chase: only the reminder is done");
    }

    @Test
    void aPostedLetterConfirmingAnotherCallLeavesTheFollowUp() {
        long other = services.calls.save(new Call(0, caseId, LocalDateTime.of(2026, 11, 10, 9, 0),
                CallDirection.I_CALLED, "", "Tom", "", "", "", "", Optional.empty(), "", Optional.empty(), false,
                false, LocalDateTime.of(2026, 11, 10, 9, 30)));
        letterConfirming(other, Optional.of(LocalDate.of(2026, 11, 14)));
        assertTrue(overviewSays(TodoKind.FOLLOW_UP_CALL));
        assertTrue(standingWatchesTheFollowUp());
    }

    @Test
    void aPromiseMarkedKeptLeavesNothingToFollowUp() {
        services.calls.correct(call(callId, true));
        assertFalse(overviewSays(TodoKind.FOLLOW_UP_CALL));
        assertFalse(overviewSays(TodoKind.CALL_PROMISE_LATE));
        assertFalse(standingWatchesTheFollowUp());
        assertEquals(List.of(), services.standing.report(caseId, TODAY).allDeadlines().stream()
                .filter(d -> d.from() instanceof Deadline.From.OfCall).toList());
    }
}
