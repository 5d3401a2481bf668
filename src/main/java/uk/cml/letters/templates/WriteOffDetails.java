package uk.cml.letters.templates;

import java.time.LocalDate;
import uk.cml.domain.Money;

/**
 * The CMS's letter proposing to write off arrears, and the parent's answer.
 *
 * @param amount         the arrears the CMS proposes to write off, or null if the letter did not say
 * @param whyStillNeeded why the parent still needs the money (debts, costs for the children)
 * @param estateContact  who is dealing with the other parent's estate, with how to reach them; empty if not known
 */
public record WriteOffDetails(LocalDate proposalDate, Money amount, String whyStillNeeded, String estateContact) {

    public WriteOffDetails {
        whyStillNeeded = Text.clean(whyStillNeeded);
        estateContact = Text.clean(estateContact);
    }
}
