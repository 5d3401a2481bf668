package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.DecisionAnswers;
import uk.cml.domain.standing.StandingReport;
import uk.cml.safety.CheckReport;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsAnchor;
import uk.cml.safety.RecordsSafety;

/**
 * The decision a sent letter answers, kept in {@code letter_sent.answers_decision} (V016): saved and read back,
 * corrected with the earlier version kept, and a file from before it (V014, and V014 plus a V015) upgraded with its
 * letters unlinked. A calculation of Thursday 1 October 2026 and a refusal of Thursday 15 October; a request of
 * Tuesday 20 October. Real SQLite files in a temp folder.
 */
class LetterAnswersDecisionTest extends WithJordanReedsCase {

    static final LocalDate CALCULATION_DATED = LocalDate.of(2026, 10, 1);
    static final LocalDate REFUSAL_DATED = LocalDate.of(2026, 10, 15);
    static final LocalDate REQUEST_WRITTEN = LocalDate.of(2026, 10, 20);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private record Stores(SentLetterStore sent, StandingStore standing) {
        static Stores of(Database database) {
            History history = new History(DatabaseTest.CLOCK);
            SentLetterStore sent = new SentLetterStore(database, history, DatabaseTest.CLOCK);
            return new Stores(sent, new StandingStore(database, DatabaseTest.CLOCK, SeededFacts.calendar(),
                    sent, new ReceivedLetterStore(database, history, DatabaseTest.CLOCK),
                    new CallStore(database, history, DatabaseTest.CLOCK)));
        }
    }

    static SentLetter request(long caseId, Optional<Long> answers) {
        return new SentLetter(0, caseId, REQUEST_WRITTEN, Optional.of(REQUEST_WRITTEN),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Mandatory reconsideration request", LetterKind.RECONSIDERATION_REQUEST, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), answers);
    }

    static boolean ticked(StandingReport report, long decisionId) {
        return decisionOf(report, decisionId).deadlines().get(0).done();
    }

    static StandingReport.DecisionDeadlines decisionOf(StandingReport report, long decisionId) {
        return report.decisions().stream().filter(d -> d.decision().id() == decisionId).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("A letter linked to the refusal comes back linked, ticks the refusal only, and a new link keeps the old")
    void theLinkRoundTripsAndACorrectionKeepsHistory() {
        Stores s = new Stores(records.sentLetters(), records.standing());
        long calculation = s.standing().addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                CALCULATION_DATED, "", Optional.empty()));
        long refusal = s.standing().addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL, REFUSAL_DATED, "",
                Optional.empty()));

        SentLetter linked = request(caseId, Optional.of(refusal));
        long id = s.sent().save(linked);
        assertEquals(linked.withId(id), s.sent().find(id).orElseThrow());
        StandingReport report = s.standing().report(caseId, TODAY);
        assertTrue(ticked(report, refusal));
        assertFalse(ticked(report, calculation), "one letter, one decision");

        s.sent().save(linked.withId(id).answering(Optional.of(calculation)));
        assertEquals(Optional.of(calculation), s.sent().find(id).orElseThrow().answersDecision());
        assertEquals(List.of(Optional.of(refusal)), s.sent().history(id).stream()
                .map(v -> v.earlier().answersDecision()).toList(), "the earlier link is kept");
        report = s.standing().report(caseId, TODAY);
        assertTrue(ticked(report, calculation));
        assertFalse(ticked(report, refusal));

        s.sent().save(s.sent().find(id).orElseThrow().answering(Optional.empty()));
        report = s.standing().report(caseId, TODAY);
        assertFalse(ticked(report, calculation));
        assertFalse(ticked(report, refusal));
        assertEquals(List.of(new DecisionAnswers.Unclear(id, REQUEST_WRITTEN)),
                decisionOf(report, refusal).unclear());
    }

    @Test
    @DisplayName("A V014 file with its journal: backed up, upgraded, its letter unlinked and ticking neither decision")
    void aV014FileUpgradesWithItsLettersUnlinked(@TempDir Path older) throws Exception {
        long[] ids = olderFile(older, Migrations.all().stream().filter(m -> m.version() <= 14).toList(), 14);
        Optional<RecordsAnchor> anchor = RecordsAnchor.read(older);
        try (Database database = Database.open(older, DatabaseTest.CLOCK,
                c -> JournalTriggers.install(c, anchor))) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), older,
                    DatabaseTest.CLOCK, "test");
            safety.keepAnchor();
            assertClean(safety.check(Progress.NONE));
            upgradedLetterIsUnlinkedThenLinked(Stores.of(database), ids);
            assertClean(safety.check(Progress.NONE));
        }
        try (Stream<Path> backups = Files.list(older.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("before-upgrade-v14-to-v")),
                    "the file as it was is copied aside before the upgrade");
        }
    }

    @Test
    @DisplayName("A file at V015 (a payment can name its due) takes V016 after it")
    void aV015FileTakesV016After(@TempDir Path older) {
        long[] ids = olderFile(older, Migrations.all().stream().filter(m -> m.version() <= 15).toList(), 15);
        try (Database database = Database.open(older, DatabaseTest.CLOCK, c -> null)) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
            upgradedLetterIsUnlinkedThenLinked(Stores.of(database), ids);
        }
    }

    /** Case, calculation, refusal and one request letter, written as that version's app wrote them. */
    private static long[] olderFile(Path folder, List<Migrations.Migration> migrations, int version) {
        try (Database old = Database.open(folder, DatabaseTest.CLOCK, JournalTriggers::install, migrations)) {
            assertEquals(version, old.schemaVersion());
            long caseId = new CaseStore(old, new History(DatabaseTest.CLOCK), DatabaseTest.CLOCK)
                    .completeSetup(CaseStoreTest.me(), CaseStoreTest.aCase());
            StandingStore standing = Stores.of(old).standing();
            long calculation = standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                    CALCULATION_DATED, "", Optional.empty()));
            long refusal = standing.addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL, REFUSAL_DATED, "",
                    Optional.empty()));
            long letter = old.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO letter_sent (case_id, written_on, "
                        + "posted_on, to_name, to_address, subject, kind, method, recorded_at) VALUES "
                        + "(?, ?, ?, 'Child Maintenance Service', 'PO Box 249', 'Mandatory reconsideration request', "
                        + "'RECONSIDERATION_REQUEST', 'FIRST_CLASS', '2026-10-20T12:00')",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    s.setLong(1, caseId);
                    s.setString(2, REQUEST_WRITTEN.toString());
                    s.setString(3, REQUEST_WRITTEN.toString());
                    return RowColumns.insertedId(s);
                }
            });
            new RecordsSafety(old, new SettingsStore(old), folder, DatabaseTest.CLOCK, "old").keepAnchor();
            return new long[] {caseId, calculation, refusal, letter};
        }
    }

    /** The old letter reads with no link and ticks neither decision; linked to the calculation, it ticks that one. */
    private static void upgradedLetterIsUnlinkedThenLinked(Stores s, long[] ids) {
        long caseId = ids[0];
        long calculation = ids[1];
        long refusal = ids[2];
        long letter = ids[3];
        SentLetter read = s.sent().find(letter).orElseThrow();
        assertEquals(Optional.empty(), read.answersDecision());
        StandingReport report = s.standing().report(caseId, TODAY);
        assertFalse(ticked(report, calculation));
        assertFalse(ticked(report, refusal));
        assertEquals(List.of(new DecisionAnswers.Unclear(letter, REQUEST_WRITTEN)),
                decisionOf(report, calculation).unclear());

        s.sent().save(read.answering(Optional.of(calculation)));
        report = s.standing().report(caseId, TODAY);
        assertTrue(ticked(report, calculation));
        assertFalse(ticked(report, refusal));
        assertEquals(List.of(), decisionOf(report, refusal).unclear(), "a linked letter is never unclear");
        assertEquals(1, s.sent().history(letter).size());
        assertEquals(Optional.empty(), s.sent().history(letter).get(0).earlier().answersDecision());
    }

    private static void assertClean(CheckReport report) {
        assertEquals(List.of(), report.problems());
        assertTrue(report.allMatch(), report.summary());
    }
}
