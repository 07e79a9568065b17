package mllab.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.model.TrainingRun;
import mllab.persist.SessionFile.SessionFileException;
import mllab.persist.SessionFile.ThresholdChoice;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values of the wrong JSON shape are refused naming their place, nothing is coerced. */
class SessionFileShapesTest {

  @TempDir Path dir;

  /** A trained session on 40 embedded training rows and 10 test rows, as JSON. */
  private static String trainedJson() {
    Dataset all = DatasetGenerator.generate(GeneratorSettings.uniform(50, 3, 2, 0.5, 3));
    Dataset train = all.select(IntStream.range(0, 40).toArray(), "x-train");
    Dataset test = all.select(IntStream.range(40, 50).toArray(), "x-test");
    PipelineSession s = new PipelineSession(train, "x-train.arff");
    s.setDataset(train, Optional.of(test), "x-train.arff + x-test.arff");
    TrainingRun r = s.newTrainingRun();
    while (!r.finished()) {
      r.nextEpoch();
    }
    s.trainingFinished(r);
    return SessionFile.toJson(
        SessionFile.capture(s, ThresholdChoice.global(0.5, 2), Optional.empty()));
  }

  private String refusal(String json, String from, String to) throws Exception {
    assertTrue(json.contains(from), from);
    Path file = dir.resolve("edited.mllab.json");
    Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(from), to));
    return assertThrows(SessionFileException.class, () -> SessionFile.read(file)).getMessage();
  }

  private static String at(String path, String key, Object... values) {
    return Text.get(
        "engine.pipeline.session.cannotOpen",
        "edited.mllab.json",
        Text.get(
            "engine.pipeline.session.at",
            path,
            Text.get("engine.pipeline.session." + key, values)));
  }

  @Test
  void aValueOfTheWrongShapeIsRefusedAtItsPlace() throws Exception {
    // place, problem, text in the file, what it is edited to
    String[][] cases = {
      {"training.epochs", "notAWholeNumber", "\"epochs\" : 5", "\"epochs\" : \"5\""},
      {"training.batchSize", "notAWholeNumber", "\"batchSize\" : 32", "\"batchSize\" : 32.0"},
      {"training.hiddenLayers[0]", "expectedWholeNumber", "[ 16 ]", "[ 16.5 ]"},
      {"dataset.rows.labels[0][1]", "expectedZeroOrOne", "[ [ 0, 1 ]", "[ [ 0, true ]"},
      {"dataset.rows.featureNames[0]", "notATextItem", "\"feature_1\"", "1"},
      {"dataset.source", "notAText", "\"x-train.arff + x-test.arff\"", "7"},
      {"history[0].trainLoss", "notANumber", "\"trainLoss\" : ", "\"trainLoss\" : true, \"x\" : "},
      {"thresholds.perLabel", "expectedBoolean", "\"perLabel\" : false", "\"perLabel\" : 0"},
      {"thresholds.global[0]", "notANumber", "\"global\" : 0.5", "\"global\" : \"half\""},
      {"history", "expectedEpochList", "\"history\" : [", "\"history\" : \"none\", \"h\" : ["},
    };
    String json = trainedJson();
    for (String[] c : cases) {
      assertEquals(at(c[0], c[1]), refusal(json, c[2], c[3]), c[0]);
    }
  }

  @Test
  void theFirstBadValueIsTheFirstInTheCheckingOrderNotInTheFile() throws Exception {
    // perLabel comes first in the file, but the values are checked first, as they always were
    String json = trainedJson().replace("\"values\" : [ 0.5, 0.5 ]", "\"values\" : [ 2.0, 0.5 ]");
    assertEquals(
        at("thresholds.values[0]", "thresholdRange", "2.0"),
        refusal(json, "\"perLabel\" : false", "\"perLabel\" : \"no\""));
  }

  @Test
  void nonFiniteNumbersReadAndWriteBackAsTheirStrings() throws Exception {
    String json = trainedJson();
    String edited =
        json.replaceFirst("\"chanceLoss\" : [0-9.E-]+", "\"chanceLoss\" : \"-Infinity\"")
            .replaceFirst("\"testLoss\" : [0-9.E-]+", "\"testLoss\" : \"NaN\"");
    assertTrue(edited.contains("\"-Infinity\"") && edited.contains("\"NaN\""));
    Path file = dir.resolve("nonfinite.mllab.json");
    Files.writeString(file, edited);
    SessionFile.State read = SessionFile.read(file);
    assertTrue(Double.isNaN(read.history().get(0).testLoss()));
    assertEquals(edited, SessionFile.toJson(read));
  }

  @Test
  void filesWrittenByTheHandWrittenCodecReadAndWriteBackByteForByte() throws Exception {
    for (String name : new String[] {"lesson.mllab.json", "train-test.mllab.json"}) {
      Path file = dir.resolve(name);
      try (var in = SessionFileShapesTest.class.getResourceAsStream("/sessions/" + name)) {
        Files.write(file, in.readAllBytes());
      }
      assertEquals(Files.readString(file), SessionFile.toJson(SessionFile.read(file)), name);
    }
  }
}
