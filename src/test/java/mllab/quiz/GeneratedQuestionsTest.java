package mllab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedQuestionsTest {

  private static final List<String> LABELS = List.of("beach", "sunset", "people", "snow");

  // Four test rows worked out by hand at threshold 0.6:
  //   row 1 predicts [1 1 0 0], truth [1 0 1 0] -> 2 wrong cells (sunset, people)
  //   row 2 predicts [0 1 1 0], truth [0 1 0 0] -> 1 wrong (people)
  //   row 3 predicts [1 0 0 1], truth [1 0 0 0] -> 1 wrong (snow)
  //   row 4 predicts [0 0 1 0], truth [0 0 1 1] -> 1 wrong (snow)
  private static final double[][] P = {
    {0.72, 0.60, 0.55, 0.10},
    {0.20, 0.81, 0.65, 0.05},
    {0.90, 0.30, 0.40, 0.70},
    {0.10, 0.20, 0.62, 0.30},
  };
  private static final int[][] Y = {
    {1, 0, 1, 0},
    {0, 1, 0, 0},
    {1, 0, 0, 0},
    {0, 0, 1, 1},
  };
  // beach TP2 FP0 FN0 -> 1; sunset TP1 FP1 FN0 -> 2/3; people TP1 FP1 FN1 -> 1/2; snow TP0 FP1 FN1
  private static final double[] F1 = {1.0, 2.0 / 3, 0.5, 0.0};

  private final GeneratedQuestions generated = new GeneratedQuestions(P, Y, LABELS, 0.6, F1);

  @Test
  void predictedLabelsCountAProbabilityEqualToTheThreshold() {
    // Given row 1 (0.72, 0.60, 0.55, 0.10) at threshold 0.6
    Question q = generated.predictedLabels(0);
    // Then the marked answer is {beach, sunset}: 0.60 ≥ 0.6 counts
    assertEquals("{beach, sunset}", q.options().get(q.answerIndex()));
    // and the wrong options are the sets typical mistakes give, each explained
    assertEquals(
        List.of("{beach}", "{beach, sunset}", "{people, snow}", "{beach, sunset, people}"),
        q.options());
    assertTrue(q.feedback().get(0).contains("most probable label"));
    assertTrue(q.feedback().get(3).contains("default threshold 0.5"));
    assertTrue(q.prompt().contains("| sunset | 0.60 |"), q.prompt());
  }

  @Test
  void hammingLossOfThreeRowsMatchesTheHandCount() {
    // Given rows 1–3, with 2 + 1 + 1 = 4 wrong cells out of 12
    Question q = generated.hammingLoss(0);
    // Then the answer is 4/12 and answers within ±0.005 count
    assertEquals(QuestionKind.NUMERIC, q.kind());
    assertEquals(4.0 / 12, q.numericAnswer(), 1e-12);
    assertTrue(q.isCorrect(Answer.number(0.333)));
    assertTrue(q.isCorrect(Answer.number(0.337)));
    assertFalse(q.isCorrect(Answer.number(0.34)));
    // and the worked solution shows the count and the division
    assertTrue(q.finalAnswer().contains("4/12 ≈ 0.333"), q.finalAnswer());
    assertTrue(
        q.solution()
            .get(1)
            .text()
            .contains("Row 1: sunset (predicted 1, true 0), people" + " (predicted 0, true 1)"),
        q.solution().get(1).text());
  }

  @Test
  void hammingLossNearTheEndUsesTheRowsThatExist() {
    // Given a start at the last row (row 4: 1 wrong cell of 4)
    Question q = generated.hammingLoss(3);
    // Then only that row is asked about
    assertEquals(0.25, q.numericAnswer(), 1e-12);
  }

  @Test
  void lowestF1IsSnowBecauseItIsRareAndBothMissedAndFalselyFlagged() {
    // Given the per-label F1 values (snow 0)
    Question q = generated.lowestF1().orElseThrow();
    // Then snow is the answer and the solution explains why from its counts
    assertEquals("snow", q.options().get(q.answerIndex()));
    String why = q.solution().get(2).text();
    assertTrue(why.contains("among the rarest labels in these test rows: only 1 of 4"), why);
    // and it claims nothing about the training rows, which the question never showed
    assertFalse(why.contains("fewest examples to learn"), why);
    assertTrue(why.contains("misses and false alarms are even (FN = 1, FP = 1)"), why);
    // and each wrong label's feedback shows its own F1 computation
    int people = q.options().indexOf("people");
    assertTrue(
        q.feedback().get(people).contains("2·1 / (2·1 + 1 + 1) = 0.500"), q.feedback().get(people));
  }

  @Test
  void lowestF1ExplainedByMissesSuggestsALowerThreshold() {
    // Given label b on 3 of 4 rows but never reaching the threshold (FN 3, FP 0)
    GeneratedQuestions run =
        new GeneratedQuestions(
            new double[][] {{0.9, 0.1}, {0.8, 0.2}, {0.1, 0.3}, {0.2, 0.05}},
            new int[][] {{1, 1}, {1, 1}, {0, 1}, {0, 0}},
            List.of("a", "b"),
            0.5,
            new double[] {1, 0});
    // When the lowest-F1 question is built
    Question q = run.lowestF1().orElseThrow();
    // Then b is the answer, it is not called rare, and the fix named is a lower threshold
    assertEquals("b", q.options().get(q.answerIndex()));
    String why = q.solution().get(2).text();
    assertTrue(why.startsWith("b has 3 positive rows of 4."), why);
    assertTrue(why.contains("misses (FN = 3 vs FP = 0)") && why.contains("lower threshold"), why);
  }

  @Test
  void lowestF1IsNotAskedWhenAllLabelsTie() {
    // Given two labels with the same F1
    GeneratedQuestions tie =
        new GeneratedQuestions(
            new double[][] {{0.9, 0.9}},
            new int[][] {{1, 1}},
            List.of("a", "b"),
            0.5,
            new double[] {1, 1});
    // Then there is no fair question to ask
    assertTrue(tie.lowestF1().isEmpty());
    assertEquals(2, tie.all().size());
  }

  @Test
  void f1ThatDoesNotMatchTheThresholdIsRejected() {
    // Given F1 values from another threshold
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new GeneratedQuestions(P, Y, LABELS, 0.5, F1));
    // Then the message names the label and the fix
    assertTrue(
        e.getMessage().contains("pass F1 values computed at the same threshold"), e.getMessage());
  }

  @Test
  void probabilityJustBelowTheThresholdIsNotRoundedOntoIt() {
    // 0.5996 shown as "0.60" next to threshold 0.6 would contradict the answer
    assertEquals("0.5996", GeneratedQuestions.fmtVs(0.5996, 0.6));
    assertEquals("0.72", GeneratedQuestions.fmtVs(0.72, 0.6));
  }

  @Test
  void generatedQuestionsAreCompleteLikeBankQuestions() {
    for (Question q : generated.all()) {
      assertFalse(q.hint().isBlank(), q.id());
      assertFalse(q.solution().isEmpty(), q.id());
      assertTrue(q.mistakes().size() >= 2, q.id());
    }
  }
}
