package mllab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.data.io.DatasetReader;
import mllab.data.io.LoadedData;
import mllab.data.io.ReadOptions;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Upstream;
import mllab.ui.dataset.ImportSummary;

/**
 * What the window does on its workers when a wide dataset arrives, phase by phase: reading the file
 * (or generating the data), the import dialog's summaries ({@link ImportSummary}), and steps 1–3's
 * results ({@link Upstream}: statistics, split, scaling, the leakage comparison). Wall-clock and
 * CPU time of the calling thread, median (min) over the repetitions after one warm-up, and the
 * heap: the most in use at once (the heap pools' peaks) and what stays in use holding the results.
 *
 * <pre>
 * java -cp ... mllab.bench.WideDataTiming file target/wide/wide.arff [REPEATS]
 * java -cp ... mllab.bench.WideDataTiming generate 50000x2000x1000 [REPEATS]
 * </pre>
 *
 * <p>{@code file WideArff} writes the issue-12 target file ({@link WideArff#TARGET}) under {@code
 * target/wide} first; {@code file wide:ROWSxFEATURESxLABELS} writes one of that shape.
 */
public final class WideDataTiming {

  private WideDataTiming() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: WideDataTiming file FILE.arff|WideArff|wide:RxFxL [REPEATS] "
              + "| generate ROWSxFEATURESxLABELS [REPEATS]");
    }
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    System.out.printf(
        Locale.ROOT,
        "max heap %.0f MB, %d cores%n",
        Runtime.getRuntime().maxMemory() / 1e6,
        Runtime.getRuntime().availableProcessors());
    Callable<LoadedData> source;
    String label;
    if (args[0].equals("file")) {
      Path file = fileFor(args[1]);
      label =
          String.format(Locale.ROOT, "%s (%.2f MB)", file.getFileName(), Files.size(file) / 1e6);
      source = () -> DatasetReader.read(file, ReadOptions.defaults());
    } else if (args[0].equals("generate")) {
      int[] shape = shape(args[1]);
      GeneratorSettings settings =
          GeneratorSettings.uniform(shape[0], shape[1], shape[2], 0.05, 2024L);
      label = "generated " + args[1];
      source =
          () -> {
            Dataset d = DatasetGenerator.generate(settings);
            return new LoadedData(d, Optional.empty(), java.util.List.of(), "generated");
          };
    } else {
      throw new IllegalArgumentException("first argument must be file or generate, was " + args[0]);
    }
    System.out.println(label);
    resetPeaks();
    LoadedData data = source.call();
    ImportSummary summary = ImportSummary.of(data);
    Upstream upstream = upstream(data);
    System.out.printf(
        Locale.ROOT,
        "shape %s; heap peak %.0f MB, in use holding data + results %.0f MB%n",
        data.train().shape(),
        peakHeap() / 1e6,
        usedAfterGc() / 1e6);
    report(repeats, "read", source);
    report(repeats, "import summaries", () -> ImportSummary.of(data));
    report(repeats, "upstream", () -> upstream(data));
    // Kept reachable until here, so that "in use" above counts them.
    System.out.println(
        "done "
            + summary.labelEntries().size()
            + " labels, "
            + upstream.split().train().rows()
            + " train rows");
  }

  private static Path fileFor(String arg) throws Exception {
    if (arg.equals("WideArff") || arg.startsWith("wide:")) {
      int[] shape = arg.startsWith("wide:") ? shape(arg.substring(5)) : WideArff.TARGET;
      Path file = Path.of("target", "wide", "wide-" + shape[2] + ".arff");
      WideArff.write(file, shape[0], shape[1], shape[2], 2024L);
      return file;
    }
    return Path.of(arg);
  }

  private static Upstream upstream(LoadedData data) {
    PipelineSession session = new PipelineSession(data.train(), data.source());
    return Upstream.compute(session.inputsFor(data.train(), data.test()));
  }

  private static void report(int repeats, String phase, Callable<?> work) throws Exception {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    work.call(); // warm-up
    double[] wall = new double[repeats];
    double[] cpu = new double[repeats];
    double[] process = new double[repeats];
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int r = 0; r < repeats; r++) {
      long c0 = bean.getCurrentThreadCpuTime();
      long p0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      work.call();
      wall[r] = (System.nanoTime() - t0) / 1e6;
      cpu[r] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
      process[r] = (os.getProcessCpuTime() - p0) / 1e6;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    Arrays.sort(process);
    // The thread's CPU leaves out the garbage collector's threads; the process's counts them.
    System.out.printf(
        Locale.ROOT,
        "%-17s wall %8.0f ms (min %8.0f), thread CPU %8.0f ms (min %8.0f), process CPU %8.0f ms%n",
        phase,
        wall[repeats / 2],
        wall[0],
        cpu[repeats / 2],
        cpu[0],
        process[repeats / 2]);
  }

  private static int[] shape(String s) {
    String[] p = s.split("x");
    if (p.length != 3) {
      throw new IllegalArgumentException("shape must be ROWSxFEATURESxLABELS, was " + s);
    }
    return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long usedAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
