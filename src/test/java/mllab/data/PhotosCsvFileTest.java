package mllab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Proves that the shipped {@code datasets/photos.csv} is exactly the lesson dataset as the
 * generator and writer produce it today. After an intended change to either, regenerate the file
 * with {@code mvn -q -B test -Dtest=PhotosCsvFileTest -Dmllab.regenerate=true} and commit it.
 */
class PhotosCsvFileTest {

  private static final Path PHOTOS = Path.of("datasets", "photos.csv");

  @Test
  void shippedPhotosFileIsTheLessonDatasetAsWritten() throws IOException {
    // Given
    String expected = DatasetCsvWriter.toCsv(DatasetGenerator.generate(GeneratorSettings.lesson()));
    if (Boolean.getBoolean("mllab.regenerate")) {
      Files.writeString(PHOTOS, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(PHOTOS), "run the tests from the project directory; missing " + PHOTOS);

    // When
    byte[] shipped = Files.readAllBytes(PHOTOS);

    // Then: compare as text first for a readable diff, then byte for byte
    assertEquals(expected, new String(shipped, StandardCharsets.UTF_8));
    assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, shipped.length);
  }
}
