package uk.cml.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/** For review by hand: the letters the app would make from a data folder's first case, as PDFs. Args: DATA OUT */
public final class CaseLettersMain {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (AppServices services = AppServices.open(Path.of(args[0]), Clock.system(ZoneId.of("Europe/London")))) {
            CaseFile c = services.cases.cases().get(0);
            LetterFacts facts = LetterWiring.facts(services, c);
            for (LetterTemplate t : LetterTemplates.all()) {
                LetterFacts f = facts.toBuilder().recipient(t.recipientFrom(facts)
                        .orElse(new LetterRecipients(services).recipientFor(t, facts))).build();
                if (t.doesNotFit(f).isPresent()) {
                    System.out.println("does not fit: " + t.key() + ": " + t.doesNotFit(f).get());
                }
                byte[] pdf = new LetterPdfRenderer(services.clock).render(t.document(f)).pdf();
                Files.write(out.resolve(t.key() + ".pdf"), pdf);
            }
        }
    }
}
