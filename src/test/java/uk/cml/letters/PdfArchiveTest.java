package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Letters are PDF/A-1b")
class PdfArchiveTest {

    /** Runs PDFBox Preflight on the bytes and fails with every error it reports. */
    static void assertPdfA(byte[] pdf, Path folder, String name) throws IOException {
        Path file = Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf"), pdf);
        ValidationResult result = PreflightParser.validate(file.toFile());
        String errors = result.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails()).collect(Collectors.joining("\n"));
        assertTrue(result.isValid(), name + " is not PDF/A-1b:\n" + errors);
    }

    @Test
    @DisplayName("a letter with a table, bullets and enclosures passes Preflight")
    void preflight(@TempDir Path folder) throws IOException {
        LetterDocument letter = SampleLetters.simple()
                .block(new LetterBlock.RequestBox("What I am asking you to do", List.of("Reply.", "Pay.")))
                .bullets(List.of("One", "Two")).table(SampleLetters.complaintWithTable(3).body().stream()
                        .filter(b -> b instanceof LetterBlock.Table).map(b -> (LetterBlock.Table) b).findFirst()
                        .orElseThrow()).build();
        assertPdfA(new LetterPdfRenderer().render(letter).pdf(), folder, "sample");
    }
}
