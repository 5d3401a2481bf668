package uk.cml.domain.arrears;

import uk.cml.domain.Money;

/**
 * For a chart: what fell due in a month and what was received for those dues, whenever it arrived (with money not
 * yet counted for any due in the month it arrived; {@link ArrearsSchedule#expectedVsReceivedByMonth()}), both
 * before any Collect and Pay fee.
 */
public record MonthTotals(Money expected, Money received) {
}
