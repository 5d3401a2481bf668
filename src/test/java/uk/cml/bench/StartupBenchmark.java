package uk.cml.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Not a test: the start-up benchmark of {@code mvn -Pbenchmark test}. Launches the real app on the sample case and an
 * empty JavaFX window of the same size ({@link EmptyWindow}) side by side on one virtual display, alternating, and
 * times each from launch until the screen stops changing: what a parent sees, not what a log line claims. The screen
 * is read from Xvfb's frame buffer, which it keeps in a memory-mapped file ({@code -fbdir}), every
 * {@value #POLL_MILLIS} ms: about 1 ms of one core each time. (Until 1 Dec 2026 it ran {@code xwd} back to back, which
 * took 85 ms of processor time and 155 ms a picture, more than one core of a 2-core machine: the launch being timed
 * had the other core.) Then reads each process's resident memory after 10 s idle.
 *
 * <p>Needs Debian's {@code xvfb}. Arguments (all optional): the number of launches of each
 * (default 5), then the command that starts the app (default: this JVM running {@code target/child-maintenance-log.jar});
 * give the installed launcher, such as {@code /opt/child-maintenance-log/bin/child-maintenance-log}, to time it.
 * {@code -Dstartup.frames=DIR} keeps each distinct screen of every launch there as an xwd file (launch01-02210.xwd:
 * launch 1, 2,210 ms after it began), to see what a slow launch was still drawing. {@code -Dstartup.versus="java -jar
 * /tmp/old.jar"} times that command (split at spaces, given the sample's --data-dir) in place of the empty window: a
 * before-and-after of two builds in one run. {@code -Dstartup.display=:68} runs Xvfb on that display number rather
 * than the first free one from :91 (a helper on a shared machine keeps to the display it was given).
 * {@code -Dstartup.image="target/installer/out/Child Maintenance Log"} also times the app image (or the installed
 * app: {@code /opt/child-maintenance-log}, or its launcher itself) in the same run, the jar, the image and the empty
 * window in turn, so both ratios come from the same minutes of a shared machine; several images, separated by
 * {@code :}, are each timed in turn (an image as built against one changed). Each series prints the 1-minute load
 * average read as each of its launches began: a busy machine's ratio is not a quiet one's.
 */
public final class StartupBenchmark {

    private static final String SIZE = "1366x768";
    /**
     * The screen must stay the same this long to count as settled. 1.5 s was too short: a window that stayed blank
     * for 1.5 s before the Overview was drawn counted as settled on the blank (frames kept with startup.frames).
     */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(3000);
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final long IDLE_MILLIS = 10_000;
    /** How often the screen is read: often enough to place a change within a frame or so, seldom enough to be light. */
    private static final long POLL_MILLIS = 10;

    private final String display;
    /** Xvfb's frame buffer: the screen as an xwd file, kept up to date by Xvfb itself. */
    private final ByteBuffer screenFile;
    /** Where to keep every distinct screen of each launch, named by launch and milliseconds; null to keep none. */
    private final Path frames;
    private int launches;

    private StartupBenchmark(String display, ByteBuffer screenFile, Path frames) {
        this.display = display;
        this.screenFile = screenFile;
        this.frames = frames;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> app = args.length > 1 ? List.of(Arrays.copyOfRange(args, 1, args.length))
                : List.of(java, "-jar", Path.of("target", "child-maintenance-log.jar").toAbsolutePath().toString());
        Path work = Files.createTempDirectory("cml-startup-");
        Path sample = work.resolve("sample");
        run(List.of(java, "-jar", Path.of("target", "child-maintenance-log.jar").toString(), "sample-data",
                "--data-dir", sample.toString()));
        String display = System.getProperty("startup.display", freeDisplay());
        Path frameBuffer = Files.createDirectories(work.resolve("screen"));
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", SIZE + "x24", "-fbdir", frameBuffer.toString(),
                "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
        try {
            waitForDisplay(display);
            String keep = System.getProperty("startup.frames");
            StartupBenchmark bench = new StartupBenchmark(display, map(frameBuffer.resolve("Xvfb_screen0")),
                    keep == null ? null : Files.createDirectories(Path.of(keep)));
            List<String> appCommand = new ArrayList<>(app);
            appCommand.addAll(List.of("--data-dir", sample.toString()));
            Launch warmApp = bench.launch(appCommand);
            String versus = System.getProperty("startup.versus");
            List<String> empty = versus == null ? List.of(java, "-cp", System.getProperty("java.class.path"),
                    EmptyWindow.class.getName(), String.valueOf((int) warmApp.width), String.valueOf((int) warmApp.height))
                    : Arrays.asList((versus + " --data-dir " + sample).split(" "));
            List<List<String>> imageCommands = new ArrayList<>();
            for (String folder : images(System.getProperty("startup.image"))) {
                List<String> command = new ArrayList<>(imageCommand(folder));
                command.addAll(List.of("--data-dir", sample.toString()));
                bench.launch(command);
                imageCommands.add(command);
            }
            bench.launch(empty);
            List<Launch> appRuns = new ArrayList<>();
            List<List<Launch>> imageRuns = new ArrayList<>();
            imageCommands.forEach(c -> imageRuns.add(new ArrayList<>()));
            List<Launch> emptyRuns = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                appRuns.add(bench.launch(appCommand));
                for (int k = 0; k < imageCommands.size(); k++) {
                    imageRuns.get(k).add(bench.launch(imageCommands.get(k)));
                }
                emptyRuns.add(bench.launch(empty));
            }
            report("App on the sample case", appRuns);
            for (int k = 0; k < imageCommands.size(); k++) {
                System.out.println("App image " + (k + 1) + ": " + imageCommands.get(k).get(0));
                report("App image " + (k + 1) + ", sample case", imageRuns.get(k));
            }
            report(versus == null ? "Empty JavaFX window" : "Versus " + versus, emptyRuns);
            System.out.printf(Locale.UK, "Settled ratio app / empty window: %.2f (window %dx%d)%n",
                    median(appRuns, true) / median(emptyRuns, true), (int) warmApp.width, (int) warmApp.height);
            for (int k = 0; k < imageCommands.size(); k++) {
                System.out.printf(Locale.UK, "Settled ratio app image %d / empty window: %.2f%n", k + 1,
                        median(imageRuns.get(k), true) / median(emptyRuns, true));
            }
        } finally {
            xvfb.destroy();
        }
    }

    private static void report(String what, List<Launch> runs) {
        System.out.printf(Locale.UK, "%-24s settled %s ms (median %.0f), resident after %d s idle %s MB (median %.0f)%n",
                what, runs.stream().map(r -> String.format(Locale.UK, "%.0f", r.settledMillis)).toList(),
                median(runs, true), IDLE_MILLIS / 1000, runs.stream().map(r -> String.format(Locale.UK, "%.0f", r.residentMb)).toList(), median(runs, false));
        double[] cpu = runs.stream().mapToDouble(Launch::cpuMillis).sorted().toArray();
        System.out.printf(Locale.UK, "%-24s processor time when settled %s ms (median %.0f)%n", "",
                runs.stream().map(r -> String.format(Locale.UK, "%.0f", r.cpuMillis)).toList(),
                cpu.length % 2 == 1 ? cpu[cpu.length / 2] : (cpu[cpu.length / 2 - 1] + cpu[cpu.length / 2]) / 2);
        System.out.printf(Locale.UK, "%-24s load average (1 min) as each began %s%n", "",
                runs.stream().map(r -> String.format(Locale.UK, "%.1f", r.load)).toList());
    }

    /** The app images to time besides the jar: none, one folder, or several separated by the path separator. */
    static List<String> images(String property) {
        return property == null || property.isBlank() ? List.of()
                : Arrays.stream(property.split(java.io.File.pathSeparator)).filter(f -> !f.isBlank()).toList();
    }

    /**
     * The command that starts an app image: {@code folder} is the image (its one program in {@code bin}, jpackage's
     * launcher or the project's {@code launcher.sh}) or that program itself.
     */
    static List<String> imageCommand(String folder) {
        Path given = Path.of(folder).toAbsolutePath();
        if (Files.isRegularFile(given) && Files.isExecutable(given)) {
            return List.of(given.toString());
        }
        List<Path> programs;
        try (var bin = Files.list(given.resolve("bin"))) {
            programs = bin.filter(f -> Files.isRegularFile(f) && Files.isExecutable(f)).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("not an app image (no bin folder): " + given, e);
        }
        if (programs.size() != 1) {
            throw new IllegalArgumentException("not one launcher in " + given.resolve("bin") + ": " + programs);
        }
        return List.of(programs.get(0).toString());
    }

    /** The 1-minute load average, the first figure of {@code /proc/loadavg}. */
    static double loadAverage(String procLoadavg) {
        return Double.parseDouble(procLoadavg.trim().split("\\s+")[0]);
    }

    private static double loadNow() {
        try {
            return loadAverage(Files.readString(Path.of("/proc/loadavg")));
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static double median(List<Launch> runs, boolean settled) {
        double[] values = runs.stream().mapToDouble(r -> settled ? r.settledMillis : r.residentMb).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** One launch: until the screen has not changed for {@link #QUIET_NANOS}, then 10 s idle, then the memory. */
    private Launch launch(List<String> command) throws Exception {
        long blank = screenHash();
        double load = loadNow();
        launches++;
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        // jpackage's launcher starts the JVM in its own process, so this pid is the one whose memory counts.
        Process process = builder.start();
        long last = blank;
        long lastChange = -1;
        while (System.nanoTime() - start < GIVE_UP_NANOS) {
            byte[] screen = frames == null ? null : screen();
            long now = screen == null ? screenHash() : hash(screen);
            long at = System.nanoTime();
            if (now != last) {
                last = now;
                lastChange = at;
                if (screen != null) {
                    Files.write(frames.resolve(String.format(Locale.UK, "launch%02d-%05d.xwd", launches,
                            TimeUnit.NANOSECONDS.toMillis(at - start))), screen);
                }
            } else if (lastChange > 0 && at - lastChange >= QUIET_NANOS) {
                break;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("exited early: " + command);
            }
            pause();
        }
        if (lastChange < 0 || System.nanoTime() - start >= GIVE_UP_NANOS) {
            process.destroyForcibly();
            throw new IllegalStateException("the screen never settled: " + command);
        }
        double settled = (lastChange - start) / 1e6;
        double cpu = cpuMillis(process.pid());
        double[] size = windowSize();
        Thread.sleep(IDLE_MILLIS - TimeUnit.NANOSECONDS.toMillis(QUIET_NANOS));
        if (!process.isAlive()) {
            throw new IllegalStateException("exited while idle, before its memory was read: " + command);
        }
        double resident = residentMb(process.pid());
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        waitForBlank(blank);
        return new Launch(settled, resident, size[0], size[1], cpu, load);
    }

    private long screenHash() {
        CRC32 crc = new CRC32();
        crc.update(screenFile.duplicate().clear());
        return crc.getValue();
    }

    /** The whole screen as an xwd file, for {@code -Dstartup.frames=DIR}. */
    private byte[] screen() {
        byte[] bytes = new byte[screenFile.capacity()];
        screenFile.duplicate().clear().get(bytes);
        return bytes;
    }

    private static ByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(POLL_MILLIS);
    }

    private static long hash(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private void waitForBlank(long blank) throws Exception {
        long start = System.nanoTime();
        while (screenHash() != blank && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
            pause();
        }
    }

    /** The largest top-level window's width and height, from xwininfo. */
    private double[] windowSize() throws IOException, InterruptedException {
        Process info = new ProcessBuilder("xwininfo", "-root", "-children", "-display", display)
                .redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        double[] best = {0, 0};
        for (String line : text.split("\n")) {
            var m = java.util.regex.Pattern.compile("(\\d+)x(\\d+)\\+").matcher(line);
            if (line.contains("\"") && m.find()) {
                double w = Double.parseDouble(m.group(1));
                double h = Double.parseDouble(m.group(2));
                if (w * h > best[0] * best[1]) {
                    best = new double[] {w, h};
                }
            }
        }
        return best;
    }

    private static double residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static String freeDisplay() {
        for (int n = 91; n < 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return ":" + n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    private static void waitForDisplay(String display) throws Exception {
        Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
        // The socket comes after the frame buffer's file is made and sized.
        long start = System.nanoTime();
        while (!Files.exists(socket)) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(10)) {
                throw new IllegalStateException("Xvfb did not start (is Debian's xvfb installed?)");
            }
            Thread.sleep(50);
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    /**
     * The processor time the process had used once settled (user and system, all its threads): less shaken than the
     * wall-clock time by other work on a busy machine, though it counts the quiet 1.5 s too.
     */
    private static double cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    }

    private record Launch(double settledMillis, double residentMb, double width, double height, double cpuMillis,
            double load) {
    }
}
