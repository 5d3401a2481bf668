package uk.cml.domain.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;

/**
 * One phone call about the case, noted so it can be confirmed in writing and quoted later.
 *
 * @param happenedAt  when the call took place, as the parent entered it
 * @param recordedAt  when the app saved this version (set by the store; ignored when saving)
 * @param promised    what the CMS said it would do, if anything
 * @param promisedBy  the date they said they would do it by
 * @param followUpOn  when the parent means to chase or check
 */
public record Call(long id, long caseId, LocalDateTime happenedAt, CallDirection direction, String number,
                   String spokeTo, String team, String staffId, String whatWasSaid, String promised,
                   Optional<LocalDate> promisedBy, String outcome, Optional<LocalDate> followUpOn,
                   boolean followUpDone, boolean promiseKept, LocalDateTime recordedAt) {

    public Call {
        number = clean(number);
        spokeTo = clean(spokeTo);
        team = clean(team);
        staffId = clean(staffId);
        whatWasSaid = clean(whatWasSaid);
        promised = clean(promised);
        outcome = clean(outcome);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** "Priya, arrears team, staff ID 4411", or "someone at the CMS" when no name was given. */
    public String who() {
        List<String> parts = new ArrayList<>();
        if (!spokeTo.isEmpty()) {
            parts.add(spokeTo);
        }
        if (!team.isEmpty()) {
            parts.add(team);
        }
        if (!staffId.isEmpty()) {
            parts.add("staff ID " + staffId);
        }
        return parts.isEmpty() ? "name not given" : String.join(", ", parts);
    }

    /** The line shown in lists and the timeline. */
    public String title() {
        String verb = switch (direction) {
            case I_CALLED -> "I called the CMS";
            case CMS_CALLED -> "The CMS called me";
            case OTHER -> "Other call";
        };
        return verb + " (" + who() + ")";
    }

    /** Everything written about the call, for details and for search. */
    public String detail() {
        StringBuilder text = new StringBuilder();
        append(text, "Number", number);
        append(text, "What was said", whatWasSaid);
        append(text, "What was promised", promised
                + promisedBy.map(d -> (promised.isEmpty() ? "By " : ", by ") + UkFormats.shortDate(d)).orElse(""));
        append(text, "Outcome", outcome);
        followUpOn.ifPresent(d -> append(text, "Follow up on", UkFormats.shortDate(d) + (followUpDone ? " (done)" : "")));
        return text.toString().strip();
    }

    private static void append(StringBuilder text, String label, String value) {
        if (!value.isBlank()) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }

    /** What differs between an earlier version and this one, field by field, for the visible history. */
    public List<FieldChange> changesSince(Call earlier) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.add(changes, "When", UkFormats.dateTime(earlier.happenedAt), UkFormats.dateTime(happenedAt));
        FieldChange.add(changes, "Who called", earlier.direction.label(), direction.label());
        FieldChange.add(changes, "Number", earlier.number, number);
        FieldChange.add(changes, "Spoke to", earlier.spokeTo, spokeTo);
        FieldChange.add(changes, "Team", earlier.team, team);
        FieldChange.add(changes, "Staff ID", earlier.staffId, staffId);
        FieldChange.add(changes, "What was said", earlier.whatWasSaid, whatWasSaid);
        FieldChange.add(changes, "What was promised", earlier.promised, promised);
        FieldChange.add(changes, "Promised by", date(earlier.promisedBy), date(promisedBy));
        FieldChange.add(changes, "Outcome", earlier.outcome, outcome);
        FieldChange.add(changes, "Follow up on", date(earlier.followUpOn), date(followUpOn));
        FieldChange.add(changes, "Follow-up done", yesNo(earlier.followUpDone), yesNo(followUpDone));
        FieldChange.add(changes, "Promise kept", yesNo(earlier.promiseKept), yesNo(promiseKept));
        return changes;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(UkFormats::shortDate).orElse("");
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
