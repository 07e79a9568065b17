package mllab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU time this JVM's threads have used so far, grouped by what they do: the JIT compilers, the
 * FX thread, the launcher (main) thread, the renderer, and the rest (GC and the JVM's own). On a
 * two-core machine start-up is CPU-bound, so where the CPU goes says more than wall-clock phases
 * alone. Read from {@code /proc/self/task}, so Linux only; empty elsewhere.
 */
final class ThreadCpu {

  /** Clock ticks per second of {@code /proc/.../stat} on Linux. */
  private static final long TICKS_PER_SECOND = 100;

  private ThreadCpu() {}

  /** E.g. {@code jit=980 fx=560 launcher=300 render=100 other=10}, in ms; empty if unreadable. */
  static Optional<String> read() {
    Map<String, Long> ms = new LinkedHashMap<>();
    for (String group : new String[] {"jit", "fx", "launcher", "render", "other"}) {
      ms.put(group, 0L);
    }
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String name = Files.readString(task.resolve("comm")).trim();
        // Fields after the parenthesised name: utime and stime are the 12th and 13th.
        String stat = Files.readString(task.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        ms.merge(group(name), ticks * 1000 / TICKS_PER_SECOND, Long::sum);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.of(
        ms.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(" ")));
  }

  private static String group(String threadName) {
    if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
      return "jit";
    }
    if (threadName.startsWith("JavaFX Applicat")) {
      return "fx";
    }
    if (threadName.equals("java")) {
      return "launcher";
    }
    if (threadName.startsWith("QuantumRenderer")) {
      return "render";
    }
    return "other";
  }
}
