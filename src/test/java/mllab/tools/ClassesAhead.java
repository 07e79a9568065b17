package mllab.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the list of classes that {@link mllab.ui.common.ClassWarmUp#loadListed} loads off the FX
 * thread once the window is idle: the classes the FX thread itself loaded during a tour of the
 * window, read from the JVM's class-loading log (those of the start-up are loaded by then, and cost
 * the warm-up a lookup each). Kept: the app's own classes and those of the libraries it runs on
 * (JavaFX, the JDK's modules, the chart and icon libraries, the Markdown parser, the theme); left
 * out: classes from the JVM's shared archive (already cheap to load), classes made at run time
 * (lambdas, hidden classes) and the test class path's. Not a test.
 *
 * <pre>
 * xvfb-run -a java -Xlog:class+load=info:file=classes.log:uptime,tid -Dglass.platform=gtk ... \
 *     mllab.tools.StallTour bibtex-train.arff stalls.txt
 * java -cp ... mllab.tools.ClassesAhead classes.log src/main/resources/mllab/ui/common/classes-ahead.txt
 * </pre>
 */
public final class ClassesAhead {

  /** {@code [0.832s][11969] mllab.ui.shell.Screens source: file:/…/target/classes/}. */
  private static final Pattern LINE =
      Pattern.compile("^\\[[^]]*\\]\\[(\\d+)\\] (\\S+) source: (.*)$");

  /** A class the FX thread always loads: its loader is the FX thread. */
  private static final String FX_MARKER = "mllab.ui.shell.MainView";

  private static final List<String> SOURCES =
      List.of(
          "jrt:/",
          "/target/classes/",
          "/javafx-",
          "/jfreechart-",
          "/org.jfree.",
          "/ikonli-",
          "/commonmark-",
          "/atlantafx-",
          "/commons-math3-");

  private ClassesAhead() {}

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    String fx = null;
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (m.matches() && m.group(2).equals(FX_MARKER)) {
        fx = m.group(1);
      }
    }
    if (fx == null) {
      throw new IllegalArgumentException(FX_MARKER + " is not in " + args[0]);
    }
    Set<String> names = new LinkedHashSet<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (m.matches() && m.group(1).equals(fx) && kept(m.group(2), m.group(3))) {
        names.add(m.group(2));
      }
    }
    String header =
        "# Classes loaded off the FX thread while the window is idle (mllab.ui.common.ClassWarmUp);"
            + " made by mllab.tools.ClassesAhead\n";
    Files.writeString(
        Path.of(args[1]), header + String.join("\n", names) + "\n", StandardCharsets.UTF_8);
    System.out.println("wrote " + names.size() + " classes to " + args[1]);
  }

  private static boolean kept(String name, String source) {
    boolean madeAtRunTime = name.contains("$$Lambda") || name.contains("/0x");
    return !madeAtRunTime
        && !name.startsWith("mllab.tools.")
        && SOURCES.stream().anyMatch(source::contains);
  }
}
