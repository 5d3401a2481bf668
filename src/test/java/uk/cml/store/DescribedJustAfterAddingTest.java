package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.timeline.Recorded;
import uk.cml.privacy.MovableClock;

/**
 * Saying what a document is right after adding it (the add leaves "What it is" blank) is part of adding it, not a
 * correction: the Timeline and the pack (which read the same entries) do not show it "changed". The blank version is
 * still kept in the history, and a later change, or a first description given days later, still reads as a change.
 * A real SQLite file in a temp folder.
 */
class DescribedJustAfterAddingTest extends WithJordanReedsCase {

    @TempDir
    Path parentsFiles;
    MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));
    DocumentRecordStore documents;

    @Override
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void open() {
        documents = records.documents();
    }

    private Recorded recorded(long id) {
        return documents.timeline(caseId).stream().filter(e -> e.sourceId() == id).findFirst().orElseThrow()
                .recorded();
    }

    @Test
    @DisplayName("described a minute after it was added: recorded once, not changed; the blank version is kept")
    void describedJustAfterAdding() throws Exception {
        long id = documents.add(caseId, TestFiles.png(parentsFiles.resolve("letter.png"), 10), "").document().id();
        clock.advance(Duration.ofMinutes(1));
        assertTrue(documents.amend(id, "CMS letter about a deduction from earnings order",
                Optional.of(LocalDate.of(2026, 11, 20))));
        Recorded r = recorded(id);
        assertEquals(Optional.empty(), r.changed(), "describing a document just added is not a correction");
        assertEquals(Optional.of(java.time.LocalDateTime.of(2026, 11, 22, 10, 15)), r.first());
        assertEquals(1, documents.earlierVersions(id).size(), "the blank version stays in the history");

        // A real change afterwards still reads as one.
        clock.advance(Duration.ofMinutes(3));
        assertTrue(documents.describe(id, "CMS letter: deduction from earnings order set up"));
        assertTrue(recorded(id).changed().isPresent(), "a later correction is a change");
    }

    @Test
    @DisplayName("described two days after it was added: a change, as it says something the record did not")
    void describedDaysLater() throws Exception {
        long id = documents.add(caseId, TestFiles.png(parentsFiles.resolve("letter.png"), 10), "").document().id();
        clock.advance(Duration.ofDays(2));
        assertTrue(documents.describe(id, "CMS letter"));
        assertTrue(recorded(id).changed().isPresent());
    }

    @Test
    @DisplayName("a description given on adding and replaced a minute later is a correction")
    void replacedDescription() throws Exception {
        long id = documents.add(caseId, TestFiles.png(parentsFiles.resolve("letter.png"), 10), "Scan").document()
                .id();
        clock.advance(Duration.ofMinutes(1));
        assertTrue(documents.describe(id, "CMS letter"));
        assertTrue(recorded(id).changed().isPresent());
    }
}
