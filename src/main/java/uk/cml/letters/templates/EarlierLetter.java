package uk.cml.letters.templates;

import java.time.LocalDate;

/**
 * A letter the parent sent before, with its proof of postage and where it went.
 *
 * @param subject        its subject or title as the parent logged it ("Complaint about how the arrears are
 *                       collected"), quoted as it stands
 * @param howPosted      "first class post with a certificate of posting", "Royal Mail Signed For"...
 * @param proofReference the certificate of posting reference or the tracking number; empty if none
 * @param sentTo         the name and address it was sent to; {@link LetterFacts.Contact#NONE} if not known
 * @param copyKept       the records hold a copy of the letter (a document attached to it), so one can be enclosed
 * @param proofKept      the records hold the certificate of posting itself (its photo or scan), not only its
 *                       reference
 * @param letterId       the letter in the parent's log (its id), when it was taken from there; 0 when typed in, so
 *                       a chasing letter for it is logged with a link to it only when the log holds it
 */
public record EarlierLetter(LocalDate date, String subject, LocalDate postedOn, String howPosted,
        String proofReference, LetterFacts.Contact sentTo, boolean copyKept, boolean proofKept, long letterId) {

    public EarlierLetter {
        subject = Text.clean(subject);
        howPosted = Text.clean(howPosted);
        proofReference = Text.clean(proofReference);
        sentTo = sentTo == null ? LetterFacts.Contact.NONE : sentTo;
    }

    /** A letter not taken from the log. */
    public EarlierLetter(LocalDate date, String subject, LocalDate postedOn, String howPosted, String proofReference,
            LetterFacts.Contact sentTo, boolean copyKept, boolean proofKept) {
        this(date, subject, postedOn, howPosted, proofReference, sentTo, copyKept, proofKept, 0);
    }

    /** A letter of which the records hold no copy and no certificate of posting, only what was logged. */
    public EarlierLetter(LocalDate date, String subject, LocalDate postedOn, String howPosted, String proofReference,
            LetterFacts.Contact sentTo) {
        this(date, subject, postedOn, howPosted, proofReference, sentTo, false, false);
    }

    /** A letter whose recipient is not known, with no copy or certificate of posting kept. */
    public EarlierLetter(LocalDate date, String subject, LocalDate postedOn, String howPosted, String proofReference) {
        this(date, subject, postedOn, howPosted, proofReference, LetterFacts.Contact.NONE);
    }

    /** The same letter, with what the records hold of it. */
    public EarlierLetter kept(boolean copy, boolean proof) {
        return new EarlierLetter(date, subject, postedOn, howPosted, proofReference, sentTo, copy, proof, letterId);
    }

    /** The same letter, as the letter of this id in the parent's log. */
    public EarlierLetter fromLog(long id) {
        return new EarlierLetter(date, subject, postedOn, howPosted, proofReference, sentTo, copyKept, proofKept, id);
    }

    /** The letter in the parent's log this one is, if it was taken from there. */
    public java.util.Optional<Long> inLog() {
        return letterId > 0 ? java.util.Optional.of(letterId) : java.util.Optional.empty();
    }
}
