package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.split.Split;
import org.junit.jupiter.api.Test;

/**
 * Step 4's lesson quotes the data on screen: the loss of knowing only each label's share, and how
 * many steps an epoch takes, for that data's own training rows and the batch size chosen.
 */
class TrainingLessonTextTest {

  @Test
  void rareLabelsStartFromTheirOwnMuchSmallerBaseRateLoss() {
    // Given 400 rows with 53 labels that each come in about one row of ten, and a batch of 50
    PipelineSession s =
        new PipelineSession(
            DatasetGenerator.generate(GeneratorSettings.uniform(400, 30, 53, 0.1, 5)),
            "other.arff");
    s.setTrainingConfig(s.trainingConfig().withBatchSize(50));
    Split split = s.split();

    String text = LessonText.forStep(s, Step.TRAINING).replaceAll("\\s+", " ");

    // Then the base-rate losses are this data's, recomputed here row by row
    double train = LessonTextsTest.baseRateLoss(split.train(), split.train());
    double test = LessonTextsTest.baseRateLoss(split.train(), split.test());
    String quoted =
        String.format(
            Locale.ROOT,
            "already gets to about %.2f on the training rows and %.2f on the test rows",
            train,
            test);
    assertTrue(text.contains(quoted), quoted + " not in: " + text);
    // (far below ln 2 ≈ 0.693: with rare labels "absent" is almost always right)
    assertTrue(train < 0.4, "base-rate loss " + train);
    // And an epoch is counted in this data's training rows and the batch chosen
    int rows = split.train().rows();
    assertTrue(
        text.contains(
            String.format(
                Locale.ROOT, "%,d rows in batches of 50 make %d steps", rows, (rows + 49) / 50)),
        text);
    assertTrue(text.contains("(50 here)"), text);
    assertFalse(text.contains("0.63") || text.contains("800 rows"), text);
  }
}
