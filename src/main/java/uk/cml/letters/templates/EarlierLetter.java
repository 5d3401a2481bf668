package uk.cml.letters.templates;

import java.time.LocalDate;

/**
 * A letter the parent sent before, with its proof of postage.
 *
 * @param subject        what it was about, in a few words ("the missed payments since June")
 * @param howPosted      "first class post with a certificate of posting", "Royal Mail Signed For"...
 * @param proofReference the certificate of posting reference or the tracking number; empty if none
 */
public record EarlierLetter(LocalDate date, String subject, LocalDate postedOn, String howPosted,
        String proofReference) {

    public EarlierLetter {
        subject = Text.clean(subject);
        howPosted = Text.clean(howPosted);
        proofReference = Text.clean(proofReference);
    }
}
