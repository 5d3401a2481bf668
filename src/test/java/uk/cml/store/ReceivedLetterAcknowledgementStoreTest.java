package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.AcknowledgementAnswer;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.evidence.Amended;
import uk.cml.safety.CheckReport;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsAnchor;
import uk.cml.safety.RecordsSafety;

/**
 * The parent's answer to "Does this letter only say the CMS has received your complaint?" is kept with the letter
 * (V031): it reads back as saved, a change of it is a correction with the earlier answer kept, and letters kept
 * before the question was asked come through the upgrade answered Yes exactly where the old summary rule read them
 * as an acknowledgement (what the parent was shown), unanswered otherwise. Real SQLite.
 */
class ReceivedLetterAcknowledgementStoreTest extends WithJordanReedsCase {

    private static ReceivedLetter letter(long caseId, String summary, Optional<AcknowledgementAnswer> answer) {
        return new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 4),
                "Child Maintenance Service", summary, Optional.empty(), Optional.empty(), Optional.empty(), answer);
    }

    @Test
    @DisplayName("Yes, No and no answer each read back as saved, after the file is closed and opened again")
    void theAnswerSurvivesReopening() {
        long yes;
        long no;
        long none;
        ReceivedLetterStore letters = records.receivedLetters();
        yes = letters.save(letter(caseId, "Reply to my complaint", Optional.of(AcknowledgementAnswer.YES)),
                Optional.empty());
        no = letters.save(letter(caseId, "Acknowledgement of my complaint",
                Optional.of(AcknowledgementAnswer.NO)), Optional.empty());
        none = letters.save(letter(caseId, "ack letter", Optional.empty()), Optional.empty());
        reopenTheRecords();
        letters = records.receivedLetters();
        assertEquals(Optional.of(AcknowledgementAnswer.YES), letters.find(yes).orElseThrow().acknowledgement());
        assertEquals(Optional.of(AcknowledgementAnswer.NO), letters.find(no).orElseThrow().acknowledgement());
        assertEquals(Optional.empty(), letters.find(none).orElseThrow().acknowledgement());
        assertTrue(letters.find(yes).orElseThrow().isSaidAcknowledgementOnly(), "the parent's Yes, whatever the words");
        assertFalse(letters.find(no).orElseThrow().isSaidAcknowledgementOnly(), "the parent's No, whatever the words");
        assertFalse(letters.find(none).orElseThrow().isSaidAcknowledgementOnly(), "no answer: not one");
    }

    @Test
    @DisplayName("changing the answer is a correction: the earlier answer is kept")
    void aChangedAnswerKeepsTheEarlierOne() {
        ReceivedLetterStore letters = records.receivedLetters();
        long id = letters.save(letter(caseId, "Letter about my complaint", Optional.empty()), Optional.empty());
        assertTrue(letters.correctIfChanged(letters.find(id).orElseThrow().saidAcknowledgement(),
                Optional.empty(), Optional.empty()), "answering it is a change");
        letters.save(letters.find(id).orElseThrow().withAcknowledgement(Optional.of(AcknowledgementAnswer.NO)),
                Optional.empty());
        assertFalse(letters.correctIfChanged(letters.find(id).orElseThrow(), Optional.empty(), Optional.empty()),
                "the same answer again changes nothing");
        assertEquals(Optional.of(AcknowledgementAnswer.NO), letters.find(id).orElseThrow().acknowledgement());
        List<Amended<ReceivedLetter>> earlier = letters.history(id);
        assertEquals(List.of(Optional.<AcknowledgementAnswer>empty(), Optional.of(AcknowledgementAnswer.YES)),
                earlier.stream().map(a -> a.earlier().acknowledgement()).toList(), "nothing overwritten");
    }

    @Test
    @DisplayName("a V030 file: copied aside; Yes where the old summary rule read an acknowledgement, none for others")
    void lettersKeptBeforeTheQuestionKeepWhatTheParentWasShown(@TempDir Path older) throws Exception {
        List<Migrations.Migration> before = Migrations.all().stream().filter(m -> m.version() <= 30).toList();
        assertTrue(Migrations.latestVersion() >= 31, "this version adds V031");
        // Each summary, with its final-response answer, and what the old rule read it as.
        Map<Long, String> summaries = Map.of(5L, "Acknowledgement of my complaint",
                6L, "They did not acknowledge my complaint",
                7L, "Reply to my complaint: not upheld",
                8L, "Acknowledgement of my complaint. Final response",
                9L, "Complaint ack",
                10L, "They acknowledged my complaint and apologised",
                11L, "Thank you for your complaint, we will reply by 25 March",
                12L, "Acknowledges my review: final response to follow");
        Map<Long, String> finalAnswers = Map.of(8L, "'YES'", 9L, "'NOT_SURE'", 12L, "'NO'");
        try (Database old = Database.open(older, DatabaseTest.CLOCK, JournalTriggers::install, before)) {
            assertEquals(30, old.schemaVersion());
            old.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO my_details (id, full_name, address_lines, postcode, recorded_at) VALUES "
                            + "(1, 'Sam Taylor', '1 High Street', 'AB1 2CD', '2026-01-01T09:00')");
                    s.execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, arrangement, "
                            + "cms_reference, collection_fee_percent, recorded_at) VALUES (1, 'Jordan Reed', "
                            + "'EMPLOYED', 'DIRECT_PAY', '121234567890', '4', '2026-01-01T09:00')");
                    for (Map.Entry<Long, String> e : summaries.entrySet()) {
                        s.execute(String.format("INSERT INTO letter_received (id, case_id, received_on, from_name, "
                                + "summary, final_response, recorded_at) VALUES (%d, 1, '2026-12-05', 'CMS', '%s', "
                                + "%s, '2026-12-05T11:00')", e.getKey(), e.getValue(),
                                finalAnswers.getOrDefault(e.getKey(), "NULL")));
                    }
                }
                return null;
            });
            new RecordsSafety(old, new SettingsStore(old), older, DatabaseTest.CLOCK, "old").keepAnchor();
        }

        Optional<RecordsAnchor> anchor = RecordsAnchor.read(older);
        try (Database database = Database.open(older, DatabaseTest.CLOCK, c -> JournalTriggers.install(c, anchor))) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
            try (Stream<Path> backups = Files.list(older.resolve("backups"))) {
                List<String> names = backups.map(p -> p.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(n -> n.startsWith("before-upgrade-v30-to-v"
                        + Migrations.latestVersion())), "copied aside before the upgrade: " + names);
            }
            ReceivedLetterStore letters = new ReceivedLetterStore(database, new History(DatabaseTest.CLOCK),
                    DatabaseTest.CLOCK);
            Optional<AcknowledgementAnswer> yes = Optional.of(AcknowledgementAnswer.YES);
            Optional<AcknowledgementAnswer> none = Optional.empty();
            assertEquals(yes, letters.find(5).orElseThrow().acknowledgement());
            assertEquals(yes, letters.find(6).orElseThrow().acknowledgement(), "as the parent was shown it");
            assertEquals(none, letters.find(7).orElseThrow().acknowledgement());
            assertEquals(none, letters.find(8).orElseThrow().acknowledgement(), "said to be the final response");
            assertEquals(yes, letters.find(9).orElseThrow().acknowledgement(), "Not sure is no final response");
            assertEquals(none, letters.find(10).orElseThrow().acknowledgement(), "an outcome: the reply");
            assertEquals(yes, letters.find(11).orElseThrow().acknowledgement());
            assertEquals(yes, letters.find(12).orElseThrow().acknowledgement());
            for (long id : summaries.keySet()) {
                ReceivedLetter upgraded = letters.find(id).orElseThrow();
                assertEquals(summaries.get(id), upgraded.summary(), "the parent's words are kept as they were");
                // What the domain reads now is what the old rule read from the summary, letter by letter.
                ReceivedLetter asBefore = AsAnsweredBefore.answered(upgraded.withAcknowledgement(Optional.empty()));
                assertEquals(asBefore.isSaidAcknowledgementOnly(), upgraded.isSaidAcknowledgementOnly(),
                        upgraded.summary());
            }
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), older,
                    DatabaseTest.CLOCK, "test");
            safety.keepAnchor();
            CheckReport report = safety.check(Progress.NONE);
            assertEquals(List.of(), report.problems());
            assertTrue(report.allMatch(), report.summary());
        }
    }
}
