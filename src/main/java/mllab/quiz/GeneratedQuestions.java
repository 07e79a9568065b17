package mllab.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import mllab.eval.ConfusionCounts;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.text.Text;

/**
 * Questions built from the student's own run: the probabilities the trained model gave the test
 * rows, their true labels, the current threshold and the per-label F1 scores. A question about
 * numbers the student has just seen on the Evaluation screen makes the metrics concrete in a way a
 * fixed example cannot, and each comes with a worked solution computed from the same numbers.
 *
 * <p>The decision rule is the app's: a label is predicted when its probability is at least the
 * threshold ({@code p ≥ t}). The F1 values must have been computed from these probabilities at this
 * threshold; the constructor checks that, so a question can never contradict the screen.
 */
public final class GeneratedQuestions {

  /** Accepted distance for typed numeric answers: three correct decimals are enough. */
  public static final double TOLERANCE = 0.005;

  private final double[][] probabilities;
  private final int[][] truth;
  private final List<String> labelNames;
  private final double threshold;
  private final double[] f1;
  private final ConfusionCounts[] counts;

  /**
   * @param probabilities n × L probabilities in [0, 1], n ≥ 1
   * @param truth n × L true labels (0 or 1)
   * @param labelNames L names
   * @param threshold the global threshold in [0, 1]
   * @param f1 L per-label F1 values at {@code threshold}
   * @throws IllegalArgumentException naming the first inconsistent value
   */
  public GeneratedQuestions(
      double[][] probabilities,
      int[][] truth,
      List<String> labelNames,
      double threshold,
      double[] f1) {
    this.labelNames = List.copyOf(labelNames);
    int l = this.labelNames.size();
    if (probabilities.length == 0 || probabilities.length != truth.length) {
      throw new IllegalArgumentException(
          Text.get(
              "quiz.generated.bad.rowCounts",
              String.valueOf(probabilities.length),
              String.valueOf(truth.length)));
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          Text.get("quiz.generated.bad.threshold", String.valueOf(threshold)));
    }
    if (f1.length != l) {
      throw new IllegalArgumentException(
          Text.get("quiz.generated.bad.f1Count", String.valueOf(f1.length), String.valueOf(l)));
    }
    this.probabilities = new double[probabilities.length][];
    this.truth = new int[truth.length][];
    for (int i = 0; i < probabilities.length; i++) {
      if (probabilities[i].length != l || truth[i].length != l) {
        throw new IllegalArgumentException(
            Text.get("quiz.generated.bad.rowWidth", String.valueOf(i), String.valueOf(l)));
      }
      for (int k = 0; k < l; k++) {
        if (!(probabilities[i][k] >= 0 && probabilities[i][k] <= 1)) {
          throw new IllegalArgumentException(
              Text.get(
                  "quiz.generated.bad.probability",
                  String.valueOf(i),
                  labelNames.get(k),
                  String.valueOf(probabilities[i][k])));
        }
        if (truth[i][k] != 0 && truth[i][k] != 1) {
          throw new IllegalArgumentException(
              Text.get(
                  "quiz.generated.bad.truth",
                  String.valueOf(i),
                  labelNames.get(k),
                  String.valueOf(truth[i][k])));
        }
      }
      this.probabilities[i] = probabilities[i].clone();
      this.truth[i] = truth[i].clone();
    }
    this.threshold = threshold;
    this.f1 = f1.clone();
    this.counts =
        MetricReport.of(
                new Predictions(this.probabilities, this.truth, this.labelNames),
                Thresholds.global(threshold, l))
            .perLabel();
    requireF1MatchesCounts();
  }

  /** The F1 values given are the ones the counts at this threshold give (to 1e-9). */
  private void requireF1MatchesCounts() {
    for (int k = 0; k < labelNames.size(); k++) {
      double expected = counts(k).f1();
      if (Math.abs(expected - f1[k]) > 1e-9) {
        throw new IllegalArgumentException(
            Text.get(
                "quiz.generated.bad.f1",
                labelNames.get(k),
                String.valueOf(f1[k]),
                String.valueOf(threshold),
                String.valueOf(expected)));
      }
    }
  }

  /** Every question these numbers allow, in teaching order. */
  public List<Question> all() {
    List<Question> questions = new ArrayList<>();
    questions.add(predictedLabels(0));
    questions.add(hammingLoss(0));
    lowestF1().ifPresent(questions::add);
    return questions;
  }

  /**
   * "With these probabilities and threshold t, which labels are predicted?" for one row (its first
   * four labels). The wrong options are the sets that typical mistakes produce.
   */
  public Question predictedLabels(int row) {
    requireRow(row);
    return new PredictedLabelsQuestion(labelNames, probabilities[row], row, threshold).build();
  }

  /**
   * "What is the Hamming loss of these three rows?", a numeric question over rows {@code firstRow},
   * {@code firstRow + 1}, {@code firstRow + 2} (fewer when the run has fewer rows).
   */
  public Question hammingLoss(int firstRow) {
    requireRow(firstRow);
    int rows = Math.min(3, probabilities.length - firstRow);
    int l = labelNames.size();
    StringBuilder table =
        new StringBuilder("| ").append(Text.get("quiz.generated.column.row")).append(" | ");
    table
        .append(String.join(" | ", labelNames))
        .append(" |\n|---|")
        .append("---|".repeat(l))
        .append('\n');
    List<String> decisions = new ArrayList<>();
    List<String> wrongCells = new ArrayList<>();
    int wrong = 0;
    for (int r = 0; r < rows; r++) {
      wrong += hammingRow(firstRow + r, table, decisions, wrongCells);
    }
    int cells = rows * l;
    double loss = wrong / (double) cells;
    String value = String.format(Locale.ROOT, "%.3f", loss);
    return Question.numeric(
        "generated-hamming-loss-rows-" + (firstRow + 1) + "-" + (firstRow + rows),
        Difficulty.MEDIUM,
        QuestionStep.EVALUATION,
        QuestionSet.PRACTICE,
        Text.get("quiz.generated.hamming.intro")
            + "\n\n"
            + table
            + "\n"
            + Text.get("quiz.generated.hamming.question", fmt(threshold), n(rows)),
        loss,
        TOLERANCE,
        Text.get("quiz.generated.hamming.hint"),
        List.of(
            new SolutionStep(
                Text.get("quiz.generated.hamming.step.threshold", fmt(threshold)),
                String.join(" ", decisions)),
            new SolutionStep(
                Text.get("quiz.generated.hamming.step.count"), String.join(" ", wrongCells)),
            new SolutionStep(
                Text.get("quiz.generated.hamming.step.divide"),
                Text.get(
                    "quiz.generated.hamming.step.divideText",
                    n(wrong),
                    n(rows),
                    n(l),
                    n(cells),
                    value))),
        Text.get("quiz.generated.hamming.answer", n(wrong), n(cells), value),
        Text.get(
            "quiz.generated.hamming.quickCheck",
            value,
            String.format(Locale.ROOT, "%.3f", 1 - loss)),
        List.of(
            Text.get("quiz.generated.hamming.mistake1"),
            Text.get("quiz.generated.hamming.mistake2"),
            Text.get("quiz.generated.hamming.mistake3")));
  }

  /**
   * Row {@code i} of the Hamming-loss question: appends its table line, its decisions and its wrong
   * cells to the working, and returns how many of its cells are wrong.
   */
  private int hammingRow(
      int i, StringBuilder table, List<String> decisions, List<String> wrongCells) {
    int l = labelNames.size();
    table.append("| ").append(i + 1).append(" | ");
    List<String> cells = new ArrayList<>();
    int[] pred = new int[l];
    List<String> rowWrong = new ArrayList<>();
    for (int k = 0; k < l; k++) {
      cells.add(
          Text.get(
              "quiz.generated.hamming.cell",
              fmtVs(probabilities[i][k], threshold),
              n(truth[i][k])));
      pred[k] = probabilities[i][k] >= threshold ? 1 : 0;
      if (pred[k] != truth[i][k]) {
        rowWrong.add(
            Text.get(
                "quiz.generated.hamming.wrongCell", labelNames.get(k), n(pred[k]), n(truth[i][k])));
      }
    }
    table.append(String.join(" | ", cells)).append(" |\n");
    decisions.add(
        Text.get("quiz.generated.hamming.decision", n(i + 1), vector(pred), vector(truth[i])));
    wrongCells.add(
        Text.get(
            "quiz.generated.hamming.rowWrong",
            n(i + 1),
            rowWrong.isEmpty()
                ? Text.get("quiz.generated.hamming.noWrongCells")
                : String.join(", ", rowWrong)));
    return rowWrong.size();
  }

  /**
   * "Which label has the lowest F1, and why?", from each label's TP, FP and FN on the whole test
   * set. Empty when fewer than two labels have clearly different F1 values.
   */
  public Optional<Question> lowestF1() {
    return new LowestF1Question(labelNames, f1, counts, probabilities.length, threshold).build();
  }

  /** The label's confusion counts at the threshold, counted once by {@code eval}. */
  private ConfusionCounts counts(int label) {
    return counts[label];
  }

  static int argMin(List<Integer> labels, IntToDoubleFunction score) {
    int best = labels.get(0);
    for (int k : labels) {
      best = score.applyAsDouble(k) < score.applyAsDouble(best) ? k : best;
    }
    return best;
  }

  private void requireRow(int row) {
    if (row < 0 || row >= probabilities.length) {
      throw new IllegalArgumentException(
          Text.get(
              "quiz.generated.bad.row",
              String.valueOf(row),
              String.valueOf(probabilities.length - 1)));
    }
  }

  private static String vector(int[] v) {
    return Arrays.toString(v);
  }

  static String fmt(double value) {
    return Question.formatNumber(value);
  }

  static String n(long value) {
    return String.valueOf(value);
  }

  static String fmt3(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * {@code p} with as few decimals as possible (at least two) while staying on the same side of
   * {@code t}: 0.5996 next to 0.6 must not be shown as "0.60".
   */
  static String fmtVs(double p, double t) {
    for (int digits = 2; digits < 9; digits++) {
      String text = String.format(Locale.ROOT, "%." + digits + "f", p);
      double shown = Double.parseDouble(text);
      if ((shown >= t) == (p >= t)) {
        return text;
      }
    }
    return Double.toString(p);
  }
}
