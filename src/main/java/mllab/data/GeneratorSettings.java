package mllab.data;

import java.util.Arrays;
import java.util.Objects;
import mllab.text.Text;

/**
 * The knobs of {@link DatasetGenerator}: how big the synthetic dataset is, how often each label
 * occurs, how strongly labels go together and how noisy the features are.
 *
 * <p>Two settings with equal values (including the seed) always generate the identical dataset,
 * which is what makes a lesson reproducible: every student who starts from {@link #lesson()} sees
 * the same 1000 photos.
 *
 * @param rows number of examples, at least 1
 * @param features number of feature columns, at least 1
 * @param labels number of label columns, at least 1; with exactly 4 the photo theme is used
 * @param noise standard deviation of the Gaussian noise added to every informative feature,
 *     measured in units of the feature's own signal (0 = features are exact functions of the scene,
 *     1 = as much noise as signal); between 0 and {@link #MAX_NOISE}. It does not change the
 *     labels: the same seed gives the same labels at any noise.
 * @param prevalence for each label, the expected fraction of rows that carry it, strictly between 0
 *     and 1; its sum is the expected label cardinality (mean labels per row)
 * @param labelCorrelation 0 = labels are independent, 1 = labels of the same scene (beach and
 *     sunset; people and city) go together as much as possible, and labels of different scenes
 *     avoid each other
 * @param seed seed of the random generator
 */
public record GeneratorSettings(
    int rows,
    int features,
    int labels,
    double noise,
    double[] prevalence,
    double labelCorrelation,
    long seed) {

  /** The seed of the lesson's dataset; {@code datasets/photos.csv} was generated with it. */
  public static final long LESSON_SEED = 2024L;

  /** Above this the features carry almost no signal, so a larger value is surely a typo. */
  public static final double MAX_NOISE = 10.0;

  private static final double LESSON_NOISE = 1.0;

  /**
   * The lesson's per-label prevalence for beach, sunset, people and city. The values sum to 1.5, so
   * a photo carries 1.5 tags on average.
   */
  private static final double[] LESSON_PREVALENCE = {0.35, 0.30, 0.50, 0.35};

  /**
   * Upper bounds, far above anything a lesson needs: they keep a typo (a million labels) from
   * running the machine out of memory or keeping it busy for minutes.
   */
  public static final int MAX_ROWS = 1_000_000;

  public static final int MAX_FEATURES = 10_000;

  public static final int MAX_LABELS = 1_000;

  /** The most feature values (rows × features) one generated dataset may have. */
  public static final long MAX_CELLS = 100_000_000L;

  public GeneratorSettings {
    requireShape(rows, features);
    requireLabels(labels);
    if (!(noise >= 0 && noise <= MAX_NOISE)) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.settings.noise",
              String.valueOf(noise),
              String.valueOf(MAX_NOISE),
              String.valueOf(LESSON_NOISE)));
    }
    requirePrevalence(prevalence, labels);
    if (!(labelCorrelation >= 0 && labelCorrelation <= 1)) {
      throw new IllegalArgumentException(
          Text.get("engine.data.settings.labelCorrelation", String.valueOf(labelCorrelation)));
    }
    prevalence = prevalence.clone();
  }

  /** Checks the number of rows and features, each on its own and together. */
  private static void requireShape(int rows, int features) {
    if (rows < 2) {
      throw new IllegalArgumentException(
          Text.get("engine.data.settings.rows", String.valueOf(rows)));
    }
    if (rows > MAX_ROWS) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.settings.tooMany",
              Text.get("engine.data.settings.name.rows"),
              String.valueOf(rows),
              String.valueOf(MAX_ROWS)));
    }
    if (features < 1) {
      throw new IllegalArgumentException(
          Text.get("engine.data.settings.features", String.valueOf(features)));
    }
    if (features > MAX_FEATURES) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.settings.tooMany",
              Text.get("engine.data.settings.name.features"),
              String.valueOf(features),
              String.valueOf(MAX_FEATURES)));
    }
    if ((long) rows * features > MAX_CELLS) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.settings.tooManyCells",
              String.valueOf(rows),
              String.valueOf(features),
              String.valueOf(MAX_CELLS)));
    }
  }

  /** Checks that there is one prevalence per label, each strictly between 0 and 1. */
  private static void requirePrevalence(double[] prevalence, int labels) {
    if (prevalence == null) {
      throw new IllegalArgumentException(Text.get("engine.data.settings.prevalenceMissing"));
    }
    if (prevalence.length != labels) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.settings.prevalenceCount",
              String.valueOf(prevalence.length),
              String.valueOf(labels)));
    }
    for (int k = 0; k < prevalence.length; k++) {
      if (!(prevalence[k] > 0 && prevalence[k] < 1)) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.data.settings.prevalence",
                String.valueOf(k + 1),
                String.valueOf(prevalence[k])));
      }
    }
  }

  /** Checks a label count on its own (a form asks for it before it makes the prevalences). */
  public static void requireLabels(int labels) {
    if (labels < 1) {
      throw new IllegalArgumentException(
          Text.get("engine.data.settings.labels", String.valueOf(labels)));
    }
    if (labels > MAX_LABELS) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.settings.tooMany",
              Text.get("engine.data.settings.name.labels"),
              String.valueOf(labels),
              String.valueOf(MAX_LABELS)));
    }
  }

  /**
   * The lesson's dataset: 1000 photos × 20 features × 4 tags (beach, sunset, people, city),
   * prevalence 0.35 / 0.30 / 0.50 / 0.35, label correlation 0.6, noise 1.0, seed {@value
   * #LESSON_SEED}.
   */
  public static GeneratorSettings lesson() {
    return new GeneratorSettings(1000, 20, 4, LESSON_NOISE, LESSON_PREVALENCE, 0.6, LESSON_SEED);
  }

  /**
   * Settings with the same prevalence {@code p} for each of {@code labels} labels and the lesson's
   * noise and correlation; a starting point for experiments with other shapes.
   */
  public static GeneratorSettings uniform(int rows, int features, int labels, double p, long seed) {
    requireLabels(labels);
    double[] prevalence = new double[labels];
    Arrays.fill(prevalence, p);
    return new GeneratorSettings(rows, features, labels, LESSON_NOISE, prevalence, 0.6, seed);
  }

  /** A copy of the per-label prevalence. */
  @Override
  public double[] prevalence() {
    return prevalence.clone();
  }

  /** The prevalence of one label. */
  public double prevalence(int label) {
    return prevalence[label];
  }

  /** The expected label cardinality: the sum of the prevalences. */
  public double expectedCardinality() {
    return Arrays.stream(prevalence).sum();
  }

  public GeneratorSettings withSeed(long newSeed) {
    return new GeneratorSettings(
        rows, features, labels, noise, prevalence, labelCorrelation, newSeed);
  }

  public GeneratorSettings withRows(int newRows) {
    return new GeneratorSettings(
        newRows, features, labels, noise, prevalence, labelCorrelation, seed);
  }

  public GeneratorSettings withNoise(double newNoise) {
    return new GeneratorSettings(
        rows, features, labels, newNoise, prevalence, labelCorrelation, seed);
  }

  public GeneratorSettings withLabelCorrelation(double newCorrelation) {
    return new GeneratorSettings(rows, features, labels, noise, prevalence, newCorrelation, seed);
  }

  public GeneratorSettings withPrevalence(double... newPrevalence) {
    return new GeneratorSettings(
        rows, features, labels, noise, newPrevalence, labelCorrelation, seed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratorSettings s
        && rows == s.rows
        && features == s.features
        && labels == s.labels
        && Double.compare(noise, s.noise) == 0
        && Arrays.equals(prevalence, s.prevalence)
        && Double.compare(labelCorrelation, s.labelCorrelation) == 0
        && seed == s.seed;
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(rows, features, labels, noise, labelCorrelation, seed)
        + Arrays.hashCode(prevalence);
  }

  @Override
  public String toString() {
    return "GeneratorSettings[rows="
        + rows
        + ", features="
        + features
        + ", labels="
        + labels
        + ", noise="
        + noise
        + ", prevalence="
        + Arrays.toString(prevalence)
        + ", labelCorrelation="
        + labelCorrelation
        + ", seed="
        + seed
        + "]";
  }
}
