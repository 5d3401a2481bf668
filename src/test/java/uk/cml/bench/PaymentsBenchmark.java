package uk.cml.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import uk.cml.app.AppServices;
import uk.cml.app.SampleHistory;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.store.PaymentRecords;
import uk.cml.ui.payments.ScheduleTable;

/**
 * Not a test: times the payments work on ten years of weekly dues and 3,000 payments, and prints medians.
 * Run: {@code mvn -o -Pbenchmark test} (the profile skips the tests and runs this with headless Monocle).
 * Measures: (1) the arrears recompute, warm; (2) loading everything from a real SQLite file and recomputing;
 * (3) opening the payments table: create it with every schedule line, apply CSS and lay it out once; (4) the note
 * beside a payment worth several dues, worked out at each keystroke.
 */
public final class PaymentsBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    private static boolean started;

    private PaymentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate today = LocalDate.now(CLOCK);
        SampleHistory history = SampleHistory.many(today, 10, 3_000, 20_261_122L);
        PaymentRecords records = new PaymentRecords(1, history.plans(), history.payments(), history.adjustments(),
                FeeRule.NONE);
        ArrearsSchedule schedule = records.schedule(today);
        System.out.printf("Data: %d plans, %d payments, %d schedule lines (%d dues)%n", history.plans().size(),
                history.payments().size(), schedule.lines().size(),
                schedule.lines().size());

        double[] recompute = time(300, 200, () -> records.schedule(today).owedNow());
        report("Arrears recompute, 10 years weekly + 3,000 payments (warm)", recompute);

        // What each keystroke in the payment form costs (PaymentsPanel.showSeveralDues, on the FX thread): a payment
        // worth two dues, typed on the latest due's day, worked out with the schedule the matching would make, and
        // again with the older due still owed chosen.
        ScheduleLine latest = schedule.lines().get(schedule.lines().size() - 1);
        uk.cml.domain.arrears.Payment typed = new uk.cml.domain.arrears.Payment(0, latest.date(),
                latest.due().plus(latest.due()), uk.cml.domain.arrears.PaymentMethod.NOT_SAID, "", "");
        double[] note = time(100, 100, () -> uk.cml.domain.arrears.SeveralDues.of(typed, records.payments(),
                payments -> records.scheduleWith(payments, today)));
        report("Several-dues note while typing a payment (per keystroke)", note);

        Path folder = Files.createTempDirectory("cml-bench");
        try (AppServices services = AppServices.open(folder, CLOCK)) {
            long caseId = services.cases.completeSetup(new MyDetails("Sam Taylor",
                            new PostalAddress(List.of("1 Test Road", "Leeds"), "LS6 2AB"), "", "", Optional.empty()),
                    new CaseFile(0, "Jordan Reed", Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                            Optional.empty(), List.of(), new BigDecimal("4")));
            history.plans().forEach(p -> services.payments.savePlan(caseId, p));
            services.payments.addPayments(caseId, history.payments());
            history.adjustments().forEach(a -> services.payments.saveAdjustment(caseId, a));
            double[] load = time(30, 50, () -> services.payments.schedule(caseId, today).owedNow());
            report("Load from SQLite + recompute (what the page does off the FX thread)", load);
        }

        report("Payments table opening (create, fill " + schedule.lines().size() + " lines, CSS + layout)",
                tableOpening(schedule.lines()));
        report("Same table with 20 lines, for comparison", tableOpening(schedule.lines().subList(0, 20)));
        Platform.exit();
    }

    private static double[] tableOpening(List<ScheduleLine> lines) throws InterruptedException {
        if (!started) {
            CountDownLatch ready = new CountDownLatch(1);
            Platform.startup(ready::countDown);
            ready.await();
            started = true;
        }
        double[] millis = new double[40];
        for (int i = -20; i < millis.length; i++) {
            AtomicReference<Double> took = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                long start = System.nanoTime();
                TableView<ScheduleLine> table = ScheduleTable.create();
                table.getItems().setAll(lines);
                StackPane root = new StackPane(table);
                Scene scene = new Scene(root, 1000, 600);
                root.applyCss();
                root.layout();
                table.scrollTo(lines.size() - 1);
                root.layout();
                took.set((System.nanoTime() - start) / 1_000_000.0);
                scene.setRoot(new StackPane());
                done.countDown();
            });
            done.await();
            if (i >= 0) {
                millis[i] = took.get();
            }
        }
        return millis;
    }

    private static double[] time(int warmUp, int runs, java.util.function.Supplier<Object> work) {
        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += work.get().hashCode();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.get().hashCode();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        if (sink == 42) {
            System.out.println(); // keeps the results alive so the JIT cannot drop the work
        }
        return millis;
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf("%s: median %.2f ms, max %.2f ms over %d runs%n", what, median, sorted[sorted.length - 1],
                sorted.length);
    }
}
