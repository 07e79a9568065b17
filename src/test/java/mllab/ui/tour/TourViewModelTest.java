package mllab.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.HeldRunner;
import mllab.ui.evaluation.TrainedLesson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evaluation stop's answer covers every test row and label, so it is worked out on a worker
 * while the student reads the question: the FX thread only shows it.
 */
class TourViewModelTest {

  private final List<Double> thresholdsSet = new ArrayList<>();
  private final PipelineSession session = TrainedLesson.session();
  private final HeldRunner runner = new HeldRunner();
  private TourViewModel tour;

  /** The tour walked to the evaluation stop's question, with a worker that waits to be run. */
  @BeforeEach
  void walkToEvaluationQuestion() {
    tour = tour(session, runner);
    tour.start();
    // Four Spaces reach training's question, one reveals it, one goes on to evaluation
    for (int i = 0; i < 5; i++) {
      tour.next();
    }
    assertEquals(4, tour.indexProperty().get());
  }

  private TourViewModel tour(PipelineSession session, HeldRunner runner) {
    return new TourViewModel(
        session,
        new TourViewModel.Stage() {
          @Override
          public void show(Step step) {}

          @Override
          public void train() {
            TrainedLesson.train(session);
          }

          @Override
          public void setThreshold(double threshold) {
            thresholdsSet.add(threshold);
          }
        },
        runner);
  }

  private static String expectedAnswer(Predictions p) {
    return TourReveal.threshold(
        MetricReport.of(p, Thresholds.global(0.5, p.labelCount())),
        MetricReport.of(p, Thresholds.global(0.8, p.labelCount())),
        0.5,
        0.8);
  }

  @Test
  void theAnswerIsWorkedOutWhileTheQuestionIsReadAndShownAtOnceOnSpace() {
    // Reaching the question started the work: one job, nothing moved yet
    assertEquals(1, runner.jobs.size());
    assertTrue(thresholdsSet.isEmpty());
    runner.runAll();
    // When Space is pressed after it finished, the answer shows at once, with no second job
    tour.next();
    assertEquals(expectedAnswer(session.predictions().orElseThrow()), tour.textProperty().get());
    assertEquals(List.of(0.8), thresholdsSet);
    assertEquals(1, runner.started);
  }

  @Test
  void aSpaceBeforeTheWorkerIsDoneSaysSoAndTheAnswerFollowsWhenItArrives() {
    tour.next();
    assertEquals(Text.get("tour.evaluation.working"), tour.textProperty().get());
    assertTrue(thresholdsSet.isEmpty());
    runner.runAll();
    assertEquals(expectedAnswer(session.predictions().orElseThrow()), tour.textProperty().get());
    assertEquals(List.of(0.8), thresholdsSet);
    // And the next Space goes on to the closing message, as after any reveal
    tour.next();
    assertTrue(tour.finishedProperty().get());
  }

  @Test
  void anAnswerArrivingAfterTheStudentLeftTheTourChangesNothing() {
    tour.next();
    tour.leave();
    runner.runAll();
    assertTrue(thresholdsSet.isEmpty());
    assertEquals(Text.get("tour.evaluation.working"), tour.textProperty().get());
  }

  @Test
  void aTourStartedAfterAnotherDatasetOpenedSpeaksOfThatData() {
    // Given the window's tour, made while the photo lesson was on screen
    PipelineSession lesson = mllab.lesson.Lesson.session();
    TourViewModel tour = tour(lesson, runner);
    // When the student opens another dataset and then starts the tour
    lesson.setDataset(
        mllab.data.DatasetGenerator.generate(
            mllab.data.GeneratorSettings.uniform(300, 12, 9, 0.2, 4)),
        java.util.Optional.empty(),
        "other.arff");
    tour.start();
    // Then its first stop describes that data, not photos
    String text = tour.textProperty().get();
    assertTrue(
        text.startsWith("Each of the 300 rows of other.arff has 12 features and 9 labels"), text);
    assertTrue(!text.contains("photo"), text);
  }
}
