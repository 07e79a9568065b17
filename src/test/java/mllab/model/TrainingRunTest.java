package mllab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

  /** 3 labels that depend on the 6 features in different ways; rows may have 0 to 3 labels. */
  record Synthetic(double[][] x, int[][] y) {
    static Synthetic generate(int rows, long seed) {
      Well19937c rng = new Well19937c(seed);
      double[][] x = new double[rows][6];
      int[][] y = new int[rows][3];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < 6; j++) {
          x[i][j] = rng.nextDouble();
        }
        y[i][0] = x[i][0] + x[i][1] > 1 ? 1 : 0;
        y[i][1] = x[i][2] > 0.6 ? 1 : 0;
        y[i][2] = x[i][3] > x[i][4] ? 1 : 0;
      }
      return new Synthetic(x, y);
    }
  }

  private static final Synthetic TRAIN = Synthetic.generate(800, 1L);
  private static final Synthetic TEST = Synthetic.generate(200, 2L);

  private static TrainingRun start(TrainingConfig config) {
    return new Trainer(config).start(TRAIN.x(), TRAIN.y(), TEST.x(), TEST.y());
  }

  @Test
  void networkLearnsASimpleMultiLabelProblem() {
    // Given the lesson's network trained for 30 epochs
    TrainingRun run = start(TrainingConfig.lesson().withEpochs(30));

    // When it runs to the end
    List<EpochReport> history = run.runAll(r -> {});

    // Then the test loss fell well below guessing and almost every label decision is right
    EpochReport last = history.get(history.size() - 1);
    assertEquals(30, history.size());
    assertTrue(run.baseline().testLoss() > 0.6, "starts near ln 2: " + run.baseline());
    assertTrue(last.testLoss() < 0.3, last.toString());
    assertTrue(last.labelAccuracy() > 0.9, last.toString());
    assertEquals(TrainingRun.State.COMPLETED, run.state());
  }

  @Test
  void sameSeedGivesBitIdenticalWeightsAndReports() {
    // Given two runs with the same config and data, using Adam and L2
    TrainingConfig config =
        TrainingConfig.lesson().withOptimizer(Optimizer.ADAM).withLearningRate(0.01).withL2(1e-3);

    // When both run to the end
    TrainingRun a = start(config);
    TrainingRun b = start(config);
    List<EpochReport> ha = a.runAll(r -> {});
    List<EpochReport> hb = b.runAll(r -> {});

    // Then every report and every weight is exactly equal, and a different seed differs
    assertEquals(ha, hb);
    assertSameWeights(a.model(), b.model());
    TrainingRun c = start(config.withSeed(43));
    assertNotEquals(ha, c.runAll(r -> {}));
  }

  @Test
  void hugeLearningRateStopsTheRunWithANamedCause() {
    // Given a learning rate so large that the first steps overflow the weights (bounded BCE
    // gradients only let moderate rates such as 50 drive the loss up, not to NaN)
    TrainingRun run = start(TrainingConfig.lesson().withLearningRate(1e200));

    // When epochs are trained until the loss stops being a number
    TrainingDivergedException e =
        assertThrows(TrainingDivergedException.class, () -> run.runAll(r -> {}));

    // Then the message says when, what, and which value to change; the last good model is kept
    assertFalse(Double.isFinite(e.loss()));
    assertEquals(
        "the loss became "
            + e.loss()
            + " at epoch "
            + e.epoch()
            + " — lower the learning rate (now 1.0E200)",
        e.getMessage());
    assertEquals(TrainingRun.State.DIVERGED, run.state());
    assertEquals(e.getMessage(), run.stopReason());
    assertEquals(e.epoch() - 1, run.epochsDone());
    assertTrue(run.finished());
  }

  @Test
  void steppingTrainsExactlyOneEpochAndResumingContinuesTheSameRun() {
    // Given a run stepped once, then resumed, and a reference run that never paused
    TrainingRun stepped = start(TrainingConfig.lesson());
    Mlp initial = stepped.model();

    // When one epoch is stepped
    EpochReport first = stepped.nextEpoch();

    // Then exactly one epoch is done, the model changed, and the run is not finished
    assertEquals(1, first.epoch());
    assertEquals(1, stepped.epochsDone());
    assertFalse(stepped.finished());
    assertFalse(Arrays.deepEquals(initial.weights(0), stepped.model().weights(0)));

    // When the rest is resumed
    List<EpochReport> seen = new ArrayList<>();
    stepped.runAll(seen::add);

    // Then it continues from epoch 2 and ends where an uninterrupted run ends
    assertEquals(List.of(2, 3, 4, 5), seen.stream().map(EpochReport::epoch).toList());
    assertEquals(start(TrainingConfig.lesson()).runAll(r -> {}), stepped.history());
    assertTrue(stepped.finished());
    assertThrows(IllegalStateException.class, stepped::nextEpoch);
  }

  @Test
  void cancelFromAnotherThreadMidEpochKeepsTheLastCompletedEpochsModel() throws Exception {
    // Given a run with one completed epoch whose second epoch pauses after its third batch
    TrainingRun run = start(TrainingConfig.lesson());
    run.nextEpoch();
    Mlp afterEpochOne = run.model();
    CountDownLatch reachedBatch = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    run.afterBatch(
        batch -> {
          if (batch == 3) {
            reachedBatch.countDown();
            await(cancelled);
          }
        });
    CompletableFuture<EpochReport> epochTwo = CompletableFuture.supplyAsync(run::nextEpoch);

    // When another thread cancels while the epoch is in the middle
    assertTrue(reachedBatch.await(30, TimeUnit.SECONDS));
    run.cancel();
    cancelled.countDown();

    // Then the epoch ends with a clear cancellation and the model is still epoch 1's
    ExecutionException e = assertThrows(ExecutionException.class, epochTwo::get);
    assertTrue(e.getCause() instanceof CancellationException, e.getCause().toString());
    assertEquals(
        "training cancelled during epoch 2; the model keeps the weights after epoch 1",
        e.getCause().getMessage());
    assertSame(afterEpochOne, run.model());
    assertEquals(1, run.epochsDone());
    assertEquals(TrainingRun.State.CANCELLED, run.state());
    assertThrows(IllegalStateException.class, run::nextEpoch);
  }

  @Test
  void cancelBeforeTheFirstEpochKeepsTheInitialWeights() {
    // Given a fresh run that is cancelled before it starts
    TrainingRun run = start(TrainingConfig.lesson());
    Mlp initial = run.model();
    run.cancel();

    // When an epoch is requested
    var e = assertThrows(CancellationException.class, run::nextEpoch);

    // Then nothing was trained and the message says so
    assertEquals(
        "training cancelled during epoch 1; the model keeps its initial weights", e.getMessage());
    assertSame(initial, run.model());
    assertEquals(0, run.bestEpoch());
    assertTrue(run.finished());
  }

  @Test
  void cancellingFromTheListenerEndsRunAllAfterThatEpoch() {
    // Given a run of 5 epochs whose listener cancels after the second
    TrainingRun run = start(TrainingConfig.lesson());

    // When it runs
    List<EpochReport> history =
        run.runAll(
            r -> {
              if (r.epoch() == 2) {
                run.cancel();
              }
            });

    // Then it stops quietly with two epochs
    assertEquals(2, history.size());
    assertEquals(TrainingRun.State.CANCELLED, run.state());
  }

  @Test
  void bestModelIsTheEpochWithTheLowestTestLoss() {
    // Given a small, over-large network trained long enough on few rows to overfit
    Synthetic few = Synthetic.generate(40, 3L);
    TrainingRun run =
        new Trainer(
                TrainingConfig.lesson()
                    .withHiddenLayers(64, 64)
                    .withOptimizer(Optimizer.ADAM)
                    .withLearningRate(0.01)
                    .withBatchSize(8)
                    .withEpochs(60))
            .start(few.x(), few.y(), TEST.x(), TEST.y());

    // When it runs to the end
    List<EpochReport> history = run.runAll(r -> {});

    // Then the best epoch has the minimum test loss, its model reproduces that loss, and it is
    // not the last epoch because the test loss rose again
    EpochReport best = history.get(run.bestEpoch() - 1);
    for (EpochReport r : history) {
      assertTrue(best.testLoss() <= r.testLoss());
    }
    assertTrue(run.bestEpoch() < 60, "best epoch " + run.bestEpoch());
    double[][] logits = new double[TEST.x().length][];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = run.bestModel().logits(TEST.x()[i]);
    }
    assertEquals(
        best.testLoss(), Loss.forOutput(OutputActivation.SIGMOID).mean(logits, TEST.y()), 1e-12);
  }

  @Test
  void softmaxOutputPredictsAtMostOneLabelAboveOneHalfPerRow() {
    // Given a softmax network trained on rows that often carry two or three labels
    TrainingRun run = start(TrainingConfig.lesson().withOutput(OutputActivation.SOFTMAX));
    run.runAll(r -> {});

    // When the test rows are predicted
    double[][] p = run.testPredictions().probabilities();

    // Then no row has two probabilities above 0.5, and each row sums to 1
    int rowsWithTwoLabels = 0;
    for (int[] y : TEST.y()) {
      rowsWithTwoLabels += Arrays.stream(y).sum() >= 2 ? 1 : 0;
    }
    assertTrue(rowsWithTwoLabels > 20);
    for (double[] row : p) {
      assertTrue(Arrays.stream(row).filter(v -> v > 0.5).count() <= 1, Arrays.toString(row));
      assertEquals(1.0, Arrays.stream(row).sum(), 1e-9);
    }
  }

  @Test
  void reportsPerLabelNumbersThatAgreeWithTheTotals() {
    // Given one trained epoch
    EpochReport r = start(TrainingConfig.lesson()).nextEpoch();

    // When / Then per-label losses and accuracies average to the overall ones
    assertEquals(3, r.labelCount());
    assertEquals(r.testLoss(), Arrays.stream(r.perLabelLoss()).average().orElseThrow(), 1e-12);
    assertEquals(
        r.labelAccuracy(), Arrays.stream(r.perLabelAccuracy()).average().orElseThrow(), 1e-12);
    assertEquals(Math.log(2), r.chanceLoss(), 1e-15);
  }

  @Test
  void mismatchedTestLabelsAreRejectedBeforeTraining() {
    // Given test labels with 2 columns instead of 3
    int[][] badY = new int[TEST.x().length][2];

    // When / Then
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Trainer(TrainingConfig.lesson()).start(TRAIN.x(), TRAIN.y(), TEST.x(), badY));
    assertEquals("test row 0 has 2 labels, expected 3", e.getMessage());
  }

  private static void assertSameWeights(Mlp a, Mlp b) {
    for (int l = 0; l < a.layerCount(); l++) {
      assertTrue(Arrays.deepEquals(a.weights(l), b.weights(l)), "layer " + l);
      assertArrayEquals(a.biases(l), b.biases(l), "layer " + l);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the training thread");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
