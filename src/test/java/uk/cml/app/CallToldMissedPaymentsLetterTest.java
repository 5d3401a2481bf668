package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The letter reporting missed Direct Pay payments says "I am telling you again ... I told you by phone on ..." only
 * for a call the parent answered "Yes" to "Did you tell them about missed payments on this call?": never from the
 * words of the call's outcome, which a parent may write in many ways. Saved through the store, made from the records
 * as the app makes it, and read back from the PDF.
 */
class CallToldMissedPaymentsLetterTest {

    @TempDir
    Path data;

    private static String letter(AppServices services, CaseFile caseFile) throws Exception {
        byte[] pdf = new LetterPdfRenderer(LetterWiringTest.CLOCK).render(LetterTemplates.MISSED_DIRECT_PAY
                .document(LetterWiring.facts(services, caseFile))).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("a call answered No is no report whatever its outcome says; answered Yes, the letter says again")
    void onlyTheParentsYesMakesTheLetterSayAgain() throws Exception {
        try (AppServices services = AppServices.open(data, LetterWiringTest.CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            // The sample's own calls and letters set aside: only the call below can have told the CMS.
            services.calls.calls(caseFile.id()).forEach(c -> services.calls.moveToBin(c.id()));
            services.sentLetters.letters(caseFile.id()).forEach(l -> services.sentLetters.moveToBin(l.id()));
            String first = letter(services, caseFile);
            assertFalse(first.contains("again"), first);

            long id = services.calls.add(new Call(0, caseFile.id(), LocalDateTime.of(2026, 11, 20, 11, 0),
                    CallDirection.I_CALLED, "0800 171 2345", "Sam", "", "", "We talked about the missed payments",
                    "", Optional.empty(), "Missed payments reported", Optional.empty(), false, false, null,
                    Optional.of(MissedPaymentsTold.NO)));
            String no = letter(services, caseFile);
            assertFalse(no.contains("again"), "the parent said No: " + no);
            assertFalse(no.contains("by phone"), no);

            Call answered = services.calls.find(id).orElseThrow();
            services.calls.correct(answered.withToldMissedPayments(Optional.empty()));
            String none = letter(services, caseFile);
            assertFalse(none.contains("again"), "no answer is no report: " + none);
            assertFalse(none.contains("by phone"), none);

            services.calls.correct(answered.withToldMissedPayments(Optional.of(MissedPaymentsTold.YES)));
            String yes = letter(services, caseFile);
            assertTrue(yes.contains("tell you again"), yes);
            assertTrue(yes.contains("I told you by phone on 20 Nov 2026."), yes);
        }
    }
}
