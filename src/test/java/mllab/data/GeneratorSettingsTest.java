package mllab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

  @Test
  void lessonSettingsDescribeThousandPhotosWithFourTags() {
    // Given / When
    GeneratorSettings lesson = GeneratorSettings.lesson();

    // Then
    assertEquals(1000, lesson.rows());
    assertEquals(20, lesson.features());
    assertEquals(4, lesson.labels());
    assertEquals(GeneratorSettings.LESSON_SEED, lesson.seed());
    assertArrayEquals(new double[] {0.35, 0.30, 0.50, 0.35}, lesson.prevalence());
    assertEquals(1.5, lesson.expectedCardinality(), 1e-12);
  }

  @Test
  void aThousandLabelsAndFiftyThousandRowsOfTwoThousandFeaturesAreAllowedOneMoreIsNot() {
    // Given the largest shape issue 12 benchmarks: 50,000 × 2,000 × 1,000
    GeneratorSettings largest = GeneratorSettings.uniform(50_000, 2_000, 1_000, 0.05, 1);
    assertEquals(1_000, largest.labels());
    // Then one label or one row more is refused with a message naming the value
    IllegalArgumentException labels =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> GeneratorSettings.uniform(10, 3, 1_001, 0.05, 1));
    org.junit.jupiter.api.Assertions.assertTrue(
        labels.getMessage().contains("1001"), labels.getMessage());
    IllegalArgumentException cells =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorSettings.uniform(50_001, 2_000, 4, 0.05, 1));
    org.junit.jupiter.api.Assertions.assertTrue(
        cells.getMessage().contains("50001"), cells.getMessage());
  }

  @Test
  void prevalenceArrayCannotBeChangedFromOutside() {
    // Given
    double[] prevalence = {0.2, 0.4};
    GeneratorSettings settings = new GeneratorSettings(10, 3, 2, 0.5, prevalence, 0.3, 1);

    // When
    prevalence[0] = 0.9;
    settings.prevalence()[1] = 0.9;

    // Then
    assertArrayEquals(new double[] {0.2, 0.4}, settings.prevalence());
  }

  @Test
  void settingsWithEqualValuesAreEqual() {
    // Given
    GeneratorSettings a = GeneratorSettings.lesson();
    GeneratorSettings b = GeneratorSettings.lesson().withSeed(7).withSeed(a.seed());

    // Then
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, a.withPrevalence(0.35, 0.30, 0.50, 0.36));
  }

  @Test
  void zeroRowsIsRejectedWithTheValueAndTheFix() {
    // When
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.lesson().withRows(0));

    // Then
    assertTrue(e.getMessage().contains("rows is 0"), e.getMessage());
    assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
  }

  @Test
  void zeroFeaturesOrLabelsAreRejected() {
    // When
    IllegalArgumentException features =
        assertThrows(
            IllegalArgumentException.class,
            () -> new GeneratorSettings(10, 0, 1, 0.5, new double[] {0.3}, 0.5, 1));

    // Then
    assertTrue(features.getMessage().contains("features is 0"), features.getMessage());

    IllegalArgumentException labels =
        assertThrows(
            IllegalArgumentException.class,
            () -> new GeneratorSettings(10, 3, 0, 0.5, new double[0], 0.5, 1));
    assertTrue(labels.getMessage().contains("labels is 0"), labels.getMessage());
  }

  @Test
  void prevalenceOfOneIsRejectedNamingTheLabel() {
    // When
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorSettings.lesson().withPrevalence(0.35, 1.0, 0.5, 0.35));

    // Then
    assertTrue(e.getMessage().contains("label 2 is 1.0"), e.getMessage());
    assertTrue(e.getMessage().contains("strictly between 0 and 1"), e.getMessage());
  }

  @Test
  void prevalenceWithWrongLengthIsRejected() {
    // When
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorSettings.lesson().withPrevalence(0.3, 0.3));

    // Then
    assertTrue(e.getMessage().contains("has 2 values but there are 4 labels"), e.getMessage());
  }

  @Test
  void correlationOutsideZeroToOneIsRejected() {
    // When
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorSettings.lesson().withLabelCorrelation(1.5));

    // Then
    assertTrue(e.getMessage().contains("labelCorrelation is 1.5"), e.getMessage());
  }

  @Test
  void negativeOrMissingNoiseIsRejected() {
    // When
    GeneratorSettings lesson = GeneratorSettings.lesson();
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> lesson.withNoise(-1));

    // Then
    assertTrue(negative.getMessage().contains("noise is -1.0"), negative.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> GeneratorSettings.lesson().withNoise(Double.NaN));
  }
}
