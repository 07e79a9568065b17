package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mllab.eval.ConfusionCounts;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.lesson.Lesson;
import mllab.lesson.StepCards;
import mllab.model.ForwardTrace;
import mllab.persist.ProgressStore;
import mllab.persist.RecentFiles;
import mllab.persist.SessionFile;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.ThresholdState;
import mllab.prep.FitScope;
import mllab.prep.Scaler;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import mllab.split.SplitMethod;
import mllab.split.Splitter;
import mllab.text.Decimals;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import mllab.ui.evaluation.EvaluationView;
import mllab.ui.evaluation.EvaluationViewModel;
import mllab.ui.evaluation.TrainedLesson;
import mllab.ui.preprocessing.PreprocessingViewModel;
import mllab.ui.quiz.LearnViewModel;
import mllab.ui.tour.TourViewModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * One truth on screen: random sequences of what a student does (the slider, per-label edits,
 * F1-optimal and PCut, the split and the scaler's scope, retraining, save, reset and reopen, the
 * tour's evaluation stop) go through the screens' view models, and after every action every number
 * they show must equal what the engine computes from the pipeline's state at that moment,
 * thresholds included. A number computed from an older state, a rounded threshold, or a panel that
 * assumes 0.5 fails here.
 */
class ScreenAgreementPropertyTest {

  /** One thing a student does. */
  sealed interface Action
      permits Slide,
          LabelEdit,
          PerLabel,
          F1Optimal,
          PCut,
          ChangeSplit,
          ChangeScope,
          Retrain,
          SaveResetReopen,
          TourReveal {}

  record Slide(double value) implements Action {}

  record LabelEdit(int label, double value) implements Action {}

  record PerLabel(boolean on) implements Action {}

  record F1Optimal() implements Action {}

  record PCut() implements Action {}

  record ChangeSplit(SplitMethod method, long seed) implements Action {}

  record ChangeScope(FitScope scope) implements Action {}

  record Retrain() implements Action {}

  record SaveResetReopen() implements Action {}

  record TourReveal() implements Action {}

  private Path folder;

  @AfterProperty
  void removeFiles() throws IOException {
    if (folder != null) {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  @Property(tries = 30, seed = "20261206")
  void everyShownNumberFollowsThePipelineStateAfterEveryAction(
      @ForAll("actions") List<Action> actions) throws IOException {
    // Given the trained lesson on its screens, as a student has it after pressing Play
    folder = Files.createTempDirectory("mllab-agreement");
    PipelineSession session = TrainedLesson.session();
    SessionModel model = new SessionModel(session, BackgroundRunner.sameThread());
    EvaluationViewModel evaluation = new EvaluationViewModel(model);
    PreprocessingViewModel preprocessing = new PreprocessingViewModel(model);
    LearnViewModel learn = new LearnViewModel(model, new ProgressStore(folder.resolve("progress")));
    SessionViewModel sessions =
        new SessionViewModel(
            model,
            new RecentFiles(folder),
            () -> SessionFile.ThresholdChoice.of(session.thresholdState()),
            () -> Optional.empty(),
            state -> {});
    TourViewModel tour = tour(session, model);
    assertAgreement(session, evaluation, preprocessing, learn, "the start");

    for (Action a : actions) {
      // When the student does the next thing
      perform(a, session, evaluation, sessions, tour);

      // Then every screen shows the numbers of the state the pipeline is in now
      assertAgreement(session, evaluation, preprocessing, learn, "after " + a + " in " + actions);
    }
  }

  @Provide
  Arbitrary<List<Action>> actions() {
    Arbitrary<Action> one =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(0, 1).map(v -> (Action) new Slide(v)),
            Arbitraries.integers()
                .between(0, 3)
                .flatMap(k -> Arbitraries.doubles().between(0, 1).map(v -> new LabelEdit(k, v))),
            Arbitraries.of(true, false).map(PerLabel::new),
            Arbitraries.just(new F1Optimal()),
            Arbitraries.just(new PCut()),
            Arbitraries.of(SplitMethod.RANDOM, SplitMethod.ITERATIVE_STRATIFICATION)
                .flatMap(m -> Arbitraries.longs().between(1, 60).map(s -> new ChangeSplit(m, s))),
            Arbitraries.of(FitScope.values()).map(ChangeScope::new),
            Arbitraries.just(new Retrain()),
            Arbitraries.just(new SaveResetReopen()),
            Arbitraries.just(new TourReveal()));
    return one.list().ofMinSize(1).ofMaxSize(10);
  }

  private void perform(
      Action a,
      PipelineSession session,
      EvaluationViewModel evaluation,
      SessionViewModel sessions,
      TourViewModel tour) {
    if (a instanceof Slide s) {
      evaluation.setThreshold(s.value());
    } else if (a instanceof LabelEdit e) {
      evaluation.setLabelThreshold(e.label(), e.value());
    } else if (a instanceof PerLabel p) {
      evaluation.setPerLabel(p.on());
    } else if (a instanceof F1Optimal) {
      evaluation.useF1Optimal();
    } else if (a instanceof PCut) {
      evaluation.usePCut();
    } else if (a instanceof ChangeSplit c) {
      session.setSplit(c.method(), Splitter.DEFAULT_TEST_FRACTION, c.seed());
    } else if (a instanceof ChangeScope c) {
      session.setFitScope(c.scope());
    } else if (a instanceof Retrain) {
      TrainedLesson.train(session);
    } else if (a instanceof SaveResetReopen) {
      Path file = folder.resolve("saved.mllab.json");
      ThresholdState saved = session.thresholdState();
      sessions.save(file);
      Lesson.resetSettings(session);
      session.setDataset(Lesson.dataset(), Optional.empty(), Lesson.DATASET_FILE);
      sessions.open(file);
      // The reopened session decides with exactly the saved thresholds
      assertEquals(saved, session.thresholdState());
    } else if (a instanceof TourReveal) {
      tour.start();
      while (tour.activeProperty().get()) {
        tour.next();
      }
    }
  }

  private static TourViewModel tour(PipelineSession session, SessionModel model) {
    return new TourViewModel(
        session,
        new TourViewModel.Stage() {
          @Override
          public void show(mllab.pipeline.Step step) {}

          @Override
          public void train() {
            TrainedLesson.train(session);
          }

          @Override
          public void setThreshold(double threshold) {
            if (session.predictions().isPresent()) {
              model.setThresholds(session.thresholdState().withGlobal(threshold));
            }
          }
        },
        mllab.ui.common.BackgroundRunner.sameThread());
  }

  private static void assertAgreement(
      PipelineSession session,
      EvaluationViewModel evaluation,
      PreprocessingViewModel preprocessing,
      LearnViewModel learn,
      String when) {
    // Step 2: the note's counts, the per-feature counts and the Python output, from this split
    ScalingReport fresh = session.scaler().report(session.split().test());
    ScalingReport shown = preprocessing.testReportProperty().get();
    assertEquals(fresh.outsideCount(), shown.outsideCount(), "step 2 outside count " + when);
    assertArrayEquals(fresh.outsideCountPerFeature(), shown.outsideCountPerFeature(), when);
    String python = preprocessing.pythonProperty().get().output();
    assertTrue(
        python.endsWith("\n" + fresh.outsideCount()), "step 2 Python " + python + " " + when);
    ScalerComparison leak = ScalerComparison.leakage(Scaler.MIN_MAX, session.split());
    assertEquals(
        leak.differingCells(), preprocessing.leakageProperty().get().differingCells(), when);
    assertSame(session.scaler(), preprocessing.scalerProperty().get(), when);

    Optional<Predictions> predictions = session.predictions();
    if (predictions.isEmpty()) {
      assertFalse(evaluation.readyProperty().get(), when);
      assertEquals(mllab.text.Text.get("learn.run.locked"), learn.runNoteProperty().get(), when);
      return;
    }
    // Step 5: one snapshot, of these predictions at the pipeline's thresholds
    Predictions p = predictions.get();
    ThresholdState state = session.thresholdState();
    Thresholds t = state.thresholds();
    var snapshot = evaluation.snapshotProperty().get();
    assertNotNull(snapshot, when);
    assertSame(p, snapshot.predictions(), when);
    assertEquals(state, snapshot.state(), when);
    assertEquals(t, evaluation.thresholdsProperty().get(), when);
    assertEquals(state.perLabel(), evaluation.perLabelProperty().get(), when);
    if (!state.perLabel()) {
      assertEquals(state.global(), evaluation.thresholdProperty().get(), when);
    }

    // every metric and tile
    MetricReport expected = MetricReport.of(p, t);
    MetricReport report = evaluation.reportProperty().get();
    for (Metric m : Metric.values()) {
      assertEquals(m.valueIn(expected), m.valueIn(report), 0, m + " " + when);
    }
    int l = p.labelCount();
    for (int k = 0; k < l; k++) {
      assertEquals(expected.confusion(k), report.confusion(k), "tile " + k + " " + when);
    }
    // the pair grid (the labels most often true) has the tiles' TP + FP on its diagonal: rows
    // predicted to carry that label; with every label in the grid they add up to the cardinality
    int[][] pairs = evaluation.predictedPairsProperty().get();
    int[] labels = evaluation.snapshotProperty().get().pairLabels();
    long diagonal = 0;
    for (int a = 0; a < labels.length; a++) {
      ConfusionCounts c = report.confusion(labels[a]);
      assertEquals(c.tp() + c.fp(), pairs[a][a], "pairs diagonal " + labels[a] + " " + when);
      diagonal += pairs[a][a];
      for (int b = 0; b < labels.length; b++) {
        assertEquals(pairs[a][b], pairs[b][a], when);
      }
    }
    if (labels.length == l) {
      assertEquals(report.predictedCardinality() * p.rows(), diagonal, 1e-9, when);
    }

    // the Python panel prints what the cards show, rounded the same way (Python drops trailing
    // zeros)
    String out = evaluation.pythonProperty().get().output();
    assertEquals(StepCards.evaluation(p, t, expected).output(), out, when);
    String[] printed = out.split("\\s+");
    assertEquals(
        Double.parseDouble(EvaluationView.format(report.hammingLoss())),
        Double.parseDouble(printed[0]),
        0,
        "Hamming " + when);
    assertEquals(
        Double.parseDouble(EvaluationView.format(report.subsetAccuracy())),
        Double.parseDouble(printed[1]),
        0,
        "subset " + when);
    assertEquals(
        Double.parseDouble(EvaluationView.format(report.microF1())),
        Double.parseDouble(printed[2]),
        0,
        "micro-F1 " + when);
    if (java.util.Arrays.stream(state.values()).distinct().count() > 1) {
      assertTrue(
          evaluation.pythonProperty().get().code().contains("thresholds = np.array("),
          "different thresholds per label in the Python code " + when);
    }

    // the trace decides each label with its own threshold in force
    ForwardTrace trace = evaluation.traceViewModel().traceProperty().get();
    assertNotNull(trace, when);
    double[] used = trace.probabilities();
    for (int k = 0; k < l; k++) {
      assertEquals(t.of(k), trace.threshold(k), 0, when);
      assertEquals(t.decide(k, used[k]), trace.labels()[k], "trace label " + k + " " + when);
    }

    // Learn's questions about the run name the threshold they use
    String note = learn.runNoteProperty().get();
    String threshold = Decimals.threshold(state.perLabel() ? 0.5 : state.global());
    assertTrue(note.contains(threshold), note + " " + when);
    if (state.tuning() == ThresholdState.Tuning.NONE) {
      assertEquals("", evaluation.tuningProperty().get(), when);
    } else {
      assertFalse(evaluation.tuningProperty().get().isEmpty(), when);
    }
  }

  private static void assertSame(Object expected, Object actual, String when) {
    org.junit.jupiter.api.Assertions.assertSame(expected, actual, when);
  }
}
