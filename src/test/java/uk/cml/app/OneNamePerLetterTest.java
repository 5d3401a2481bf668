package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterFileNames;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * Found by a reviewer: one letter went by three names. The file was "2026-12-05 Complaint to CMS.pdf", the PDF's
 * title the same, while the letter was headed "COMPLAINT" and listed on the Letters page by that heading. A parent
 * holding the printed letter could not tell which file or row it was. Now every letter is called by the heading
 * printed in it: in its file name, its PDF title and subject, and its row.
 */
class OneNamePerLetterTest {

    @Test
    void eachSampleLettersFileTitleAndRowNameTheHeadingPrintedInIt(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int written = new SampleLetterWriter(Clock.systemDefaultZone())
                .write(folder, new PrintStream(said, true, StandardCharsets.UTF_8));
        assertTrue(written > 10, said.toString(StandardCharsets.UTF_8));
        List<String> wrong = new ArrayList<>();
        LocalDate today = LocalDate.now();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String title = pdf.getDocumentInformation().getTitle();
                String subject = pdf.getDocumentInformation().getSubject();
                String printed = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                String fileName = file.getFileName().toString();
                if (!LetterFileNames.fileName(today, title).equals(fileName)) {
                    wrong.add(fileName + ": titled " + title);
                }
                if (!title.equals(subject)) {
                    wrong.add(fileName + ": titled " + title + " but its subject is " + subject);
                }
                if (!printed.contains(title.replaceAll("\\s+", " "))) {
                    wrong.add(fileName + ": " + title + " is not printed in it");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aMadeLettersRowIsNamedAsItsFile() {
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        SentLetter logged = new SentLetter(0, 1, LocalDate.of(2026, 12, 5), java.util.Optional.empty(),
                new uk.cml.domain.correspondence.Recipient(java.util.Optional.empty(), "Child Maintenance Service 21",
                        "Mail Handling Site A"), complaint.fileTitle(), uk.cml.domain.correspondence.LetterKind.COMPLAINT,
                java.util.Optional.empty(), java.util.Optional.empty(),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", java.util.Optional.empty(),
                java.util.Optional.empty()).madeWith("COMPLAINT", "");
        // Kept with the heading it printed before complaints were headed plainly: named by its plain name, in its
        // row and in the file a letter made again is saved as.
        assertEquals("Complaint to CMS", logged.about());
        assertEquals("2026-12-05 " + logged.about() + ".pdf",
                LetterFileNames.fileName(logged.written(), complaint.nameFor("COMPLAINT")));
        assertEquals("2026-12-05 COMPLAINT - request for a review.pdf",
                LetterFileNames.fileName(logged.written(), "COMPLAINT: request for a review"));
    }
}
