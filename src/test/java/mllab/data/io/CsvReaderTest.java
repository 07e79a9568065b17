package mllab.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import mllab.data.Dataset;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static LoadedData read(String text, CsvOptions options) throws Exception {
    return CsvReader.read(new StringReader(text), "photos.csv", options);
  }

  private static CsvOptions labels(LabelSpec spec) {
    return new CsvOptions(spec, null, MissingValuePolicy.REFUSE);
  }

  private static CsvOptions missing(MissingValuePolicy policy) {
    return new CsvOptions(LabelSpec.guess(), null, policy);
  }

  @Test
  void trailingZeroOneColumnsAreGuessedAsLabels() throws Exception {
    // Given a file whose last two columns hold only 0 and 1
    String csv = "brightness,contrast,beach,sunset\n0.5,0.2,1,0\n0.1,0.9,0,1\n";

    // When it is read without naming the labels
    Dataset d = read(csv, CsvOptions.defaults()).train();

    // Then those two columns are the labels and the rest are features
    assertEquals(List.of("brightness", "contrast"), d.featureNames());
    assertEquals(List.of("beach", "sunset"), d.labelNames());
    assertEquals(0.9, d.feature(1, 1), 0);
    assertEquals(1, d.label(1, 1));
  }

  @Test
  void namedLabelsMayStandAnywhereAndKeepTheFileOrder() throws Exception {
    // Given labels in the first and third columns
    String csv = "sunset,brightness,beach\n1,0.5,0\n0,0.2,1\n";

    // When they are named in the opposite order
    Dataset d = read(csv, labels(LabelSpec.named("beach", "sunset"))).train();

    // Then the file's order is kept
    assertEquals(List.of("sunset", "beach"), d.labelNames());
    assertEquals(List.of("brightness"), d.featureNames());
    assertEquals(1, d.label(0, 0));
  }

  @Test
  void lastNColumnsChoosesLabelsEvenWhenABinaryFeatureComesBefore() throws Exception {
    // Given a 0/1 feature right before the single label column
    String csv = "x,flag,beach\n0.5,1,0\n0.2,0,1\n";

    // When the last 1 column is declared the label
    Dataset d = read(csv, labels(LabelSpec.last(1))).train();

    // Then the binary feature stays a feature
    assertEquals(List.of("x", "flag"), d.featureNames());
    assertEquals(List.of("beach"), d.labelNames());
  }

  @Test
  void semicolonAndTabSeparatorsAreDetectedFromTheHeader() throws Exception {
    // Given the same data separated by semicolons and by tabs
    String semicolon = "a;b;label\n0.5;0.25;1\n";
    String tab = "a\tb\tlabel\n0.5\t0.25\t1\n";

    // When both are read
    Dataset s = read(semicolon, CsvOptions.defaults()).train();
    Dataset t = read(tab, CsvOptions.defaults()).train();

    // Then both give the same values
    assertEquals(0.25, s.feature(0, 1), 0);
    assertEquals(s, t);
  }

  @Test
  void quotedHeaderNamesMayContainTheSeparator() throws Exception {
    // Given a quoted column name with a comma inside
    String csv = "\"size, cm\",\"weight\",label\n\"12.5\",3,1\n";

    // When it is read
    Dataset d = read(csv, CsvOptions.defaults()).train();

    // Then the name keeps its comma and the quoted number is a number
    assertEquals(List.of("size, cm", "weight"), d.featureNames());
    assertEquals(12.5, d.feature(0, 0), 0);
  }

  @Test
  void aChosenDelimiterOverridesDetection() throws Exception {
    // Given a header with more commas than semicolons but semicolon-separated values
    String csv = "a,x;b;label\n1;2;1\n";

    // When the semicolon is chosen
    Dataset d =
        read(csv, new CsvOptions(LabelSpec.guess(), ';', MissingValuePolicy.REFUSE)).train();

    // Then the comma stays part of the first column's name
    assertEquals(List.of("a,x", "b"), d.featureNames());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
    // Given a file saved by a spreadsheet with a UTF-8 byte order mark
    String csv = "\uFEFFbrightness,beach\n0.5,1\n";

    // When it is read
    Dataset d = read(csv, CsvOptions.defaults()).train();

    // Then the first column is called brightness, not "\uFEFFbrightness"
    assertEquals("brightness", d.featureNames().get(0));
  }

  @Test
  void blankLinesBetweenRowsAreSkippedAndLineNumbersStayTrue() throws Exception {
    // Given a blank line before a bad value on line 4
    String csv = "a,label\n0.5,1\n\nxyz,0\n";

    // When it is read
    DatasetFormatException e =
        assertThrows(DatasetFormatException.class, () -> read(csv, CsvOptions.defaults()));

    // Then the error points at line 4, where the user will find it
    assertEquals(4, e.line().orElseThrow());
    assertEquals("a", e.column().orElseThrow());
  }

  @Test
  void windowsLineEndingsAndLeadingBlankLinesKeepLineNumbersTrue() throws Exception {
    // Given a file saved on Windows, starting with a blank line, with a decimal comma on line 3
    String csv = "\r\na;b;label\r\n0,5;1;1\r\n0.5;1\r\n";

    // When it is read
    DatasetFormatException e =
        assertThrows(DatasetFormatException.class, () -> read(csv, CsvOptions.defaults()));

    // Then the separator came from the header, and the first bad line is reported as line 3
    assertTrue(
        e.getMessage().startsWith("photos.csv line 3, column 'a': '0,5' is not a number"),
        e.getMessage());
  }

  @Test
  void aLabelValueOtherThanZeroOrOneIsRefusedWithItsLine() throws Exception {
    // Given a named label column holding a 2
    String csv = "a,beach\n0.5,1\n0.2,2\n";

    // When it is read
    DatasetFormatException e =
        assertThrows(
            DatasetFormatException.class, () -> read(csv, labels(LabelSpec.named("beach"))));

    // Then the message names the line, the column and the value, which are also kept apart
    assertTrue(
        e.getMessage()
            .startsWith("photos.csv line 3, column 'beach': a label must be 0 or 1, found 2"),
        e.getMessage());
    assertEquals("2", e.found().orElseThrow());
    assertEquals("0 or 1", e.expected().orElseThrow());
  }

  @Test
  void refusedMissingValuesAreRecognisableInAnyLanguage() {
    // Given a missing feature value, and the interface in another language (pseudo-localized)
    String csv = "a,b,label\n1,2,1\n,3,0\n";
    mllab.text.Text.setPseudo(true);
    try {
      // When the reader refuses it
      DatasetFormatException e =
          assertThrows(
              DatasetFormatException.class, () -> read(csv, missing(MissingValuePolicy.REFUSE)));

      // Then the app can still tell it is the missing-values case it offers to resolve
      assertTrue(e.isMissingValues(), e.getMessage());
      assertTrue(e.getMessage().startsWith("⟦"), e.getMessage());
    } finally {
      mllab.text.Text.setPseudo(false);
    }
    // and a different problem is not
    DatasetFormatException other =
        assertThrows(
            DatasetFormatException.class,
            () -> read("a,label\n1,2\n", missing(MissingValuePolicy.REFUSE)));
    assertTrue(!other.isMissingValues(), other.getMessage());
  }

  @Test
  void dropRowsLeavesOutIncompleteRowsAndSaysHowMany() throws Exception {
    // Given two of four rows with a missing value (empty and NA)
    String csv = "a,b,label\n1,2,1\n,3,0\n4,NA,1\n5,6,0\n";

    // When rows with missing values are dropped
    LoadedData data = read(csv, missing(MissingValuePolicy.DROP_ROWS));

    // Then two rows remain and a warning reports the two that were dropped
    assertEquals(2, data.train().rows());
    assertEquals(5, data.train().feature(1, 0), 0);
    assertEquals(
        List.of("photos.csv: 2 rows have missing values and were dropped (first at line 3)"),
        data.warnings());
  }

  @Test
  void imputeMeanFillsAMissingFeatureWithTheMeanOfThePresentValues() throws Exception {
    // Given a missing value in a column whose present values are 1, 4 and 7
    String csv = "a,b,label\n1,2,1\n?,3,0\n4,5,1\n7,6,0\n";

    // When missing values are imputed
    LoadedData data = read(csv, missing(MissingValuePolicy.IMPUTE_MEAN));

    // Then the gap holds 4, and the user is told
    assertEquals(4, data.train().feature(1, 0), 0);
    assertEquals(1, data.warnings().size());
    String warning = data.warnings().get(0);
    assertTrue(warning.contains("1 missing value in 1 row filled with the column mean"), warning);
  }

  @Test
  void aMissingLabelIsNeverImputed() throws Exception {
    // Given a row whose label is missing
    String csv = "a,label,other\n1,1,0\n2,,1\n";

    // When imputing is chosen
    DatasetFormatException e =
        assertThrows(
            DatasetFormatException.class,
            () ->
                read(csv, new CsvOptions(LabelSpec.last(2), null, MissingValuePolicy.IMPUTE_MEAN)));

    // Then the read stops at that line rather than inventing a label
    assertEquals(3, e.line().orElseThrow());
    assertEquals("label", e.column().orElseThrow());
  }

  @Test
  void aLabelThatIsZeroInEveryRowIsAWarningNotAnError() throws Exception {
    // Given a label column that never fires
    String csv = "a,beach,snow\n0.5,1,0\n0.2,0,0\n";

    // When it is read
    LoadedData data = read(csv, CsvOptions.defaults());

    // Then loading succeeds and the user is warned about that label
    assertEquals(2, data.train().labelCount());
    assertEquals(
        List.of("photos.csv: label 'snow' is 0 in every row; nothing can be learned about it"),
        data.warnings());
  }
}
