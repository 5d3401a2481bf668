package uk.cml.domain.arrears;

import uk.cml.domain.Money;
import uk.cml.domain.Words;

/**
 * A balance as the app shows it: what is owed ("£100.00"), or credit said as credit ("In credit £150.00"), never a
 * minus sign the parent has to decode. One wording for the Overview and the Payments page.
 */
public final class BalanceText {

    private BalanceText() {
    }

    /** "£100.00" owed, "£0.00", or "In credit £150.00" when payments are ahead (a negative balance). */
    public static String of(Money balance) {
        return balance.isNegative() ? Words.text("arrears.balance.inCredit", balance.negate().format())
                : balance.format();
    }
}
