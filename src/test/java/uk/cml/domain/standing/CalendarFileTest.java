package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.DueDate;

class CalendarFileTest {

    private static Deadline deadline(LocalDate date, String what) {
        return new Deadline(what, "Write to the Independent Case Examiner", Optional.of("ice-complaint"),
                new DueDate(date, date, DueDate.Move.NONE, "6 months from the final response"), false);
    }

    @Test
    void oneEventPerDeadlineWithAReminderFoldedAndEscaped() {
        String longWhat = "Complaint to the Independent Case Examiner due; it must arrive, with a copy of the final "
                + "response, by this date – no later";
        String text = CalendarFile.write(List.of(deadline(LocalDate.of(2027, 1, 8), longWhat),
                deadline(LocalDate.of(2026, 12, 15), "Reply due")), "Jordan Reed", LocalDateTime.of(2026, 11, 22, 10,
                15));
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), text);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertEquals(2, text.split("BEGIN:VEVENT\r\n", -1).length - 1);
        assertEquals(2, text.split("BEGIN:VALARM\r\n", -1).length - 1);
        assertTrue(text.contains("DTSTART;VALUE=DATE:20270108\r\nDTEND;VALUE=DATE:20270109\r\n"));
        assertTrue(text.contains("TRIGGER:-PT15H\r\n"), "9am the day before an all-day event");
        assertTrue(text.contains("DTSTAMP:20261122T101500\r\n"));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), "a bare line break");
        }
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Complaint to the Independent Case Examiner due\\; it must arrive\\, "
                + "with a copy of the final response\\, by this date – no later (Jordan Reed)\r\n"), unfolded);
    }
}
