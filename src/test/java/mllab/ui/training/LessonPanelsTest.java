package mllab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mllab.lesson.Lesson;
import mllab.lesson.PythonSnippet;
import mllab.lesson.StepCards;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.ui.HeldRunner;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;

/**
 * Step 4's Python panel is written on a worker (its forward pass over the test rows took a second
 * on the FX thread with wide data), shows the same text as before, and a panel of a session that
 * changed again meanwhile never replaces the newer one.
 */
class LessonPanelsTest {

  private static PipelineSession trainedLesson() {
    PipelineSession session = Lesson.session();
    TrainingRun run = session.newTrainingRun();
    run.runAll(r -> {});
    session.trainingFinished(run);
    return session;
  }

  @Test
  void afterTrainingThePanelShowsTheSameCellsAndPrintedLossAsBefore() {
    // Given the training screen on the same-thread runner
    PipelineSession session = Lesson.session();
    TrainingViewModel vm =
        new TrainingViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    vm.speedProperty().set(Speed.MAX);

    // When the student trains
    vm.play();

    // Then the panel is the one built from the session directly: the forward pass of the trained
    // network, with what it prints
    PythonSnippet expected = StepCards.python(session, Step.TRAINING);
    PythonSnippet shown = vm.pythonProperty().get();
    assertEquals(expected, shown);
    assertEquals(expected.code(), shown.code());
    assertEquals(expected.output(), shown.output());
    assertTrue(shown.cells().get(0).printed().isPresent(), shown.output());
  }

  @Test
  void thePanelIsWrittenOnTheWorkerAndAStaleOneIsDropped() {
    // Given a trained session and a worker that has not run yet
    PipelineSession session = trainedLesson();
    HeldRunner runner = new HeldRunner();
    LessonPanels panels = new LessonPanels(session, runner);
    PythonSnippet trained = StepCards.python(session, Step.TRAINING);

    // When the panels follow the session, nothing of the panel is computed on the caller's thread
    panels.refresh();
    assertNull(panels.pythonProperty().get());
    assertEquals(1, runner.jobs.size());

    // And when the session changes again before the worker is done
    session.setTrainingConfig(session.trainingConfig().withLearningRate(0.05));
    PythonSnippet changed = StepCards.python(session, Step.TRAINING);
    assertNotEquals(trained, changed);
    panels.refresh();

    // Then the older panel, finished first, is dropped, and the newer one is shown
    runner.runNext();
    assertNull(panels.pythonProperty().get());
    runner.runNext();
    assertEquals(changed, panels.pythonProperty().get());
  }

  @Test
  void theCardAndLessonTextFollowAtOnce() {
    PipelineSession session = trainedLesson();
    HeldRunner runner = new HeldRunner();
    LessonPanels panels = new LessonPanels(session, runner);

    panels.refresh();

    assertEquals(StepCards.card(session, Step.TRAINING), panels.cardProperty().get());
    assertEquals(
        mllab.lesson.LessonText.forStep(session, Step.TRAINING), panels.lessonProperty().get());
  }
}
