package mllab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import mllab.data.Dataset;
import mllab.data.io.DatasetFormatException;
import mllab.data.io.DatasetReader;
import mllab.data.io.LabelSpec;
import mllab.data.io.ReadOptions;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.ThresholdState;
import mllab.text.Text;

/**
 * The lesson's scenario: the bundled photos dataset and the default choices of every step, so a
 * demo is the same every time.
 */
public final class Lesson {

  /** The bundled dataset's file name (shipped in {@code datasets/}, packaged on the class path). */
  public static final String DATASET_FILE = "photos.csv";

  /** The four photo tags are the file's last four columns. */
  public static final int LABEL_COLUMNS = 4;

  private Lesson() {}

  /** Reads the bundled dataset. */
  public static Dataset dataset() {
    String resource = "/datasets/" + DATASET_FILE;
    try (InputStream in = Lesson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(Text.get("engine.pipeline.lesson.missing", resource));
      }
      return DatasetReader.read(
              in, DATASET_FILE, ReadOptions.defaults().withLabels(LabelSpec.last(LABEL_COLUMNS)))
          .train();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DatasetFormatException e) {
      throw new IllegalStateException(
          Text.get("engine.pipeline.lesson.damaged", e.getMessage()), e);
    }
  }

  /** A session on the bundled dataset with every lesson default. */
  public static PipelineSession session() {
    return new PipelineSession(dataset(), DATASET_FILE);
  }

  /**
   * Puts every lesson default back on {@code session} except the dataset (which the window reads in
   * the background): the split, the scaler's fit scope, the training settings and the thresholds.
   */
  public static void resetSettings(PipelineSession session) {
    session.setSplit(
        mllab.split.SplitMethod.RANDOM,
        mllab.split.Splitter.DEFAULT_TEST_FRACTION,
        PipelineSession.DEFAULT_SPLIT_SEED);
    session.setFitScope(mllab.prep.FitScope.TRAIN_ONLY);
    session.setTrainingConfig(mllab.model.TrainingConfig.lesson());
    session.setThresholdState(ThresholdState.lesson(session.dataset().labelCount()));
  }
}
