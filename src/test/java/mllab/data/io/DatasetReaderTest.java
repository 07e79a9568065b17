package mllab.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aFileAboveTheSizeLimitIsRefusedBeforeReadingWithItsSize() throws Exception {
    // Given a 2 KB file (2048 bytes) and a 1 KB limit
    Path file = write("big.csv", "a,label\n" + "0.5,1\n".repeat(340));

    // When it is read
    DatasetFormatException e =
        assertThrows(
            DatasetFormatException.class,
            () -> DatasetReader.read(file, ReadOptions.defaults().withMaxBytes(1024)));

    // Then the message gives both sizes
    assertTrue(e.getMessage().startsWith("big.csv is 2 KB; the limit is 1 KB"), e.getMessage());
  }

  @Test
  void sizesAreShownInUnitsPeopleRead() {
    // Given sizes from bytes to gigabytes / When formatted / Then they read naturally
    assertEquals("900 B", TextInput.humanSize(900));
    assertEquals("512 MB", TextInput.humanSize(ReadOptions.DEFAULT_MAX_BYTES));
    assertEquals("3.2 GB", TextInput.humanSize((long) (3.2 * 1024 * 1024 * 1024)));
  }

  @Test
  void aFileLargerThanAvailableMemoryIsRefusedEvenBelowTheLimit() {
    // Given a 300 MB file and a program that may use 512 MB
    // When its size is checked
    DatasetFormatException e =
        assertThrows(
            DatasetFormatException.class,
            () ->
                TextInput.checkSize(
                    "huge.arff", 300L << 20, ReadOptions.DEFAULT_MAX_BYTES, 512L << 20));

    // Then the user learns it would not fit
    assertTrue(
        e.getMessage()
            .startsWith("huge.arff is 300 MB, too large to load into the 512 MB of memory"),
        e.getMessage());
  }

  @Test
  void trainAndTestFilesKeepTheirSplitAndFindTheMulanLabelFile() throws Exception {
    // Given MULAN-style files toy-train.arff and toy-test.arff with toy.xml beside them
    String header =
        """
        @relation toy
        @attribute x numeric
        @attribute L2 {0,1}
        @attribute L1 {0,1}
        @data
        """;
    Path train = write("toy-train.arff", header + "1,1,0\n?,0,1\n3,1,1\n");
    Path test = write("toy-test.arff", header + "?,1,0\n");
    write(
        "toy.xml",
        "<labels xmlns=\"http://mulan.sourceforge.net/labels\">"
            + "<label name=\"L1\"/><label name=\"L2\"/></labels>");

    // When both are read, filling missing values with the mean
    LoadedData data =
        DatasetReader.readTrainTest(
            train, test, ReadOptions.defaults().withMissingValues(MissingValuePolicy.IMPUTE_MEAN));

    // Then the split is kept, labels come from toy.xml, and the test gap gets the TRAIN mean (2)
    assertEquals(3, data.train().rows());
    assertEquals(1, data.test().orElseThrow().rows());
    assertEquals(List.of("L2", "L1"), data.train().labelNames());
    assertEquals(2, data.test().orElseThrow().feature(0, 0), 0);
    assertEquals("toy-train.arff (labels from toy.xml) + toy-test.arff", data.source());
  }

  @Test
  void aTestFileWithDifferentAttributesIsRefused() throws Exception {
    // Given a test file whose second attribute has another name
    Path train =
        write(
            "a-train.arff",
            "@relation 'a: -C -1'\n@attribute x numeric\n@attribute y numeric\n@attribute L {0,1}\n"
                + "@data\n1,2,1\n");
    Path test =
        write(
            "a-test.arff",
            "@relation 'a: -C -1'\n@attribute x numeric\n@attribute z numeric\n@attribute L {0,1}\n"
                + "@data\n1,2,1\n");

    // When they are read as a pair
    DatasetFormatException e =
        assertThrows(
            DatasetFormatException.class,
            () -> DatasetReader.readTrainTest(train, test, ReadOptions.defaults()));

    // Then the message names both files and the first difference
    assertTrue(
        e.getMessage()
            .startsWith(
                "a-test.arff does not match a-train.arff: column 2 is "
                    + "'z' here but 'y' in the training file"),
        e.getMessage());
  }

  @Test
  void progressReachesTheFileSize() throws Exception {
    // Given a file of some hundred kilobytes
    Path file = write("long.csv", "a,b,label\n" + "0.123456,0.654321,1\n".repeat(30_000));
    long size = Files.size(file);
    List<long[]> updates = new ArrayList<>();

    // When it is read with a progress listener
    DatasetReader.read(
        file,
        ReadOptions.defaults()
            .withProgress((read, total) -> updates.add(new long[] {read, total})));

    // Then progress rises step by step and ends at the full size
    assertTrue(updates.size() > 1, "expected several updates, got " + updates.size());
    long[] last = updates.get(updates.size() - 1);
    assertEquals(size, last[0]);
    assertEquals(size, last[1]);
    for (int i = 1; i < updates.size(); i++) {
      assertTrue(updates.get(i)[0] >= updates.get(i - 1)[0]);
    }
  }

  @Test
  void aStreamIsReadLikeAFileOfTheGivenName() throws Exception {
    // Given a bundled resource opened as a stream
    byte[] csv = "a;label\n0.5;1\n0.7;0\n".getBytes(StandardCharsets.UTF_8);

    // When it is read under its name
    LoadedData data =
        DatasetReader.read(new ByteArrayInputStream(csv), "bundled.csv", ReadOptions.defaults());

    // Then the format comes from the name and the data is complete
    assertEquals(2, data.train().rows());
    assertEquals("bundled.csv", data.train().name());
  }

  @Test
  void decodedTextIsReadByTheFormatOfItsName() throws Exception {
    // Given ARFF text already in memory
    String arff = "@relation 'm: -C 1'\n@attribute L {0,1}\n@attribute x numeric\n@data\n1,0.5\n";

    // When it is read through a Reader
    LoadedData data = DatasetReader.read(new StringReader(arff), "m.arff", ReadOptions.defaults());

    // Then the MEKA convention applies as for a file
    assertEquals(List.of("L"), data.train().labelNames());
    assertEquals(0.5, data.train().feature(0, 0), 0);
  }

  @Test
  void aTsvFileIsSplitAtTabs() throws Exception {
    // Given a .tsv whose header has a comma inside a name
    Path file = write("t.tsv", "size,cm\tlabel\n1.5\t1\n2.5\t0\n");

    // When it is read
    LoadedData data = DatasetReader.read(file, ReadOptions.defaults());

    // Then the comma is part of the name
    assertEquals(List.of("size,cm"), data.train().featureNames());
  }
}
