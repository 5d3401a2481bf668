package uk.cml.letters.templates;

import java.io.IOException;
import java.util.Arrays;
import uk.cml.letters.LetterPdfRenderer;

/**
 * Times a letter from facts to PDF bytes (template, frame and renderer): the first letter in a fresh JVM, then the
 * median of 50 warm ones, for the complaint and the missed-payments letter. A measurement, not a test: run it with
 * {@code java -cp target/classes:target/test-classes:target/lib/* uk.cml.letters.templates.TemplateLetterBenchmark}.
 * Targets: first under 1 s, warm under 100 ms.
 */
public final class TemplateLetterBenchmark {

    private TemplateLetterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        LetterPdfRenderer renderer = new LetterPdfRenderer();
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        // The app calls warmUp() on the background at start-up; --after-warm-up measures the letter after it.
        if (args.length > 0 && args[0].equals("--after-warm-up")) {
            long w = System.nanoTime();
            renderer.warmUp();
            System.out.printf("warm-up at start-up: %.1f ms%n", (System.nanoTime() - w) / 1e6);
        }
        long start = System.nanoTime();
        renderer.render(complaint.document(Facts.complete(complaint)));
        double firstMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("first complaint letter in this JVM: %.1f ms%n", firstMs);
        for (LetterTemplate template : new LetterTemplate[] {complaint, LetterTemplates.MISSED_DIRECT_PAY}) {
            LetterFacts facts = Facts.complete(template);
            for (int i = 0; i < 30; i++) {
                renderer.render(template.document(facts));
            }
            double[] times = new double[50];
            int pages = 0;
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                pages = renderer.render(template.document(facts)).pageCount();
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf("%s (%d pages): warm median %.1f ms (min %.1f, max %.1f)%n", template.key(), pages,
                    (times[24] + times[25]) / 2, times[0], times[49]);
        }
    }
}
