package mllab.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file in the bad-file corpus fails with its own message: which file, which line and column
 * where there is one, what was found and what was expected. The message is what a student reads in
 * the import dialog, so it is compared in full (without the hint).
 */
class BadFileCorpusTest {

  static Path corpusFile(String name) throws URISyntaxException {
    URL url =
        Objects.requireNonNull(
            BadFileCorpusTest.class.getResource("/bad/" + name), "missing corpus file " + name);
    return Path.of(url.toURI());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      empty.csv                      | empty.csv is empty
      blank-lines.arff               | blank-lines.arff is empty
      header-only.csv                | header-only.csv has a header but no data rows
      ragged.csv                     | ragged.csv line 3: expected 4 values, found 3
      ragged.arff                    | ragged.arff line 7: expected 3 values, found 2
      photos.csv                     | photos.csv line 12, column 'brightness': 'abc' is not a number
      not-a-number.arff              | not-a-number.arff line 6, column 'x': 'abc' is not a number
      decimal-comma.csv              | decimal-comma.csv line 2, column 'brightness': '0,5' is not a number
      label-value-two.arff           | label-value-two.arff line 7, column 'a': a label must be 0 or 1, found 2
      label-not-binary.arff          | label-not-binary.arff column 'tag': a label must take the values 0 and 1, found {yes,no}
      duplicate-columns.csv          | duplicate-columns.csv line 1, column 'brightness': two columns have this name
      duplicate-attributes.arff      | duplicate-attributes.arff line 3, column 'x': a second attribute has this name
      no-label-columns.csv           | no-label-columns.csv has no label columns: its last column 'colour' holds values other than 0 and 1
      all-binary.csv                 | all-binary.csv holds only 0 and 1 in every column, so which columns are labels cannot be guessed
      no-labels.arff                 | no-labels.arff does not say which of its attributes are labels
      no-row-has-a-label.csv         | no-row-has-a-label.csv has no row with any label: all 2 label columns are 0 in all 2 rows
      nan-feature.csv                | nan-feature.csv line 3, column 'contrast': 'NaN' is not a finite number
      infinity.arff                  | infinity.arff line 8, column 'y': 'Infinity' is not a finite number
      sparse-index-out-of-range.arff | sparse-index-out-of-range.arff line 8: sparse index 9 is out of range; expected 0 to 3 for 4 attributes
      mulan/wrong-labels.arff        | wrong-labels.arff has no column 'Class9', which wrong-labels.xml names as a label
      meka-c-too-large.arff          | meka-c-too-large.arff asks for 10 label attributes ('-C 10' in its @relation line), but has only 4 attributes and needs at least one feature
      missing-value.csv              | missing-value.csv line 3, column 'contrast': value is missing (2 rows have missing values)
      string-attribute.arff          | string-attribute.arff line 2, column 'title': attributes of type string cannot be used
      unknown-category.arff          | unknown-category.arff line 6, column 'colour': 'blue' is not one of the declared values {red,green}
      no-data-section.arff           | no-data-section.arff ends before its @data line
      unclosed-quote.csv             | unclosed-quote.csv line 3: a quoted value is not closed properly (EOF reached before encapsulated token finished)
      one-column.csv                 | one-column.csv line 1: expected at least 2 columns (features and labels), found 1 when splitting at ','
      photo.png                      | photo.png does not look like a text file
      latin1.csv                     | latin1.csv does not look like a text file
      late-latin1.csv                | late-latin1.csv is not valid UTF-8 text
      data.xlsx                      | data.xlsx is not a .csv or .arff file
      mulan/doctype.arff             | doctype.xml line 2: not well-formed XML: DOCTYPE is disallowed when the feature "http://apache.org/xml/features/disallow-doctype-decl" set to true
      """)
  void eachBadFileFailsWithItsOwnMessage(String file, String expected) throws Exception {
    // Given a file from the corpus
    Path path = corpusFile(file);

    // When it is read with the default options
    DatasetFormatException e =
        assertThrows(
            DatasetFormatException.class, () -> DatasetReader.read(path, ReadOptions.defaults()));

    // Then the message names the file (never its folder) and says exactly what is wrong
    String withoutHint =
        e.hint().map(h -> e.getMessage().replace(". " + h, "")).orElse(e.getMessage());
    assertEquals(expected, withoutHint);
  }
}
