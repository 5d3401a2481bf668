package uk.cml.letters.templates;

import uk.cml.domain.Money;

/**
 * Money the parent lost because of the CMS's mistakes or delays (a late-payment charge, an overdraft fee, while the
 * CMS did not act on arrears it knew of), claimed as a financial loss, apart from any consolatory payment for
 * distress. Not the maintenance itself, which is claimed as arrears.
 *
 * @param what          what the loss was ("Overdraft charges, October 2026")
 * @param amount        how much, from a bank statement or bill
 * @param howWorkedOut  how the amount was worked out ("3 charges of £6.00 on my bank statement")
 */
public record LossItem(String what, Money amount, String howWorkedOut) {

    public LossItem {
        what = Text.clean(what);
        howWorkedOut = Text.clean(howWorkedOut);
    }
}
