package mllab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mllab.model.EpochReport;
import mllab.model.Trainer;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import org.junit.jupiter.api.Test;

/**
 * The hand-over of epochs from the training thread to the screen, without a toolkit: the "screen"
 * is an executor the test drains itself, the worker a plain thread.
 */
class EpochFeedTest {

  /** Long enough that only Pause or a faster speed can end an epoch's wait within the test. */
  private static final long ONE_MINUTE = TimeUnit.MINUTES.toNanos(1);

  private final List<List<EpochFeed.Delivery>> batches = new ArrayList<>();

  /** The hand-overs posted to the screen and not yet run. */
  private final BlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();

  private static TrainingRun run(int epochs) {
    Random random = new Random(3);
    double[][] x = new double[24][3];
    int[][] y = new int[24][2];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = random.nextDouble();
      }
      y[i][0] = x[i][0] > 0.5 ? 1 : 0;
      y[i][1] = x[i][1] + x[i][2] > 1 ? 1 : 0;
    }
    return new Trainer(TrainingConfig.lesson().withEpochs(epochs))
        .start(x, y, java.util.Arrays.copyOf(x, 8), java.util.Arrays.copyOf(y, 8));
  }

  private List<EpochReport> taken() {
    List<EpochReport> all = new ArrayList<>();
    for (List<EpochFeed.Delivery> batch : batches) {
      batch.forEach(d -> all.add(d.report()));
    }
    return all;
  }

  private CompletableFuture<Integer> trainOnAWorker(EpochFeed feed, TrainingRun run, int epochs) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return feed.train(run, feed.generation(), epochs);
          } catch (InterruptedException e) {
            throw new CompletionException(e);
          }
        });
  }

  @Test
  void everyEpochReachesTheScreenInOrderWithItsWeights() throws Exception {
    // Given a screen that takes each hand-over at once, and no gap between hand-overs
    EpochFeed feed = new EpochFeed(Runnable::run, batches::add);
    feed.setHandOverGapNanos(0);
    TrainingRun run = run(5);

    // When the worker trains every epoch
    int trained = feed.train(run, feed.generation(), Integer.MAX_VALUE);

    // Then each epoch was handed over, oldest first, with the weights after it
    assertEquals(5, trained);
    assertEquals(run.history(), taken());
    EpochFeed.Delivery last = batches.get(batches.size() - 1).get(0);
    assertEquals(run.model(), last.model());
  }

  @Test
  void epochsFasterThanTheScreenAreTakenInOneBatch() throws Exception {
    // Given a screen that does not get round to drawing while the run trains
    EpochFeed feed = new EpochFeed(posted::add, batches::add);
    feed.setHandOverGapNanos(TimeUnit.HOURS.toNanos(1));
    TrainingRun run = run(6);

    // When the worker trains faster than the gap between hand-overs
    int trained = feed.train(run, feed.generation(), Integer.MAX_VALUE);

    // Then it was not held up for good, one hand-over was posted and it takes every epoch at once
    assertEquals(6, trained);
    assertEquals(1, posted.size());
    assertEquals(6, feed.pendingCount());
    posted.poll().run();
    assertEquals(1, batches.size());
    assertEquals(run.history(), taken());
    assertEquals(0, feed.pendingCount());
  }

  @Test
  void aStepTrainsExactlyTheEpochsAskedFor() throws Exception {
    EpochFeed feed = new EpochFeed(Runnable::run, batches::add);
    TrainingRun run = run(5);

    assertEquals(1, feed.train(run, feed.generation(), 1));
    assertEquals(2, feed.train(run, feed.generation(), 2));
    // the screen takes what is left when a worker's turn ends
    feed.drain();

    assertEquals(3, run.epochsDone());
    assertEquals(run.history(), taken());
  }

  @Test
  void epochsOfARunThrownAwayNeverReachTheScreen() throws Exception {
    // Given epochs waiting to be taken
    EpochFeed feed = new EpochFeed(posted::add, batches::add);
    feed.setHandOverGapNanos(TimeUnit.HOURS.toNanos(1));
    feed.train(run(3), feed.generation(), Integer.MAX_VALUE);

    // When the screen starts a new run before it takes them
    feed.newGeneration();
    TrainingRun fresh = run(2);
    feed.deliver(feed.generation(), fresh.nextEpoch(), fresh.model());
    posted.poll().run();

    // Then only the new run's epoch is shown
    assertEquals(List.of(fresh.history().get(0)), taken());
  }

  @Test
  void abandoningClearsTheQueueAndStopsTheWorkerAfterItsEpoch() throws Exception {
    EpochFeed feed = new EpochFeed(posted::add, batches::add);
    feed.setHandOverGapNanos(TimeUnit.HOURS.toNanos(1));
    feed.train(run(3), feed.generation(), Integer.MAX_VALUE);

    feed.abandon();

    assertEquals(0, feed.pendingCount());
    // a worker started after the abandon without a resume trains nothing
    assertEquals(0, feed.train(run(3), feed.generation(), Integer.MAX_VALUE));
    feed.resume();
    assertEquals(3, feed.train(run(3), feed.generation(), Integer.MAX_VALUE));
  }

  @Test
  void pauseEndsTheSlowSpeedsWaitAfterTheEpochInProgress() throws Exception {
    // Given one epoch a minute, trained on a worker thread
    EpochFeed feed = new EpochFeed(posted::add, batches::add);
    feed.setEpochNanos(ONE_MINUTE);
    TrainingRun run = run(5);
    CompletableFuture<Integer> worker = trainOnAWorker(feed, run, Integer.MAX_VALUE);

    // When the first epoch has been handed over and the student presses Pause
    Runnable firstHandOver = posted.poll(20, TimeUnit.SECONDS);
    assertNotNull(firstHandOver, "no epoch was handed over");
    feed.pause();

    // Then the worker stops at once, after that one epoch, instead of waiting out the minute
    assertEquals(1, worker.get(20, TimeUnit.SECONDS));
    firstHandOver.run();
    assertEquals(run.history(), taken());
  }

  @Test
  void aFasterSpeedEndsTheWaitAtOnce() throws Exception {
    // Given one epoch a minute, trained on a worker thread
    EpochFeed feed = new EpochFeed(posted::add, batches::add);
    feed.setHandOverGapNanos(0);
    feed.setEpochNanos(ONE_MINUTE);
    TrainingRun run = run(3);
    CompletableFuture<Integer> worker = trainOnAWorker(feed, run, Integer.MAX_VALUE);
    Runnable firstHandOver = posted.poll(20, TimeUnit.SECONDS);
    assertNotNull(firstHandOver, "no epoch was handed over");

    // When the student moves the speed to the maximum while the worker waits
    feed.setEpochNanos(0);

    // Then the remaining epochs train without waiting, and every one reaches the screen
    assertEquals(3, worker.get(20, TimeUnit.SECONDS));
    firstHandOver.run();
    while (!posted.isEmpty()) {
      posted.poll().run();
    }
    assertEquals(run.history(), taken());
    assertEquals(0, feed.pendingCount());
  }
}
