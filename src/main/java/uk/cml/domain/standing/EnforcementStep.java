package uk.cml.domain.standing;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import uk.cml.domain.Labelled;
import uk.cml.domain.caseinfo.Arrangement;

/** The steps the CMS can take when money is owed, in the order it usually takes them (cms-facts.md). */
public enum EnforcementStep implements Labelled {
    CONTACT_PAYING_PARENT,
    ARREARS_NOTICE,
    COLLECT_AND_PAY,
    DEDUCTION_FROM_EARNINGS,
    BANK_DEDUCTION,
    LIABILITY_ORDER,
    ENFORCEMENT_AGENTS,
    CHARGING_ORDER,
    THIRD_PARTY_DEBT_ORDER,
    DISQUALIFICATION,
    COMMITTAL;

    /**
     * Whether the CMS can still take this step on a case arranged as {@code arrangement} today. Moving the case to
     * Collect and Pay is a step only for a case on Direct Pay: a case already on Collect and Pay (from the start or
     * after a move, which the case's history keeps) cannot be moved there. The other steps are the CMS's to take on
     * any case it has; under a private arrangement it has none, so it takes no step at all (cms-facts.md: the CMS
     * cannot collect arrears built up under a private arrangement).
     */
    public boolean canHappenUnder(Arrangement arrangement) {
        if (!arrangement.involvesCms()) {
            return false;
        }
        return this != COLLECT_AND_PAY || arrangement == Arrangement.DIRECT_PAY;
    }

    /**
     * The steps to offer a parent to tick, in the usual order: those that can still happen under the arrangement,
     * and any already ticked (so a step recorded before is never hidden, and can be unticked).
     */
    public static List<EnforcementStep> offered(Arrangement arrangement, Collection<EnforcementStep> ticked) {
        return Arrays.stream(values()).filter(step -> step.canHappenUnder(arrangement) || ticked.contains(step))
                .toList();
    }
}
