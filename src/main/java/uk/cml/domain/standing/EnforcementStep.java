package uk.cml.domain.standing;

import uk.cml.domain.Labelled;

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
    DISQUALIFICATION,
    COMMITTAL;

}
