package mllab.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import org.junit.jupiter.api.Test;

/** The shape cards and Python panels show the app's own numbers, printed the way Python would. */
class StepCardsTest {

  @Test
  void pythonFloatsArePrintedLikePython() {
    assertEquals("0.5", StepCards.py(0.5));
    assertEquals("0.0", StepCards.py(0.0));
    assertEquals("0.0001", StepCards.py(1e-4));
    assertEquals("1e-05", StepCards.py(1e-5));
    assertEquals("0.025", StepCards.py(0.025));
    assertEquals("1.448", StepCards.py(StepCards.round(1.4480000001, 3)));
  }

  @Test
  void rawDataPanelPrintsTheRealShapesAndCardinality() {
    // Given the lesson session
    PipelineSession s = Lesson.session();
    // When the raw data panel is built
    PythonSnippet p = StepCards.python(s, Step.RAW_DATA);
    // Then it reads the bundled file and prints the real shapes and cardinality
    assertTrue(p.code().contains("pd.read_csv(\"photos.csv\")"), p.code());
    assertEquals("(1000, 20) (1000, 4)\n1.448", p.output());
  }

  @Test
  void splitPanelPrintsEachLabelsPositiveRateOfTheRealSplit() {
    // Given a stratified split
    PipelineSession s = Lesson.session();
    s.setSplit(SplitMethod.ITERATIVE_STRATIFICATION, 0.2, 7);
    // When the split panel is built
    PythonSnippet p = StepCards.python(s, Step.SPLIT);
    // Then the code uses iterative stratification and prints the split's own rates
    assertTrue(p.code().contains("iterative_train_test_split"), p.code());
    String[] lines = p.output().split("\n");
    double[] test = s.split().testPositiveRates();
    assertEquals(
        "[" + StepCards.py(StepCards.round(test[0], 3)) + ", " + StepCards.py(StepCards.round(test[1], 3)) + ", "
            + StepCards.py(StepCards.round(test[2], 3)) + ", " + StepCards.py(StepCards.round(test[3], 3)) + "]",
        lines[2]);
    assertEquals(
        "(" + s.split().train().rows() + ", 20) (" + s.split().test().rows() + ", 20)", lines[0]);
  }

  @Test
  void preprocessingCardSaysWhichRowsTheScalerWasFittedOn() {
    // Given the lesson
    PipelineSession s = Lesson.session();
    // Then the card names the 800 training rows
    assertTrue(StepCards.card(s, Step.PREPROCESSING).operation().contains("fitted on 800 training rows"));
    // When the student switches to fitting on all rows, the card names the leak
    s.setFitScope(FitScope.ALL_ROWS);
    assertTrue(StepCards.card(s, Step.PREPROCESSING).operation().contains("leaks the test set"));
    assertTrue(StepCards.python(s, Step.PREPROCESSING).code().contains("MinMaxScaler().fit(X)"));
  }

  @Test
  void trainingPanelMatchesTheSettingsAndTheFinishedRun() {
    // Given a trained lesson session
    PipelineSession s = Lesson.session();
    var run = s.newTrainingRun();
    run.runAll(r -> {});
    s.trainingFinished(run);
    // Then the Keras code has the lesson's layers and optimizer and prints the last test loss
    PythonSnippet p = StepCards.python(s, Step.TRAINING);
    assertTrue(p.code().contains("keras.layers.Dense(16, activation=\"relu\")"), p.code());
    assertTrue(p.code().contains("SGD(learning_rate=0.025, momentum=0.9)"), p.code());
    var last = run.history().get(4);
    assertEquals(
        StepCards.py(StepCards.round(last.testLoss(), 3)) + " " + StepCards.py(StepCards.round(last.labelAccuracy(), 3)),
        p.output());
    assertEquals("20 → 16 ReLU → 4 sigmoid", StepCards.architecture(s.trainingConfig(), s.dataset()));
  }
}
