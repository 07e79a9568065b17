package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import org.junit.jupiter.api.Test;

/** The shape cards and Python panels show the app's own numbers, printed the way Python would. */
class StepCardsTest {

  @Test
  void pythonFloatsArePrintedLikePython() {
    assertEquals("0.5", PyFormat.repr(0.5));
    assertEquals("0.0", PyFormat.repr(0.0));
    assertEquals("0.0001", PyFormat.repr(1e-4));
    assertEquals("1e-05", PyFormat.repr(1e-5));
    assertEquals("0.025", PyFormat.repr(0.025));
    assertEquals("0.002", PyFormat.repr(0.002));
    assertEquals("1e+16", PyFormat.repr(1e16));
    assertEquals("123.0", PyFormat.repr(123));
    assertEquals("0.1", PyFormat.repr(0.1));
    assertEquals("1.448", PyFormat.round(1.4480000001, 3));
    // Python's round looks at the exact binary value: 2.675 is stored as 2.67499999...
    assertEquals("2.67", PyFormat.round(2.675, 2));
    assertEquals("[0.5, 0.125]", PyFormat.npRoundList(new double[] {0.5, 0.1254}, 3));
  }

  @Test
  void rawDataPanelPrintsTheRealShapesAndCardinality() {
    // Given the lesson session
    PipelineSession s = Lesson.session();
    // When the raw data panel is built
    PythonSnippet p = StepCards.python(s, Step.RAW_DATA);
    // Then it reads the bundled file and prints the real shapes and cardinality
    assertTrue(p.code().contains("open(\"dataset.csv\""), p.code());
    assertEquals("(1000, 20) (1000, 4)\n1.448\n0.362\n[313, 281, 516, 338]", p.output());
  }

  @Test
  void splitPanelPrintsEachLabelsPositiveRateOfTheRealSplit() {
    // Given a stratified split
    PipelineSession s = Lesson.session();
    s.setSplit(SplitMethod.ITERATIVE_STRATIFICATION, 0.2, 7);
    // When the split panel is built
    PythonSnippet p = StepCards.python(s, Step.SPLIT);
    // Then the code names iterative stratification and prints the split's own rates
    assertTrue(p.code().contains("iterative stratification, 20 % test rows, seed 7"), p.code());
    String[] lines = p.output().split("\n");
    double[] test = s.split().testPositiveRates();
    assertEquals(PyFormat.npRoundList(test, 3), lines[2]);
    assertEquals(
        "(" + s.split().train().rows() + ", 20) (" + s.split().test().rows() + ", 20)", lines[0]);
  }

  @Test
  void preprocessingCardSaysWhichRowsTheScalerWasFittedOn() {
    // Given the lesson
    PipelineSession s = Lesson.session();
    // Then the card names the 800 training rows
    assertTrue(
        StepCards.card(s, Step.PREPROCESSING).operation().contains("fitted on 800 training rows"));
    // When the student switches to fitting on all rows, the card names the leak
    s.setFitScope(FitScope.ALL_ROWS);
    assertTrue(StepCards.card(s, Step.PREPROCESSING).operation().contains("leaks the test set"));
    assertTrue(
        StepCards.python(s, Step.PREPROCESSING).code().contains("MinMaxScaler().fit(X)  # WRONG"));
  }

  @Test
  void trainingPanelMatchesTheSettingsAndTheFinishedRun() {
    // Given a trained lesson session
    PipelineSession s = Lesson.session();
    var run = s.newTrainingRun();
    run.runAll(r -> {});
    s.trainingFinished(run);
    // Then the panel's first cell runs the app's weights and prints its test loss and accuracy,
    PythonSnippet p = StepCards.python(s, Step.TRAINING);
    var last = run.history().get(4);
    String[] printed = p.output().split("\n");
    assertEquals(
        PyFormat.round(last.testLoss(), 3) + " " + PyFormat.round(last.labelAccuracy(), 3),
        printed[2]);
    // and the scikit-learn cell translates the settings for a loss summed over the 4 labels
    PythonCell sklearn = p.cells().get(1);
    assertTrue(
        sklearn.code().contains("learning_rate_init=0.025 / 4, momentum=0.9"), sklearn.code());
    assertTrue(sklearn.code().contains("alpha=0.0 * 32 * 4"), sklearn.code());
    assertTrue(sklearn.printed().isEmpty());
    assertTrue(sklearn.note().contains(PyFormat.round(last.testLoss(), 3)), sklearn.note());
    assertTrue(p.cells().get(2).optional() && p.cells().get(3).optional());
    assertEquals(
        "20 → 16 ReLU → 4 sigmoid", StepCards.architecture(s.trainingConfig(), s.dataset()));
  }
}
