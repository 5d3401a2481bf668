package uk.cml.ui.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.store.CallStore;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.History;
import uk.cml.store.NoteStore;
import uk.cml.ui.common.Background;

/**
 * Timings for a case with 5,000 timeline entries (2,500 calls, 2,500 notes in a real SQLite file); run by hand,
 * not by the test suite (its name does not end in Test):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) uk.cml.ui.timeline.TimelineBenchmark
 * </pre>
 * Reports medians: reading and sorting (background thread), first show on the JavaFX thread (build the page,
 * fill the list, one CSS and layout pass), and one search keystroke (filter plus one layout pass).
 */
public final class TimelineBenchmark {

    private static final int ENTRIES = 5_000;
    private static final int RUNS = 9;
    private static final String[] WORDS = {"arrears", "uniform", "enforcement", "promised", "letter", "school",
        "payment", "caseworker", "bailiff", "rent", "October", "Priya", "deduction", "review"};
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("cml-timeline-bench");
        try (Database database = Database.open(folder, CLOCK); Background background = new Background()) {
            History history = new History(CLOCK);
            long caseId = new CaseStore(database, history, CLOCK).completeSetup(new MyDetails("Sam Taylor",
                    new PostalAddress(List.of("14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()),
                    new CaseFile(0, "Jordan Reed", Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                            Optional.empty(), List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))),
                            java.math.BigDecimal.valueOf(4)));
            CallStore calls = new CallStore(database, history, CLOCK);
            NoteStore notes = new NoteStore(database, history, CLOCK);
            long fillStart = System.nanoTime();
            fill(calls, notes, caseId);
            System.out.printf("Filled %,d entries in %.1f s (one transaction each)%n", ENTRIES,
                    (System.nanoTime() - fillStart) / 1e9);
            List<TimelineSource> sources = List.of(calls, notes);

            double[] gather = new double[RUNS];
            double[] gatherCpu = new double[RUNS];
            List<TimelineRow> rows = null;
            for (int i = -2; i < RUNS; i++) {
                long start = System.nanoTime();
                long startCpu = cpu();
                rows = TimelineView.gather(sources, caseId);
                if (i >= 0) {
                    gather[i] = ms(start);
                    gatherCpu[i] = (cpu() - startCpu) / 1e6;
                }
            }
            System.out.printf("Rows gathered: %,d%n", rows.size());
            report("Read, build search text and sort (background)", gather);
            report("  same, CPU time of the thread", gatherCpu);
            double[] readOnly = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                calls.timeline(caseId);
                notes.timeline(caseId);
                readOnly[i] = ms(start);
            }
            report("  of which reading the two stores", readOnly);

            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get();
            List<TimelineRow> loaded = rows;
            CaseFile caseFile = new CaseFile(caseId, "Jordan Reed", Optional.empty(), WorkSituation.EMPLOYED,
                    Arrangement.DIRECT_PAY, Optional.empty(), List.of(), java.math.BigDecimal.valueOf(4));
            Stage stage = onFx(() -> {
                Stage s = new Stage();
                s.setScene(new Scene(new javafx.scene.layout.Pane(), 1100, 700));
                s.show();
                return s;
            });
            double[] firstShow = new double[RUNS];
            double[] fillAndLayout = new double[RUNS];
            double[] firstShowCpu = new double[RUNS];
            TimelineView last = null;
            for (int i = -2; i < RUNS; i++) {
                int run = i;
                last = onFx(() -> {
                    long start = System.nanoTime();
                    long startCpu = cpu();
                    TimelineView view = new TimelineView(sources, background, CLOCK,
                            new SimpleObjectProperty<>(caseFile));
                    Parent root = (Parent) view.view();
                    stage.getScene().setRoot(root);
                    long built = System.nanoTime();
                    view.show(loaded);
                    root.applyCss();
                    root.layout();
                    if (run >= 0) {
                        firstShow[run] = ms(start);
                        firstShowCpu[run] = (cpu() - startCpu) / 1e6;
                        fillAndLayout[run] = ms(built);
                    }
                    return view;
                });
            }
            report("First show on the JavaFX thread (build, fill, layout)", firstShow);
            report("  same, CPU time of the JavaFX thread", firstShowCpu);
            report("  of which filling the list and laying it out", fillAndLayout);

            TimelineView view = last;
            List<String> keystrokes = keystrokes();
            double[] perKey = new double[keystrokes.size()];
            double[] perKeyCpu = new double[keystrokes.size()];
            int[] matches = new int[keystrokes.size()];
            for (int i = 0; i < keystrokes.size(); i++) {
                int k = i;
                onFx(() -> {
                    long start = System.nanoTime();
                    long startCpu = cpu();
                    view.searchField().setText(keystrokes.get(k));
                    Parent root = (Parent) view.view();
                    root.applyCss();
                    root.layout();
                    perKey[k] = ms(start);
                    perKeyCpu[k] = (cpu() - startCpu) / 1e6;
                    matches[k] = view.shownRows().size();
                    return null;
                });
            }
            report("Search keystroke (filter 5,000 rows, layout)", perKey);
            report("  same, CPU time of the JavaFX thread", perKeyCpu);
            System.out.println("Matches after each keystroke: " + Arrays.toString(matches));
            onFx(() -> {
                stage.close();
                return null;
            });
        } finally {
            Platform.exit();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** 30 keystrokes: a word typed letter by letter, then a second word, then deleting back. */
    private static List<String> keystrokes() {
        List<String> typed = new ArrayList<>();
        String text = "";
        for (char c : "school uniform".toCharArray()) {
            text += c;
            typed.add(text);
        }
        for (int i = 0; i < 8; i++) {
            text = text.substring(0, text.length() - 1);
            typed.add(text);
        }
        for (char c : " arrears".toCharArray()) {
            text += c;
            typed.add(text);
        }
        return typed;
    }

    private static void fill(CallStore calls, NoteStore notes, long caseId) {
        Random random = new Random(42);
        LocalDateTime start = LocalDateTime.of(2016, 1, 4, 9, 0);
        for (int i = 0; i < ENTRIES / 2; i++) {
            LocalDateTime when = start.plusHours(i * 17L).withMinute(random.nextInt(60));
            calls.add(new Call(0, caseId, when, CallDirection.values()[i % 3], "0800 171 2345", "Priya " + i,
                    "Team " + (i % 7), "ID" + i, sentence(random, 60), sentence(random, 12),
                    Optional.of(when.toLocalDate().plusDays(10)), sentence(random, 8), Optional.empty(), false,
                    false, null));
            notes.add(new Note(0, caseId, when.toLocalDate(), i % 4 == 0 ? NoteCategory.EFFECT_ON_CHILD
                    : NoteCategory.PLAIN, sentence(random, 40), null));
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i % 9 == 4 ? WORDS[random.nextInt(WORDS.length)] : "word" + random.nextInt(5000)).append(' ');
        }
        return text.toString().strip();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** CPU time of the current thread: steadier than wall time when other work shares the machine. */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static void report(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%-55s median %7.1f ms, max %7.1f ms (%d runs)%n", what, sorted[sorted.length / 2],
                sorted[sorted.length - 1], sorted.length);
    }
}
