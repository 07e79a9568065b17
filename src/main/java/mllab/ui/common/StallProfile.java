package mllab.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A short profile of one FX-thread stall from the monitor's stack samples: which app methods were
 * anywhere on the stack (the work that caused it, even when the toolkit was doing it on the app's
 * behalf) and which methods were at the very top (where the time went), each with its share.
 */
final class StallProfile {

  private static final int APP_LINES = 6;
  private static final int TOP_LINES = 5;

  private StallProfile() {}

  /** Lines such as {@code "app 80% mllab.ui.X.build"} and {@code "top 35% javafx...layout"}. */
  static List<String> of(List<StackTraceElement[]> samples) {
    List<String> lines = new ArrayList<>();
    if (samples.isEmpty()) {
      return lines;
    }
    Map<String, Integer> onStack = new HashMap<>();
    Map<String, Integer> atTop = new HashMap<>();
    for (StackTraceElement[] s : samples) {
      Set<String> seenHere = new HashSet<>();
      for (StackTraceElement e : s) {
        String c = e.getClassName();
        if (c.startsWith("mllab.")
            && !c.equals(StallMonitor.class.getName())
            && !c.startsWith(StallMonitor.class.getName() + "$")) {
          seenHere.add(name(e));
        }
      }
      seenHere.forEach(m -> onStack.merge(m, 1, Integer::sum));
      if (s.length > 0) {
        atTop.merge(name(s[0]), 1, Integer::sum);
      }
    }
    add(lines, "app", onStack, APP_LINES, samples.size());
    add(lines, "top", atTop, TOP_LINES, samples.size());
    return lines;
  }

  private static String name(StackTraceElement e) {
    String c = e.getClassName();
    return c.substring(c.lastIndexOf('.', c.lastIndexOf('.') - 1) + 1) + "." + e.getMethodName();
  }

  private static void add(
      List<String> lines, String kind, Map<String, Integer> counts, int max, int total) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(max)
        .forEach(
            e ->
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "%s %3d%% %s",
                        kind,
                        Math.round(100.0 * e.getValue() / total),
                        e.getKey())));
  }
}
