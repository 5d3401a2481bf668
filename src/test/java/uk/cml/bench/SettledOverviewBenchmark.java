package uk.cml.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * Not a test: one cold start of the app on the sample case, in this fresh JVM, timed to a settled Overview (the
 * amount owed and the to-do list shown), then the heap and resident memory after 10 seconds idle. Run it several
 * times, each in its own JVM (the look-and-feel change was measured this way, before and after).
 */
public final class SettledOverviewBenchmark {

    private SettledOverviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("cml-startup");
        SampleFolders.fill(folder);
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.startup(toolkit::countDown);
        toolkit.await();
        long begun = System.nanoTime();
        AtomicReference<Stage> stage = new AtomicReference<>();
        Platform.runLater(() -> {
            stage.set(new Stage());
            new Startup(stage.get(), folder, AppRobot.CLOCK, f -> { }).begin();
        });
        while (!settled(stage.get())) {
            Thread.sleep(5);
        }
        long settledAt = System.nanoTime();
        Instant now = Instant.now();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        long[] atSettle = memory();
        Thread.sleep(10_000);
        long[] idle = memory();
        System.out.printf("Startup to settled Overview: %d ms from begin(), %d ms from JVM start%n",
                TimeUnit.NANOSECONDS.toMillis(settledAt - begun), Duration.between(jvmStart, now).toMillis());
        // On a shared machine the wall time swings with other work; the CPU time spent swings much less.
        System.out.printf("CPU time used by then: %d ms%n", cpu);
        System.out.printf("Heap used after GC: %d MB settled, %d MB after 10 s idle; RSS %d MB settled, %d MB idle%n",
                atSettle[0], idle[0], atSettle[1], idle[1]);
        System.exit(0);
    }

    /** Asks on the FX thread whether the Overview shows the amount owed and its to-do list, after a layout pass. */
    private static boolean settled(Stage stage) throws Exception {
        if (stage == null) {
            return false;
        }
        CountDownLatch asked = new CountDownLatch(1);
        boolean[] answer = new boolean[1];
        Platform.runLater(() -> {
            if (stage.getScene() != null) {
                Node owed = stage.getScene().lookup("#overview-owed");
                Node todos = stage.getScene().lookup("#overview-todos");
                answer[0] = owed instanceof Label label && !label.getText().isEmpty() && label.isVisible()
                        && todos instanceof Pane pane && pane.getChildren().size() > 1 && !pane.isNeedsLayout();
            }
            asked.countDown();
        });
        asked.await();
        return answer[0];
    }

    private static long[] memory() throws Exception {
        System.gc();
        Thread.sleep(200);
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        long rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).findFirst().orElse(-1L);
        return new long[] {heap, rss};
    }
}
