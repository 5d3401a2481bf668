package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import uk.cml.domain.Money;

/**
 * An offer of a part payment in full and final settlement of the arrears, and the parent's decision.
 *
 * @param offerDate  the date on the CMS's letter that tells of the offer (not the day it arrived), or null
 * @param conditions the parent's conditions for accepting, one per item (for example "paid by 31 December 2026")
 */
public record SettlementDetails(LocalDate offerDate, Money amount, Decision decision, List<String> conditions) {

    public enum Decision {
        ACCEPT, DECLINE, UNDECIDED
    }

    public SettlementDetails {
        decision = decision == null ? Decision.UNDECIDED : decision;
        conditions = Text.cleanLines(conditions);
    }
}
