package mllab.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mllab.data.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the public benchmark sets the way a user would; skipped when they are not present. */
class RealDatasetsTest {

  private static Path root;

  @BeforeAll
  static void findDatasets() {
    String folder = System.getProperty("mllab.datasets");
    assumeTrue(
        folder != null && Files.isDirectory(Path.of(folder)),
        "benchmark datasets folder (system property mllab.datasets) is absent");
    root = Path.of(folder);
  }

  private static LoadedData trainTest(String name) throws Exception {
    Path dir = root.resolve(name);
    assumeTrue(Files.isDirectory(dir), name + " is absent");
    return DatasetReader.readTrainTest(
        dir.resolve(name + "-train.arff"),
        dir.resolve(name + "-test.arff"),
        ReadOptions.defaults());
  }

  @Test
  void emotionsLoadsWithTheLabelNamesOfItsXmlFile() throws Exception {
    // Given the MULAN emotions files with emotions.xml beside them
    // When they are read as a train/test pair without saying which columns are labels
    LoadedData data = trainTest("emotions");

    // Then the shapes, the label names and the first row match the files
    Dataset train = data.train();
    Dataset test = data.test().orElseThrow();
    assertEquals(391, train.rows());
    assertEquals(202, test.rows());
    assertEquals(72, train.featureCount());
    assertEquals(
        List.of(
            "amazed-suprised",
            "happy-pleased",
            "relaxing-calm",
            "quiet-still",
            "sad-lonely",
            "angry-aggresive"),
        train.labelNames());
    assertEquals("Mean_Acc1298_Mean_Mem40_Centroid", train.featureNames().get(0));
    assertEquals(0.034741, train.feature(0, 0), 0);
    assertEquals(-73.302422, train.feature(0, 3), 0);
    assertEquals(
        List.of(0, 1, 1, 0, 0, 0),
        List.of(0, 1, 2, 3, 4, 5).stream().map(k -> train.label(0, k)).toList());
    assertTrue(data.source().contains("emotions.xml"), data.source());
    assertEquals(test.featureNames(), train.featureNames());
  }

  @Test
  void yeastMatchesLabelsByNameAndKeepsTheArffOrder() throws Exception {
    // Given yeast.xml, which lists Class6 before Class4
    // When yeast is read
    LoadedData data = trainTest("yeast");

    // Then the labels follow the ARFF's order, and the shapes are right
    Dataset train = data.train();
    assertEquals(1500, train.rows());
    assertEquals(917, data.test().orElseThrow().rows());
    assertEquals(103, train.featureCount());
    assertEquals(14, train.labelCount());
    assertEquals("Class1", train.labelNames().get(0));
    assertEquals("Class4", train.labelNames().get(3));
    assertEquals("Class14", train.labelNames().get(13));
    assertEquals(0.0937, train.feature(0, 0), 0);
    assertEquals(1, train.label(0, 2));
    assertEquals(1, train.label(0, 3));
    assertEquals(0, train.label(0, 0));
  }

  @Test
  void medicalSparseRowsBecomeFullRowsWithZerosWhereNothingIsListed() throws Exception {
    // Given medical, a sparse ARFF whose 1449 word features are nominal {0,1}
    // When it is read
    LoadedData data = trainTest("medical");

    // Then every word stays one 0/1 column, and the first row has 1 exactly where listed
    Dataset train = data.train();
    assertEquals(333, train.rows());
    assertEquals(645, data.test().orElseThrow().rows());
    assertEquals(1449, train.featureCount());
    assertEquals(45, train.labelCount());
    assertEquals(1, train.feature(0, 0), 0);
    assertEquals(0, train.feature(0, 1), 0);
    assertEquals(1, train.feature(0, 107), 0);
    assertEquals(1, train.feature(0, 1420), 0);
    int labelOfAttribute1493 = 1493 - 1449;
    assertEquals(1, train.label(0, labelOfAttribute1493));
    assertEquals("Class-0-593_70", train.labelNames().get(0));
  }

  @Test
  void medicalWarnsAboutLabelsThatNeverOccurInOneOfTheFiles() throws Exception {
    // Given medical, whose rare labels do not all occur in both files
    // When it is read
    LoadedData data = trainTest("medical");

    // Then each such label is reported as a warning, not an error
    assertTrue(
        data.warnings().stream().anyMatch(w -> w.contains("is 0 in every row")),
        data.warnings().toString());
  }

  @Test
  void mekaMusicTakesTheFirstSixAttributesAsLabels() throws Exception {
    // Given Music.arff, whose relation is 'Music: -C 6'
    Path music = root.resolve("meka").resolve("Music.arff");
    assumeTrue(Files.isRegularFile(music), "meka/Music.arff is absent");

    // When it is read without saying which columns are labels
    LoadedData data = DatasetReader.read(music, ReadOptions.defaults());

    // Then the first 6 attributes are the labels
    Dataset d = data.train();
    assertTrue(data.test().isEmpty());
    assertEquals(592, d.rows());
    assertEquals(71, d.featureCount());
    assertEquals(
        List.of(
            "amazed-suprised",
            "happy-pleased",
            "relaxing-clam",
            "quiet-still",
            "sad-lonely",
            "angry-aggresive"),
        d.labelNames());
    assertEquals("Mean_Acc1298_Mean_Mem40_Centroid", d.featureNames().get(0));
    assertEquals(0.132498, d.feature(0, 0), 0);
    assertEquals(1, d.label(0, 1));
    assertEquals(0, d.label(0, 0));
  }
}
