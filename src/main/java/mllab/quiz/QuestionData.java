package mllab.quiz;

import java.util.Collections;
import java.util.function.UnaryOperator;

/**
 * Fills a question's placeholders with facts of the dataset in use, so a question never speaks of
 * "three labels" while the data on screen has four. Placeholders, usable in every text of a
 * question:
 *
 * <ul>
 *   <li>{@value #LABEL_COUNT}: the number of labels ("4");
 *   <li>{@value #NO_LABEL_VECTOR}: the label vector of a row with no label ("[0, 0, 0, 0]"; with
 *       more than {@value #WRITTEN_OUT} labels its middle is "…").
 * </ul>
 */
public final class QuestionData {

  public static final String LABEL_COUNT = "{labelCount}";
  public static final String NO_LABEL_VECTOR = "{noLabelVector}";

  /** Up to this many labels a vector is written out in full. */
  static final int WRITTEN_OUT = 8;

  private QuestionData() {}

  /** {@code q} with its placeholders filled for a dataset with {@code labelCount} labels. */
  public static Question fill(Question q, int labelCount) {
    UnaryOperator<String> f =
        text ->
            text.replace(LABEL_COUNT, String.valueOf(labelCount))
                .replace(NO_LABEL_VECTOR, zeros(labelCount));
    return new Question(
        q.id(),
        q.kind(),
        q.difficulty(),
        q.step(),
        q.set(),
        f.apply(q.prompt()),
        q.options().stream().map(f).toList(),
        q.answerIndex(),
        q.numericAnswer(),
        q.tolerance(),
        q.feedback().stream().map(f).toList(),
        f.apply(q.hint()),
        q.solution().stream()
            .map(s -> new SolutionStep(f.apply(s.title()), f.apply(s.text())))
            .toList(),
        f.apply(q.finalAnswer()),
        f.apply(q.quickCheck()),
        q.mistakes().stream().map(f).toList());
  }

  /** "[0, 0, 0, 0]", or "[0, 0, 0, …, 0]" for many labels. */
  static String zeros(int labelCount) {
    if (labelCount <= WRITTEN_OUT) {
      return "[" + String.join(", ", Collections.nCopies(labelCount, "0")) + "]";
    }
    return "[0, 0, 0, …, 0]";
  }
}
