package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.ReceivedLetter;

/**
 * The sample case's letters from the CMS reach the parent on a day Royal Mail delivers: a reviewer read "your letter,
 * which reached me on 29 Nov 2026" (a Sunday) in the sample enforcement request. Made on each day of a week, Sunday
 * 6 Dec 2026 among them, as the sample is dated from today.
 */
class SampleLettersArriveOnDeliveryDaysTest {

    @TempDir
    Path folders;

    @Test
    @DisplayName("No sample letter arrives on a Sunday or a bank holiday, nor after today, nor before its date")
    void noLetterArrivesOnASunday() throws Exception {
        int checked = 0;
        for (LocalDate today = LocalDate.of(2026, 11, 30); !today.isAfter(LocalDate.of(2026, 12, 6));
                today = today.plusDays(1)) {
            Path data = Files.createDirectory(folders.resolve(today.toString()));
            Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                    ZoneId.of("Europe/London"));
            try (AppServices services = AppServices.open(data, clock)) {
                new SampleData(services, 1, 0).fill();
                CaseFile caseFile = services.cases.cases().get(0);
                for (ReceivedLetter letter : services.receivedLetters.letters(caseFile.id())) {
                    LocalDate arrived = letter.received();
                    String what = today + ": " + letter.summary() + " arrived " + arrived;
                    assertFalse(arrived.getDayOfWeek() == DayOfWeek.SUNDAY, what);
                    assertFalse(services.calendar.holidays().contains(arrived), what);
                    assertFalse(arrived.isAfter(today), what);
                    assertTrue(letter.dated().map(d -> !arrived.isBefore(d)).orElse(true), what);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 7 * 4, "letters checked: " + checked);
    }
}
