package mllab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mllab.data.Dataset;
import mllab.data.DatasetCsvWriter;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mllab generate}: writes a synthetic multi-label dataset as CSV (features first, labels
 * last), with the app's own generator. Every option left out keeps the lesson's value, so {@code
 * mllab generate --out photos.csv} reproduces the bundled dataset.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--rows", paramLabel = "N")
  Integer rows;

  @Option(names = "--features", paramLabel = "N")
  Integer features;

  @Option(names = "--labels", paramLabel = "N")
  Integer labels;

  @Option(names = "--noise", paramLabel = "SD")
  Double noise;

  @Option(names = "--prevalence", split = ",", paramLabel = "P")
  double[] prevalence;

  @Option(names = "--correlation", paramLabel = "C")
  Double correlation;

  @Option(names = "--seed", paramLabel = "SEED")
  Long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv")
  Path out;

  @Spec CommandSpec spec;

  /** The prevalence used for every label when the label count differs from the lesson's 4. */
  static final double DEFAULT_PREVALENCE = 0.3;

  @Override
  public Integer call() throws Exception {
    GeneratorSettings settings = settings();
    Dataset data = DatasetGenerator.generate(settings);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    DatasetCsvWriter.write(data, out);
    spec.commandLine()
        .getOut()
        .println(
            Text.get(
                "cli.generate.wrote",
                String.valueOf(out),
                String.valueOf(data.rows()),
                String.valueOf(data.featureCount()),
                String.valueOf(data.labelCount()),
                String.valueOf(data.labelNames())));
    return 0;
  }

  /** The lesson's settings with every given option applied; invalid values fail with a message. */
  GeneratorSettings settings() {
    GeneratorSettings lesson = GeneratorSettings.lesson();
    int l = labels != null ? labels : lesson.labels();
    double[] p;
    if (prevalence != null) {
      p = prevalence.length == 1 && l > 1 ? filled(l, prevalence[0]) : prevalence;
    } else {
      p = l == lesson.labels() ? lesson.prevalence() : filled(l, DEFAULT_PREVALENCE);
    }
    return new GeneratorSettings(
        rows != null ? rows : lesson.rows(),
        features != null ? features : lesson.features(),
        l,
        noise != null ? noise : lesson.noise(),
        p,
        correlation != null ? correlation : lesson.labelCorrelation(),
        seed != null ? seed : lesson.seed());
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[Math.max(n, 0)];
    java.util.Arrays.fill(a, value);
    return a;
  }
}
