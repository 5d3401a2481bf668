package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.History;
import uk.cml.store.SettingsStore;
import uk.cml.store.StoreException;

/**
 * Case details an earlier version kept before today's rules existed, written here with SQL past the case store's
 * checks (the journal records the change, as it did for that version): Check records lists each one, and leaves
 * the verdict on the records file alone. A real records file in a temp folder.
 */
class DetailsToCorrectTest {

    @TempDir
    Path folder;
    private Database database;
    private CaseStore cases;
    private RecordsSafety safety;
    private long sam;

    @BeforeEach
    void aCaseSavedByTheApp() {
        database = Database.open(folder, Records.CLOCK, JournalTriggers::install);
        cases = new CaseStore(database, new History(Records.CLOCK), Records.CLOCK);
        safety = new RecordsSafety(database, new SettingsStore(database), folder, Records.CLOCK, "test");
        MyDetails me = new MyDetails("Alex Morgan", PostalAddress.of("1 High Street\nLeeds", "LS6 2AB"),
                "07700 900123", "alex@example.org", Optional.empty());
        sam = cases.completeSetup(me, new CaseFile(0, "Sam Reed", Optional.of(PostalAddress.of("2 Low Road\nYork",
                "YO1 7HH")), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                Optional.of(new CmsReference("121234567890")), List.of(new Child(0, "Ruby",
                LocalDate.of(2016, 5, 4))), new BigDecimal("4")));
        safety.keepAnchor();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** As a version before the rules saved it: straight into the table, the journal recording it as usual. */
    private void savedByAnEarlierVersion(String sql) {
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    @Test
    @DisplayName("a case saved by the app lists nothing to correct, and the summary says nothing of it")
    void cleanCase() {
        CheckReport report = safety.check(Progress.NONE);
        assertEquals(List.of(), report.problems());
        assertEquals(List.of(), report.detailsToCorrect());
        assertTrue(report.summary().startsWith("Everything matches."), report.summary());
        assertFalse(report.summary().contains("correct"), report.summary());
    }

    @Test
    @DisplayName("an old phone number with words in it is listed, saying which detail, what is wrong and what to do")
    void oldPhoneNumber() {
        savedByAnEarlierVersion("UPDATE my_details SET phone = '07700 900123 call after 6pm'");

        CheckReport report = safety.check(Progress.NONE);

        assertEquals(List.of("Your own details: your phone number \"07700 900123 call after 6pm\" is not a phone "
                + "number the app can use. Open the Case page and correct it, or move the words into a note."),
                report.detailsToCorrect());
        assertTrue(report.allMatch(), "the records file is sound: " + report.problems());
        assertTrue(report.summary().startsWith("Everything matches."), report.summary());
        assertTrue(report.summary().endsWith("One detail, listed below, was saved before the app checked it as it "
                + "does now, and needs correcting. It is not damage: your records file is sound. Until it is "
                + "corrected the Case page cannot save any change."), report.summary());
        // The same rule as the store's: saving anything else on the Case page is refused for this detail.
        StoreException refused = assertThrows(StoreException.class, () -> cases.saveCorrections(
                cases.myDetails().orElseThrow(), cases.find(sam).orElseThrow()));
        assertTrue(refused.getMessage().startsWith("Nothing was saved. Enter a phone number such as"),
                refused.getMessage());
    }

    @Test
    @DisplayName("every refused detail is listed: the parent's own once, then each case by the name in the switcher")
    void everyDetailEachCase() {
        long second = cases.create(new CaseFile(0, "Jordan Lee", Optional.empty(), WorkSituation.NOT_KNOWN,
                Arrangement.PRIVATE, Optional.empty(), List.of(new Child(0, "Max", LocalDate.of(2019, 1, 2))),
                new BigDecimal("4")));
        savedByAnEarlierVersion("UPDATE my_details SET email = 'alex at example dot org', "
                + "address_lines = '1 High Street' || char(10) || '" + "Flat 2, ".repeat(11) + "' || char(10) || 'Leeds'");
        savedByAnEarlierVersion("UPDATE case_file SET other_parent_postcode = 'York' WHERE id = " + sam);
        savedByAnEarlierVersion("UPDATE child SET first_name = '" + "Maximilian ".repeat(10) + "' WHERE case_id = "
                + second);

        List<String> details = safety.check(Progress.NONE).detailsToCorrect();

        assertEquals(List.of(
                "Your own details: your address \"1 High Street, Flat 2, Flat 2, Flat 2, Flat 2, Flat 2, Flat…\" has a "
                        + "line longer than 80 characters. Open the Case page and correct it.",
                "Your own details: your email address \"alex at example dot org\" is not an email address the app "
                        + "can use. Open the Case page and correct it.",
                "Case 'Owed by Sam Reed': the other parent's postcode \"YORK\" is not a UK postcode. Open the Case "
                        + "page and correct it.",
                "Case 'Owed by Jordan Lee': the child's first name \"Maximilian Maximilian Maximilian Maximilian "
                        + "Maximilian Maxim…\" is longer than the 100 characters the app keeps for a first name. "
                        + "Open the Case page and correct it."), details);
    }

    @Test
    @DisplayName("looking changes nothing: the same fingerprint, the same history and the same detail")
    void changesNothing() {
        savedByAnEarlierVersion("UPDATE my_details SET phone = '07700 900123 call after 6pm'");
        Fingerprint before = safety.fingerprint();

        assertEquals(1, safety.check(Progress.NONE).detailsToCorrect().size());

        assertEquals(before, safety.fingerprint());
        assertEquals("07700 900123 call after 6pm", database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT phone FROM my_details")) {
                r.next();
                return r.getString(1);
            }
        }));
    }
}
