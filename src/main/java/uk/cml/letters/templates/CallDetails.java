package uk.cml.letters.templates;

import java.time.LocalDate;
import java.time.LocalTime;
import uk.cml.domain.evidence.CallDirection;

/**
 * A phone call with the CMS, as the parent logged it. Dates and times may be null when not known; text may be empty.
 *
 * @param direction   who rang whom; {@link CallDirection#OTHER} (or null) when the record does not say, and the
 *                    letter then claims neither
 * @param promised    what the CMS said it would do, empty if nothing
 * @param promisedBy  when it said it would be done, or null
 * @param promiseKept the parent has marked the promise as kept; unmarked means only "not known to be kept"
 * @param outcome     what came of the call, as the parent logged it (e.g. "Nobody rang back."), empty if nothing
 * @param logId       the call in the parent's calls log it was read from, if it was: the letter confirming it is
 *                    logged with it ({@link LetterTemplates#confirms})
 */
public record CallDetails(LocalDate date, LocalTime time, CallDirection direction, String spokeTo, String team,
        String staffId, String whatWasSaid, String promised, LocalDate promisedBy, boolean promiseKept,
        String outcome, java.util.Optional<Long> logId) {

    public CallDetails {
        direction = direction == null ? CallDirection.OTHER : direction;
        spokeTo = Text.clean(spokeTo);
        team = Text.clean(team);
        staffId = Text.clean(staffId);
        whatWasSaid = Text.clean(whatWasSaid);
        promised = Text.clean(promised);
        outcome = Text.clean(outcome);
        logId = logId == null ? java.util.Optional.empty() : logId;
    }

    /** A call not read from the calls log (or not said to be). */
    public CallDetails(LocalDate date, LocalTime time, CallDirection direction, String spokeTo, String team,
            String staffId, String whatWasSaid, String promised, LocalDate promisedBy, boolean promiseKept,
            String outcome) {
        this(date, time, direction, spokeTo, team, staffId, whatWasSaid, promised, promisedBy, promiseKept, outcome,
                java.util.Optional.empty());
    }

    /** A call with no outcome logged. */
    public CallDetails(LocalDate date, LocalTime time, CallDirection direction, String spokeTo, String team,
            String staffId, String whatWasSaid, String promised, LocalDate promisedBy, boolean promiseKept) {
        this(date, time, direction, spokeTo, team, staffId, whatWasSaid, promised, promisedBy, promiseKept, "");
    }

    /** No call at all: every fact missing. */
    static CallDetails none() {
        return new CallDetails(null, null, CallDirection.OTHER, "", "", "", "", "", null, false);
    }
}
