package uk.cml.bench;

import uk.cml.store.SeededFacts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.CmsReference;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;
import uk.cml.app.PackStores;
import uk.cml.store.CallStore;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.History;
import uk.cml.store.NoteStore;
import uk.cml.store.PaymentStore;
import uk.cml.store.ReceivedLetterStore;
import uk.cml.store.SentLetterStore;
import uk.cml.store.StandingStore;

/**
 * A pack of about 5,000 events with 100 letters, each with a 4000 x 3000 phone photo as its proof of postage.
 * Run with -Xmx512m: java -Xmx512m -cp target/classes:target/test-classes:(dependencies) uk.cml.bench.PackBenchmark
 * (20 distinct photos: the store keeps identical files once, but each of the 100 proofs is decoded and embedded).
 */
public final class PackBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));
    private static final int RUNS = 5;

    private PackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("cml-pack-bench");
        try (Database database = Database.open(folder, CLOCK)) {
            History history = new History(CLOCK);
            CaseStore cases = new CaseStore(database, history, CLOCK);
            long caseId = cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of("14 Orchard Close",
                    "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed", Optional.empty(),
                    WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.of(new CmsReference("121234567890")),
                    List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), BigDecimal.valueOf(4)));
            PaymentStore payments = new PaymentStore(database, history, CLOCK);
            CallStore calls = new CallStore(database, history, CLOCK);
            NoteStore notes = new NoteStore(database, history, CLOCK);
            SentLetterStore sent = new SentLetterStore(database, history, CLOCK);
            ReceivedLetterStore received = new ReceivedLetterStore(database, history, CLOCK);
            DocumentRecordStore documents = new DocumentRecordStore(database, history, CLOCK,
                    new DocumentStore(folder.resolve("documents")));
            PackStores stores = new PackStores(cases, payments, calls, sent, received, documents, notes,
                    new StandingStore(database, CLOCK, SeededFacts.calendar(), sent, received, calls),
                    List.of(payments, calls, sent, received, documents, notes));
            long fill = System.nanoTime();
            fill(folder, caseId, payments, calls, notes, sent, documents);
            System.out.printf("Filled in %.1f s%n", (System.nanoTime() - fill) / 1e9);

            PackAssembler assembler = new PackAssembler(stores, CLOCK);
            PackPeriod period = assembler.wholeHistory(caseId);
            double[] times = new double[RUNS];
            long[] peaks = new long[RUNS];
            int pages = 0;
            int events = 0;
            for (int run = -1; run < RUNS; run++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                PackContents contents = assembler.assemble(caseId, period, EnumSet.allOf(PackSection.class),
                        Optional.of(new uk.cml.letters.pack.RecordsSeal("benchmark", 1, 0)));
                Path target = folder.resolve("pack-" + run + ".pdf");
                EvidencePackBuilder.Result result = new EvidencePackBuilder().build(contents, target,
                        PackProgress.NONE, () -> false);
                if (run >= 0) {
                    times[run] = (System.nanoTime() - start) / 1e6;
                    peaks[run] = peakHeap();
                    System.out.printf("run %d: %.0f ms, peak heap %d MB, %d pages, %.1f MB%n", run, times[run],
                            peaks[run] >> 20, result.pageCount(), Files.size(target) / 1e6);
                }
                pages = result.pageCount();
                events = contents.chronology().size();
                Files.delete(target);
            }
            Arrays.sort(times);
            Arrays.sort(peaks);
            System.out.printf("Chronology events: %,d; pages: %,d; max heap %d MB%n", events, pages,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("Median: %.0f ms (min %.0f, max %.0f); median peak heap %d MB (max %d MB)%n",
                    times[RUNS / 2], times[0], times[RUNS - 1], peaks[RUNS / 2] >> 20, peaks[RUNS - 1] >> 20);
        }
    }

    private static void fill(Path folder, long caseId, PaymentStore payments, CallStore calls, NoteStore notes,
                             SentLetterStore sent, DocumentRecordStore documents) throws Exception {
        LocalDate start = LocalDate.of(2018, 1, 1);
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(60), PaymentFrequency.WEEKLY, start, "CMS"));
        List<Payment> paid = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            paid.add(new Payment(0, start.plusWeeks(i).plusDays(1), Money.ofPounds(i % 5 == 0 ? 30 : 60),
                    PaymentMethod.BANK_TRANSFER, "REF" + i, ""));
        }
        payments.addPayments(caseId, paid);
        for (int i = 0; i < 2200; i++) {
            calls.add(new Call(0, caseId, start.plusDays(i).atTime(9 + i % 8, 15), CallDirection.values()[i % 3],
                    "0800 171 2345", "Priya", "Arrears team", "44" + i, "Asked about the missed payment of week " + i
                    + ". Told enforcement would be looked at.", "A call back", Optional.of(start.plusDays(i + 5)),
                    "Waiting", Optional.empty(), false, false, null));
        }
        for (int i = 0; i < 2200; i++) {
            notes.add(new Note(0, caseId, start.plusDays(i), i % 4 == 0 ? NoteCategory.EFFECT_ON_CHILD
                    : NoteCategory.PLAIN, "Note " + i + ": could not pay for the school shoes this week.", null));
        }
        List<Path> photos = new ArrayList<>();
        Random random = new Random(7);
        for (int p = 0; p < 20; p++) {
            photos.add(photo(folder.resolve("photo-" + p + ".jpg"), random));
        }
        for (int i = 0; i < 100; i++) {
            long proof = documents.add(caseId, photos.get(i % photos.size()), "Certificate").document().id();
            LocalDate posted = start.plusDays(i * 17L);
            sent.save(new SentLetter(0, caseId, posted, Optional.of(posted), new Recipient(Optional.empty(),
                    "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), "Missed payments " + i,
                    LetterKind.ARREARS_REPORT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                    new ProofOfPostage(Optional.of(posted), "Leeds", "CP" + i, Optional.of(proof)), "",
                    Optional.empty(), Optional.empty()));
        }
    }

    /** A 4000 x 3000 photo with enough detail to compress like a real one (a few MB). */
    private static Path photo(Path file, Random random) throws Exception {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 4000; i++) {
            g.setColor(new Color(random.nextInt()));
            g.fillOval(random.nextInt(4000), random.nextInt(3000), random.nextInt(300), random.nextInt(300));
        }
        g.dispose();
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound on the heap in use at any moment of the run. */
    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
