package uk.cml.domain.correspondence;

/**
 * How a letter was sent. The working days until it is treated as delivered follow the usual rule
 * (first class: the 2nd working day after posting, second class: the 4th); they only suggest dates.
 */
public enum PostingMethod {
    FIRST_CLASS("1st class post", 2, true, false),
    SECOND_CLASS("2nd class post", 4, true, false),
    // Signed For travels as 1st class; Special Delivery is guaranteed by the next working day.
    SIGNED_FOR("Royal Mail Signed For", 2, true, true),
    SPECIAL_DELIVERY("Special Delivery", 1, true, true),
    BY_HAND("By hand", 0, false, false),
    ONLINE_ACCOUNT("Message in the online account", 0, false, false),
    EMAIL("Email", 0, false, false);

    private final String label;
    private final int deliveryWorkingDays;
    private final boolean byPost;
    private final boolean tracked;

    PostingMethod(String label, int deliveryWorkingDays, boolean byPost, boolean tracked) {
        this.label = label;
        this.deliveryWorkingDays = deliveryWorkingDays;
        this.byPost = byPost;
        this.tracked = tracked;
    }

    public String label() {
        return label;
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
        return label;
    }
}
