package mllab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.ui.HeldRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;

/**
 * A fresh run is made on a worker: starting one evaluates it over every row (the curves' epoch-0
 * point), which took seconds on the FX thread for a 159-label set. Play pressed meanwhile is kept
 * and starts as soon as the run is there.
 */
class FreshRunOffFxTest {

  @Test
  void playPressedWhileTheRunIsMadeStartsWhenItIsThere() {
    PipelineSession session = Lesson.session();
    HeldRunner runner = new HeldRunner();
    TrainingViewModel vm = new TrainingViewModel(new SessionModel(session, runner));
    vm.speedProperty().set(Speed.MAX);

    // The run is being made on the worker: nothing has held the caller's thread for it
    assertNull(vm.run());
    assertFalse(runner.jobs.isEmpty());
    assertEquals("epoch 0 of 5", vm.display().progressTextProperty().get());

    // When the student presses Play before it is there, nothing starts yet
    vm.play();
    assertFalse(vm.runningProperty().get());

    // Then once the worker is done the run exists and Play's epochs train
    runner.runAll();
    assertNotNull(vm.run());
    assertEquals(5, vm.display().reports().size());
    assertFalse(vm.runningProperty().get());
    assertTrue(session.finishedRun().isPresent());
  }
}
