package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.common.AttachmentField.Described;

/**
 * A certificate photo attached on the Letters page is stored saying what it is, dated as the letter was posted: it
 * showed in Documents with "What it is" blank, and on the Timeline as "cert.png" alone.
 */
class CertificateDescribedTest {

    static final LocalDate POSTED = LocalDate.of(2026, 12, 5);

    static SentLetter posted(Optional<LocalDate> on, ProofOfPostage proof) {
        return new SentLetter(12, 1, LocalDate.of(2026, 12, 4), on, new Recipient(Optional.empty(), "CMS", ""),
                "Missed payments", LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                proof, "", Optional.empty(), Optional.empty());
    }

    @Test
    void namedAfterTheLetterAndDatedAsPosted() {
        assertEquals(new Described("Certificate of posting for the letter “Missed payments” posted 5 Dec 2026",
                Optional.of(POSTED)), LettersView.certificateDescribed(Optional.of(posted(Optional.of(POSTED),
                        ProofOfPostage.NONE))));
    }

    @Test
    void notPostedYetIsNamedWithoutADay() {
        assertEquals(new Described("Certificate of posting for the letter “Missed payments”", Optional.empty()),
                LettersView.certificateDescribed(Optional.of(posted(Optional.empty(), ProofOfPostage.NONE))));
        assertEquals(new Described("Certificate of posting for a letter", Optional.empty()),
                LettersView.certificateDescribed(Optional.empty()));
    }

    @Test
    void aMadeLetterIsNamedByTheHeadingPrintedInIt() {
        // Reviewer rv10: a certificate for the letter headed "Our phone call on 6 Dec 2026" was named after the
        // template's own subject, "Confirming call with CMS", which the parent never saw on the letter or the list.
        SentLetter made = posted(Optional.of(POSTED), ProofOfPostage.NONE)
                .madeWith("Our phone call on 6 Dec 2026", "");
        assertEquals(new Described("Certificate of posting for the letter “Our phone call on 6 Dec 2026” posted 5 Dec"
                + " 2026", Optional.of(POSTED)), LettersView.certificateDescribed(Optional.of(made)));
    }
}
