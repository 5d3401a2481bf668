package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.evidence.Amended;
import uk.cml.safety.CheckReport;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsAnchor;
import uk.cml.safety.RecordsSafety;

/**
 * The parent's answer to "Does this letter say it is the CMS's final response to your complaint?" is kept with the
 * letter (V030): it reads back as saved, a change of it is a correction with the earlier answer kept, and letters
 * kept before the question was asked come through the upgrade answered Yes exactly where the old summary rule read
 * them as a final response (what the parent was shown), unanswered otherwise. Real SQLite.
 */
class ReceivedLetterFinalResponseStoreTest extends WithJordanReedsCase {

    private static ReceivedLetter letter(long caseId, String summary, Optional<FinalResponseAnswer> answer) {
        return new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 4),
                "Child Maintenance Service", summary, Optional.empty(), Optional.empty(), answer);
    }

    @Test
    @DisplayName("Yes, No, Not sure and no answer each read back as saved, after the file is closed and opened again")
    void theAnswerSurvivesReopening() {
        long yes;
        long no;
        long unsure;
        long none;
        ReceivedLetterStore letters = records.receivedLetters();
        yes = letters.save(letter(caseId, "Thank you for your letter", Optional.of(FinalResponseAnswer.YES)),
                Optional.empty());
        no = letters.save(letter(caseId, "Final response: no action needed",
                Optional.of(FinalResponseAnswer.NO)), Optional.empty());
        unsure = letters.save(letter(caseId, "", Optional.of(FinalResponseAnswer.NOT_SURE)), Optional.empty());
        none = letters.save(letter(caseId, "Final response", Optional.empty()), Optional.empty());
        reopenTheRecords();
        letters = records.receivedLetters();
        assertEquals(Optional.of(FinalResponseAnswer.YES), letters.find(yes).orElseThrow().finalResponse());
        assertEquals(Optional.of(FinalResponseAnswer.NO), letters.find(no).orElseThrow().finalResponse());
        assertEquals(Optional.of(FinalResponseAnswer.NOT_SURE), letters.find(unsure).orElseThrow().finalResponse());
        assertEquals(Optional.empty(), letters.find(none).orElseThrow().finalResponse());
        assertTrue(letters.find(yes).orElseThrow().isSaidFinalResponse());
        assertFalse(letters.find(no).orElseThrow().isSaidFinalResponse(), "the parent's No, whatever the words");
        assertFalse(letters.find(none).orElseThrow().isSaidFinalResponse(), "no answer is not a final response");
    }

    @Test
    @DisplayName("changing the answer is a correction: the earlier answer is kept")
    void aChangedAnswerKeepsTheEarlierOne() {
        ReceivedLetterStore letters = records.receivedLetters();
        long id = letters.save(letter(caseId, "Reply", Optional.empty()), Optional.empty());
        ReceivedLetter unanswered = letters.find(id).orElseThrow();
        assertTrue(letters.correctIfChanged(unanswered.withFinalResponse(Optional.of(FinalResponseAnswer.YES)),
                Optional.empty(), Optional.empty()), "answering it is a change");
        letters.save(letters.find(id).orElseThrow().withFinalResponse(Optional.of(FinalResponseAnswer.NO)),
                Optional.empty());
        assertFalse(letters.correctIfChanged(letters.find(id).orElseThrow(), Optional.empty(), Optional.empty()),
                "the same answer again changes nothing");
        assertEquals(Optional.of(FinalResponseAnswer.NO), letters.find(id).orElseThrow().finalResponse());
        List<Amended<ReceivedLetter>> earlier = letters.history(id);
        assertEquals(List.of(Optional.<FinalResponseAnswer>empty(), Optional.of(FinalResponseAnswer.YES)),
                earlier.stream().map(a -> a.earlier().finalResponse()).toList(), "nothing overwritten");
    }

    @Test
    @DisplayName("a V027 file: copied aside; Yes for the letters the old summary rule read as final, none for others")
    void lettersKeptBeforeTheQuestionKeepWhatTheParentWasShown(@TempDir Path older) throws Exception {
        List<Migrations.Migration> before = Migrations.all().stream().filter(m -> m.version() <= 27).toList();
        assertTrue(Migrations.latestVersion() > 27, "this version adds a script after V027");
        try (Database old = Database.open(older, DatabaseTest.CLOCK, JournalTriggers::install, before)) {
            assertEquals(27, old.schemaVersion());
            old.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO my_details (id, full_name, address_lines, postcode, recorded_at) VALUES "
                            + "(1, 'Sam Taylor', '1 High Street', 'AB1 2CD', '2026-01-01T09:00')");
                    s.execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, arrangement, "
                            + "cms_reference, collection_fee_percent, recorded_at) VALUES (1, 'Jordan Reed', "
                            + "'EMPLOYED', 'DIRECT_PAY', '121234567890', '4', '2026-01-01T09:00')");
                    String insert = "INSERT INTO letter_received (id, case_id, received_on, from_name, summary, "
                            + "recorded_at) VALUES (%d, 1, '2026-12-05', 'CMS', '%s', '2026-12-05T11:00')";
                    s.execute(String.format(insert, 5, "Complaint acknowledged. Final response: no action needed"));
                    s.execute(String.format(insert, 6, "FINAL RESPONSE - not upheld"));
                    s.execute(String.format(insert, 7, "Their final response will follow"));
                    s.execute(String.format(insert, 8, "Acknowledgement of my complaint: final response later"));
                    s.execute(String.format(insert, 9, "Reply to my complaint"));
                    s.execute(String.format(insert, 10, "Not the final responses yet"));
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
                assertTrue(names.stream().anyMatch(n -> n.startsWith("before-upgrade-v27-to-v"
                        + Migrations.latestVersion())), "copied aside before the upgrade: " + names);
            }
            ReceivedLetterStore letters = new ReceivedLetterStore(database, new History(DatabaseTest.CLOCK),
                    DatabaseTest.CLOCK);
            Optional<FinalResponseAnswer> yes = Optional.of(FinalResponseAnswer.YES);
            assertEquals(yes, letters.find(5).orElseThrow().finalResponse(), "the reviewer's letter, as shown");
            assertEquals(yes, letters.find(6).orElseThrow().finalResponse());
            assertEquals(Optional.empty(), letters.find(7).orElseThrow().finalResponse(), "one still to come");
            assertEquals(Optional.empty(), letters.find(8).orElseThrow().finalResponse());
            assertEquals(Optional.empty(), letters.find(9).orElseThrow().finalResponse());
            assertEquals(Optional.empty(), letters.find(10).orElseThrow().finalResponse());
            assertEquals("Complaint acknowledged. Final response: no action needed",
                    letters.find(5).orElseThrow().summary(), "the parent's words are kept as they were");
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), older,
                    DatabaseTest.CLOCK, "test");
            safety.keepAnchor();
            CheckReport report = safety.check(Progress.NONE);
            assertEquals(List.of(), report.problems());
            assertTrue(report.allMatch(), report.summary());
        }
    }
}
