package mllab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long a student waits for the window: the time from launching the JVM to the first drawn
 * frame, for the app and for a bare JavaFX window ({@link BareWindow}) started the same way — same
 * java, same JVM flags, same class path — in fresh JVMs, alternating app and bare so both see the
 * same machine load. Each run is one {@link StartupBenchmarkProbe}; the table gives the median of
 * every phase. Target: the app's first frame within 1.6 × the bare window's.
 *
 * <p>Needs a display (Xvfb is fine). Argument: runs per program (default 5). JVM flags given to
 * this main are passed on to every probe. Not part of the test suite.
 */
public final class StartupBenchmark {

  private static final List<String> PHASES = List.of("toolkit", "init", "start", "frame", "shell");

  /** Prefix of the CPU-time fields (ms per kind of thread by the first frame, Linux only). */
  private static final String CPU = "cpu.";

  private static final List<String> CPU_GROUPS =
      List.of("jit", "fx", "launcher", "render", "other");

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Map<String, List<Map<String, Double>>> results = new LinkedHashMap<>();
    results.put("bare", new ArrayList<>());
    results.put("app", new ArrayList<>());
    for (int run = 0; run < runs; run++) {
      for (String which : results.keySet()) {
        Map<String, Double> phases = probe(which);
        results.get(which).add(phases);
        System.out.println("run " + (run + 1) + " " + which + " " + phases);
      }
    }
    System.out.println();
    System.out.println("median ms since JVM start (" + runs + " runs each)");
    System.out.printf(
        Locale.ROOT,
        "%-6s %8s %8s %8s %8s %8s%n",
        "",
        "toolkit",
        "init",
        "start",
        "frame",
        "shell");
    for (Map.Entry<String, List<Map<String, Double>>> e : results.entrySet()) {
      System.out.printf(Locale.ROOT, "%-6s", e.getKey());
      for (String phase : PHASES) {
        System.out.printf(Locale.ROOT, " %8.0f", median(e.getValue(), phase));
      }
      System.out.println();
    }
    if (results.values().stream().allMatch(r -> r.get(0).containsKey(CPU + "jit"))) {
      System.out.println();
      System.out.println("median CPU ms by the first frame, per kind of thread");
      System.out.printf(Locale.ROOT, "%-6s", "");
      CPU_GROUPS.forEach(g -> System.out.printf(Locale.ROOT, " %8s", g));
      System.out.printf(Locale.ROOT, " %8s%n", "all");
      for (Map.Entry<String, List<Map<String, Double>>> e : results.entrySet()) {
        System.out.printf(Locale.ROOT, "%-6s", e.getKey());
        double all = 0;
        for (String group : CPU_GROUPS) {
          double ms = median(e.getValue(), CPU + group);
          all += ms;
          System.out.printf(Locale.ROOT, " %8.0f", ms);
        }
        System.out.printf(Locale.ROOT, " %8.0f%n", all);
      }
    }
    double ratio = median(results.get("app"), "frame") / median(results.get("bare"), "frame");
    System.out.printf(Locale.ROOT, "app / bare, first frame: %.2f (target <= 1.6)%n", ratio);
    double shell = median(results.get("app"), "shell") / median(results.get("bare"), "frame");
    System.out.printf(Locale.ROOT, "app / bare, the app's shell drawn: %.2f%n", shell);
  }

  /** Starts one fresh JVM on the probe and parses its one line of phase times. */
  private static Map<String, Double> probe(String which) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            StartupBenchmarkProbe.class.getName(),
            which));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = null;
    String cpu = null;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(which + " ")) {
          result = line;
        } else if (line.startsWith(which + "-cpu ")) {
          cpu = line;
        }
      }
    }
    int exit = process.waitFor();
    if (result == null || exit != 0) {
      throw new IllegalStateException(
          "the "
              + which
              + " probe exited with "
              + exit
              + " and no timing line; is a display set (DISPLAY, e.g. Xvfb)?");
    }
    Map<String, Double> phases = new LinkedHashMap<>();
    putFields(result.substring(which.length() + 1), "", phases);
    if (cpu != null) {
      putFields(cpu.substring(which.length() + "-cpu ".length()), CPU, phases);
    }
    return phases;
  }

  private static void putFields(String fields, String prefix, Map<String, Double> into) {
    for (String field : fields.split(" ")) {
      String[] kv = field.split("=");
      into.put(prefix + kv[0], Double.parseDouble(kv[1]));
    }
  }

  private static double median(List<Map<String, Double>> runs, String phase) {
    double[] values = runs.stream().mapToDouble(r -> r.get(phase)).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
