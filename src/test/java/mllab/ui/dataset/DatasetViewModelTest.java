package mllab.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.data.io.LoadedData;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;

/** "Use this dataset": the current dataset stays until the new one is complete, or if stopped. */
class DatasetViewModelTest {

  /** Holds each job until the test lets it finish, as a worker thread would. */
  private static final class HeldRunner implements BackgroundRunner {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> Cancellable run(
        Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
      boolean[] cancelled = {false};
      held.add(
          () -> {
            if (cancelled[0]) {
              return;
            }
            try {
              onSuccess.accept(work.call());
            } catch (Exception e) {
              onFailure.accept(e);
            }
          });
      return () -> cancelled[0] = true;
    }

    @Override
    public void post(Runnable action) {
      action.run();
    }

    void finishAll() {
      List<Runnable> jobs = new ArrayList<>(held);
      held.clear();
      jobs.forEach(Runnable::run);
    }
  }

  private final PipelineSession session = Lesson.session();
  private final HeldRunner runner = new HeldRunner();
  private final DatasetViewModel model = new DatasetViewModel(new SessionModel(session, runner));
  private final Dataset wide =
      DatasetGenerator.generate(GeneratorSettings.uniform(200, 30, 60, 0.1, 3));
  private final LoadedData read = new LoadedData(wide, Optional.empty(), List.of(), "wide.csv");

  @Test
  void theLessonStaysUntilTheNewDatasetIsPreparedThenItArrivesComplete() {
    // When the student uses a 60-label dataset
    boolean[] closed = {false};
    model.applyInBackground(read, Path.of("wide.csv"), () -> closed[0] = true);
    // Then while it is prepared the lesson is still the dataset, and the dialog stays open
    assertEquals(4, session.dataset().labelCount());
    assertTrue(model.busyProperty().get());
    assertFalse(closed[0]);
    // When the worker is done
    runner.finishAll();
    // Then the new dataset is current with its statistics and split already there
    assertEquals(60, session.dataset().labelCount());
    assertTrue(session.upstreamToPrepare().isEmpty(), "steps 1–3 arrived with the dataset");
    assertEquals(60, session.stats().labelFrequencies().size());
    assertTrue(closed[0]);
    assertFalse(model.busyProperty().get());
  }

  @Test
  void stoppingThePreparationKeepsTheLessonAndSaysSo() {
    model.applyInBackground(read, Path.of("wide.csv"), () -> {});
    // When the student presses Stop before it is ready
    model.cancel();
    runner.finishAll();
    // Then the lesson stays and the status says the dataset is unchanged
    assertEquals(4, session.dataset().labelCount());
    assertFalse(model.busyProperty().get());
    assertEquals(Text.get("dataset.status.stopped"), model.statusProperty().get());
  }
}
