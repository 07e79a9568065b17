package mllab.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Tuning;
import mllab.eval.TuningComparison;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.split.SplitMethod;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;

/** Step 5's tuning buttons with a validation part: tuned there, measured on the test rows. */
class ValidationTuningTest {

  @Test
  void f1OptimalTunesOnValidationAndShowsTheTestTunedNumberOnlyBesideIt() {
    // Given the lesson trained with a validation part
    PipelineSession session = Lesson.session();
    session.setValidation(SplitMethod.RANDOM, 0.15);
    TrainedLesson.train(session);
    EvaluationViewModel model =
        new EvaluationViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    Predictions test = session.predictions().orElseThrow();
    TuningComparison expected =
        TuningComparison.of(Tuning.F1, session.validationPredictions().orElseThrow(), test, 0, 0.5);

    // When the student presses "F1-optimal per label"
    model.useF1Optimal();

    // Then the thresholds are the ones tuned on the validation rows, the metrics on screen are
    // the honest ones, and the note names both numbers apart
    assertTrue(model.tunedOnValidationProperty().get());
    assertEquals(expected.onValidation(), model.thresholdsProperty().get());
    MetricReport shown = model.reportProperty().get();
    assertEquals(expected.honest().microF1(), shown.microF1(), 1e-12);
    String note = model.tuningProperty().get();
    assertTrue(note.contains("tuned on the validation rows"), note);
    assertTrue(
        note.contains(
            String.format(java.util.Locale.ROOT, "%.3f", expected.optimistic().microF1())),
        note);

    // When the student then moves the slider by hand, the note goes
    model.setPerLabel(false);
    assertFalse(model.tunedOnValidationProperty().get());
  }
}
