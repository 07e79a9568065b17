package mllab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInQuestionsTest {

  private final QuestionBank bank = QuestionBank.builtIn();

  @Test
  void builtInBankLoadsWithoutProblems() {
    // Given the question files packaged with the app
    // When they are loaded from the classpath
    // Then nothing is wrong with them and all 26 questions are usable
    assertEquals(List.of(), bank.problems());
    assertEquals(31, bank.questions().size());
  }

  @Test
  void everyQuestionTeachesWithHintSolutionAndMistakes() {
    // Given every built-in question
    for (Question q : bank.questions()) {
      // Then it carries everything the review screen shows
      assertFalse(q.hint().isBlank(), q.id() + " hint");
      assertFalse(q.solution().isEmpty(), q.id() + " solution");
      assertFalse(q.finalAnswer().isBlank(), q.id() + " final answer");
      assertFalse(q.quickCheck().isBlank(), q.id() + " quick check");
      assertFalse(q.quickCheck().contains("\n"), q.id() + " quick check is one line");
      assertTrue(q.mistakes().size() >= 2, q.id() + " has at least two mistakes");
      if (q.kind() == QuestionKind.CHOICE) {
        // and its marked answer is one of its options, every wrong option explained
        assertTrue(q.answerIndex() >= 0 && q.answerIndex() < q.options().size(), q.id());
        for (int i = 0; i < q.options().size(); i++) {
          assertEquals(
              i == q.answerIndex(),
              q.feedback().get(i).isBlank(),
              q.id() + " feedback for option " + Question.letter(i));
        }
      }
    }
  }

  @Test
  void sigmoidQuizQuestionAnswersIndependentProbabilities() {
    // Given the model quiz
    List<Question> quiz = bank.inSet(QuestionSet.QUIZ);
    // Then it has three questions and the sigmoid one marks "own probability, independently"
    assertEquals(3, quiz.size());
    Question sigmoid = bank.byId("quiz-sigmoid-output").orElseThrow();
    String answer = sigmoid.options().get(sigmoid.answerIndex());
    assertTrue(answer.contains("between 0 and 1") && answer.contains("independently"), answer);
    // and the Learn card names what the three questions are about
    String card = mllab.text.Text.get("learn.entry.modelQuiz");
    assertTrue(
        card.contains("sigmoid") && card.contains("training trace") && card.contains("threshold"),
        card);
    assertTrue(quiz.stream().anyMatch(q -> q.id().equals("quiz-training-trace")));
    assertTrue(quiz.stream().anyMatch(q -> q.id().equals("quiz-threshold")));
  }

  @Test
  void practiceQuestionsHaveTheTaughtAnswers() {
    // Given the practice questions: eight written for practice, three that left the test to make
    // room for the methods and validation questions, and two on methods and rare labels; at least
    // one of them hard
    List<Question> practice = bank.inSet(QuestionSet.PRACTICE);
    assertEquals(13, practice.size());
    assertTrue(practice.stream().anyMatch(q -> q.difficulty() == Difficulty.HARD));
    // Then each marks the answer the lesson teaches
    assertEquals("`[[1, 0, 1], [0, 1, 0]]`", correct("practice-binary-label-vectors"));
    assertEquals("`[[1 0 1] [0 1 0]]`", correct("practice-threshold-matrix"));
    assertTrue(correct("practice-softmax-one-label").contains("softmax"));
    assertTrue(correct("practice-multi-label-vs-multi-class").contains("several or none"));
    assertTrue(correct("practice-per-label-metrics").contains("per-label scores"));
    // and the by-hand precision / recall / F1 agrees with computing it here: p >= 0.5 predicts
    // photos 1, 2, 3 and 6, of which 1 and 3 are beaches; photo 4 (0.48) is a missed beach
    double[] p = {0.92, 0.71, 0.55, 0.48, 0.30, 0.62};
    boolean[] beach = {true, false, true, true, false, false};
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < p.length; i++) {
      boolean predicted = p[i] >= 0.5;
      tp += predicted && beach[i] ? 1 : 0;
      fp += predicted && !beach[i] ? 1 : 0;
      fn += !predicted && beach[i] ? 1 : 0;
    }
    assertEquals(
        String.format(
            java.util.Locale.ROOT,
            "precision %.2f, recall %.2f, F1 %.2f",
            tp / (double) (tp + fp),
            tp / (double) (tp + fn),
            2.0 * tp / (2 * tp + fp + fn)),
        correct("practice-precision-recall-by-hand"));
  }

  @Test
  void theThresholdQuestionStatesItsComparisonAndNamesBothConventions() {
    Question q = bank.byId("practice-threshold-matrix").orElseThrow();
    assertTrue(q.prompt().contains("`preds >= 0.5`"), q.prompt());
    String solution =
        q.solution().stream().map(SolutionStep::text).collect(Collectors.joining(" "));
    assertTrue(
        solution.contains("`p >= t`")
            && solution.contains("`p > t`")
            && solution.contains("scikit-learn")
            && solution.contains("Keras"),
        solution);
  }

  @Test
  void theLearningRateQuestionShowsWhatTheLessonDoesAtTwo() {
    // Given the lesson trained at learning rate 2.0
    mllab.pipeline.PipelineSession s = mllab.lesson.Lesson.session();
    s.setTrainingConfig(s.trainingConfig().withLearningRate(2.0));
    List<mllab.model.EpochReport> h = s.newTrainingRun().runAll(r -> {});
    // Then the practice question's trace is that run's test loss, to two decimals
    StringBuilder row = new StringBuilder("loss ");
    for (mllab.model.EpochReport e : h) {
      row.append(String.format(java.util.Locale.ROOT, "   %.2f", e.testLoss()));
    }
    Question q = bank.byId("practice-learning-rate-too-large").orElseThrow();
    assertTrue(q.prompt().contains(row.toString()), row + " in " + q.prompt());
  }

  @Test
  void noQuestionTextClaimsMicroAveragingPoolsAllDecisions() {
    // micro F1 adds up TP, FP and FN: true negatives, which are decisions too, play no part
    for (Question q : bank.questions()) {
      String all = q.prompt() + q.options() + q.feedback() + q.solution() + q.finalAnswer();
      assertFalse(all.contains("pools all decisions"), q.id());
      assertFalse(all.contains("predicts 20 tags"), q.id());
    }
  }

  @Test
  void testSetHasTenQuestionsSpanningAllDifficultiesAndSteps() {
    // Given the test set
    List<Question> test = bank.inSet(QuestionSet.TEST);
    // Then it has exactly 10 questions covering every difficulty and every step
    assertEquals(10, test.size());
    assertEquals(
        EnumSet.allOf(Difficulty.class),
        test.stream().map(Question::difficulty).collect(Collectors.toSet()));
    assertEquals(
        EnumSet.allOf(QuestionStep.class),
        test.stream().map(Question::step).collect(Collectors.toSet()));
    // and at least two on the compared methods and one on the validation part
    assertTrue(
        test.stream()
                .filter(
                    q -> q.id().contains("binary-relevance") || q.id().contains("classifier-chain"))
                .count()
            >= 2);
    assertTrue(test.stream().anyMatch(q -> q.id().contains("validation")));
    // and no step carries more than three of the ten, the training step at least two
    for (QuestionStep step : QuestionStep.values()) {
      long n = test.stream().filter(q -> q.step() == step).count();
      assertTrue(n >= 1 && n <= 3, step + " has " + n);
    }
    assertEquals(2, test.stream().filter(q -> q.step() == QuestionStep.TRAINING).count());
  }

  @Test
  void hardQuestionsTakeSeveralSteps() {
    for (Question q : bank.questions()) {
      if (q.difficulty() == Difficulty.HARD) {
        assertTrue(q.solution().size() >= 3, q.id());
      }
    }
  }

  @Test
  void theNetworkSizeQuestionCountsTheLessonNetworksParameters() {
    // Given the lesson's network as the app builds and trains it
    mllab.pipeline.PipelineSession s = mllab.lesson.Lesson.session();
    var run = s.newTrainingRun();
    run.runAll(r -> {});
    s.trainingFinished(run);
    mllab.model.Mlp model = s.model().orElseThrow();
    int parameters = 0;
    for (mllab.model.Layer layer : model.layers()) {
      parameters += layer.inputs() * layer.outputs() + layer.biases().length;
    }
    // Then the test question's answer is that count
    Question q = bank.byId("test-network-parameters").orElseThrow();
    assertTrue(q.isCorrect(Answer.number(parameters)), "parameters " + parameters);
    assertTrue(
        q.prompt()
            .contains(
                model.inputCount()
                    + " inputs → "
                    + model.hiddenSizes()[0]
                    + " ReLU units → "
                    + model.outputCount()
                    + " sigmoid outputs"),
        q.prompt());
  }

  @Test
  void testNumbersMatchAHandComputation() {
    // Given the numeric claims of the test questions
    // Then the marked answers agree with computing them here
    assertEquals("800 train / 200 test", correct("test-split-sizes"));
    assertEquals("1.5", correct("test-label-cardinality"));
    assertEquals("1.25", correct("test-minmax-out-of-range"));
    assertEquals("0.5", correct("test-subset-accuracy"));
    double noSnowInTest = 1;
    for (int i = 0; i < 10; i++) {
      noSnowInTest *= (800.0 - i) / (1000 - i);
    }
    assertEquals(0.106, noSnowInTest, 0.0005);
    assertTrue(
        correct("test-stratify-rare-label")
            .startsWith(String.format(java.util.Locale.ROOT, "About %.0f %%", 100 * noSnowInTest)));
    double microF1 = 2.0 * 91 / (2 * 91 + 11 + 13);
    double macroF1 = (2.0 * 90 / 200 + 2.0 / 6) / 2;
    assertEquals(
        String.format(java.util.Locale.ROOT, "micro %.3f, macro %.3f", microF1, macroF1),
        correct("test-micro-macro-f1"));
    Question hamming = bank.byId("practice-hamming-loss-by-hand").orElseThrow();
    assertTrue(hamming.isCorrect(Answer.number(2.0 / 6)));
    assertTrue(hamming.isCorrect(Answer.number(0.333)));
    assertFalse(hamming.isCorrect(Answer.number(0.32)));
    assertTrue(correct("test-threshold-trade-off").startsWith("Precision tends to rise"));
  }

  @Test
  void everyStepHasOneCheckYourselfQuestion() {
    // Given the check-yourself set
    List<Question> checks = bank.inSet(QuestionSet.CHECK);
    // Then there is exactly one per step
    assertEquals(5, checks.size());
    for (QuestionStep step : QuestionStep.values()) {
      assertTrue(bank.checkFor(step).isPresent(), step.key());
    }
    assertEquals("0.25", correct("check-preprocessing"));
  }

  private String correct(String id) {
    Question q = bank.byId(id).orElseThrow(() -> new AssertionError("no question " + id));
    return q.options().get(q.answerIndex());
  }
}
