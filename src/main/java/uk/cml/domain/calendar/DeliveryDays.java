package uk.cml.domain.calendar;

import uk.cml.domain.correspondence.PostingMethod;

/**
 * The working days after posting on which a letter sent by a Royal Mail service counts as delivered: the facts
 * table's rows ({@code post.first_class.working_days} and the rest), passed in to the calendar, never figures kept in
 * code. The store gives them as the records hold them at the moment of asking, so a figure the parent corrects on
 * Settings moves every date from then on.
 */
@FunctionalInterface
public interface DeliveryDays {

    /**
     * Working days after posting on which a letter sent by {@code method} counts as delivered; only asked for a
     * method that is {@link PostingMethod#byPost()}. Fails with words naming the service if the records have no
     * figure for it.
     */
    int deliveryWorkingDays(PostingMethod method);
}
