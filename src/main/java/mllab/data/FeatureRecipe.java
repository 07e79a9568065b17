package mllab.data;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * How the {@link DatasetGenerator} makes one feature: its weights on the labels' evidence {@code
 * u}, a shift of its typical value (few faces in most photos) and the raw scale it is reported on.
 * Also holds the twenty photo measurements and the recipe for features of other shapes.
 */
record FeatureRecipe(String name, RawScale scale, double shift, double[] weights, int[] used) {

  private static final int BEACH = 0;
  private static final int SUNSET = 1;
  private static final int PEOPLE = 2;
  private static final int CITY = 3;

  private static final List<FeatureRecipe> PHOTO_FEATURES =
      List.of(
          photo("blue_sky_ratio", RawScale.RATIO, 0, BEACH, 1.0, SUNSET, -0.6, CITY, -0.4),
          photo("sand_tone", RawScale.INTENSITY, -0.3, BEACH, 1.2),
          photo("warm_hue", RawScale.RATIO, 0, SUNSET, 1.2, BEACH, 0.2),
          photo("brightness", RawScale.INTENSITY, 0.3, SUNSET, -0.9, BEACH, 0.4),
          photo("horizon_height", RawScale.RATIO, 0, BEACH, 0.6, SUNSET, 0.6, CITY, -0.8),
          photo("face_count", RawScale.COUNT, -0.8, PEOPLE, 1.5),
          photo("skin_tone_ratio", RawScale.RATIO, -1.0, PEOPLE, 1.0, BEACH, 0.3),
          photo("edge_density", RawScale.PIXELS, 0, CITY, 1.0, PEOPLE, 0.3),
          photo("vertical_lines", RawScale.PIXELS, 0, CITY, 1.2, BEACH, -0.3),
          photo("window_grid", RawScale.COUNT, -0.5, CITY, 1.0),
          photo("saturation", RawScale.INTENSITY, 0.2, SUNSET, 0.7, BEACH, 0.3),
          photo("contrast", RawScale.INTENSITY, 0, SUNSET, 0.4, CITY, 0.4),
          photo("green_ratio", RawScale.RATIO, -0.8, BEACH, -0.3, CITY, -0.3),
          photo("water_texture", RawScale.RATIO, -0.5, BEACH, 0.9, SUNSET, 0.2),
          photo("shadow_length", RawScale.PIXELS, 0, SUNSET, 1.0, CITY, 0.2),
          photo("red_orange_ratio", RawScale.RATIO, -0.8, SUNSET, 1.1),
          photo("symmetry", RawScale.RATIO, 0, CITY, 0.5, PEOPLE, 0.2),
          photo("noise_grain", RawScale.INTENSITY, -0.5),
          photo("text_regions", RawScale.COUNT, -0.6, CITY, 0.6, PEOPLE, 0.2),
          photo("motion_blur", RawScale.PIXELS, -1.0));

  /** {@code used}: the labels with a weight other than 0, in order (at most two of them). */
  FeatureRecipe(String name, RawScale scale, double shift, double[] weights) {
    this(
        name,
        scale,
        shift,
        weights,
        java.util.stream.IntStream.range(0, weights.length).filter(k -> weights[k] != 0).toArray());
  }

  boolean isPureNoise() {
    return used.length == 0;
  }

  /**
   * The weighted evidence scaled by the weights' length, so every feature has similar spread.
   * Summed over the labels it uses only: with 1,000 labels a loop over all of them made the
   * generator a thousand times slower, and the zero terms add nothing (same bits, same order).
   */
  double signal(double[] u) {
    double sum = 0;
    double norm = 0;
    for (int k : used) {
      sum += weights[k] * u[k];
      norm += weights[k] * weights[k];
    }
    return norm == 0 ? 0 : sum / Math.sqrt(norm);
  }

  /**
   * The recipes of {@code features} features for {@code labels} labels, photo-themed or generic.
   */
  static List<FeatureRecipe> recipes(int features, int labels, boolean photos) {
    List<FeatureRecipe> recipes = new ArrayList<>(features);
    for (int j = 0; j < features; j++) {
      if (photos && j < PHOTO_FEATURES.size()) {
        recipes.add(PHOTO_FEATURES.get(j));
      } else {
        recipes.add(generic(j, labels));
      }
    }
    return recipes;
  }

  private static FeatureRecipe generic(int j, int labels) {
    double[] weights = new double[labels];
    if (j % 5 != 4) {
      weights[j % labels] = 1.0;
      int second = (j + 1 + j / labels) % labels;
      if (second != j % labels) {
        weights[second] = 0.5;
      }
    }
    RawScale scale = RawScale.values()[j % RawScale.values().length];
    return new FeatureRecipe("feature_" + (j + 1), scale, 0, weights);
  }

  private static FeatureRecipe photo(String name, RawScale scale, double shift, double... pairs) {
    double[] weights = new double[DatasetGenerator.PHOTO_LABELS.size()];
    for (int i = 0; i < pairs.length; i += 2) {
      weights[(int) pairs[i]] = pairs[i + 1];
    }
    return new FeatureRecipe(name, scale, shift, weights);
  }

  /**
   * Measures one row's features from its label signals {@code u}: each feature's signal plus noise,
   * shifted and written on its raw scale into {@code row}.
   */
  static void measureFeatures(
      List<FeatureRecipe> recipes, double[] u, double noise, RandomGenerator rng, double[] row) {
    for (int j = 0; j < row.length; j++) {
      FeatureRecipe recipe = recipes.get(j);
      // A pure-noise feature has no signal to measure the noise against; it gets unit spread so
      // it still looks like a measurement on its raw scale.
      double value =
          recipe.isPureNoise() ? rng.nextGaussian() : recipe.signal(u) + noise * rng.nextGaussian();
      row[j] = recipe.scale().toRaw(value + recipe.shift());
    }
  }

  /**
   * The raw units a real image measurement comes in. Values are rounded to the precision such a
   * measurement would have, so the CSV file holds exactly what the generator produced.
   */
  enum RawScale {
    /** A fraction of the image, 0–1, four decimals. */
    RATIO {
      @Override
      double toRaw(double z) {
        return round(DatasetGenerator.sigmoid(1.2 * z), 4);
      }
    },
    /** A mean 8-bit channel value, 0–255, one decimal. */
    INTENSITY {
      @Override
      double toRaw(double z) {
        return round(clamp(128 + 42 * z, 0, 255), 1);
      }
    },
    /** A count of detected objects, whole numbers 0–12. */
    COUNT {
      @Override
      double toRaw(double z) {
        return clamp(Math.round(3 + 2.2 * z), 0, DatasetGenerator.COUNT_LIMIT);
      }
    },
    /** A length or count in pixels, whole numbers 0–1000. */
    PIXELS {
      @Override
      double toRaw(double z) {
        return clamp(Math.round(450 + 170 * z), 0, 1000);
      }
    };

    abstract double toRaw(double z);

    private static double clamp(double v, double lo, double hi) {
      return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v, int decimals) {
      double factor = StrictMath.pow(10, decimals);
      return Math.round(v * factor) / factor;
    }
  }
}
