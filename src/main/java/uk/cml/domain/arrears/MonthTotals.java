package uk.cml.domain.arrears;

import uk.cml.domain.Money;

/** For a chart: what fell due in a month and what was received in it, both before any Collect and Pay fee */
public record MonthTotals(Money expected, Money received) {
}
