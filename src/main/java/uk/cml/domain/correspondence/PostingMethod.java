package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * How a letter was sent. The working days after posting on which a letter sent by a Royal Mail service counts as
 * delivered are not kept here: they are rows of the facts table (V035), which the calendar is given
 * ({@code uk.cml.domain.calendar.DeliveryDays}); they only suggest dates.
 */
public enum PostingMethod implements Labelled {
    FIRST_CLASS(true),
    SECOND_CLASS(true),
    SIGNED_FOR(true),
    SPECIAL_DELIVERY(true),
    BY_HAND(false),
    ONLINE_ACCOUNT(false),
    EMAIL(false);

    private final boolean byPost;

    PostingMethod(boolean byPost) {
        this.byPost = byPost;
    }

    /**
     * Posted at a Post Office, so a certificate of posting can prove it; only these take working days to count as
     * delivered (by hand, email and the online account count the day sent).
     */
    public boolean byPost() {
        return byPost;
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
