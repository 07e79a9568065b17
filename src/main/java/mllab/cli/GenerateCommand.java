package mllab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mllab.data.Dataset;
import mllab.data.DatasetCsvWriter;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mllab generate}: writes a synthetic multi-label dataset as CSV (features first, labels
 * last), with the app's own generator. Every option left out keeps the lesson's value, so {@code
 * mllab generate --out photos.csv} reproduces the bundled dataset.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generate a synthetic multi-label dataset and write it as CSV (labels are the last columns).",
      "Options left out keep the lesson's values: 1000 rows, 20 features, 4 labels"
          + " (beach, sunset, people, city), noise 1.0, prevalence 0.35,0.30,0.50,0.35,"
          + " correlation 0.6, seed 2024."
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--rows", paramLabel = "N", description = "Number of rows.")
  Integer rows;

  @Option(names = "--features", paramLabel = "N", description = "Number of feature columns.")
  Integer features;

  @Option(names = "--labels", paramLabel = "N", description = "Number of label columns.")
  Integer labels;

  @Option(
      names = "--noise",
      paramLabel = "SD",
      description = "Feature noise, 0 (none) to 10, in units of the signal.")
  Double noise;

  @Option(
      names = "--prevalence",
      split = ",",
      paramLabel = "P",
      description =
          "Fraction of rows carrying each label: one value for all labels or one per label,"
              + " e.g. 0.3,0.2 (default 0.3 each when --labels is not 4).")
  double[] prevalence;

  @Option(
      names = "--correlation",
      paramLabel = "C",
      description = "0 = independent labels, 1 = labels of the same scene go together.")
  Double correlation;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the random generator.")
  Long seed;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.csv",
      description = "Where to write.")
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
    spec.commandLine().getOut().println(
        "wrote " + out + ": " + data.rows() + " rows, " + data.featureCount() + " features, "
            + data.labelCount() + " labels " + data.labelNames());
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
