package mllab.quiz;

import static mllab.quiz.GeneratedQuestions.fmt;
import static mllab.quiz.GeneratedQuestions.fmtVs;
import static mllab.quiz.GeneratedQuestions.n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import mllab.text.Text;

/**
 * Builds the generated question "which labels are predicted?" for one test row: its probabilities
 * next to the threshold, wrong options made of the label sets that typical mistakes give, and a
 * worked solution that compares each probability with the threshold.
 */
final class PredictedLabelsQuestion {

  /** At most this many labels appear in a "which labels are predicted" question. */
  static final int MAX_LABELS_SHOWN = 4;

  private final List<String> labelNames;
  private final int row;
  private final double threshold;
  private final int shown;
  private final double[] p;

  /**
   * @param probabilities the row's probability for each label
   * @param row the row's 0-based index among the test rows
   */
  PredictedLabelsQuestion(
      List<String> labelNames, double[] probabilities, int row, double threshold) {
    this.labelNames = labelNames;
    this.row = row;
    this.threshold = threshold;
    this.shown = Math.min(labelNames.size(), MAX_LABELS_SHOWN);
    this.p = Arrays.copyOf(probabilities, shown);
  }

  /** The question, its options ordered by size so the right answer moves between letters. */
  Question build() {
    int correct = mask(p, q -> q >= threshold);

    Map<Integer, String> mistakes = mistakenSets(correct);
    String t = fmt(threshold);

    List<Integer> sets = new ArrayList<>();
    sets.add(correct);
    mistakes.keySet().stream().limit(Question.MAX_OPTIONS - 1).forEach(sets::add);
    // Ordering by size (then label order) puts the right answer at varying letters.
    sets.sort(Comparator.comparingInt(Integer::bitCount).thenComparingInt(m -> m));
    List<String> options = new ArrayList<>();
    List<String> feedback = new ArrayList<>();
    for (int m : sets) {
      options.add(setText(m));
      feedback.add(m == correct ? "" : mistakes.get(m));
    }

    List<String> compare = new ArrayList<>();
    String prompt = prompt(compare);
    String answer = setText(correct);
    return Question.choice(
        "generated-predicted-labels-row-" + (row + 1),
        Difficulty.EASY,
        QuestionStep.EVALUATION,
        QuestionSet.PRACTICE,
        prompt,
        options,
        sets.indexOf(correct),
        feedback,
        Text.get("quiz.generated.predicted.hint", t),
        List.of(
            new SolutionStep(
                Text.get("quiz.generated.predicted.step.compare"), String.join(" ", compare)),
            new SolutionStep(
                Text.get("quiz.generated.predicted.step.collect"),
                Text.get("quiz.generated.predicted.step.collectText", answer))),
        Text.get("quiz.generated.answerLetter", answer, Question.letter(sets.indexOf(correct))),
        Text.get("quiz.generated.predicted.quickCheck"),
        List.of(
            Text.get("quiz.generated.predicted.mistake1"),
            Text.get("quiz.generated.predicted.mistake2"),
            Text.get("quiz.generated.predicted.mistake3")));
  }

  /**
   * The prompt: the row's shown probabilities in a table, then the question. Adds each label's
   * comparison with the threshold to {@code compare}, for the worked solution.
   */
  private String prompt(List<String> compare) {
    String t = fmt(threshold);
    StringBuilder prompt =
        new StringBuilder(Text.get("quiz.generated.predicted.intro", n(row + 1)))
            .append("\n\n| ")
            .append(Text.get("quiz.generated.column.label"))
            .append(" | ")
            .append(Text.get("quiz.generated.column.probability"))
            .append(" |\n|---|---:|\n");
    for (int k = 0; k < shown; k++) {
      String value = fmtVs(p[k], threshold);
      prompt.append("| ").append(labelNames.get(k)).append(" | ").append(value).append(" |\n");
      compare.add(
          p[k] >= threshold
              ? Text.get("quiz.generated.predicted.compareOne", labelNames.get(k), value, t)
              : Text.get("quiz.generated.predicted.compareZero", labelNames.get(k), value, t));
    }
    prompt.append('\n').append(Text.get("quiz.generated.predicted.question", t));
    return prompt.toString();
  }

  /**
   * The label sets (bit masks over the shown labels {@code p}) that known mistakes give, in order
   * of how often students make them, each with its feedback; then every other wrong set. Never the
   * {@code correct} set.
   */
  private Map<Integer, String> mistakenSets(int correct) {
    Map<Integer, String> mistakes = new LinkedHashMap<>();
    int top = 0;
    for (int k = 1; k < shown; k++) {
      top = p[k] > p[top] ? k : top;
    }
    String t = fmt(threshold);
    mistakes.putIfAbsent(1 << top, Text.get("quiz.generated.predicted.mistake.argmax"));
    if (threshold != 0.5) {
      mistakes.putIfAbsent(
          mask(p, q -> q >= 0.5), Text.get("quiz.generated.predicted.mistake.default", t));
    }
    mistakes.putIfAbsent(
        mask(p, q -> q > threshold), Text.get("quiz.generated.predicted.mistake.strict", t));
    int all = (1 << shown) - 1;
    mistakes.putIfAbsent(all & ~correct, Text.get("quiz.generated.predicted.mistake.inverted", t));
    mistakes.putIfAbsent(all, Text.get("quiz.generated.predicted.mistake.all", t));
    mistakes.putIfAbsent(0, Text.get("quiz.generated.predicted.mistake.none", t));
    for (int m = 0; m <= all; m++) {
      mistakes.putIfAbsent(m, Text.get("quiz.generated.predicted.mistake.other", t));
    }
    mistakes.remove(correct);
    return mistakes;
  }

  private static int mask(double[] p, DoublePredicate predicted) {
    int m = 0;
    for (int k = 0; k < p.length; k++) {
      m |= predicted.test(p[k]) ? 1 << k : 0;
    }
    return m;
  }

  private String setText(int mask) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < shown; k++) {
      if ((mask & (1 << k)) != 0) {
        names.add(labelNames.get(k));
      }
    }
    return names.isEmpty()
        ? Text.get("quiz.generated.noLabels")
        : "{" + String.join(", ", names) + "}";
  }
}
