package uk.cml.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.standing.CmsFacts;

/**
 * The CMS facts as new records hold them: read from a database made by the migrations in a temporary folder, so
 * the tests count with the one copy of the published figures (the migrations' rows), never a second copy in code.
 * Read once for the whole run.
 */
public final class SeededFacts {

    private SeededFacts() {
    }

    private static final class Once {
        static final CmsFacts FACTS = read();
        static final UkCalendar CALENDAR = new UkCalendar(BankHolidays.englandAndWales(), FACTS);
    }

    /** The facts table of a new set of records: every time limit as published, every step's name. */
    public static CmsFacts published() {
        return Once.FACTS;
    }

    /**
     * England and Wales's calendar with the shipped bank holidays, counting when a letter is delivered with the
     * published figures (the facts table's rows of a new set of records), as the app's one calendar does.
     */
    public static UkCalendar calendar() {
        return Once.CALENDAR;
    }

    /** The shipped bank holidays with the published delivery days. */
    public static UkCalendar calendar(BankHolidays holidays) {
        return new UkCalendar(holidays, published());
    }

    private static CmsFacts read() {
        try {
            Path folder = Files.createTempDirectory("cml-seeded-facts");
            try {
                Database database = Database.open(folder, DatabaseTest.CLOCK);
                try {
                    return StandingStore.facts(database);
                } finally {
                    database.close();
                }
            } finally {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
