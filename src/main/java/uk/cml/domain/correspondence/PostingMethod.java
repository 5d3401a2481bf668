package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * How a letter was sent. The working days until it is treated as delivered follow the usual rule
 * (first class: the 2nd working day after posting, second class: the 4th); they only suggest dates.
 */
public enum PostingMethod implements Labelled {
    FIRST_CLASS(2, true, false),
    SECOND_CLASS(4, true, false),
    // Signed For travels as 1st class; Special Delivery is guaranteed by the next working day.
    SIGNED_FOR(2, true, true),
    SPECIAL_DELIVERY(1, true, true),
    BY_HAND(0, false, false),
    ONLINE_ACCOUNT(0, false, false),
    EMAIL(0, false, false);

    private final int deliveryWorkingDays;
    private final boolean byPost;
    private final boolean tracked;

    PostingMethod(int deliveryWorkingDays, boolean byPost, boolean tracked) {
        this.deliveryWorkingDays = deliveryWorkingDays;
        this.byPost = byPost;
        this.tracked = tracked;
    }

    /** Working days after posting on which the letter is treated as delivered. */
    public int deliveryWorkingDays() {
        return deliveryWorkingDays;
    }

    /** Posted at a Post Office, so a certificate of posting can prove it. */
    public boolean byPost() {
        return byPost;
    }

    /** Has a Royal Mail tracking number. */
    public boolean tracked() {
        return tracked;
    }

    @Override
    public String toString() {
        return label();
    }
}
