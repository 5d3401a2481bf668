package uk.cml.letters.templates;

import java.util.Objects;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * What the parent chose for a letter on the Write a letter page, which the records cannot say: a letter states only
 * the intentions the parent chose, and counts its dates from the posting they say they will use.
 *
 * @param sayComplaint the letter says the parent will complain (or take their complaint further) if the CMS does not
 *                     act; off unless the parent ticks it
 * @param postedBy     how the parent will post the letter, for the dates it counts from when the CMS receives it
 *                     (a complaint's targets); first class unless they say otherwise
 */
public record LetterChoices(boolean sayComplaint, PostingMethod postedBy) {

    /** Nothing chosen: no complaint threatened, posted first class. */
    public static final LetterChoices NONE = new LetterChoices(false, PostingMethod.FIRST_CLASS);

    public LetterChoices {
        postedBy = Objects.requireNonNullElse(postedBy, PostingMethod.FIRST_CLASS);
    }

    public LetterChoices withSayComplaint(boolean value) {
        return new LetterChoices(value, postedBy);
    }

    public LetterChoices withPostedBy(PostingMethod value) {
        return new LetterChoices(sayComplaint, value);
    }
}
