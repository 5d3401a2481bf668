package uk.cml.store;

import uk.cml.domain.calendar.DeliveryDays;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.standing.CmsFacts;

/**
 * The working days after posting on which a letter counts as delivered, from the facts table: read when first asked
 * and kept until a fact is corrected ({@link #forget}). The letter forms count a posted letter's reply date on the FX
 * thread as the parent types; read afresh each time, that was a records read on the FX thread, which waits behind
 * any long change on the background thread (a backup, an import).
 */
final class FactsDeliveryDays implements DeliveryDays {

    private final Database database;
    private volatile CmsFacts facts;

    FactsDeliveryDays(Database database) {
        this.database = database;
    }

    @Override
    public int deliveryWorkingDays(PostingMethod method) {
        CmsFacts read = facts;
        if (read == null) {
            read = StandingStore.facts(database);
            facts = read;
        }
        return read.deliveryWorkingDays(method);
    }

    /** A fact was corrected: the next count reads the table again. */
    void forget() {
        facts = null;
    }
}
