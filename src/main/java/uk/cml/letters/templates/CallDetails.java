package uk.cml.letters.templates;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A phone call with the CMS, as the parent logged it. Dates and times may be null when not known; text may be empty.
 *
 * @param promised   what the CMS said it would do, empty if nothing
 * @param promisedBy when it said it would be done, or null
 */
public record CallDetails(LocalDate date, LocalTime time, String spokeTo, String team, String staffId,
        String whatWasSaid, String promised, LocalDate promisedBy) {

    public CallDetails {
        spokeTo = Text.clean(spokeTo);
        team = Text.clean(team);
        staffId = Text.clean(staffId);
        whatWasSaid = Text.clean(whatWasSaid);
        promised = Text.clean(promised);
    }
}
