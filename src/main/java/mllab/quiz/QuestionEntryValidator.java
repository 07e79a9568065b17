package mllab.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import mllab.text.Text;

/**
 * Checks one question entry of a question file and builds the {@link Question} from it; every
 * problem is recorded with its line, not just the first, so an instructor sees them all at once.
 */
final class QuestionEntryValidator {

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "kind",
          "difficulty",
          "step",
          "set",
          "prompt",
          "options",
          "answer",
          "tolerance",
          "feedback",
          "hint",
          "solution",
          "finalAnswer",
          "quickCheck",
          "mistakes");

  /** "option B", "answer C" or "(D)": an option named by its letter. */
  private static final java.util.regex.Pattern LETTER_REFERENCE =
      java.util.regex.Pattern.compile("\\b(?:[Oo]ption|[Aa]nswer) [A-D]\\b|\\([A-D]\\)");

  private final String file;
  private final LocatedTree tree;
  private final JsonNode node;
  private final List<BankProblem> problems;
  private final Map<String, String> firstSeen;
  private final String label;
  private boolean ok = true;

  /**
   * @param problems receives every problem found
   * @param firstSeen each id seen so far and where ({@code file:line}); this entry's id is added
   */
  QuestionEntryValidator(
      String file,
      LocatedTree tree,
      JsonNode node,
      List<BankProblem> problems,
      Map<String, String> firstSeen) {
    this.file = file;
    this.tree = tree;
    this.node = node;
    this.problems = problems;
    this.firstSeen = firstSeen;
    String id = node.isObject() ? text("id") : null;
    this.label = id == null ? Text.get("quiz.bank.question") : Text.get("quiz.bank.questionId", id);
  }

  /** The question, or empty when the entry has a problem (all of them are recorded). */
  Optional<Question> validate() {
    if (!node.isObject()) {
      problem(tree.lineOf(node), Text.get("quiz.bank.notMapping"));
      return Optional.empty();
    }
    checkFieldNames();
    String id = uniqueId();
    Difficulty difficulty = keyed("difficulty", Difficulty::fromKey, Difficulty.keys());
    QuestionStep step = keyed("step", QuestionStep::fromKey, QuestionStep.keys());
    QuestionSet set = keyed("set", QuestionSet::fromKey, QuestionSet.keys());
    QuestionKind kind = kind();
    String prompt = required("prompt", Text.get("quiz.bank.expected.prompt"));
    String hint = required("hint", Text.get("quiz.bank.expected.hint"));
    List<SolutionStep> solution = solution();
    String finalAnswer = required("finalAnswer", Text.get("quiz.bank.expected.finalAnswer"));
    String quickCheck = required("quickCheck", Text.get("quiz.bank.expected.quickCheck"));
    List<String> mistakes = textList("mistakes", Text.get("quiz.bank.expected.mistakes"));
    checkHardSolution(difficulty, solution);
    letterReferences(hint, solution, quickCheck);

    SharedFields shared =
        new SharedFields(
            id, difficulty, step, set, prompt, hint, solution, finalAnswer, quickCheck, mistakes);
    AnswerFieldsValidator answers = new AnswerFieldsValidator(tree, node, this::problem);
    return kind == QuestionKind.NUMERIC ? numeric(shared, answers) : choice(shared, answers);
  }

  /** The fields every kind of question has, as read (null where a problem was recorded). */
  private record SharedFields(
      String id,
      Difficulty difficulty,
      QuestionStep step,
      QuestionSet set,
      String prompt,
      String hint,
      List<SolutionStep> solution,
      String finalAnswer,
      String quickCheck,
      List<String> mistakes) {}

  /** A numeric question from the shared fields, its answer and its tolerance. */
  private Optional<Question> numeric(SharedFields f, AnswerFieldsValidator answers) {
    double[] value = answers.numeric();
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        Question.numeric(
            f.id(),
            f.difficulty(),
            f.step(),
            f.set(),
            f.prompt(),
            value[0],
            value[1],
            f.hint(),
            f.solution(),
            f.finalAnswer(),
            f.quickCheck(),
            f.mistakes()));
  }

  /** A multiple-choice question from the shared fields, its options, answer and feedback. */
  private Optional<Question> choice(SharedFields f, AnswerFieldsValidator answers) {
    AnswerFieldsValidator.Choice c = answers.choice(f.finalAnswer());
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        Question.choice(
            f.id(),
            f.difficulty(),
            f.step(),
            f.set(),
            f.prompt(),
            c.options(),
            c.answer(),
            c.feedback(),
            f.hint(),
            f.solution(),
            f.finalAnswer(),
            f.quickCheck(),
            f.mistakes()));
  }

  /** A hard question needs a solution of at least {@link QuestionBank#HARD_SOLUTION_STEPS}. */
  private void checkHardSolution(Difficulty difficulty, List<SolutionStep> solution) {
    if (difficulty == Difficulty.HARD
        && solution != null
        && solution.size() < QuestionBank.HARD_SOLUTION_STEPS) {
      problem(
          tree.lineOf(node, "solution"),
          Text.get(
              "quiz.bank.hardNeedsSteps",
              String.valueOf(solution.size()),
              String.valueOf(QuestionBank.HARD_SOLUTION_STEPS)));
    }
  }

  /** Every field is a known one, and none is given twice. */
  private void checkFieldNames() {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        problem(
            tree.lineOf(node, name),
            Text.get(
                "quiz.bank.unknownField",
                name,
                String.join(", ", FIELDS.stream().sorted().toList())));
      }
    }
    tree.repeatedFields(node)
        .forEach((name, line) -> problem(line, Text.get("quiz.bank.repeatedField", name)));
  }

  /** The entry's id, recorded as seen; a problem when it is missing or was seen before. */
  private String uniqueId() {
    String id = required("id", Text.get("quiz.bank.expected.id"));
    if (id != null) {
      String here = file + ":" + tree.lineOf(node, "id");
      String earlier = firstSeen.putIfAbsent(id, here);
      if (earlier != null) {
        problem(tree.lineOf(node, "id"), Text.get("quiz.bank.duplicateId", id, earlier));
      }
    }
    return id;
  }

  /**
   * Options are shuffled per attempt, so a text that names an option by its letter ("option B",
   * "(C)") would point at the wrong one. Only the final answer may end with the letter: it is
   * rewritten when the options move.
   */
  private void letterReferences(String hint, List<SolutionStep> solution, String quickCheck) {
    List<String> texts = new ArrayList<>();
    texts.add(hint);
    texts.add(quickCheck);
    if (solution != null) {
      solution.forEach(step -> texts.add(step.text()));
    }
    JsonNode feedback = node.get("feedback");
    if (feedback != null && feedback.isObject()) {
      feedback.elements().forEachRemaining(f -> texts.add(f.asText()));
    }
    for (String text : texts) {
      if (text != null) {
        java.util.regex.Matcher m = LETTER_REFERENCE.matcher(text);
        if (m.find()) {
          problem(tree.lineOf(node), Text.get("quiz.bank.letterReference", m.group()));
        }
      }
    }
  }

  private QuestionKind kind() {
    String value = text("kind");
    if (value == null || value.equals(QuestionKind.CHOICE.key())) {
      return QuestionKind.CHOICE;
    }
    if (value.equals(QuestionKind.NUMERIC.key())) {
      return QuestionKind.NUMERIC;
    }
    problem(tree.lineOf(node, "kind"), Text.get("quiz.bank.unknownKind", value));
    return null;
  }

  private <T> T keyed(String field, Function<String, Optional<T>> lookup, String allowed) {
    String value = text(field);
    if (value == null) {
      problem(tree.lineOf(node), Text.get("quiz.bank.missingKeyed", field, allowed));
      return null;
    }
    Optional<T> found = lookup.apply(value);
    if (found.isEmpty()) {
      problem(tree.lineOf(node, field), Text.get("quiz.bank.unknownKeyed", field, value, allowed));
      return null;
    }
    return found.get();
  }

  private List<SolutionStep> solution() {
    JsonNode solution = node.get("solution");
    if (solution == null || !solution.isArray() || solution.isEmpty()) {
      problem(tree.lineOf(node, "solution"), Text.get("quiz.bank.missingSolution"));
      return null;
    }
    List<SolutionStep> steps = new ArrayList<>();
    for (JsonNode step : solution) {
      String title = step.isObject() ? textOf(step, "title") : null;
      String text = step.isObject() ? textOf(step, "text") : null;
      if (title == null || text == null) {
        problem(
            tree.lineOf(step) == 0 ? tree.lineOf(node, "solution") : tree.lineOf(step),
            Text.get("quiz.bank.incompleteStep", String.valueOf(steps.size() + 1)));
        return null;
      }
      steps.add(new SolutionStep(title, text));
    }
    return steps;
  }

  private List<String> textList(String field, String expected) {
    JsonNode list = node.get(field);
    if (list == null || !list.isArray() || list.isEmpty()) {
      problem(tree.lineOf(node, field), Text.get("quiz.bank.missingField", field, expected));
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isTextual() || item.asText().isBlank()) {
        problem(tree.lineOf(node, field), Text.get("quiz.bank.emptyEntry", field));
        return null;
      }
      texts.add(item.asText());
    }
    return texts;
  }

  private String required(String field, String expected) {
    String value = text(field);
    if (value == null) {
      problem(tree.lineOf(node, field), Text.get("quiz.bank.missingField", field, expected));
    }
    return value;
  }

  /** The field's text, or null when it is absent, empty or not a single value. */
  private String text(String field) {
    return textOf(node, field);
  }

  /** The text of {@code object}'s field, or null when it is absent, empty or not a single value. */
  static String textOf(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().strip();
  }

  private void problem(int line, String message) {
    ok = false;
    problems.add(new BankProblem(file, line, Text.get("quiz.bank.problem", label, message)));
  }
}
