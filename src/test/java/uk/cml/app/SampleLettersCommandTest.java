package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

class SampleLettersCommandTest {

    @Test
    @DisplayName("sample-letters writes every letter's PDF and, run again, keeps the first ones and adds \" (2)\" copies")
    void writesEveryTemplateWithoutOverwriting(@TempDir Path folder) throws IOException {
        assertEquals(0, run(folder));
        List<Path> first = pdfs(folder);
        int letters = uk.cml.letters.templates.LetterTemplates.all().size();
        assertEquals(14, letters);
        // All but the complaint to ICE, which the sample cannot fill (it logs no final response).
        int written = letters - 1;
        assertEquals(written, first.size());
        assertTrue(first.stream().allMatch(p -> p.getFileName().toString().matches("\\d{4}-\\d\\d-\\d\\d .+\\.pdf")));
        byte[] before = Files.readAllBytes(first.get(0));

        assertEquals(0, run(folder));
        List<Path> both = pdfs(folder);
        assertEquals(2 * written, both.size());
        assertEquals(written, both.stream().filter(p -> p.getFileName().toString().endsWith(" (2).pdf")).count());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first.get(0))), "the first file is untouched");
        for (Path pdf : both) {
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        }
    }

    @Test
    @DisplayName("every sample letter is valid PDF/A-1b and its title is the name in its file name")
    void archivalAndNamedAlike(@TempDir Path folder) throws IOException {
        assertEquals(0, run(folder));
        for (Path pdf : pdfs(folder)) {
            ValidationResult result = PreflightParser.validate(pdf.toFile());
            assertTrue(result.isValid(), pdf.getFileName() + " is not PDF/A-1b: " + result.getErrorsList().stream()
                    .map(e -> e.getErrorCode() + " " + e.getDetails()).toList());
            String name = pdf.getFileName().toString();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String title = doc.getDocumentInformation().getTitle();
                assertEquals(uk.cml.letters.templates.LetterFileNames.fileName(
                        java.time.LocalDate.parse(name.substring(0, 10)), title), name);
            }
        }
    }

    @Test
    @DisplayName("each template's letter is there, under its own name, from the sample parent about the sample case")
    void eachFileIsItsTemplatesLetter(@TempDir Path folder, @TempDir Path scratch) throws IOException {
        assertEquals(0, run(folder));
        var facts = new SampleLetterWriter(java.time.Clock.systemDefaultZone()).sampleFacts(scratch);
        Set<String> texts = new HashSet<>();
        for (LetterTemplate template : LetterTemplates.all()) {
            if (template == LetterTemplates.ICE_COMPLAINT) {
                continue;
            }
            List<Path> named = pdfs(folder).stream()
                    .filter(p -> p.getFileName().toString()
                            .equals(SampleLetterWriter.fileName(template, facts.get(template)))).toList();
            assertEquals(1, named.size(), template.fileTitle());
            try (PDDocument pdf = Loader.loadPDF(named.get(0).toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Sam Taylor"), template.fileTitle() + " is signed by the sample parent");
                assertTrue(text.contains("1212 3456 7890") || text.contains("Jordan Reed"),
                        template.fileTitle() + " quotes the case reference or names the paying parent");
                texts.add(text);
            }
        }
        assertEquals(LetterTemplates.all().size() - 1, texts.size(), "no two templates wrote the same letter");
    }

    @Test
    @DisplayName("a letter the sample records cannot fill is not written: no placeholder in any PDF, and the reason"
            + " is printed")
    void skipsWhatTheSampleCannotFill(@TempDir Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(CommandLine.parse(List.of("sample-letters", "--to", folder.toString())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("skipped: Complaint to ICE (the sample records do not"
                + " give the date of the CMS final response)"), out.toString(StandardCharsets.UTF_8));
        assertTrue(pdfs(folder).stream().noneMatch(p -> p.getFileName().toString().contains("Complaint to ICE")));
        for (Path pdf : pdfs(folder)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertFalse(text.matches("(?s).*\\[[a-z][^\\]]*\\].*"), pdf.getFileName() + " has a placeholder: "
                        + text);
            }
        }
    }

    @Test
    @DisplayName("without --to it says what to add")
    void needsFolder() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(CommandLine.parse(List.of("sample-letters")), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--to DIR"));
    }

    private static int run(Path folder) {
        return Main.run(CommandLine.parse(List.of("sample-letters", "--to", folder.toString())),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
