package uk.cml.domain.standing;

/** The steps the CMS can take when money is owed, in the order it usually takes them (cms-facts.md). */
public enum EnforcementStep {
    CONTACT_PAYING_PARENT("Contact the paying parent"),
    ARREARS_NOTICE("Arrears notice"),
    COLLECT_AND_PAY("Move to Collect and Pay"),
    DEDUCTION_FROM_EARNINGS("Deduction from Earnings Order"),
    BANK_DEDUCTION("Deduction order from a bank or building society account"),
    LIABILITY_ORDER("Liability order (magistrates' court)"),
    ENFORCEMENT_AGENTS("Enforcement agents (bailiffs)"),
    CHARGING_ORDER("Charging order and order for sale"),
    DISQUALIFICATION("Disqualification from driving or holding a passport"),
    COMMITTAL("Committal to prison");

    private final String label;

    EnforcementStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
