package mllab.quiz;

import static mllab.quiz.GeneratedQuestions.argMin;
import static mllab.quiz.GeneratedQuestions.fmt;
import static mllab.quiz.GeneratedQuestions.fmt3;
import static mllab.quiz.GeneratedQuestions.n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mllab.eval.ConfusionCounts;
import mllab.text.Text;

/**
 * Builds the generated question "which label has the lowest F1, and why?" from each label's TP, FP
 * and FN on the whole test set: the labels that tempt most as wrong options, feedback that shows
 * each one's F1, and a worked solution that explains the lowest from its support and its errors.
 */
final class LowestF1Question {

  private final List<String> labelNames;
  private final double[] f1;
  private final ConfusionCounts[] counts;
  private final int rows;
  private final double threshold;

  /**
   * @param f1 each label's F1 at {@code threshold}, as {@code counts} give it
   * @param counts each label's confusion counts at {@code threshold}
   * @param rows the number of test rows
   */
  LowestF1Question(
      List<String> labelNames, double[] f1, ConfusionCounts[] counts, int rows, double threshold) {
    this.labelNames = labelNames;
    this.f1 = f1;
    this.counts = counts;
    this.rows = rows;
    this.threshold = threshold;
  }

  /** The question; empty when fewer than two labels have clearly different F1 values. */
  Optional<Question> build() {
    int l = labelNames.size();
    int low = lowestLabel();
    // Only labels whose F1 differs visibly (at 3 decimals) can be wrong options.
    List<Integer> others = new ArrayList<>();
    for (int k = 0; k < l; k++) {
      if (k != low && f1[k] - f1[low] >= 0.001) {
        others.add(k);
      }
    }
    if (others.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> chosen = chooseOptions(low, others);
    List<String> options = new ArrayList<>();
    List<String> feedback = new ArrayList<>();
    for (int k : chosen) {
      options.add(labelNames.get(k));
      feedback.add(k == low ? "" : feedback(k, low));
    }
    String perLabel =
        IntStream.range(0, l)
                .mapToObj(k -> labelNames.get(k) + ": " + f1Formula(k))
                .collect(Collectors.joining("; "))
            + ".";
    String name = labelNames.get(low);
    return Optional.of(
        Question.choice(
            "generated-lowest-f1",
            Difficulty.MEDIUM,
            QuestionStep.EVALUATION,
            QuestionSet.PRACTICE,
            countsTable() + "\n" + Text.get("quiz.generated.f1.question"),
            options,
            chosen.indexOf(low),
            feedback,
            Text.get("quiz.generated.f1.hint"),
            List.of(
                new SolutionStep(Text.get("quiz.generated.f1.step.perLabel"), perLabel),
                new SolutionStep(
                    Text.get("quiz.generated.f1.step.lowest"),
                    Text.get("quiz.generated.f1.step.lowestText", name, fmt3(f1[low]))),
                new SolutionStep(Text.get("quiz.generated.f1.step.why"), why(low))),
            Text.get(
                "quiz.generated.f1.answer",
                name,
                Question.letter(chosen.indexOf(low)),
                fmt3(f1[low])),
            Text.get("quiz.generated.f1.quickCheck"),
            List.of(
                Text.get("quiz.generated.f1.mistake1"),
                Text.get("quiz.generated.f1.mistake2"),
                Text.get("quiz.generated.f1.mistake3"))));
  }

  /** The label with the lowest F1; the first of them on a tie. */
  private int lowestLabel() {
    int lowest = 0;
    for (int k = 1; k < labelNames.size(); k++) {
      lowest = f1[k] < f1[lowest] ? k : lowest;
    }
    return lowest;
  }

  /** What choosing the wrong option {@code k} tells the student: its F1 next to the lowest's. */
  private String feedback(int k, int low) {
    return Text.get(
            "quiz.generated.f1.feedback",
            labelNames.get(k),
            f1Formula(k),
            labelNames.get(low),
            fmt3(f1[low]))
        + distractorNote(k);
  }

  /** The lowest label and the wrong options, in label order. */
  private List<Integer> chooseOptions(int low, List<Integer> others) {
    // Prefer the distractors that tempt: lowest precision, lowest recall, most errors.
    List<Integer> tempting = new ArrayList<>();
    tempting.add(argMin(others, k -> counts(k).precision()));
    tempting.add(argMin(others, k -> counts(k).recall()));
    tempting.add(argMin(others, k -> -(counts(k).fp() + counts(k).fn())));
    tempting.addAll(others);
    List<Integer> chosen = new ArrayList<>();
    chosen.add(low);
    tempting.stream().distinct().limit(Question.MAX_OPTIONS - 1).forEach(chosen::add);
    chosen.sort(Comparator.naturalOrder());
    return chosen;
  }

  /** The prompt's introduction and its table of each label's positives, TP, FP and FN. */
  private String countsTable() {
    StringBuilder table =
        new StringBuilder(Text.get("quiz.generated.f1.intro", n(rows), fmt(threshold)))
            .append("\n\n| ")
            .append(Text.get("quiz.generated.column.label"))
            .append(" | ")
            .append(Text.get("quiz.generated.column.positives"))
            .append(" | TP | FP | FN |\n|---|---:|---:|---:|---:|\n");
    for (int k = 0; k < labelNames.size(); k++) {
      ConfusionCounts c = counts(k);
      table
          .append("| ")
          .append(labelNames.get(k))
          .append(" | ")
          .append(c.support())
          .append(" | ")
          .append(c.tp())
          .append(" | ")
          .append(c.fp())
          .append(" | ")
          .append(c.fn())
          .append(" |\n");
    }
    return table.toString();
  }

  /** Why label {@code low} scores lowest: how rare it is, and which errors it makes. */
  private String why(int low) {
    int l = labelNames.size();
    ConfusionCounts c = counts(low);
    String name = labelNames.get(low);
    int rarest = argMin(IntStream.range(0, l).boxed().toList(), k -> counts(k).support());
    long tiedRarest =
        IntStream.range(0, l).filter(k -> counts(k).support() == counts(rarest).support()).count();
    String support = n(c.support());
    String total = n(rows);
    String rarity =
        counts(rarest).support() != c.support()
            ? Text.get("quiz.generated.f1.support", name, support, total)
            : tiedRarest > 1
                ? Text.get("quiz.generated.f1.amongRarest", name, support, total)
                : Text.get("quiz.generated.f1.rarest", name, support, total);
    String errors;
    if (c.fn() > c.fp()) {
      errors = Text.get("quiz.generated.f1.misses", n(c.fn()), n(c.fp()), fmt3(c.recall()));
    } else if (c.fp() > c.fn()) {
      errors = Text.get("quiz.generated.f1.falseAlarms", n(c.fp()), n(c.fn()), fmt3(c.precision()));
    } else {
      errors =
          Text.get(
              "quiz.generated.f1.even",
              n(c.fn()),
              n(c.fp()),
              fmt3(c.recall()),
              fmt3(c.precision()),
              n(c.tp()));
    }
    return rarity + " " + errors;
  }

  private String distractorNote(int k) {
    ConfusionCounts c = counts(k);
    List<Integer> all = IntStream.range(0, labelNames.size()).boxed().toList();
    if (argMin(all, j -> counts(j).precision()) == k) {
      return " "
          + Text.get("quiz.generated.f1.lowestPrecision", fmt3(c.precision()), fmt3(c.recall()));
    }
    if (argMin(all, j -> counts(j).recall()) == k) {
      return " "
          + Text.get("quiz.generated.f1.lowestRecall", fmt3(c.recall()), fmt3(c.precision()));
    }
    if (argMin(all, j -> -(counts(j).fp() + counts(j).fn())) == k) {
      return " " + Text.get("quiz.generated.f1.mostErrors", n(c.fp() + c.fn()), n(c.tp()));
    }
    return "";
  }

  private String f1Formula(int k) {
    ConfusionCounts c = counts(k);
    return "2·"
        + c.tp()
        + " / (2·"
        + c.tp()
        + " + "
        + c.fp()
        + " + "
        + c.fn()
        + ") = "
        + fmt3(f1[k]);
  }

  private ConfusionCounts counts(int label) {
    return counts[label];
  }
}
