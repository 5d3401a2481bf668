package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * How a letter was sent. The working days until it is treated as delivered follow the usual rule
 * (first class: the 2nd working day after posting, second class: the 4th); they only suggest dates.
 */
public enum PostingMethod implements Labelled {
    FIRST_CLASS(2),
    SECOND_CLASS(4),
    // Signed For travels as 1st class; Special Delivery is guaranteed by the next working day.
    SIGNED_FOR(2),
    SPECIAL_DELIVERY(1),
    BY_HAND(0),
    ONLINE_ACCOUNT(0),
    EMAIL(0);

    private final int deliveryWorkingDays;

    PostingMethod(int deliveryWorkingDays) {
        this.deliveryWorkingDays = deliveryWorkingDays;
    }

    /** Working days after posting on which the letter is treated as delivered. */
    public int deliveryWorkingDays() {
        return deliveryWorkingDays;
    }

    /** Posted at a Post Office, so a certificate of posting can prove it (only Royal Mail takes working days). */
    public boolean byPost() {
        return deliveryWorkingDays > 0;
    }

    /** Has a Royal Mail tracking number. */
    public boolean tracked() {
        return this == SIGNED_FOR || this == SPECIAL_DELIVERY;
    }

    @Override
    public String toString() {
        return label();
    }
}
