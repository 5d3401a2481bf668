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
 */
public record EarlierLetter(LocalDate date, String subject, LocalDate postedOn, String howPosted,
        String proofReference, LetterFacts.Contact sentTo) {

    public EarlierLetter {
        subject = Text.clean(subject);
        howPosted = Text.clean(howPosted);
        proofReference = Text.clean(proofReference);
        sentTo = sentTo == null ? LetterFacts.Contact.NONE : sentTo;
    }

    /** A letter whose recipient is not known. */
    public EarlierLetter(LocalDate date, String subject, LocalDate postedOn, String howPosted, String proofReference) {
        this(date, subject, postedOn, howPosted, proofReference, LetterFacts.Contact.NONE);
    }
}
