package uk.cml.importer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Times decode + parse + preview on a bank-style file: a year of a busy account, and one at the 100,000-row limit.
 * Reports thread CPU time as well as wall time, because a shared build machine makes wall time noisy.
 * Not a test (nothing is asserted); run by hand:
 * java -cp target/classes:target/test-classes uk.cml.importer.ImportBenchmark
 */
public final class ImportBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        measure("a year, 2,000 rows", bankExport(2_000), 20);
        measure("the row limit, 100,000 rows", bankExport(CsvFile.MAX_ROWS), 5);
    }

    private static byte[] bankExport(int maxRows) {
        StringBuilder csv = new StringBuilder("Date,Type,Description,Paid out,Paid in,Balance\r\n");
        // £ is two bytes in UTF-8, so stop at 90% of the limit in characters.
        for (int i = 0; i < maxRows && csv.length() < CsvText.MAX_BYTES * 9 / 10; i++) {
            String date = String.format("%02d/%02d/2025", 1 + i % 28, 1 + i / 28 % 12);
            csv.append(i % 4 == 0
                    ? date + ",FPI,\"J SMITH, CHILD MAINT " + i + "\",,£120.00,\"£1,520.40\"\r\n"
                    : date + ",DEB,TESCO STORES " + i + ",£34.21,,\"£1,400.40\"\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void measure(String name, byte[] bytes, int runs) {
        for (int run = 1; run <= runs; run++) {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            CsvFile file = CsvFile.of(bytes).value();
            long parseCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            ImportMapping mapping = FileLayout.of(file).mapping().orElseThrow().withPayers(List.of("J Smith"));
            ImportPreview preview = ImportPreview.build(file.csv(), mapping, LocalDate.of(2026, 1, 1),
                    Optional.empty(), Set.of());
            long totalCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            if (run == runs) {
                System.out.printf("%s: %,d bytes, %,d rows; last of %d runs: decode+parse %d ms CPU, "
                                + "preview %d ms CPU, wall %d ms; ready %,d totalling %s%n",
                        name, bytes.length, file.csv().rows().size(), runs, parseCpu / 1_000_000,
                        (totalCpu - parseCpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000,
                        preview.count(RowStatus.READY), preview.readyTotal().format());
            }
        }
    }
}
