package uk.cml.domain.arrears;

import uk.cml.domain.Money;

/** For a chart: what was expected (after any fee) from dues in a month, and what was received in it. */
public record MonthTotals(Money expected, Money received) {
}
