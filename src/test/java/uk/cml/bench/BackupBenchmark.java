package uk.cml.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import uk.cml.safety.BackupRestore;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsSafety;
import uk.cml.store.Database;
import uk.cml.store.SettingsStore;

/**
 * Not a test: run by hand after {@code mvn -o test-compile}, with
 * {@code java -Xmx512m -cp target/classes:target/test-classes:target/lib/* uk.cml.bench.BackupBenchmark [work dir]}.
 * Backs up, checks and restores a data folder of 5,000 events and 100 photo-sized files; then measures what the
 * journal triggers add to each save. Prints medians of 5 runs.
 */
public final class BackupBenchmark {

    private static final int EVENTS = 5_000;
    private static final int PHOTOS = 100;
    private static final int RUNS = 5;

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory(args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty(
                "java.io.tmpdir")), "cml-bench-");
        Clock clock = Clock.systemDefaultZone();
        Path data = work.resolve("data");
        Files.createDirectories(data);
        long photoBytes = fill(data, clock);
        System.out.printf("Data: %,d events, %d files, %,d MB of files%n", EVENTS, PHOTOS, photoBytes / 1_000_000);
        List<Long> backup = new ArrayList<>();
        List<Long> check = new ArrayList<>();
        List<Long> restore = new ArrayList<>();
        try (Database database = Database.open(data, clock, JournalTriggers::install)) {
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), data, clock, "bench");
            for (int run = 0; run < RUNS; run++) {
                resetPeaks();
                long start = System.nanoTime();
                Path file = safety.backUpTo(work.resolve("backup-" + run + ".zip"), Progress.NONE).file();
                backup.add(System.nanoTime() - start);
                start = System.nanoTime();
                var report = safety.check(Progress.NONE);
                if (!report.allMatch()) {
                    throw new IllegalStateException("check found problems: " + report.problems().subList(0,
                            Math.min(3, report.problems().size())));
                }
                check.add(System.nanoTime() - start);
                Path into = work.resolve("restored-" + run);
                start = System.nanoTime();
                BackupRestore.restore(file, into, clock, Progress.NONE);
                restore.add(System.nanoTime() - start);
                Files.delete(file);
            }
        }
        System.out.printf("Backup  median %,d ms (runs %s)%n", median(backup) / 1_000_000, ms(backup));
        System.out.printf("Check   median %,d ms (runs %s)%n", median(check) / 1_000_000, ms(check));
        System.out.printf("Restore median %,d ms (runs %s)%n", median(restore) / 1_000_000, ms(restore));
        System.out.printf("Peak heap used in the last run: %,d MB (max heap %,d MB)%n", peakHeap() / 1_000_000,
                Runtime.getRuntime().maxMemory() / 1_000_000);
        journalCost(work, clock);
        System.out.println("Work folder (delete when done): " + work);
    }

    private static long fill(Path data, Clock clock) throws Exception {
        long bytes = 0;
        try (Database database = Database.open(data, clock, JournalTriggers::install)) {
            database.inTransaction(c -> {
                c.createStatement().execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, "
                        + "arrangement, recorded_at) VALUES (1, 'Jordan Reed', 'EMPLOYED', 'DIRECT_PAY', '2024-01-01T09:00')");
                try (PreparedStatement insert = c.prepareStatement(EVENT_INSERT)) {
                    for (int i = 0; i < EVENTS; i++) {
                        bind(insert, i);
                        insert.executeUpdate();
                    }
                }
                return null;
            });
            Random random = new Random(42);
            for (int i = 0; i < PHOTOS; i++) {
                byte[] photo = new byte[3_000_000 + random.nextInt(2_000_000)];
                random.nextBytes(photo);
                photo[0] = (byte) 0xFF;
                photo[1] = (byte) 0xD8;
                photo[2] = (byte) 0xFF;
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
                Path file = data.resolve("documents").resolve(hash.substring(0, 2)).resolve(hash);
                Files.createDirectories(file.getParent());
                Files.write(file, photo);
                bytes += photo.length;
            }
        }
        return bytes;
    }

    /** The events are the app's own notes: "Check records" refuses tables the app never makes. */
    private static final String EVENT_INSERT = "INSERT INTO note (case_id, happened_on, category, text, "
            + "recorded_at) VALUES (1, ?, 'PLAIN', ?, ?)";

    private static void bind(PreparedStatement insert, int i) throws java.sql.SQLException {
        insert.setString(1, java.time.LocalDate.of(2020, 1, 1).plusDays(i % 2000).toString());
        insert.setString(2, "Payment of " + (10_000 + i) + "p by bank transfer, reference " + i
                + ". Confirmed on the phone with the CMS.");
        insert.setString(3, "2024-02-01T10:" + String.format("%02d", i % 60));
    }

    /** 1,000 saves, each its own transaction as in the app, with and without the journal triggers. */
    private static void journalCost(Path work, Clock clock) throws Exception {
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        List<Long> withBatch = new ArrayList<>();
        List<Long> withoutBatch = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            for (boolean journal : new boolean[] {true, false}) {
                Path folder = Files.createDirectories(work.resolve("writes-" + run + "-" + journal));
                try (Database database = journal ? Database.open(folder, clock, JournalTriggers::install)
                        : Database.open(folder, clock)) {
                    database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO case_file (id, "
                            + "other_parent_name, other_parent_work, arrangement, recorded_at) VALUES (1, 'J', "
                            + "'EMPLOYED', 'DIRECT_PAY', '2024-01-01T09:00')"));
                    long batch = System.nanoTime();
                    database.inTransaction(c -> {
                        try (PreparedStatement insert = c.prepareStatement(EVENT_INSERT)) {
                            for (int i = 0; i < 1_000; i++) {
                                bind(insert, i);
                                insert.executeUpdate();
                            }
                        }
                        return null;
                    });
                    (journal ? withBatch : withoutBatch).add(System.nanoTime() - batch);
                    long start = System.nanoTime();
                    for (int i = 0; i < 1_000; i++) {
                        int n = i;
                        database.inTransaction(c -> {
                            try (PreparedStatement insert = c.prepareStatement(EVENT_INSERT)) {
                                bind(insert, n);
                                return insert.executeUpdate();
                            }
                        });
                    }
                    (journal ? with : without).add(System.nanoTime() - start);
                }
            }
        }
        long a = median(with);
        long b = median(without);
        System.out.printf("1,000 saves (one transaction each, synchronous=FULL): with journal %,d ms, without %,d ms; "
                + "%.3f ms extra per save%n", a / 1_000_000, b / 1_000_000, (a - b) / 1_000_000.0 / 1_000);
        System.out.printf("  runs with %s, without %s%n", ms(with), ms(without));
        System.out.printf("1,000 inserts in one transaction (the CPU cost alone): with journal %.1f ms, without %.1f ms; "
                + "%.3f ms extra per insert%n", median(withBatch) / 1e6, median(withoutBatch) / 1e6,
                (median(withBatch) - median(withoutBatch)) / 1e6 / 1_000);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> ms(List<Long> nanos) {
        return nanos.stream().map(n -> n / 1_000_000).toList();
    }
}
