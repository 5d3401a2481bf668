package uk.cml.domain.standing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.cml.domain.calendar.UkCalendar;

/**
 * Deadlines as an iCalendar file (RFC 5545) a phone or calendar app can open: one all-day event per deadline with
 * a reminder the day before at 9am. Written by hand: the format is small and a library would be a new dependency.
 */
public final class CalendarFile {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** DTSTAMP is always UTC, with a Z (RFC 5545 3.8.7.2), whatever England's clock says. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private CalendarFile() {
    }

    /**
     * The file's text, lines ended CRLF and folded at 75 octets as the standard asks.
     *
     * @param stamp    when the file is made, written in UTC
     * @param calendar for how each date is counted, in the words the Where it stands page gives it (the app's one
     *                 calendar, with the facts table's delivery days)
     */
    public static String write(List<Deadline> deadlines, String caseName, Instant stamp,
                               UkCalendar calendar) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Child Maintenance Log//Deadlines//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        int n = 0;
        for (Deadline d : deadlines) {
            // The reminder goes on the day to act by: for a limit met on receipt, the last day to post it.
            LocalDate day = d.actBy(calendar);
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + day.format(DAY) + "-" + (++n) + "-" + Integer.toHexString(d.what().hashCode())
                    + "@child-maintenance-log");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + day.format(DAY));
            line(out, "DTEND;VALUE=DATE:" + day.plusDays(1).format(DAY));
            line(out, "SUMMARY:" + text(d.what() + (caseName.isEmpty() ? "" : " (" + caseName + ")")));
            // The page's own sentence ("How it is counted: ..."): the bare rule began lower case after a full stop.
            line(out, "DESCRIPTION:" + text(d.action() + ". " + d.explanation(calendar)
                    + d.limitAndPostBy(calendar).map(s -> " " + s + ".").orElse("")));
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, "DESCRIPTION:" + text(d.what()));
            line(out, "TRIGGER:-PT15H");
            line(out, "END:VALARM");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends one content line, folded so no physical line is longer than 75 octets of UTF-8. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
