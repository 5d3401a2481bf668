package uk.cml.store;

import java.util.Optional;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;

/**
 * The set-up answers saved together: the parent's own details (on first run), the new case and, if the parent said
 * what should be paid, its payment plan. All of them are kept or none, with the same writes as {@link CaseStore}
 * and {@link PaymentStore} make on their own.
 */
public final class SetupStore {

    private final Database database;
    private final CaseStore cases;
    private final PaymentStore payments;

    public SetupStore(Database database, CaseStore cases, PaymentStore payments) {
        this.database = database;
        this.cases = cases;
        this.payments = payments;
    }

    /**
     * Saves the answers in one transaction and returns the new case's id.
     *
     * @param me   the parent's own details on first run; empty when adding another case
     * @param plan what should be paid; empty when the parent will add it later on the Payments page
     */
    public long save(Optional<MyDetails> me, CaseFile newCase, Optional<PaymentPlan> plan) {
        return database.inTransaction(c -> {
            if (me.isPresent()) {
                cases.writeMyDetails(c, me.get());
            }
            long id = cases.insertCase(c, newCase);
            if (plan.isPresent()) {
                payments.savePlan(c, id, plan.get());
            }
            return id;
        });
    }
}
