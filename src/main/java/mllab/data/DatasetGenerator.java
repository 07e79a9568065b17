package mllab.data;

import java.util.ArrayList;
import java.util.List;
import mllab.text.Text;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Generates a synthetic multi-label dataset whose structure is known, so that a student can check
 * what a classifier learns against what was put in.
 *
 * <p>With 4 labels the dataset is themed as photos: every row is a photo described by 20 image
 * measurements, tagged with any of {@code beach}, {@code sunset}, {@code people} and {@code city}.
 * The generative model has three layers, drawn independently for every row:
 *
 * <ol>
 *   <li><b>Scenes.</b> Labels come in pairs that belong to one scene: (beach, sunset) to a coast
 *       scene, (people, city) to an urban scene; with other label counts labels 1–2, 3–4, … pair up
 *       the same way. Each photo has one dominant scene, picked uniformly, and each scene gets a
 *       strength {@code g}: {@value #DOMINANCE} × (the centred, unit-variance indicator of being
 *       dominant) plus a centred normal part. Scenes therefore compete (with two scenes their
 *       strengths correlate by about −1), and because almost every photo clearly shows some scene,
 *       few photos end up with no tag at all.
 *   <li><b>Labels.</b> Each label {@code k} gets a latent score {@code s_k = √c·g_scene(k) +
 *       √(1−c)·e_k} with its own standard normal {@code e_k}, where {@code c} is the label
 *       correlation; {@code s_k} has mean 0 and variance 1, two labels of one scene correlate by
 *       {@code c} and labels of competing scenes anti-correlate by about {@code c}. The label is
 *       then drawn as a coin flip, {@code y_k ~ Bernoulli(σ(β·s_k + b_k))} with logistic {@code σ}
 *       and sharpness {@code β = }{@value #SHARPNESS}. The offset {@code b_k} is solved numerically
 *       so that {@code E[σ(β·s_k + b_k)]} equals the label's prevalence (given the dominant scene,
 *       {@code s_k} is normal, so the expectation is a two-part normal integral). The coin flip
 *       means even a perfect model cannot always be right, which is what real tags are like (is a
 *       photo with a small strip of sand a beach photo?).
 *   <li><b>Features.</b> Each feature is a weighted sum of what the photo shows, {@code u_k =
 *       a·(y_k − p_k)/√(p_k(1−p_k)) + (1−a)·s_k} with {@code a = }{@value #TAG_WEIGHT} (a little of
 *       the tag itself, mostly how strongly the scene is there), scaled to unit variance, plus
 *       Gaussian noise of standard deviation {@code noise}. Some features mostly speak for one
 *       label ({@code face_count} for people, {@code red_orange_ratio} for sunset), some for
 *       several ({@code horizon_height}: high for beach and sunset, low in a city), and two ({@code
 *       noise_grain}, {@code motion_blur}) are pure noise that a model should learn to ignore.
 * </ol>
 *
 * <p>Finally each feature is mapped to the raw scale a real image measurement would have: ratios in
 * 0–1, 8-bit intensities in 0–255, counts in 0–12, pixel lengths in 0–1000. The very different
 * ranges are on purpose: without min-max scaling the pixel lengths would dominate every weighted
 * sum in the network. In about one row in a hundred a count detector misfires and reports 13–24
 * (see {@link #addRareExtremes}); these rare extremes are drawn from a random stream of their own.
 *
 * <p>With other shapes the features are named {@code feature_1 …} and the labels {@code label_1 …};
 * feature {@code j} is informative mainly for label {@code j mod L}, every fifth feature is noise,
 * and the raw scales rotate through the same four kinds. With 4 labels but other than 20 features
 * the photo features are used while they last.
 *
 * <p>All randomness comes from {@link Well19937c} generators seeded with the settings' seed (one
 * for the rows, one for the rare extremes) and is drawn in a fixed order, so the same settings
 * always give the identical dataset on any JVM.
 */
public final class DatasetGenerator {

  /** The label names of the photo theme, in column order. */
  public static final List<String> PHOTO_LABELS = List.of("beach", "sunset", "people", "city");

  /** How sharply the latent score decides the tag; higher means fewer ambiguous photos. */
  static final double SHARPNESS = 4.0;

  /**
   * How much of a feature's evidence is the tag itself rather than the latent score; the rest is
   * the score, which the tag only follows through a coin flip.
   */
  static final double TAG_WEIGHT = 0.3;

  /** How clearly one scene dominates a photo; 0 would leave scene strengths plain normal. */
  static final double DOMINANCE = 0.95;

  /** The largest count a detector normally reports. */
  static final int COUNT_LIMIT = 12;

  /** The share of rows with one miscounted (extreme) count feature. */
  static final double EXTREME_RATE = 0.02;

  /** Extreme counts lie in {@code COUNT_LIMIT + 1 … COUNT_LIMIT + EXTREME_COUNT_SPAN}. */
  static final int EXTREME_COUNT_SPAN = 12;

  /** Seeds the extremes' own random stream, apart from the one that draws everything else. */
  private static final long EXTREMES_STREAM = 0x5EED_E87E_3E5L;

  private DatasetGenerator() {}

  /** Generates the dataset described by {@code settings}; equal settings give equal datasets. */
  public static Dataset generate(GeneratorSettings settings) {
    int n = settings.rows();
    int d = settings.features();
    int l = settings.labels();
    boolean photos = isPhotoThemed(settings);
    List<FeatureRecipe> recipes = FeatureRecipe.recipes(d, l, photos);
    double c = settings.labelCorrelation();
    int scenes = (l + 1) / 2;
    // (h_p − mean(h)) / √(1 − 1/S) has unit variance and pairwise correlation −1/(S−1); so has
    // the indicator of the dominant scene, centred and scaled the same way.
    double centre = scenes > 1 ? 1 : 0;
    double sceneNorm = Math.sqrt(1 - centre / scenes);
    double dominantHigh = Math.sqrt(scenes - 1);
    double dominantLow = scenes > 1 ? -1 / Math.sqrt(scenes - 1) : 0;
    double dominance = dominance(scenes);
    double spread = Math.sqrt(1 - dominance * dominance);
    double[] offsets = new double[l];
    double[] labelSpread = new double[l];
    for (int k = 0; k < l; k++) {
      double p = settings.prevalence(k);
      offsets[k] = offsetFor(p, scenes, c);
      labelSpread[k] = Math.sqrt(p * (1 - p));
    }

    RandomGenerator rng = new Well19937c(settings.seed());
    double[][] x = new double[n][d];
    int[][] y = new int[n][l];
    double[] h = new double[scenes];
    double[] u = new double[l];
    for (int i = 0; i < n; i++) {
      int dominant = rng.nextInt(scenes);
      double mean = 0;
      for (int p = 0; p < scenes; p++) {
        h[p] = rng.nextGaussian();
        mean += h[p] / scenes;
      }
      for (int k = 0; k < l; k++) {
        int scene = k / 2;
        double g =
            dominance * (scene == dominant ? dominantHigh : dominantLow)
                + spread * (h[scene] - centre * mean) / sceneNorm;
        double score = Math.sqrt(c) * g + Math.sqrt(1 - c) * rng.nextGaussian();
        y[i][k] = rng.nextDouble() < sigmoid(SHARPNESS * score + offsets[k]) ? 1 : 0;
        u[k] =
            TAG_WEIGHT * (y[i][k] - settings.prevalence(k)) / labelSpread[k]
                + (1 - TAG_WEIGHT) * score;
      }
      FeatureRecipe.measureFeatures(recipes, u, settings.noise(), rng, x[i]);
    }
    addRareExtremes(x, recipes, settings.seed());
    List<String> featureNames = recipes.stream().map(FeatureRecipe::name).toList();
    List<String> labelNames = photos ? PHOTO_LABELS : numbered("label_", l);
    String name =
        Text.get(
            photos ? "engine.data.generated.photos" : "engine.data.generated.synthetic",
            String.valueOf(settings.seed()));
    return new Dataset(name, x, y, featureNames, labelNames);
  }

  /**
   * Now and then a detector miscounts (a poster full of faces, a tiled wall read as windows): in a
   * share {@link #EXTREME_RATE} of the rows one count feature, picked at random, gets a count above
   * the usual 0–{@value #COUNT_LIMIT}. Such rare extremes are what real measurements have, and they
   * are what makes the leakage lesson visible: an extreme that lands in the test rows lies outside
   * the range the scaler learned from the training rows.
   */
  private static void addRareExtremes(double[][] x, List<FeatureRecipe> recipes, long seed) {
    List<Integer> counts = new ArrayList<>();
    for (int j = 0; j < recipes.size(); j++) {
      if (recipes.get(j).scale() == FeatureRecipe.RawScale.COUNT) {
        counts.add(j);
      }
    }
    // A stream of its own, so the extremes leave every other value and every label as it was.
    RandomGenerator rng = new Well19937c(seed ^ EXTREMES_STREAM);
    for (double[] row : x) {
      if (rng.nextDouble() < EXTREME_RATE && !counts.isEmpty()) {
        int j = counts.get(rng.nextInt(counts.size()));
        row[j] = COUNT_LIMIT + 1 + rng.nextInt(EXTREME_COUNT_SPAN);
      }
    }
  }

  /** True when the settings use the photo theme (exactly 4 labels). */
  public static boolean isPhotoThemed(GeneratorSettings settings) {
    return settings.labels() == PHOTO_LABELS.size();
  }

  /**
   * The offset {@code b} with {@code E[σ(β·s + b)] = prevalence}, found by bisection; the
   * expectation is monotone in {@code b}. Given whether its scene dominates, a label's score {@code
   * s} is normal with mean {@code √c·DOMINANCE·m} ({@code m} the centred dominance indicator) and
   * variance {@code 1 − c·DOMINANCE²}.
   */
  static double offsetFor(double prevalence, int scenes, double correlation) {
    double dominance = dominance(scenes);
    double shift = Math.sqrt(correlation) * dominance;
    double sd = Math.sqrt(1 - correlation * dominance * dominance);
    double dominantMean = shift * Math.sqrt(scenes - 1);
    double otherMean = scenes > 1 ? -shift / Math.sqrt(scenes - 1) : 0;
    double dominantShare = 1.0 / scenes;
    double lo = -60;
    double hi = 60;
    for (int iteration = 0; iteration < 200; iteration++) {
      double mid = (lo + hi) / 2;
      double rate =
          dominantShare * expectedPositiveRate(dominantMean, sd, mid)
              + (1 - dominantShare) * expectedPositiveRate(otherMean, sd, mid);
      if (rate < prevalence) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** With a single scene there is nothing to dominate, and its strength is plain normal. */
  private static double dominance(int scenes) {
    return scenes > 1 ? DOMINANCE : 0;
  }

  /**
   * {@code E[σ(β·s + offset)]} for normal {@code s} with the given mean and standard deviation, by
   * the trapezoid rule over ±8 standard deviations.
   */
  static double expectedPositiveRate(double mean, double sd, double offset) {
    double step = 0.01;
    double sum = 0;
    int points = (int) Math.round(16 / step);
    for (int i = 0; i <= points; i++) {
      double z = -8 + i * step;
      double weight = (i == 0 || i == points) ? 0.5 : 1;
      sum += weight * StrictMath.exp(-0.5 * z * z) * sigmoid(SHARPNESS * (mean + sd * z) + offset);
    }
    return sum * step / Math.sqrt(2 * Math.PI);
  }

  // StrictMath, not Math: its results are specified bit for bit, so the shipped CSV is reproducible
  // on every JVM and CPU.
  static double sigmoid(double z) {
    return 1 / (1 + StrictMath.exp(-z));
  }

  private static List<String> numbered(String prefix, int count) {
    List<String> names = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      names.add(prefix + i);
    }
    return names;
  }
}
