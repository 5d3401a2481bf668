package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundTest {

    @Start
    void start(Stage stage) {
        // Tasks report back on the JavaFX thread, so the toolkit must be running; no window is needed.
    }

    @Test
    void shortWorkRunsOnOneThreadInTheOrderAsked() throws Exception {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Integer> reported = new CopyOnWriteArrayList<>();
        try (Background background = new Background()) {
            for (int i = 0; i < 50; i++) {
                int save = i;
                background.run(() -> {
                    ran.add(save);
                    threads.add(Thread.currentThread().getName());
                    return save;
                }, reported::add, error -> { });
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> inOrder = IntStream.range(0, 50).boxed().toList();
        assertEquals(inOrder, ran);
        assertEquals(List.of("cml-writer-1"), threads.stream().distinct().toList());
        assertEquals(inOrder, reported);
    }

    @Test
    void aLongTaskIsOnShowWhileItRunsWithItsWordsAndProgress() throws Exception {
        java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        javafx.concurrent.Task<String> backup = new javafx.concurrent.Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage("Making a backup...");
                updateProgress(1, 2);
                halfway.countDown();
                finish.await();
                return "done";
            }
        };
        try (Background background = new Background()) {
            WaitForAsyncUtils.asyncFx(() -> background.run(backup, done -> { }, error -> { })).get();
            halfway.await();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(backup, WaitForAsyncUtils.asyncFx(() -> background.longTask().get()).get());
            assertEquals("Making a backup...", WaitForAsyncUtils.asyncFx(backup::getMessage).get());
            assertEquals(0.5, WaitForAsyncUtils.asyncFx(backup::getProgress).get());
            finish.countDown();
            // Fails with a timeout if the finished task stays on show.
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> background.longTask().get() == null).get());
        }
    }
}
