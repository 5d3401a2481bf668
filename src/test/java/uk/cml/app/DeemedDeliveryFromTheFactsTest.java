package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.store.StoreException;

/**
 * The working days after which a posted letter counts as delivered are the facts table's rows (V035), like every
 * other time limit: the app's one calendar counts with the row as it stands, a corrected row moves the dates, and a
 * row gone is said plainly, naming the service, never replaced by a figure kept in code. Real records file.
 */
class DeemedDeliveryFromTheFactsTest {

    /** Monday 7 Dec 2026: no bank holiday until Christmas. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path folder;
    AppServices services;

    @BeforeEach
    void open() {
        services = AppServices.open(folder.resolve("data"),
                Clock.fixed(Instant.parse("2026-12-06T10:15:00Z"), ZoneId.of("Europe/London")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void outsideTheApp(String sql) {
        services.database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    @Test
    void newRecordsCountAsThePublishedFigures() {
        assertEquals(LocalDate.of(2026, 12, 9), services.calendar.deemedDelivery(MONDAY, PostingMethod.FIRST_CLASS));
        assertEquals(LocalDate.of(2026, 12, 11), services.calendar.deemedDelivery(MONDAY, PostingMethod.SECOND_CLASS));
        assertEquals(LocalDate.of(2026, 12, 9), services.calendar.deemedDelivery(MONDAY, PostingMethod.SIGNED_FOR));
        assertEquals(LocalDate.of(2026, 12, 8),
                services.calendar.deemedDelivery(MONDAY, PostingMethod.SPECIAL_DELIVERY));
        assertEquals(MONDAY, services.calendar.deemedDelivery(MONDAY, PostingMethod.BY_HAND));
    }

    @Test
    void aCorrectedRowMovesTheDate() {
        // Counted once before the correction: the figures are kept between counts (no records read on the FX thread
        // as a form suggests a date), and a correction must still move the date at once.
        assertEquals(LocalDate.of(2026, 12, 11), services.calendar.deemedDelivery(MONDAY, PostingMethod.SECOND_CLASS));
        assertTrue(services.standing.correctFact("post.second_class.working_days", "5", "Royal Mail",
                Optional.of(LocalDate.of(2026, 12, 6))));
        assertEquals(LocalDate.of(2026, 12, 14), services.calendar.deemedDelivery(MONDAY, PostingMethod.SECOND_CLASS),
                "Mon 7 Dec + 5 working days");
        assertEquals(LocalDate.of(2026, 12, 9), services.calendar.deemedDelivery(MONDAY, PostingMethod.FIRST_CLASS),
                "the other rows are as they were");
    }

    @Test
    void aRowChangedOutsideTheAppIsCountedWithToo() {
        outsideTheApp("UPDATE cms_fact SET value = '3' WHERE key = 'post.first_class.working_days'");
        assertEquals(LocalDate.of(2026, 12, 10), services.calendar.deemedDelivery(MONDAY, PostingMethod.FIRST_CLASS));
    }

    @Test
    void aMissingRowIsAClearFailureNamingTheService() {
        outsideTheApp("DELETE FROM cms_fact WHERE key = 'post.first_class.working_days'");
        StoreException read = assertThrows(StoreException.class, services.standing::facts);
        assertTrue(read.getMessage().contains("1st class"), read.getMessage());
        RuntimeException counted = assertThrows(RuntimeException.class,
                () -> services.calendar.deemedDelivery(MONDAY, PostingMethod.FIRST_CLASS));
        assertTrue(counted.getMessage().contains("1st class"), counted.getMessage());
    }

    @Test
    void aMissingStepNameIsAClearFailureNotTheBuiltInLabel() {
        outsideTheApp("DELETE FROM cms_fact WHERE key = 'step.LIABILITY_ORDER'");
        StoreException read = assertThrows(StoreException.class, services.standing::facts);
        assertTrue(read.getMessage().contains("Liability order"), read.getMessage());
        assertTrue(read.getMessage().contains("backup"), read.getMessage());
    }
}
