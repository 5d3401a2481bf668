package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations' rows are the one copy of the CMS time limits: with a row gone (or its figure no number) from the
 * records, reading the facts fails with words that name the limit and say what to do, rather than counting quietly
 * with a figure kept in code. Real SQLite in a temp folder.
 */
class CmsFactMissingTest extends WithTheRecords {

    StandingStore standing;

    @BeforeEach
    void open() {
        standing = records.standing();
    }

    private void outsideTheApp(String sql) {
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    @Test
    void aMissingTimeLimitIsAClearFailureNotASecondCopy() {
        assertEquals(6, standing.facts().iceMonths(), "the migration's row");
        outsideTheApp("DELETE FROM cms_fact WHERE key = 'ice.months'");
        StoreException failed = assertThrows(StoreException.class, standing::facts);
        assertTrue(failed.getMessage().contains(
                "Months after the CMS's final response to complain to the Independent Case Examiner"),
                failed.getMessage());
        assertTrue(failed.getMessage().contains("backup"), failed.getMessage());
    }

    @Test
    void aFigureThatIsNoNumberIsAClearFailureToo() {
        outsideTheApp("UPDATE cms_fact SET value = 'six' WHERE key = 'ice.months'");
        StoreException failed = assertThrows(StoreException.class, standing::facts);
        assertTrue(failed.getMessage().contains("Independent Case Examiner"), failed.getMessage());
    }

    @Test
    void everyTimeLimitTheAppCountsWithHasItsRowInNewRecords() {
        assertEquals(java.util.List.of(), standing.facts().missing());
    }
}
