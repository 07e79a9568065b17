package mllab.methods;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import mllab.data.io.DatasetFormatException;
import mllab.data.io.DatasetReader;
import mllab.data.io.LoadedData;
import mllab.data.io.MulanLabels;
import mllab.data.io.ReadOptions;
import mllab.pipeline.PipelineSession;

/**
 * A MULAN benchmark's published train/test files read the way a user opens them, in a session whose
 * scaler is fitted on the training file. Skips the calling test when the datasets folder (system
 * property {@code mllab.datasets}) is absent.
 */
final class PublishedSplits {

  private PublishedSplits() {}

  static PipelineSession session(String name) throws IOException, DatasetFormatException {
    String folder = System.getProperty("mllab.datasets");
    assumeTrue(
        folder != null && Files.isDirectory(Path.of(folder, name)),
        "benchmark dataset " + name + " (system property mllab.datasets) is absent");
    Path dir = Path.of(folder, name);
    Path xml = dir.resolve(name + ".xml");
    ReadOptions options;
    try (InputStream in = Files.newInputStream(xml)) {
      options =
          ReadOptions.defaults().withLabels(MulanLabels.read(in, xml.getFileName().toString()));
    }
    LoadedData loaded =
        DatasetReader.readTrainTest(
            dir.resolve(name + "-train.arff"), dir.resolve(name + "-test.arff"), options);
    PipelineSession session = new PipelineSession(loaded.train(), name);
    session.setDataset(loaded.train(), loaded.test(), name);
    return session;
  }
}
