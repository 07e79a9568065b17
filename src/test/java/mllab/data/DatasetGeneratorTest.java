package mllab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

  private static final int BEACH = 0;
  private static final int SUNSET = 1;
  private static final int PEOPLE = 2;
  private static final int CITY = 3;

  private static Dataset lesson;
  private static DatasetStats lessonStats;

  @BeforeAll
  static void generateLesson() {
    lesson = DatasetGenerator.generate(GeneratorSettings.lesson());
    lessonStats = DatasetStats.of(lesson);
  }

  @Test
  void sameSettingsGiveIdenticalDataset() {
    // Given / When
    Dataset again = DatasetGenerator.generate(GeneratorSettings.lesson());

    // Then
    assertEquals(lesson, again);
  }

  @Test
  void differentSeedGivesDifferentDataset() {
    // Given / When
    Dataset other = DatasetGenerator.generate(GeneratorSettings.lesson().withSeed(7));

    // Then
    assertNotEquals(lesson, other);
  }

  @Test
  void lessonDatasetIsThousandPhotosWithTwentyNamedFeaturesAndFourTags() {
    // Given: the lesson dataset, generated once for the class
    // Then
    assertEquals("1,000 rows × 20 features, 4 labels", lesson.shape());
    assertEquals(List.of("beach", "sunset", "people", "city"), lesson.labelNames());
    assertTrue(lesson.featureNames().contains("blue_sky_ratio"));
    assertTrue(lesson.featureNames().contains("face_count"));
    assertTrue(lesson.featureNames().stream().noneMatch(n -> n.startsWith("feature_")));
  }

  @Test
  void featuresComeOnVeryDifferentRawScales() {
    // Given: the range of each feature
    double smallestMax = Double.POSITIVE_INFINITY;
    double largestMax = 0;
    for (DatasetStats.FeatureSummary f : lessonStats.featureSummaries()) {
      assertTrue(f.min() >= 0, f.name() + " min " + f.min());
      assertTrue(f.max() <= 1000, f.name() + " max " + f.max());
      smallestMax = Math.min(smallestMax, f.max());
      largestMax = Math.max(largestMax, f.max());
    }

    // Then: ratios stay below 1 while pixel measures reach hundreds, so scaling matters
    assertTrue(smallestMax <= 1, "smallest max " + smallestMax);
    assertTrue(largestMax >= 500, "largest max " + largestMax);
    DatasetStats.FeatureSummary faces = summary("face_count");
    assertTrue(faces.max() <= DatasetGenerator.COUNT_LIMIT + DatasetGenerator.EXTREME_COUNT_SPAN);
    for (int i = 0; i < lesson.rows(); i++) {
      double v = lesson.feature(i, lesson.featureNames().indexOf("face_count"));
      assertEquals(Math.rint(v), v, "face_count is a count");
    }
  }

  @Test
  void photosCarryAboutOneAndAHalfTagsOnAverage() {
    // Given: the lesson dataset, generated once for the class
    // Then
    assertEquals(1.5, lessonStats.labelCardinality(), 0.15);
  }

  @Test
  void somePhotosHaveNoTagAndSomeHaveThreeOrMore() {
    // Given: the lesson dataset, generated once for the class
    // When
    double none = lessonStats.rowsWithoutLabels() / (double) lesson.rows();
    double many = lessonStats.rowsWithThreeOrMoreLabels() / (double) lesson.rows();

    // Then
    assertTrue(none > 0.03 && none < 0.12, "fraction without tag " + none);
    assertTrue(many > 0.03 && many < 0.12, "fraction with 3+ tags " + many);
  }

  @Test
  void lessonPrevalenceMatchesSettingsRoughly() {
    // Given: the lesson dataset, generated once for the class
    // When
    double[] expected = GeneratorSettings.lesson().prevalence();
    for (int k = 0; k < expected.length; k++) {
      double actual = lessonStats.labelFrequencies().get(k).fraction();
      assertEquals(expected[k], actual, 0.05, lesson.labelNames().get(k));
    }
  }

  @Test
  void beachAndSunsetGoTogetherWhileBeachAndCityAvoidEachOther() {
    // Given
    double sunset = lessonStats.labelFrequencies().get(SUNSET).fraction();
    double city = lessonStats.labelFrequencies().get(CITY).fraction();
    double people = lessonStats.labelFrequencies().get(PEOPLE).fraction();

    // Then
    assertTrue(lessonStats.conditionalFrequency(SUNSET, BEACH) > sunset + 0.1);
    assertTrue(lessonStats.conditionalFrequency(CITY, BEACH) < city - 0.1);
    assertTrue(lessonStats.conditionalFrequency(PEOPLE, CITY) > people + 0.1);
  }

  @Test
  void zeroCorrelationMakesLabelsRoughlyIndependent() {
    // Given
    GeneratorSettings uncorrelated =
        GeneratorSettings.lesson().withLabelCorrelation(0).withRows(4000);
    Dataset independent = DatasetGenerator.generate(uncorrelated);
    DatasetStats stats = DatasetStats.of(independent);

    // Then
    double sunset = stats.labelFrequencies().get(SUNSET).fraction();
    double city = stats.labelFrequencies().get(CITY).fraction();
    assertEquals(sunset, stats.conditionalFrequency(SUNSET, BEACH), 0.05);
    assertEquals(city, stats.conditionalFrequency(CITY, BEACH), 0.05);
  }

  @Test
  void prevalenceSettingControlsHowOftenEachLabelOccurs() {
    // Given: 6 rare labels, a shape without the photo theme
    GeneratorSettings rare = GeneratorSettings.uniform(5000, 12, 6, 0.1, 11);

    // When
    DatasetStats stats = DatasetStats.of(DatasetGenerator.generate(rare));

    // Then
    for (DatasetStats.LabelFrequency f : stats.labelFrequencies()) {
      assertEquals(0.1, f.fraction(), 0.02, f.label());
    }
    assertEquals(0.6, stats.labelCardinality(), 0.06);
  }

  @Test
  void otherShapesGetNumberedNames() {
    // Given
    GeneratorSettings generic = GeneratorSettings.uniform(50, 7, 3, 0.3, 5);

    // When
    Dataset data = DatasetGenerator.generate(generic);

    // Then
    assertEquals("50 rows × 7 features, 3 labels", data.shape());
    assertEquals(List.of("label_1", "label_2", "label_3"), data.labelNames());
    assertEquals("feature_1", data.featureNames().get(0));
    assertEquals("feature_7", data.featureNames().get(6));
  }

  @Test
  void smallestPossibleDatasetHasTwoRowsOneFeatureAndOneLabel() {
    // Given the smallest dataset a train/test split can take
    GeneratorSettings smallest = GeneratorSettings.uniform(2, 1, 1, 0.5, 0);

    // When
    Dataset data = DatasetGenerator.generate(smallest);

    // Then
    assertEquals("2 rows × 1 features, 1 labels", data.shape());
    assertEquals(List.of("label_1"), data.labelNames());
  }

  @Test
  void aboutTwoRowsInAHundredHaveOneMiscountedCountFeature() {
    // Given: every value above the usual count range, and where it lies
    List<String> counts = List.of("face_count", "window_grid", "text_regions");
    int extremeRows = 0;
    for (int i = 0; i < lesson.rows(); i++) {
      int extremes = 0;
      for (int j = 0; j < lesson.featureCount(); j++) {
        double v = lesson.feature(i, j);
        if (counts.contains(lesson.featureNames().get(j)) && v > DatasetGenerator.COUNT_LIMIT) {
          extremes++;
          assertEquals(Math.rint(v), v, "an extreme count is still a count");
        }
      }
      // Then a row has at most one extreme, and only count features have them
      assertTrue(extremes <= 1, "row " + i + " has " + extremes + " extremes");
      extremeRows += extremes;
    }
    // And they are rare: about 2 % of the rows
    assertTrue(extremeRows >= 10 && extremeRows <= 35, "rows with an extreme " + extremeRows);
    for (DatasetStats.FeatureSummary f : lessonStats.featureSummaries()) {
      if (!counts.contains(f.name())) {
        assertTrue(f.max() <= 1000, f.name() + " max " + f.max());
      }
    }
  }

  @Test
  void noiseBlursFeaturesButLeavesLabelsAlone() {
    // Given
    Dataset noisy = DatasetGenerator.generate(GeneratorSettings.lesson().withNoise(4));

    // Then
    assertTrue(Arrays.deepEquals(lesson.labelMatrix(), noisy.labelMatrix()));
    assertNotEquals(lesson, noisy);
  }

  @Test
  void fourLabelsWithMoreFeaturesReusePhotoNamesWhileTheyLast() {
    // Given
    GeneratorSettings wide =
        new GeneratorSettings(20, 22, 4, 0.5, GeneratorSettings.lesson().prevalence(), 0.6, 3);

    // When
    Dataset data = DatasetGenerator.generate(wide);

    // Then
    assertEquals(lesson.featureNames(), data.featureNames().subList(0, 20));
    assertEquals(List.of("feature_21", "feature_22"), data.featureNames().subList(20, 22));
    assertEquals(lesson.labelNames(), data.labelNames());
  }

  @Test
  void labelsArePredictableFromFeaturesButNotPerfectly() {
    // Given: per-label logistic regressions trained on the first 800 rows
    double[] accuracy = LogisticProbe.heldOutAccuracy(lesson, 800, 1500, 2.0);

    // Then: clearly above always predicting the majority, clearly below perfect
    double mean = Arrays.stream(accuracy).average().orElseThrow();
    assertTrue(mean > 0.8 && mean < 0.95, "mean held-out accuracy " + mean);
    for (int k = 0; k < accuracy.length; k++) {
      double frequency = lessonStats.labelFrequencies().get(k).fraction();
      double majority = Math.max(frequency, 1 - frequency);
      assertTrue(accuracy[k] > majority + 0.1, lesson.labelNames().get(k) + " " + accuracy[k]);
    }
  }

  @Test
  void moreNoiseMakesLabelsHarderToPredict() {
    // Given
    Dataset noisy = DatasetGenerator.generate(GeneratorSettings.lesson().withNoise(4));

    // When
    double clean = mean(LogisticProbe.heldOutAccuracy(lesson, 800, 1500, 2.0));
    double blurred = mean(LogisticProbe.heldOutAccuracy(noisy, 800, 1500, 2.0));

    // Then
    assertTrue(blurred < clean - 0.05, "noise 4: " + blurred + ", lesson: " + clean);
  }

  @Test
  void offsetReproducesRequestedPrevalenceForAStandardNormalScore() {
    // Given a single scene, the score is standard normal
    double offset = DatasetGenerator.offsetFor(0.2, 1, 0.5);

    // Then
    assertEquals(0.2, DatasetGenerator.expectedPositiveRate(0, 1, offset), 1e-9);
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }

  private static DatasetStats.FeatureSummary summary(String name) {
    return lessonStats.featureSummaries().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
