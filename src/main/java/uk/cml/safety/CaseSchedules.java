package uk.cml.safety;

import java.time.LocalDate;
import uk.cml.domain.arrears.ArrearsSchedule;

/**
 * A case's arrears schedule as the app works it out, on the app's one calendar: the spreadsheet export writes it
 * from the same code as the Payments page and the pack ({@code PaymentStore.schedule}), so the figures agree.
 */
@FunctionalInterface
public interface CaseSchedules {

    /** The schedule of {@code caseId} as it stands at the end of {@code today}. */
    ArrearsSchedule of(long caseId, LocalDate today);
}
