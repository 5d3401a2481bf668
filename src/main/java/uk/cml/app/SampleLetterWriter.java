package uk.cml.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.RenderedLetter;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFileNames;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.MissingFact;
import uk.cml.letters.templates.Warning;

/**
 * The sample-letters command: every template for the sample case, as PDFs for review. The case, its records and the
 * address book come from a throwaway data folder filled by {@link SampleData}, and each letter is made from them as
 * the app makes it ({@link SampleLetterFacts}), so every letter is true to the sample records.
 */
final class SampleLetterWriter {

    private final Clock clock;

    SampleLetterWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes one PDF per template into {@code folder}, except a template the sample records lack a fact for (it is
     * named, with what is missing); never replaces a file already there.
     */
    int write(Path folder, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        Path scratch = Files.createTempDirectory("cml-sample-letters");
        try {
            Map<LetterTemplate, LetterFacts> letters = sampleFacts(scratch);
            LetterPdfRenderer renderer = new LetterPdfRenderer(clock);
            int written = 0;
            for (Map.Entry<LetterTemplate, LetterFacts> entry : letters.entrySet()) {
                LetterTemplate template = entry.getKey();
                LetterFacts facts = entry.getValue();
                LetterDraft draft = template.draft(facts);
                if (!draft.missing().isEmpty()) {
                    // As the real window will not make it: a sample letter never prints a bracketed placeholder.
                    out.println("skipped: " + template.fileTitle() + " (the sample records do not give "
                            + String.join(" or ", draft.missing().stream().map(MissingFact::field).toList()) + ")");
                    continue;
                }
                RenderedLetter letter = renderer.render(LetterFrame.compose(template, facts, draft));
                Path file = folder.resolve(fileName(template, facts));
                file = LetterFileNames.freeVariant(file);
                Files.write(file, letter.pdf(), StandardOpenOption.CREATE_NEW);
                written++;
                out.println(file.getFileName() + " (" + letter.pageCount()
                        + (letter.pageCount() == 1 ? " page)" : " pages)"));
                for (Warning warning : draft.warnings()) {
                    out.println("    note: " + warning.message());
                }
            }
            return written;
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** Each template's facts from the sample records, saved in {@code scratch} (a folder of its own). */
    Map<LetterTemplate, LetterFacts> sampleFacts(Path scratch) {
        Map<LetterTemplate, LetterFacts> letters = new LinkedHashMap<>();
        try (AppServices services = AppServices.open(scratch, clock)) {
            new SampleData(services, 3, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            SampleLetterFacts sample = new SampleLetterFacts(services, caseFile, LocalDate.now(clock));
            LetterRecipients book = new LetterRecipients(services);
            for (LetterTemplate template : LetterTemplates.all()) {
                LetterFacts facts = sample.forTemplate(template);
                letters.put(template, facts.toBuilder().recipient(book.recipientFor(template, facts)).build());
            }
        }
        return letters;
    }

    /** The file a letter is saved as: its date, then its name as printed and listed (its heading). */
    static String fileName(LetterTemplate template, LetterFacts facts) {
        return LetterFileNames.fileName(facts.letterDate(), template.nameFor(template.draft(facts).heading()));
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the operating system clears it.
        }
    }
}
