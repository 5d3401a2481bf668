package uk.cml.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.cml.bench.BackupBenchmark;
import uk.cml.bench.PackBenchmark;
import uk.cml.bench.PaymentsBenchmark;
import uk.cml.letters.templates.TemplateLetterBenchmark;

/**
 * Not a test: the other benchmarks run in a JVM that has just started the app, with or without
 * {@link StartupCompiling} holding the optimising compiler off the start-up's code ({@code held} or {@code plain}
 * as the first argument). A method that was hot while it held stays with the quick compiler's code, so this shows
 * whether the parent's later work (the evidence pack, a backup, letters, the payments table) pays for the quicker
 * start. Run each way in its own JVM, alternating, several times: {@code java <headless options> -cp <test class
 * path> uk.cml.app.AfterStartupWorkBenchmark held}.
 */
public final class AfterStartupWorkBenchmark {

    /** After the Overview settles: StartupTrim lets the compiler go 3 s after the first picture. */
    private static final long AFTER_SETTLED_MILLIS = 6_000;

    private AfterStartupWorkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean held = args.length > 0 && args[0].equals("held");
        if (held) {
            StartupCompiling.holdInBackground();
        }
        Path folder = Files.createTempDirectory("cml-after-start");
        SampleFolders.fill(folder);
        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.startup(toolkit::countDown);
        toolkit.await();
        AtomicReference<Stage> stage = new AtomicReference<>();
        Platform.runLater(() -> {
            stage.set(new Stage());
            new Startup(stage.get(), folder, EnglandClock.system(), f -> { }).begin();
        });
        while (!owedShown(stage.get())) {
            Thread.sleep(20);
        }
        Thread.sleep(AFTER_SETTLED_MILLIS);
        System.out.println("Started " + (held ? "with C2 held off" : "plainly") + "; still held: "
                + StartupCompiling.isHeld());
        TemplateLetterBenchmark.main(new String[0]);
        BackupBenchmark.main(new String[0]);
        PackBenchmark.main(new String[0]);
        try {
            PaymentsBenchmark.main(new String[0]);
        } catch (IllegalStateException toolkitStarted) {
            // Its arrears figures are printed; its table part starts the toolkit, which the app already has.
        }
        System.exit(0);
    }

    private static boolean owedShown(Stage stage) throws InterruptedException {
        if (stage == null) {
            return false;
        }
        CountDownLatch asked = new CountDownLatch(1);
        boolean[] shown = new boolean[1];
        Platform.runLater(() -> {
            Node owed = stage.getScene() == null ? null : stage.getScene().lookup("#overview-owed");
            shown[0] = owed instanceof Label label && !label.getText().isEmpty();
            asked.countDown();
        });
        asked.await();
        return shown[0];
    }
}
