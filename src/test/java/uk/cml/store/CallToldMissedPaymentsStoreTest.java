package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.FieldChange;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.safety.CheckReport;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsSafety;

/**
 * The parent's answer to "Did you tell them about missed payments on this call?" is kept with the call (V026): it
 * reads back as saved, a change of it is a correction with the earlier answer kept, and calls kept before the
 * question was asked come through the upgrade with no answer, none guessed from their words. Real SQLite.
 */
class CallToldMissedPaymentsStoreTest extends WithJordanReedsCase {

    static final LocalDateTime NOW = LocalDateTime.now(DatabaseTest.CLOCK);

    private static Call call(long caseId, String outcome, Optional<MissedPaymentsTold> told) {
        return new Call(0, caseId, NOW.minusDays(2), uk.cml.domain.evidence.CallDirection.I_CALLED, "0800 171 2345",
                "Priya", "Arrears team", "", "We talked about the arrears", "", Optional.empty(), outcome,
                Optional.empty(), false, false, null, told);
    }

    @Test
    @DisplayName("Yes, No and no answer each read back as saved, after the file is closed and opened again")
    void theAnswerSurvivesReopening() {
        long yes;
        long no;
        long none;
        CallStore calls = records.calls();
        yes = calls.add(call(caseId, "", Optional.of(MissedPaymentsTold.YES)));
        no = calls.add(call(caseId, "Missed payments reported", Optional.of(MissedPaymentsTold.NO)));
        none = calls.add(call(caseId, "Missed payments reported", Optional.empty()));
        reopenTheRecords();
        calls = records.calls();
        assertEquals(Optional.of(MissedPaymentsTold.YES), calls.find(yes).orElseThrow().toldMissedPayments());
        assertEquals(Optional.of(MissedPaymentsTold.NO), calls.find(no).orElseThrow().toldMissedPayments());
        assertEquals(Optional.empty(), calls.find(none).orElseThrow().toldMissedPayments());
        assertTrue(calls.find(yes).orElseThrow().reportsMissedPayments());
        assertFalse(calls.find(no).orElseThrow().reportsMissedPayments(), "the parent's No, whatever the words");
        assertFalse(calls.find(none).orElseThrow().reportsMissedPayments(), "no answer is no report");
    }

    @Test
    @DisplayName("changing the answer is a correction: the earlier answer is kept and shown as a change")
    void aChangedAnswerKeepsTheEarlierOne() {
        CallStore calls = records.calls();
        long id = calls.add(call(caseId, "", Optional.empty()));
        Call unanswered = calls.find(id).orElseThrow();
        assertTrue(calls.correctIfChanged(unanswered.withToldMissedPayments(Optional.of(MissedPaymentsTold.YES))),
                "answering it is a change");
        Call yes = calls.find(id).orElseThrow();
        calls.correct(yes.withToldMissedPayments(Optional.of(MissedPaymentsTold.NO)));
        assertFalse(calls.correctIfChanged(calls.find(id).orElseThrow()), "the same answer again changes nothing");

        Call now = calls.find(id).orElseThrow();
        assertEquals(Optional.of(MissedPaymentsTold.NO), now.toldMissedPayments());
        List<Amended<Call>> earlier = calls.history(id);
        assertEquals(List.of(Optional.<MissedPaymentsTold>empty(), Optional.of(MissedPaymentsTold.YES)),
                earlier.stream().map(a -> a.earlier().toldMissedPayments()).toList(), "nothing overwritten");
        assertEquals(unanswered, earlier.get(0).earlier(), "the version before the question reads back exactly");
        List<FieldChange> changes = now.changesSince(earlier.get(1).earlier());
        assertEquals(List.of("Told them about missed payments"), changes.stream().map(FieldChange::field).toList());
        assertEquals("Yes", changes.get(0).before());
        assertEquals("No", changes.get(0).after());
    }

    @Test
    @DisplayName("a V025 file: copied aside, its calls come through with no answer, none read from their words")
    void callsKeptBeforeTheQuestionHaveNoAnswer(@TempDir Path older) throws Exception {
        OlderRecordsFile.makeAt(older, 25, s -> {
            s.execute("INSERT INTO call_log (id, case_id, happened_at, direction, what_was_said, outcome, "
                    + "recorded_at) VALUES (5, 1, '2026-11-02T10:40', 'I_CALLED', 'About the arrears', "
                    + "'Missed payments reported', '2026-11-02T11:00')");
        });
        try (Database database = OlderRecordsFile.openUpgraded(older, 25)) {
            Call kept = new CallStore(database, new History(DatabaseTest.CLOCK), DatabaseTest.CLOCK).find(5)
                    .orElseThrow();
            assertEquals("Missed payments reported", kept.outcome());
            assertEquals(Optional.empty(), kept.toldMissedPayments(), "no answer is made up for an old call");
            assertFalse(kept.reportsMissedPayments());
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), older,
                    DatabaseTest.CLOCK, "test");
            safety.keepAnchor();
            CheckReport report = safety.check(Progress.NONE);
            assertEquals(List.of(), report.problems());
            assertTrue(report.allMatch(), report.summary());
        }
    }
}
