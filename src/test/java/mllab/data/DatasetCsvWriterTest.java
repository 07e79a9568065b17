package mllab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatasetCsvWriterTest {

  @Test
  void headerListsFeaturesThenLabelsAndRowsEndWithZeroOneLabels() {
    // Given
    Dataset data =
        new Dataset(
            "two rows",
            new double[][] {{0.25, 187.3}, {12, 0}},
            new int[][] {{1, 0}, {0, 1}},
            List.of("ratio", "intensity"),
            List.of("beach", "city"));

    // When
    String csv = DatasetCsvWriter.toCsv(data);

    // Then
    assertEquals("ratio,intensity,beach,city\n0.25,187.3,1,0\n12,0,0,1\n", csv);
  }

  @Test
  void numbersAreRoundedToSixSignificantDigitsWithoutExponent() {
    // When / Then
    assertEquals("0.333333", DatasetCsvWriter.formatNumber(1.0 / 3));
    assertEquals("123457000", DatasetCsvWriter.formatNumber(123456789.0));
    assertEquals("0.0000001", DatasetCsvWriter.formatNumber(1e-7));
    assertEquals("-2.5", DatasetCsvWriter.formatNumber(-2.5));
    assertEquals("0.3", DatasetCsvWriter.formatNumber(0.3));
    assertEquals("0", DatasetCsvWriter.formatNumber(-0.0));
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    // Given: a locale that writes decimal commas
    Locale original = Locale.getDefault();
    Dataset data =
        new Dataset(
            "one row", new double[][] {{1234.5}}, new int[][] {{1}}, List.of("x"), List.of("y"));
    try {
      Locale.setDefault(Locale.GERMANY);

      // When
      String csv = DatasetCsvWriter.toCsv(data);

      // Then
      assertEquals("x,y\n1234.5,1\n", csv);
    } finally {
      Locale.setDefault(original);
    }
  }

  @Test
  void namesWithCommasAreQuoted() {
    // Given
    Dataset data =
        new Dataset(
            "quoted", new double[][] {{1}}, new int[][] {{0}}, List.of("size, cm"), List.of("y"));

    // When
    String csv = DatasetCsvWriter.toCsv(data);

    // Then
    assertEquals("\"size, cm\",y\n1,0\n", csv);
  }

  @Test
  void infiniteValueCannotBeFormatted() {
    // When
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DatasetCsvWriter.formatNumber(Double.POSITIVE_INFINITY));

    // Then
    assertEquals(
        "cannot write Infinity to a CSV file; every feature value must be a finite number",
        e.getMessage());
  }
}
