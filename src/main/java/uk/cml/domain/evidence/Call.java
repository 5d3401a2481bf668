package uk.cml.domain.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * One phone call about the case, noted so it can be confirmed in writing and quoted later.
 *
 * @param happenedAt  when the call took place, as the parent entered it
 * @param recordedAt  when the app saved this version (set by the store; ignored when saving)
 * @param promised    what the CMS said it would do, if anything
 * @param promisedBy  the date the parent noted from the call: the date they gave, or her count of it
 * @param followUpOn  when the parent means to chase or check
 * @param toldMissedPayments the parent's answer to "Did you tell them about missed payments on this call?"; empty
 *                    when not answered (every call logged before the question was asked)
 */
public record Call(long id, long caseId, LocalDateTime happenedAt, CallDirection direction, String number,
                   String spokeTo, String team, String staffId, String whatWasSaid, String promised,
                   Optional<LocalDate> promisedBy, String outcome, Optional<LocalDate> followUpOn,
                   boolean followUpDone, boolean promiseKept, LocalDateTime recordedAt,
                   Optional<MissedPaymentsTold> toldMissedPayments) {

    public Call {
        toldMissedPayments = toldMissedPayments == null ? Optional.empty() : toldMissedPayments;
        number = clean(number);
        spokeTo = clean(spokeTo);
        team = clean(team);
        staffId = clean(staffId);
        whatWasSaid = clean(whatWasSaid);
        promised = clean(promised);
        outcome = clean(outcome);
    }

    /** A call with no answer to "Did you tell them about missed payments?". */
    public Call(long id, long caseId, LocalDateTime happenedAt, CallDirection direction, String number,
                String spokeTo, String team, String staffId, String whatWasSaid, String promised,
                Optional<LocalDate> promisedBy, String outcome, Optional<LocalDate> followUpOn,
                boolean followUpDone, boolean promiseKept, LocalDateTime recordedAt) {
        this(id, caseId, happenedAt, direction, number, spokeTo, team, staffId, whatWasSaid, promised, promisedBy,
                outcome, followUpOn, followUpDone, promiseKept, recordedAt, Optional.empty());
    }

    /** The same call with the parent's answer to "Did you tell them about missed payments?" (empty: none). */
    public Call withToldMissedPayments(Optional<MissedPaymentsTold> answer) {
        return new Call(id, caseId, happenedAt, direction, number, spokeTo, team, staffId, whatWasSaid, promised,
                promisedBy, outcome, followUpOn, followUpDone, promiseKept, recordedAt, answer);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * The date the CMS promised to act by, while it is still the parent's to watch and chase: neither marked kept
     * ("They did what they promised") nor followed up ("I have followed this up": the parent has chased it, by a
     * later call or a letter). The one rule for the Overview's to-do and Where it stands' date to watch.
     */
    public Optional<LocalDate> promiseToChase() {
        return promiseKept || followUpDone ? Optional.empty() : promisedBy;
    }

    /** The date the CMS promised to act by has passed (before today) and is still to chase ({@link #promiseToChase}). */
    public boolean promiseLate(java.time.LocalDate today) {
        return promiseToChase().filter(d -> d.isBefore(today)).isPresent();
    }

    /**
     * The parent answered "Yes" to "Did you tell them about missed payments on this call?": the one rule for the
     * letters ("I told you by phone on ...", "to tell you again") and the "tell the CMS" to-do. Nothing the parent
     * wrote is read for it. A call with no answer, as every call logged before the question was asked, is not a
     * report: the letters then say nothing of a call rather than risk telling the CMS of one that never happened,
     * and the to-do still asks for a letter, which tells the CMS again at worst.
     */
    public boolean reportsMissedPayments() {
        return toldMissedPayments.filter(MissedPaymentsTold.YES::equals).isPresent();
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
            parts.add(Words.text("evidence.call.staffId", staffId));
        }
        return parts.isEmpty() ? Words.text("evidence.call.nameNotGiven") : String.join(", ", parts);
    }

    /** The line shown in lists and the timeline. */
    public String title() {
        String verb = switch (direction) {
            case I_CALLED -> Words.text("evidence.call.iCalled");
            case CMS_CALLED -> Words.text("evidence.call.cmsCalled");
            case OTHER -> Words.text("evidence.call.otherCall");
        };
        return Words.text("evidence.call.title", verb, who());
    }

    /** Everything written about the call, for details and for search. */
    public String detail() {
        StringBuilder text = new StringBuilder();
        append(text, "evidence.call.number", number);
        append(text, "evidence.call.whatWasSaid", whatWasSaid);
        append(text, "evidence.call.whatWasPromised", promised + promisedBy.map(d -> byDate(d)).orElse(""));
        append(text, "evidence.call.outcome", outcome);
        toldMissedPayments.ifPresent(told -> append(text, "evidence.call.toldMissedPayments", yesNo(told)));
        followUpOn.ifPresent(d -> append(text, "evidence.call.followUpOn", followUpDone
                ? Words.text("evidence.call.done", UkFormats.shortDate(d)) : UkFormats.shortDate(d)));
        return text.toString().strip();
    }

    /**
     * The promised date after what was promised: joined on (", by 15 Dec 2026"), or when the parent's words end a
     * sentence, a sentence of its own ("call me back. By 15 Dec 2026"), never "call me back., by".
     */
    private String byDate(LocalDate d) {
        String date = UkFormats.shortDate(d);
        String words = promised.strip();
        if (words.isEmpty()) {
            return Words.text("evidence.call.by", date);
        }
        return words.matches("(?s).*[.!?]['\"\u2019\u201D)]?") ? " " + Words.text("evidence.call.by", date)
                : Words.text("evidence.call.andBy", date);
    }

    /** {@code labelKey}: the field's name, which a line of the details starts with ("Outcome: ..."). */
    private static void append(StringBuilder text, String labelKey, String value) {
        if (!value.isBlank()) {
            text.append(Words.text("evidence.detail.line", Words.text(labelKey), value)).append('\n');
        }
    }

    /** What differs between an earlier version and this one, field by field, for the visible history. */
    public List<FieldChange> changesSince(Call earlier) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.add(changes, Words.text("evidence.call.when"), UkFormats.dateTime(earlier.happenedAt),
                UkFormats.dateTime(happenedAt));
        FieldChange.add(changes, Words.text("evidence.call.whoCalled"), earlier.direction.label(), direction.label());
        FieldChange.add(changes, Words.text("evidence.call.number"), earlier.number, number);
        FieldChange.add(changes, Words.text("evidence.call.spokeTo"), earlier.spokeTo, spokeTo);
        FieldChange.add(changes, Words.text("evidence.call.team"), earlier.team, team);
        FieldChange.add(changes, Words.text("evidence.call.staffIdField"), earlier.staffId, staffId);
        FieldChange.add(changes, Words.text("evidence.call.whatWasSaid"), earlier.whatWasSaid, whatWasSaid);
        FieldChange.add(changes, Words.text("evidence.call.whatWasPromised"), earlier.promised, promised);
        FieldChange.add(changes, Words.text("evidence.call.promisedBy"), date(earlier.promisedBy), date(promisedBy));
        FieldChange.add(changes, Words.text("evidence.call.outcome"), earlier.outcome, outcome);
        FieldChange.add(changes, Words.text("evidence.call.toldMissedPayments"),
                earlier.toldMissedPayments.map(Call::yesNo).orElse(""), toldMissedPayments.map(Call::yesNo).orElse(""));
        FieldChange.add(changes, Words.text("evidence.call.followUpOn"), date(earlier.followUpOn), date(followUpOn));
        FieldChange.add(changes, Words.text("evidence.call.followUpDone"), yesNo(earlier.followUpDone),
                yesNo(followUpDone));
        FieldChange.add(changes, Words.text("evidence.call.promiseKept"), yesNo(earlier.promiseKept),
                yesNo(promiseKept));
        return changes;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(UkFormats::shortDate).orElse("");
    }

    private static String yesNo(MissedPaymentsTold told) {
        return yesNo(told == MissedPaymentsTold.YES);
    }

    private static String yesNo(boolean value) {
        return Words.text(value ? "evidence.change.yes" : "evidence.change.no");
    }
}
