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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import uk.cml.domain.todo.TodoKind;
import uk.cml.letters.KeptLetterWords;
import uk.cml.letters.LetterBlock;

/**
 * A reviewer's find: on a call of 30 Sep 2026 the CMS promised to act by 14 Oct; her complaint, posted 5 Dec, listed
 * that promise as not kept. The Overview and Where it stands still headed with "On your call of 30 Sep 2026 the CMS
 * promised to act by 14 Oct 2026. Chase it." A promise a posted letter has raised is not to chase again: the letter's
 * reply is watched instead. A letter that does not name it leaves it to chase. A real records file in a temp folder.
 */
class PostedLetterRaisesPromiseTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate POSTED = LocalDate.of(2026, 12, 5);
    /** The line as the complaint and the enforcement request print it now: what the parent understood, unquoted. */
    static final String PROMISE_LINE = "30 Sep 2026: when I phoned you, I understood from Priya (Direct Pay team) that "
            + "you would do this by 14 Oct 2026: The CMS would contact Daniel. My records do not show that it was done.";
    /** The same line as letters printed it before: a letter already posted keeps these words. */
    static final String OLD_PROMISE_LINE = "30 Sep 2026: when I phoned you, Priya (Direct Pay team) told me you would "
            + "do this by 14 Oct 2026: \u201cThe CMS would contact Daniel.\u201d My records do not show that it was done.";

    @TempDir
    Path dataFolder;
    AppServices services;
    long caseId;
    long callId;

    @BeforeEach
    void aCallWithAPassedPromise() {
        services = AppServices.open(dataFolder, CLOCK);
        caseId = services.cases.completeSetup(new MyDetails("Sarah Mitchell", new PostalAddress(List.of(
                "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Daniel Hughes",
                Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.empty(), List.of(),
                new BigDecimal("4")));
        callId = services.calls.save(new Call(0, caseId, LocalDateTime.of(2026, 9, 30, 10, 0), CallDirection.I_CALLED,
                "", "Priya", "Direct Pay", "", "Told them of the missed payments", "The CMS would contact Daniel",
                Optional.of(LocalDate.of(2026, 10, 14)), "", Optional.empty(), false, false,
                LocalDateTime.of(2026, 9, 30, 10, 30)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void postLetterSaying(String line) {
        Map<String, String> fields = new HashMap<>();
        KeptLetterWords.putWords(fields, KeptLetterWords.TYPED, new KeptLetterWords.Words("Complaint to CMS", List.of(
                new LetterBlock.Paragraph("I am writing to make a formal complaint."),
                new LetterBlock.BulletList(List.of("25 Sep 2026: £48.20 was due. Nothing received.", line)))));
        services.sentLetters.save(new SentLetter(0, caseId, POSTED, Optional.of(POSTED), new Recipient(
                Optional.empty(), "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                "Complaint to CMS", LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "Complaint to CMS",
                KeptLetterWords.text(fields)));
    }

    private boolean overviewSaysChaseIt() {
        return MainScreens.overviewModel(services).read(caseId, LocalDate.now(CLOCK)).todos().stream()
                .anyMatch(t -> t.kind() == TodoKind.CALL_PROMISE_LATE && t.sourceId() == callId);
    }

    private boolean standingWatchesIt() {
        var report = services.standing.report(caseId, LocalDate.now(CLOCK));
        return !report.callPromisesLate(LocalDate.now(CLOCK)).isEmpty()
                || report.allDeadlines().stream().anyMatch(d -> d.from() instanceof
                        uk.cml.domain.standing.Deadline.From.OfCall);
    }

    @Test
    void aPromiseThePostedComplaintListsIsNotToChaseAgain() {
        assertTrue(overviewSaysChaseIt(), "before the letter: chase it");
        assertTrue(standingWatchesIt());

        postLetterSaying(PROMISE_LINE);

        assertEquals(java.util.Set.of(callId), services.standing.promisesRaised(caseId));
        assertFalse(overviewSaysChaseIt(), "the Overview no longer says to chase what the complaint raised");
        assertFalse(standingWatchesIt(), "nor does Where it stands");
        assertTrue(services.standing.report(caseId, LocalDate.now(CLOCK)).allDeadlines().stream()
                .anyMatch(d -> d.what().contains("complaint")), "the complaint's own dates are watched instead");
    }

    @Test
    void aPromiseALetterPostedInTheOldWordsListsIsNotToChaseAgain() {
        assertTrue(overviewSaysChaseIt(), "before the letter: chase it");

        postLetterSaying(OLD_PROMISE_LINE);

        assertEquals(java.util.Set.of(callId), services.standing.promisesRaised(caseId));
        assertFalse(overviewSaysChaseIt(), "a letter posted before the words changed still raised it");
        assertFalse(standingWatchesIt());
    }

    @Test
    void aLetterThatDoesNotNameThePromiseLeavesItToChase() {
        postLetterSaying("23 Nov 2026: I phoned you and told you of the missed payments.");
        assertEquals(java.util.Set.of(), services.standing.promisesRaised(caseId));
        assertTrue(overviewSaysChaseIt());
        assertTrue(standingWatchesIt());
    }
}
