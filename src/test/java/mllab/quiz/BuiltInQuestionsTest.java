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
    // Then nothing is wrong with them and all 23 questions are usable
    assertEquals(List.of(), bank.problems());
    assertEquals(28, bank.questions().size());
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
          assertEquals(i == q.answerIndex(), q.feedback().get(i).isBlank(),
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
    assertTrue(quiz.stream().anyMatch(q -> q.id().equals("quiz-training-trace")));
    assertTrue(quiz.stream().anyMatch(q -> q.id().equals("quiz-threshold")));
  }

  @Test
  void practiceQuestionsHaveTheTaughtAnswers() {
    // Given the practice questions: five written for practice, three that left the test to make
    // room for the methods and validation questions, and two on methods and rare labels
    List<Question> practice = bank.inSet(QuestionSet.PRACTICE);
    assertEquals(10, practice.size());
    // Then each marks the answer the lesson teaches
    assertEquals("`[[1, 0, 1], [0, 1, 0]]`", correct("practice-binary-label-vectors"));
    assertEquals("`[[1 0 1] [0 1 0]]`", correct("practice-threshold-matrix"));
    assertTrue(correct("practice-softmax-one-label").contains("softmax"));
    assertTrue(correct("practice-multi-label-vs-multi-class").contains("several tags or none"));
    assertTrue(correct("practice-per-label-metrics").contains("Per-label scores"));
  }

  @Test
  void testSetHasTenQuestionsSpanningAllDifficultiesAndSteps() {
    // Given the test set
    List<Question> test = bank.inSet(QuestionSet.TEST);
    // Then it has exactly 10 questions covering every difficulty and every step
    assertEquals(10, test.size());
    assertEquals(EnumSet.allOf(Difficulty.class),
        test.stream().map(Question::difficulty).collect(Collectors.toSet()));
    assertEquals(EnumSet.allOf(QuestionStep.class),
        test.stream().map(Question::step).collect(Collectors.toSet()));
    // and at least two on the compared methods and one on the validation part
    assertTrue(test.stream().filter(q -> q.id().contains("binary-relevance")
        || q.id().contains("classifier-chain")).count() >= 2);
    assertTrue(test.stream().anyMatch(q -> q.id().contains("validation")));
  }

  @Test
  void testNumbersMatchAHandComputation() {
    // Given the numeric claims of the test questions
    // Then the marked answers agree with computing them here
    assertEquals("800 train / 200 test", correct("test-split-sizes"));
    assertEquals("1.5", correct("test-label-cardinality"));
    assertEquals("1.25", correct("test-minmax-out-of-range"));
    assertEquals("0.5", correct("test-subset-accuracy"));
    double microF1 = 2.0 * 91 / (2 * 91 + 11 + 13);
    double macroF1 = (2.0 * 90 / 200 + 2.0 / 6) / 2;
    assertEquals(String.format(java.util.Locale.ROOT, "micro %.3f, macro %.3f", microF1, macroF1),
        correct("test-micro-macro-f1"));
    Question hamming = bank.byId("test-hamming-loss-by-hand").orElseThrow();
    assertTrue(hamming.isCorrect(Answer.number(2.0 / 6)));
    assertTrue(hamming.isCorrect(Answer.number(0.333)));
    assertFalse(hamming.isCorrect(Answer.number(0.32)));
    assertTrue(correct("test-threshold-trade-off").startsWith("Precision tends to go up"));
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
