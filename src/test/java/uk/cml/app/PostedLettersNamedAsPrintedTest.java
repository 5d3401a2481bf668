package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.CmsReports;

/**
 * Reviewer rv9: a complaint said "I posted my letter “Enforcement request to CMS”" of a letter printed, and listed on
 * the Letters page, as "Child maintenance that has not reached me": the letters named an earlier letter by the
 * subject the app logs it under, not by the heading the CMS holds on paper.
 */
class PostedLettersNamedAsPrintedTest {

    static final LocalDate WRITTEN = LocalDate.of(2026, 12, 4);
    static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249");

    static SentLetter posted(String subject, LetterKind kind, String heading) {
        return new SentLetter(7, 1, WRITTEN, Optional.of(WRITTEN.plusDays(1)), CMS, subject, kind, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty())
                .madeWith(heading, "");
    }

    @Test
    void aReportIsNamedByItsPrintedHeading() {
        SentLetter made = posted("Enforcement request to CMS", LetterKind.COLLECTION_REQUEST,
                "Child maintenance that has not reached me");
        List<CmsReports.Posted> reports = LetterWiring.postedReports(List.of(made), List.of(), day -> true);
        assertEquals(List.of("Child maintenance that has not reached me"),
                reports.stream().map(CmsReports.Posted::subject).toList());
    }

    @Test
    void aLetterLoggedByHandKeepsItsSubject() {
        SentLetter logged = posted("My letter about June", LetterKind.COLLECTION_REQUEST, "");
        assertEquals(List.of("My letter about June"), LetterWiring.postedReports(List.of(logged), List.of(),
                day -> true).stream().map(CmsReports.Posted::subject).toList());
    }
}
