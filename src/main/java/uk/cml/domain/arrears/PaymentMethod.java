package uk.cml.domain.arrears;

/** How a payment reached the parent. */
public enum PaymentMethod {
    BANK_TRANSFER("Bank transfer"),
    STANDING_ORDER("Standing order"),
    CASH("Cash"),
    CHEQUE("Cheque"),
    THROUGH_CMS("Through the CMS (Collect and Pay)"),
    OTHER("Other");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
