package mllab.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records every stretch in which the FX thread could not answer for longer than a limit (50 ms by
 * default), with what it was doing, and writes the longest ones to a file when the app closes.
 * Started with {@code -Dmllab.stallLog=FILE} (optionally {@code -Dmllab.stallLog.limitMs=N}); off
 * otherwise, so it costs nothing in normal use.
 *
 * <p>How it sees a stall: a watchdog thread posts a small task to the FX thread every 5 ms, unless
 * the previous one has not run yet. While one waits longer than the limit, the watchdog samples the
 * FX thread's stack; when the task finally runs, the wait is recorded with the samples' most
 * frequent app frame. A frame is 16.7 ms at 60 Hz, so a 50 ms stall is three dropped frames.
 */
public final class StallMonitor {

  /**
   * One stall: when it began (ms since the monitor started), how long it lasted, how much of that
   * the FX thread spent on a CPU (the rest it waited: for a core, a lock or the renderer), where it
   * was, one sampled stack, and a profile: the app methods anywhere on the sampled stacks and the
   * methods at their top, each with the share of samples it was seen in.
   */
  public record Stall(
      long startMs,
      long durationMs,
      long cpuMs,
      String where,
      List<String> stack,
      List<String> profile) {}

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static final int KEPT = 30;
  private static volatile StallMonitor running;

  private final Path file;
  private final long limitNanos;
  private final long origin = System.nanoTime();
  private final AtomicLong postedAt = new AtomicLong(-1);

  /** The FX thread's CPU time when the waiting task was posted. */
  private volatile long postedCpu;

  private final List<Stall> stalls = new ArrayList<>();
  private final List<StackTraceElement[]> samples = new ArrayList<>();
  private volatile Thread fxThread;
  private volatile boolean stopped;
  private final Thread watchdog;

  private StallMonitor(Path file, long limitMs) {
    this.file = file;
    this.limitNanos = limitMs * 1_000_000L;
    this.watchdog = new Thread(this::watch, "mllab-stall-monitor");
    watchdog.setDaemon(true);
  }

  /** Starts the monitor when {@code -Dmllab.stallLog} names a file; call from the FX thread. */
  public static void startIfRequested() {
    String path = System.getProperty("mllab.stallLog");
    if (path == null || path.isBlank()) {
      return;
    }
    long limit = Long.getLong("mllab.stallLog.limitMs", 50);
    start(Path.of(path), limit);
  }

  /** Starts a monitor writing to {@code file} (replacing one already running). */
  public static StallMonitor start(Path file, long limitMs) {
    StallMonitor old = running;
    if (old != null) {
      old.stop();
    }
    StallMonitor m = new StallMonitor(file, limitMs);
    running = m;
    FxBackgroundRunner.later(
        () -> {
          m.fxThread = Thread.currentThread();
          m.postedCpu = THREADS.getCurrentThreadCpuTime();
          m.watchdog.start();
        });
    return m;
  }

  /** Stops the running monitor, if any, and writes its file. */
  public static void stopAndWriteIfRunning() {
    StallMonitor m = running;
    if (m != null) {
      m.stop();
      m.write();
    }
  }

  private void watch() {
    while (!stopped) {
      long posted = postedAt.get();
      long now = System.nanoTime();
      if (posted < 0) {
        Thread fx = fxThread;
        postedCpu = fx == null ? 0 : THREADS.getThreadCpuTime(fx.getId());
        postedAt.set(now);
        FxBackgroundRunner.later(this::answered);
      } else if (now - posted > limitNanos && fxThread != null) {
        StackTraceElement[] s = fxThread.getStackTrace();
        synchronized (samples) {
          samples.add(s);
        }
      }
      java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
    }
  }

  /** Runs on the FX thread: the posted task got its turn. */
  private void answered() {
    long posted = postedAt.getAndSet(-1);
    long waited = System.nanoTime() - posted;
    long cpu = THREADS.getCurrentThreadCpuTime() - postedCpu;
    List<StackTraceElement[]> seen;
    synchronized (samples) {
      seen = new ArrayList<>(samples);
      samples.clear();
    }
    if (posted >= 0 && waited > limitNanos) {
      record((posted - origin) / 1_000_000L, waited / 1_000_000L, cpu / 1_000_000L, seen);
    }
  }

  private void record(long startMs, long durationMs, long cpuMs, List<StackTraceElement[]> seen) {
    StackTraceElement[] longest =
        seen.isEmpty() ? new StackTraceElement[0] : seen.get(seen.size() / 2);
    List<String> stack = new ArrayList<>();
    for (int i = 0; i < Math.min(25, longest.length); i++) {
      stack.add(longest[i].toString());
    }
    Stall stall = new Stall(startMs, durationMs, cpuMs, where(seen), stack, StallProfile.of(seen));
    synchronized (stalls) {
      stalls.add(stall);
      stalls.sort(Comparator.comparingLong(Stall::durationMs).reversed());
      if (stalls.size() > KEPT) {
        stalls.remove(stalls.size() - 1);
      }
    }
  }

  /** The app frame (in {@code mllab}, not this class) seen most often at the top of the samples. */
  private static String where(List<StackTraceElement[]> seen) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (StackTraceElement[] s : seen) {
      for (StackTraceElement e : s) {
        String c = e.getClassName();
        if (c.startsWith("mllab.")
            && !c.equals(StallMonitor.class.getName())
            && !c.startsWith(StallMonitor.class.getName() + "$")) {
          counts.merge(c + "." + e.getMethodName(), 1, Integer::sum);
          break;
        }
      }
    }
    return counts.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey)
        .orElse(seen.isEmpty() ? "(not sampled)" : "(toolkit code: layout, CSS or rendering)");
  }

  /** The stalls seen so far, longest first (at most 30). */
  public List<Stall> stalls() {
    synchronized (stalls) {
      return List.copyOf(stalls);
    }
  }

  private void stop() {
    stopped = true;
    if (running == this) {
      running = null;
    }
  }

  /** Writes the longest stalls to the file; a failure to write is reported on stderr only. */
  public void write() {
    List<Stall> all = stalls();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "# FX-thread stalls over %d ms, longest first (%d kept)%n",
            limitNanos / 1_000_000L,
            all.size()));
    for (Stall s : all) {
      b.append(
          String.format(
              Locale.ROOT,
              "%6d ms (CPU %3d) at %8d ms  %s%n",
              s.durationMs(),
              s.cpuMs(),
              s.startMs(),
              s.where()));
      for (String line : s.profile()) {
        b.append("      | ").append(line).append(System.lineSeparator());
      }
      for (String frame : s.stack()) {
        b.append("        ").append(frame).append(System.lineSeparator());
      }
    }
    try {
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("mllab: could not write the stall log " + file + ": " + e.getMessage());
    }
  }
}
