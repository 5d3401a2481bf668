package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.DueDate;

class CalendarFileTest {

    private static final uk.cml.domain.calendar.UkCalendar CALENDAR = uk.cml.store.SeededFacts.calendar();

    private static Deadline deadline(LocalDate date, String what) {
        return new Deadline(what, "Write to the Independent Case Examiner", Optional.of("ice-complaint"),
                new DueDate(date, date, DueDate.Move.NONE, "6 months from the final response"), false);
    }

    @Test
    void oneEventPerDeadlineWithAReminderFoldedAndEscaped() {
        String longWhat = "Complaint to the Independent Case Examiner due; it must arrive, with a copy of the final "
                + "response, by this date – no later";
        String text = CalendarFile.write(List.of(deadline(LocalDate.of(2027, 1, 8), longWhat),
                deadline(LocalDate.of(2026, 12, 15), "Reply due")), "Jordan Reed",
                Instant.parse("2026-11-22T10:15:00Z"), CALENDAR);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), text);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertEquals(2, text.split("BEGIN:VEVENT\r\n", -1).length - 1);
        assertEquals(2, text.split("BEGIN:VALARM\r\n", -1).length - 1);
        // ICE counts the complaint when it gets it: the reminder is on the last day to post it 1st class, Wed 6 Jan
        // 2027 (deemed delivered Fri 8 Jan), the day the Overview and Where it stands give.
        assertTrue(text.contains("DTSTART;VALUE=DATE:20270106\r\nDTEND;VALUE=DATE:20270107\r\n"), text);
        assertTrue(text.contains("TRIGGER:-PT15H\r\n"), "9am the day before an all-day event");
        assertTrue(text.contains("DTSTAMP:20261122T101500Z\r\n"), text);
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), "a bare line break");
        }
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Complaint to the Independent Case Examiner due\\; it must arrive\\, "
                + "with a copy of the final response\\, by this date – no later (Jordan Reed)\r\n"), unfolded);
    }

    @Test
    void theWholeFileForOneDeadlineWithoutACaseName() {
        Deadline due = new Deadline("Reply, please", "Chase\\it;\r\nthen wait", Optional.empty(),
                new DueDate(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31), DueDate.Move.NONE, "15 working days"),
                false);
        String text = CalendarFile.write(List.of(due), "", Instant.parse("2026-07-01T08:05:07Z"), CALENDAR);
        String uid = Integer.toHexString("Reply, please".hashCode());
        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Child Maintenance Log//Deadlines//EN\r\n"
                + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"
                + "UID:20261231-1-" + uid + "@child-maintenance-log\r\nDTSTAMP:20260701T080507Z\r\n"
                + "DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\nSUMMARY:Reply\\, please\r\n"
                + "DESCRIPTION:Chase\\\\it\\;\\nthen wait. How it is counted: 15 working days.\r\n"
                + "BEGIN:VALARM\r\nACTION:DISPLAY\r\n"
                + "DESCRIPTION:Reply\\, please\r\nTRIGGER:-PT15H\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                text);
    }

    @Test
    void aLongLineFoldsAtSeventyFiveOctetsThenSeventyFourAfterTheSpace() {
        String what = "x".repeat(200);
        String text = CalendarFile.write(List.of(new Deadline(what, "a", Optional.empty(),
                new DueDate(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2), DueDate.Move.NONE, "r"), false)), "",
                Instant.parse("2026-01-01T00:00:00Z"), CALENDAR);
        String summary = "SUMMARY:" + what;
        // 8 + 200 = 208 octets: 75 on the first line, then 74 after each leading space.
        assertTrue(text.contains(summary.substring(0, 75) + "\r\n " + summary.substring(75, 149) + "\r\n "
                + summary.substring(149) + "\r\n"), text);
    }

    @Test
    void aCharacterOfSeveralOctetsIsNeverSplit() {
        String what = "é".repeat(40); // 2 octets each
        String text = CalendarFile.write(List.of(new Deadline(what, "a", Optional.empty(),
                new DueDate(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2), DueDate.Move.NONE, "r"), false)), "",
                Instant.parse("2026-01-01T00:00:00Z"), CALENDAR);
        // "SUMMARY:" is 8 octets, so 33 of them fit (74 octets) and the 34th would make 76.
        assertTrue(text.contains("SUMMARY:" + "é".repeat(33) + "\r\n " + "é".repeat(7) + "\r\n"), text);
    }
}
