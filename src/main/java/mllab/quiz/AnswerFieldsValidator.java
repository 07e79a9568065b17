package mllab.quiz;

import static mllab.quiz.QuestionEntryValidator.textOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import mllab.text.Text;

/**
 * Checks the answer fields of one question entry: for a numeric question the number and its
 * tolerance, for a multiple-choice question the options, the answer letter and the feedback for
 * each wrong option. Each problem goes to the entry's list with its line.
 */
final class AnswerFieldsValidator {

  /** Receives a problem and the line it is on. */
  interface Problems {
    void add(int line, String message);
  }

  /**
   * A choice question's checked answer fields: {@code options} null when they have a problem,
   * {@code answer} -1 when the letter has one (or cannot be checked), {@code feedback} null then.
   */
  record Choice(List<String> options, int answer, List<String> feedback) {}

  private final LocatedTree tree;
  private final JsonNode node;
  private final Problems problems;

  AnswerFieldsValidator(LocatedTree tree, JsonNode node, Problems problems) {
    this.tree = tree;
    this.node = node;
    this.problems = problems;
  }

  /**
   * The options, the answer letter and the feedback, then whether a final answer that ends with a
   * letter names the same option as {@code answer}.
   */
  Choice choice(String finalAnswer) {
    List<String> options = options();
    int answer = options == null ? -1 : answerLetter(options.size());
    List<String> feedback = answer < 0 ? null : feedback(options.size(), answer);
    if (answer >= 0 && finalAnswer != null) {
      Question.finalAnswerLetter(finalAnswer)
          .filter(letter -> !letter.equals(Question.letter(answer)))
          .ifPresent(
              letter ->
                  problems.add(
                      tree.lineOf(node, "finalAnswer"),
                      Text.get("quiz.bank.finalAnswerLetter", letter, Question.letter(answer))));
    }
    return new Choice(options, answer, feedback);
  }

  private List<String> options() {
    JsonNode options = node.get("options");
    if (options == null || options.isNull()) {
      problems.add(
          tree.lineOf(node),
          Text.get("quiz.bank.missingOptions", String.valueOf(Question.MAX_OPTIONS)));
      return null;
    }
    int line = tree.lineOf(node, "options");
    if (!options.isArray()) {
      problems.add(line, Text.get("quiz.bank.optionsNotList"));
      return null;
    }
    if (options.size() < 2 || options.size() > Question.MAX_OPTIONS) {
      problems.add(
          line,
          Text.get(
              "quiz.bank.optionCount",
              String.valueOf(options.size()),
              String.valueOf(Question.MAX_OPTIONS)));
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode option : options) {
      if (!option.isTextual() || option.asText().isBlank()) {
        problems.add(line, Text.get("quiz.bank.emptyOption", Question.letter(texts.size())));
        return null;
      }
      if (texts.contains(option.asText())) {
        problems.add(line, Text.get("quiz.bank.repeatedOption", option.asText()));
        return null;
      }
      texts.add(option.asText());
    }
    return texts;
  }

  private int answerLetter(int optionCount) {
    String answer = textOf(node, "answer");
    String letters = "A–" + Question.letter(optionCount - 1);
    if (answer == null) {
      problems.add(tree.lineOf(node), Text.get("quiz.bank.missingAnswerLetter", letters));
      return -1;
    }
    int line = tree.lineOf(node, "answer");
    if (answer.length() != 1 || answer.charAt(0) < 'A' || answer.charAt(0) > 'Z') {
      problems.add(line, Text.get("quiz.bank.notALetter", answer, letters));
      return -1;
    }
    int index = answer.charAt(0) - 'A';
    if (index >= optionCount) {
      problems.add(
          line,
          Text.get("quiz.bank.letterOutOfRange", answer, String.valueOf(optionCount), letters));
      return -1;
    }
    return index;
  }

  private List<String> feedback(int optionCount, int answer) {
    JsonNode feedback = node.get("feedback");
    int line = tree.lineOf(node, "feedback");
    if (feedback == null || !feedback.isObject()) {
      problems.add(line, Text.get("quiz.bank.missingFeedback"));
      return null;
    }
    List<String> texts = new ArrayList<>(Collections.nCopies(optionCount, ""));
    for (Iterator<String> letters = feedback.fieldNames(); letters.hasNext(); ) {
      String letter = letters.next();
      int index = letter.length() == 1 ? letter.charAt(0) - 'A' : -1;
      if (index < 0 || index >= optionCount) {
        problems.add(
            tree.lineOf(feedback, letter),
            Text.get("quiz.bank.feedbackNoOption", letter, Question.letter(optionCount - 1)));
      } else if (index == answer) {
        problems.add(
            tree.lineOf(feedback, letter), Text.get("quiz.bank.feedbackForAnswer", letter));
      } else {
        texts.set(index, feedback.get(letter).asText());
      }
    }
    for (int i = 0; i < optionCount; i++) {
      if (i != answer && texts.get(i).isBlank()) {
        problems.add(line, Text.get("quiz.bank.missingOptionFeedback", Question.letter(i)));
      }
    }
    return texts;
  }

  /** The numeric answer and its tolerance (NaN where a problem was recorded). */
  double[] numeric() {
    String answer = textOf(node, "answer");
    String tolerance = textOf(node, "tolerance");
    if (node.has("options")) {
      problems.add(tree.lineOf(node, "options"), Text.get("quiz.bank.numericWithOptions"));
    }
    double value = Double.NaN;
    double tol = Double.NaN;
    if (answer == null) {
      problems.add(tree.lineOf(node), Text.get("quiz.bank.missingNumber"));
    } else {
      value = number(answer, "answer", Text.get("quiz.bank.expected.answer"));
    }
    if (tolerance == null) {
      problems.add(tree.lineOf(node), Text.get("quiz.bank.missingTolerance"));
    } else {
      tol = number(tolerance, "tolerance", Text.get("quiz.bank.expected.tolerance"));
      if (tol < 0) {
        problems.add(
            tree.lineOf(node, "tolerance"), Text.get("quiz.bank.negativeTolerance", tolerance));
      }
    }
    return new double[] {value, tol};
  }

  private double number(String text, String field, String expected) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the field's line
    }
    problems.add(tree.lineOf(node, field), Text.get("quiz.bank.notANumber", field, text, expected));
    return Double.NaN;
  }
}
