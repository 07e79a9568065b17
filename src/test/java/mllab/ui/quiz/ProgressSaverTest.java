package mllab.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import mllab.persist.ProgressStore;
import mllab.quiz.Progress;
import mllab.ui.common.BackgroundRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers are written off the FX thread, and an older record never lands after a newer one. */
class ProgressSaverTest {

  @TempDir Path folder;

  /** Holds the jobs instead of running them, so a test decides when and in which order they run. */
  private static final class HeldRunner implements BackgroundRunner {
    final List<Runnable> jobs = new ArrayList<>();

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
      jobs.add(
          () -> {
            try {
              ok.accept(work.call());
            } catch (Exception e) {
              failed.accept(e);
            }
          });
      return () -> {};
    }

    @Override
    public void post(Runnable action) {
      action.run();
    }
  }

  private static Progress answered(int n) {
    Progress p = Progress.empty();
    for (int i = 0; i < n; i++) {
      p = p.withAnswers(Map.of("q" + i, i % 2 == 0));
    }
    return p;
  }

  @Test
  void savingReturnsBeforeTheFileIsWrittenAndTheNewestRecordWins() throws Exception {
    ProgressStore store = new ProgressStore(folder);
    HeldRunner runner = new HeldRunner();
    List<Throwable> failures = new ArrayList<>();
    ProgressSaver saver = new ProgressSaver(store, runner, failures::add);

    saver.save(answered(1));
    assertFalse(Files.exists(store.file()), "the answer must not wait for the disk");
    saver.save(answered(2)); // folded into the job already waiting
    saver.save(answered(3));
    assertEquals(1, runner.jobs.size());
    runner.jobs.get(0).run();
    assertEquals(3, store.load().progress().attempts());

    saver.save(answered(4));
    saver.save(answered(5));
    assertEquals(2, runner.jobs.size());
    runner.jobs.get(1).run();
    assertEquals(5, store.load().progress().attempts());
    assertTrue(failures.isEmpty());
  }

  @Test
  void flushWritesWhatIsStillWaiting() throws Exception {
    ProgressStore store = new ProgressStore(folder);
    HeldRunner runner = new HeldRunner();
    ProgressSaver saver = new ProgressSaver(store, runner, e -> {});

    saver.save(answered(2));
    saver.flush(); // the app closes before the worker ran

    assertEquals(2, store.load().progress().attempts());
    runner.jobs.get(0).run(); // the late job finds nothing newer to write
    assertEquals(2, store.load().progress().attempts());
  }

  @Test
  void aFailedWriteIsReported() throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("file"), "x");
    HeldRunner runner = new HeldRunner();
    List<Throwable> failures = new ArrayList<>();
    ProgressSaver saver = new ProgressSaver(new ProgressStore(notAFolder), runner, failures::add);

    saver.save(answered(1));
    runner.jobs.get(0).run();

    assertEquals(1, failures.size());
  }
}
