package mllab.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mllab.data.Dataset;
import org.junit.jupiter.api.Test;

class ArffReaderTest {

  private static Dataset read(String text, LabelSpec labels) throws Exception {
    return ArffReader.read(new StringReader(text), "toy.arff", labels, MissingValuePolicy.REFUSE)
        .train();
  }

  @Test
  void commentsQuotedNamesAndKeywordsInAnyCaseAreUnderstood() throws Exception {
    // Given a header with comments, quoted names with spaces, and mixed-case keywords
    String arff =
        """
        % a comment before everything
        @RELATION toy
        @Attribute 'Mean Centroid' NUMERIC
        @attribute "loud ness" Real
        % a comment between attributes
        @attribute count integer
        @attribute 'beach scene' {0,1}
        @DATA
        0.5, 1.5, 3, 1
        % a comment between rows
        -2e-1,0,4,0
        """;

    // When the last attribute is the label
    Dataset d = read(arff, LabelSpec.last(1));

    // Then the names lose their quotes and the values are parsed
    assertEquals(List.of("Mean Centroid", "loud ness", "count"), d.featureNames());
    assertEquals(List.of("beach scene"), d.labelNames());
    assertEquals(2, d.rows());
    assertEquals(-0.2, d.feature(1, 0), 0);
    assertEquals(1, d.label(0, 0));
  }

  @Test
  void nominalFeaturesBecomeOneHotColumnsWithReadableNames() throws Exception {
    // Given a nominal feature with three colours
    String arff =
        """
        @relation 'toy: -C -1'
        @attribute colour {red,green,'dark blue'}
        @attribute size numeric
        @attribute sunset {0,1}
        @data
        green,2,1
        'dark blue',3,0
        """;

    // When it is read with MEKA's -C -1 (the last attribute is the label)
    Dataset d = read(arff, LabelSpec.guess());

    // Then each colour is its own 0/1 column
    assertEquals(
        List.of("colour=red", "colour=green", "colour=dark blue", "size"), d.featureNames());
    assertEquals(
        List.of(0.0, 1.0, 0.0, 2.0),
        List.of(d.feature(0, 0), d.feature(0, 1), d.feature(0, 2), d.feature(0, 3)));
    assertEquals(1, d.feature(1, 2), 0);
  }

  @Test
  void mekaPositiveCountTakesTheFirstAttributesAsLabels() throws Exception {
    // Given a relation name with other options around -C 2
    String arff =
        """
        @relation 'Scene: -C 2 -split-percentage 50'
        @attribute beach {0,1}
        @attribute sunset numeric
        @attribute x numeric
        @data
        1,0,0.5
        0,1,0.7
        """;

    // When the labels are guessed
    Dataset d = read(arff, LabelSpec.guess());

    // Then the first two attributes, nominal or numeric 0/1, are the labels
    assertEquals(List.of("beach", "sunset"), d.labelNames());
    assertEquals(List.of("x"), d.featureNames());
    assertEquals(1, d.label(1, 1));
  }

  @Test
  void sparseRowsFillUnlistedAttributesWithZero() throws Exception {
    // Given sparse rows where only non-zero entries are listed
    String arff =
        """
        @relation sparse
        @attribute w0 numeric
        @attribute w1 numeric
        @attribute w2 numeric
        @attribute a {0,1}
        @attribute b {0,1}
        @data
        {1 2.5, 3 1}
        { 0 1 , 4 1 }
        """;

    // When it is read with the last two attributes as labels
    Dataset d = read(arff, LabelSpec.last(2));

    // Then the dense rows hold zeros where nothing was listed
    assertEquals(
        List.of(0.0, 2.5, 0.0), List.of(d.feature(0, 0), d.feature(0, 1), d.feature(0, 2)));
    assertEquals(List.of(1, 0), List.of(d.label(0, 0), d.label(0, 1)));
    assertEquals(
        List.of(1, 0, 0),
        List.of((int) d.feature(1, 0), (int) d.feature(1, 1), (int) d.feature(1, 2)));
    assertEquals(1, d.label(1, 1));
  }

  @Test
  void mulanLabelsAreMatchedByNameNotPosition() throws Exception {
    // Given a label file that lists the labels in reverse order
    String xml =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <labels xmlns="http://mulan.sourceforge.net/labels">
        <label name="Class2"></label>
        <label name="Class1"></label>
        </labels>
        """;
    LabelSpec.Named labels =
        MulanLabels.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "toy.xml");
    String arff =
        """
        @relation MultiLabelData
        @attribute Att1 numeric
        @attribute Class1 {0,1}
        @attribute Class2 {0,1}
        @data
        0.1,1,0
        """;

    // When the ARFF is read with those labels
    Dataset d = read(arff, labels);

    // Then the labels keep the ARFF's order and their values
    assertEquals(List.of("Class1", "Class2"), d.labelNames());
    assertEquals(1, d.label(0, 0));
    assertEquals("toy.xml", labels.source());
  }

  @Test
  void missingValuesAreCountedAndRefusedByDefault() throws Exception {
    // Given two rows with ? in them
    String arff =
        """
        @relation 'toy: -C -1'
        @attribute x numeric
        @attribute y numeric
        @attribute a {0,1}
        @data
        1,2,1
        ?,3,0
        4,?,1
        """;

    // When it is read with the default policy
    DatasetFormatException e =
        assertThrows(DatasetFormatException.class, () -> read(arff, LabelSpec.guess()));

    // Then the first missing value is named, with the count, and what to do
    assertEquals(
        "toy.arff line 7, column 'x': value is missing (2 rows have missing values). "
            + "Choose to drop the rows with missing values or to fill them with the column mean",
        e.getMessage());
  }

  @Test
  void aQuotedValueWithACommaStaysOneValue() throws Exception {
    // Given a nominal value with a comma inside quotes
    String arff =
        """
        @relation 'toy: -C -1'
        @attribute place {'Paris, France',Rome}
        @attribute a {0,1}
        @data
        'Paris, France',1
        Rome,0
        """;

    // When it is read
    Dataset d = read(arff, LabelSpec.guess());

    // Then the row has two values, not three
    assertEquals(List.of("place=Paris, France", "place=Rome"), d.featureNames());
    assertEquals(1, d.feature(0, 0), 0);
  }

  @Test
  void aMulanLabelFileWithAnExternalEntityIsRefused() {
    // Given a label file that tries to pull in another file through a DTD entity
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE labels [<!ENTITY e SYSTEM "secret.txt">]>
        <labels><label name="&e;"></label></labels>
        """;

    // When it is read
    DatasetFormatException e =
        assertThrows(
            DatasetFormatException.class,
            () ->
                MulanLabels.read(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "evil.xml"));

    // Then it fails as malformed and never resolves the entity
    assertTrue(e.getMessage().startsWith("evil.xml line 2: not well-formed XML"), e.getMessage());
  }
}
