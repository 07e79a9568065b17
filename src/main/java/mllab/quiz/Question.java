package mllab.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import mllab.text.Text;

/**
 * One question that teaches as well as scores: besides the prompt and the answer it carries a hint,
 * a feedback line for each wrong option saying which misunderstanding it reflects, a worked
 * solution in titled steps, the final answer in one line, a one-line quick check and the common
 * mistakes students make on it.
 *
 * <p>A {@link QuestionKind#CHOICE} question has 2–4 options (A–D) and one correct option; a {@link
 * QuestionKind#NUMERIC} question has no options, and an answer counts when it lies within {@code
 * tolerance} of {@code numericAnswer}. Prompts and texts are Markdown.
 *
 * @param answerIndex 0-based index of the correct option (0 = A); -1 for numeric questions
 * @param numericAnswer the exact value of a numeric question; NaN for choice questions
 * @param tolerance the largest accepted distance from {@code numericAnswer}; 0 for choice questions
 * @param feedback one entry per option, aligned with {@code options}; the correct option's entry is
 *     empty
 */
public record Question(
    String id,
    QuestionKind kind,
    Difficulty difficulty,
    QuestionStep step,
    QuestionSet set,
    String prompt,
    List<String> options,
    int answerIndex,
    double numericAnswer,
    double tolerance,
    List<String> feedback,
    String hint,
    List<SolutionStep> solution,
    String finalAnswer,
    String quickCheck,
    List<String> mistakes) {

  /** Options are lettered A–D, so a choice question has at most four. */
  public static final int MAX_OPTIONS = 4;

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(finalAnswer, "finalAnswer");
    Objects.requireNonNull(quickCheck, "quickCheck");
    options = List.copyOf(options);
    feedback = List.copyOf(feedback);
    solution = List.copyOf(solution);
    mistakes = List.copyOf(mistakes);
    if (kind == QuestionKind.CHOICE) {
      if (options.size() < 2 || options.size() > MAX_OPTIONS) {
        throw new IllegalArgumentException(
            Text.get(
                "quiz.question.optionCount",
                id,
                String.valueOf(options.size()),
                String.valueOf(MAX_OPTIONS)));
      }
      if (answerIndex < 0 || answerIndex >= options.size()) {
        throw new IllegalArgumentException(
            Text.get(
                "quiz.question.answerIndex",
                id,
                String.valueOf(answerIndex),
                String.valueOf(options.size())));
      }
      if (feedback.size() != options.size()) {
        throw new IllegalArgumentException(
            Text.get(
                "quiz.question.feedbackCount",
                id,
                String.valueOf(feedback.size()),
                String.valueOf(options.size())));
      }
    } else {
      if (!options.isEmpty()) {
        throw new IllegalArgumentException(Text.get("quiz.question.numericWithOptions", id));
      }
      if (!Double.isFinite(numericAnswer) || !(tolerance >= 0) || !Double.isFinite(tolerance)) {
        throw new IllegalArgumentException(
            Text.get(
                "quiz.question.numericAnswer",
                id,
                String.valueOf(numericAnswer),
                String.valueOf(tolerance)));
      }
    }
  }

  /** A multiple-choice question. */
  public static Question choice(
      String id,
      Difficulty difficulty,
      QuestionStep step,
      QuestionSet set,
      String prompt,
      List<String> options,
      int answerIndex,
      List<String> feedback,
      String hint,
      List<SolutionStep> solution,
      String finalAnswer,
      String quickCheck,
      List<String> mistakes) {
    return new Question(
        id,
        QuestionKind.CHOICE,
        difficulty,
        step,
        set,
        prompt,
        options,
        answerIndex,
        Double.NaN,
        0,
        feedback,
        hint,
        solution,
        finalAnswer,
        quickCheck,
        mistakes);
  }

  /** A question answered with a number within {@code tolerance} of {@code answer}. */
  public static Question numeric(
      String id,
      Difficulty difficulty,
      QuestionStep step,
      QuestionSet set,
      String prompt,
      double answer,
      double tolerance,
      String hint,
      List<SolutionStep> solution,
      String finalAnswer,
      String quickCheck,
      List<String> mistakes) {
    return new Question(
        id,
        QuestionKind.NUMERIC,
        difficulty,
        step,
        set,
        prompt,
        List.of(),
        -1,
        answer,
        tolerance,
        List.of(),
        hint,
        solution,
        finalAnswer,
        quickCheck,
        mistakes);
  }

  /**
   * The same question with its options in a random order drawn from {@code rng}: feedback moves
   * with its option, the answer index follows the correct option, and a final answer that ends in
   * the answer's letter, "… (B).", names the new letter. A numeric question is returned as it is.
   * Shuffling per attempt keeps a student from remembering "it was C" instead of the reason.
   */
  public Question shuffled(java.util.Random rng) {
    if (kind != QuestionKind.CHOICE) {
      return this;
    }
    int[] order = new int[options.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return withOptionOrder(order);
  }

  /** The question with option {@code order[i]} shown in place {@code i}. */
  Question withOptionOrder(int[] order) {
    List<String> newOptions = new java.util.ArrayList<>();
    List<String> newFeedback = new java.util.ArrayList<>();
    int newAnswer = -1;
    for (int i = 0; i < order.length; i++) {
      newOptions.add(options.get(order[i]));
      newFeedback.add(feedback.get(order[i]));
      if (order[i] == answerIndex) {
        newAnswer = i;
      }
    }
    String newFinal =
        finalAnswerLetter(finalAnswer).isPresent()
            ? FINAL_LETTER.matcher(finalAnswer).replaceFirst("(" + letter(newAnswer) + ")$2")
            : finalAnswer;
    return new Question(
        id,
        kind,
        difficulty,
        step,
        set,
        prompt,
        newOptions,
        newAnswer,
        numericAnswer,
        tolerance,
        newFeedback,
        hint,
        solution,
        newFinal,
        quickCheck,
        mistakes);
  }

  /** A final answer's closing letter, as in "800 rows (A).". */
  private static final java.util.regex.Pattern FINAL_LETTER =
      java.util.regex.Pattern.compile("\\(([A-D])\\)([.]?)\\s*$");

  /** The letter a final answer ends with ("… (B)." gives B), if it names one. */
  static Optional<String> finalAnswerLetter(String finalAnswer) {
    java.util.regex.Matcher m = FINAL_LETTER.matcher(finalAnswer);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** "A" for 0, "B" for 1, …. */
  public static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  /** True when {@code answer} is right; an answer of the wrong kind is simply wrong. */
  public boolean isCorrect(Answer answer) {
    Objects.requireNonNull(answer, "answer");
    if (kind == QuestionKind.CHOICE) {
      return answer instanceof Answer.Choice c && c.index() == answerIndex;
    }
    // The tolerance absorbs rounding: a student who types 0.333 for 1/3 has understood.
    return answer instanceof Answer.Numeric n
        && Math.abs(n.value() - numericAnswer) <= tolerance + 1e-12;
  }

  /**
   * What to tell a student who gave {@code answer}: the wrong option's feedback, or empty when the
   * answer is right or the question has no per-option feedback (numeric questions).
   */
  public Optional<String> feedbackFor(Answer answer) {
    if (isCorrect(answer) || !(answer instanceof Answer.Choice c) || c.index() >= options.size()) {
      return Optional.empty();
    }
    return Optional.of(feedback.get(c.index()));
  }

  /** The correct answer as shown in a review: "B — 800 / 200" or "0.333 (± 0.005)". */
  public String correctAnswerText() {
    if (kind == QuestionKind.CHOICE) {
      return letter(answerIndex) + " — " + options.get(answerIndex);
    }
    return formatNumber(numericAnswer) + " (± " + formatNumber(tolerance) + ")";
  }

  /** A student's answer as shown in a review, with the option text for a choice. */
  public String describe(Answer answer) {
    if (answer instanceof Answer.Choice c && c.index() < options.size()) {
      return letter(c.index()) + " — " + options.get(c.index());
    }
    return answer.display();
  }

  static String formatNumber(double value) {
    String s = String.format(Locale.ROOT, "%.6f", value);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
