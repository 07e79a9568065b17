package mllab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time of each compared method's fit and predictions on yeast, the median of several runs after
 * a warm-up: on a shared machine the CPU time, unlike the wall-clock time of {@link
 * MethodsBenchmark}, does not count the time other processes held the core.
 *
 * <p>{@code java -Dmllab.datasets=... -cp ... mllab.bench.MethodTiming [REPEATS]}
 */
public final class MethodTiming {

  private MethodTiming() {}

  public static void main(String[] args) throws Exception {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double total = 0;
    for (String name : new String[] {"mlp", "br", "cc", "lp", "knn"}) {
      MethodsBenchmark b = new MethodsBenchmark();
      b.method = name;
      b.setUp();
      b.fitAndPredict(); // warm-up
      double[] ms = new double[repeats];
      for (int r = 0; r < repeats; r++) {
        long start = bean.getCurrentThreadCpuTime();
        b.fitAndPredict();
        ms[r] = (bean.getCurrentThreadCpuTime() - start) / 1e6;
      }
      java.util.Arrays.sort(ms);
      total += ms[repeats / 2];
      System.out.printf(
          Locale.ROOT, "%-4s CPU median %7.0f ms, min %7.0f ms%n", name, ms[repeats / 2], ms[0]);
    }
    System.out.printf(Locale.ROOT, "all five: %.0f ms%n", total);
  }
}
