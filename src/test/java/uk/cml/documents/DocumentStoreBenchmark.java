package uk.cml.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Timings for adding a phone photo; run by hand, not by the test suite (its name does not end in Test):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) uk.cml.documents.DocumentStoreBenchmark
 * </pre>
 * Each figure is the median of 7 runs after 3 warm-up runs.
 */
public final class DocumentStoreBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private interface Step {
        void run(int round) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("cml-bench");
        try {
            run(work);
        } finally {
            deleteAll(work);
        }
    }

    private static void run(Path work) throws Exception {
        Path root = Files.createDirectories(work.resolve("documents"));

        byte[] random = new byte[15 * 1024 * 1024];
        new Random(1).nextBytes(random);
        Path fifteen = Files.write(work.resolve("random-15MB.bin"), random);
        report("hash + copy + fsync of a 15 MB file", time(round -> {
            Path target = Files.createTempFile(root, ".bench-", ".part");
            try (InputStream in = Files.newInputStream(fifteen)) {
                HashingCopier.copy(in.readNBytes(ContentSniffer.HEADER_BYTES), in, target, DocumentStore.MAX_BYTES, "x");
            } finally {
                Files.delete(target);
            }
        }));

        Path photo = Fixtures.noisyJpeg(work.resolve("IMG_4000x3000.jpg"), 4000, 3000, 2);
        System.out.printf("4000 x 3000 JPEG of noise at quality 0.97: %s%n", Refusals.megabytes(Files.size(photo)));

        report("content check of that JPEG (full decode, kept at 1 pixel in 3)",
                time(round -> ContentInspector.inspect(photo, DocumentType.JPEG, "x.jpg", true)));
        report("for comparison: ImageIO.read of the whole JPEG",
                time(round -> ImageIO.read(photo.toFile())));
        report("DocumentStore.add of that JPEG (new each time: copy, hash, check, move)", time(round -> {
            DocumentStore store = new DocumentStore(Files.createDirectories(work.resolve("store-" + round)));
            store.add(photo);
        }));
        DocumentStore store = new DocumentStore(root);
        String hash = store.add(photo).sha256();
        report("DocumentStore.add of the same JPEG again (already stored)", time(round -> store.add(photo)));
        report("DocumentStore.verify of the stored JPEG", time(round -> store.verify(hash)));
        report("DocumentPreview.scaledImage of the JPEG into 800 x 600",
                time(round -> new DocumentPreview().scaledImage(photo, 800, 600)));

        Path pdf = Fixtures.pdf(work.resolve("three-pages.pdf"), 3);
        report("DocumentPreview.renderFirstPages of a 3-page text PDF at 96 dpi",
                time(round -> new DocumentPreview().renderFirstPages(pdf, 3, 96f)));
    }

    private static long[] time(Step step) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            step.run(-1 - i);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            step.run(i);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String what, long[] sortedMillis) {
        System.out.printf("%-75s median %5d ms (min %d, max %d)%n",
                what, sortedMillis[sortedMillis.length / 2], sortedMillis[0], sortedMillis[sortedMillis.length - 1]);
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
