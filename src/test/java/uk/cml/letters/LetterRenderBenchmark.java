package uk.cml.letters;

import java.io.IOException;
import java.util.Arrays;

/**
 * Times rendering a typical two-page complaint: the first render in this JVM (class loading and font reading
 * included), then the median of 50 warm renders. Run it in a fresh JVM; it is a measurement, not a test.
 */
public final class LetterRenderBenchmark {

    private LetterRenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        // What the parent sees when the app warmed up at start-up: a fresh JVM, warmUp(), then the first real letter.
        if (args.length > 0 && args[0].equals("--after-warm-up")) {
            long w = System.nanoTime();
            new LetterPdfRenderer().warmUp();
            double warmUpMs = (System.nanoTime() - w) / 1e6;
            long t = System.nanoTime();
            new LetterPdfRenderer().render(SampleLetters.complaintWithTable(25));
            System.out.printf("warm-up %.1f ms, then first real letter %.1f ms%n", warmUpMs, (System.nanoTime() - t) / 1e6);
            return;
        }
        LetterDocument letter = SampleLetters.complaintWithTable(20);
        LetterPdfRenderer renderer = new LetterPdfRenderer();

        long start = System.nanoTime();
        LetterFonts.printableInAllFaces();
        double fontsMs = (System.nanoTime() - start) / 1e6;
        RenderedLetter first = renderer.render(letter);
        double firstMs = (System.nanoTime() - start) / 1e6;
        long second = System.nanoTime();
        renderer.render(letter);
        double secondMs = (System.nanoTime() - second) / 1e6;

        for (int i = 0; i < 30; i++) {
            renderer.render(letter);
        }
        double[] times = new double[50];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            renderer.render(letter);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("pages=%d bytes=%d first=%.1f ms (font files %.1f ms) second=%.1f ms "
                        + "warm median=%.1f ms (min %.1f, max %.1f)%n",
                first.pageCount(), first.pdf().length, firstMs, fontsMs, secondMs, times[25], times[0], times[49]);
    }
}
