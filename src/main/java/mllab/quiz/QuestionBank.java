package mllab.quiz;

import mllab.text.Text;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The questions the app asks, loaded from YAML files an instructor can edit, together with every
 * problem found while loading them.
 *
 * <p>Loading never throws for a bad file: a syntax error, a missing answer or a duplicate id becomes
 * a {@link BankProblem} with the file, the line and what to fix, and only the questions that are
 * complete are kept. A half-finished instructor bank therefore never stops the app, and the
 * instructor sees all problems at once instead of fixing them one run at a time. The format is
 * described in {@code assets/questions/README.md}.
 */
public final class QuestionBank {

  /** The built-in question files, in the order their questions are shown. */
  static final List<String> BUILT_IN_FILES =
      List.of("model-quiz.yaml", "practice.yaml", "test.yaml", "check.yaml", "methods.yaml");

  private static final String BUILT_IN_FOLDER = "/assets/questions/";

  private static final Set<String> FIELDS = Set.of("id", "kind", "difficulty", "step", "set",
      "prompt", "options", "answer", "tolerance", "feedback", "hint", "solution", "finalAnswer",
      "quickCheck", "mistakes");

  private static final YAMLFactory YAML = new YAMLFactory();

  /** A hard question takes several steps of reasoning, so its worked solution has at least this many. */
  static final int HARD_SOLUTION_STEPS = 3;

  /**
   * The largest share of choice questions whose correct option is the longest: above it a student
   * scores by picking the longest option without reading the question.
   */
  public static final double MAX_LONGEST_ANSWER_SHARE = 1.0 / 3;

  /** "option B", "answer C" or "(D)": an option named by its letter. */
  private static final java.util.regex.Pattern LETTER_REFERENCE =
      java.util.regex.Pattern.compile("\\b(?:[Oo]ption|[Aa]nswer) [A-D]\\b|\\([A-D]\\)");

  private final List<Question> questions;
  private final List<BankProblem> problems;

  private QuestionBank(List<Question> questions, List<BankProblem> problems) {
    this.questions = List.copyOf(questions);
    this.problems = List.copyOf(problems);
  }

  /** The questions that ship with the app, read from the classpath under {@code /assets/}. */
  public static QuestionBank builtIn() {
    Loader loader = new Loader();
    for (String name : BUILT_IN_FILES) {
      String file = "assets/questions/" + name;
      try (InputStream in = QuestionBank.class.getResourceAsStream(BUILT_IN_FOLDER + name)) {
        if (in == null) {
          loader.problems.add(new BankProblem(file, 0,
              Text.get("quiz.bank.builtInMissing")));
          continue;
        }
        loader.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        loader.problems.add(new BankProblem(file, 0, Text.get("quiz.bank.cannotRead", e.getMessage())));
      }
    }
    return loader.bank("assets/questions");
  }

  /**
   * Loads an instructor's question file, or every {@code .yaml}/{@code .yml} file in a folder
   * (ids must be unique across the folder). Problems are returned in the bank, never thrown.
   */
  public static QuestionBank load(Path fileOrFolder) {
    Loader loader = new Loader();
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(fileOrFolder)) {
      try (Stream<Path> listing = Files.list(fileOrFolder)) {
        listing
            .filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        loader.problems.add(
            new BankProblem(
                fileOrFolder.toString(), 0, Text.get("quiz.bank.cannotList", e.getMessage())));
      }
      if (files.isEmpty() && loader.problems.isEmpty()) {
        loader.problems.add(new BankProblem(fileOrFolder.toString(), 0,
            Text.get("quiz.bank.emptyFolder")));
      }
    } else {
      files.add(fileOrFolder);
    }
    for (Path file : files) {
      try {
        loader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        loader.problems.add(new BankProblem(file.toString(), 0,
            e instanceof java.nio.charset.CharacterCodingException
                ? Text.get("quiz.bank.notUtf8")
                : Text.get("quiz.bank.unreadable")));
      }
    }
    return loader.bank(fileOrFolder.toString());
  }

  /** Parses one file's text; {@code fileName} is only used in problem messages. */
  public static QuestionBank parse(String fileName, String yaml) {
    Loader loader = new Loader();
    loader.read(fileName, yaml);
    return loader.bank(fileName);
  }

  /**
   * How many choice questions mark their strictly longest option as the answer, out of all
   * choice questions. Length should give nothing away; see {@link #MAX_LONGEST_ANSWER_SHARE}.
   */
  public LongestAnswers longestAnswers() {
    return LongestAnswers.of(questions);
  }

  /**
   * @param longest choice questions whose correct option is longer than each of the others
   * @param choices all choice questions
   */
  public record LongestAnswers(int longest, int choices) {

    static LongestAnswers of(List<Question> questions) {
      int longest = 0;
      int choices = 0;
      for (Question q : questions) {
        if (q.kind() == QuestionKind.CHOICE) {
          choices++;
          longest += isLongest(q) ? 1 : 0;
        }
      }
      return new LongestAnswers(longest, choices);
    }

    private static boolean isLongest(Question q) {
      int answer = q.options().get(q.answerIndex()).length();
      for (int i = 0; i < q.options().size(); i++) {
        if (i != q.answerIndex() && q.options().get(i).length() >= answer) {
          return false;
        }
      }
      return true;
    }

    public double share() {
      return choices == 0 ? 0 : longest / (double) choices;
    }

    public boolean tooMany() {
      return share() > MAX_LONGEST_ANSWER_SHARE;
    }

    /** "4 of 24 (17 %)". */
    public String describe() {
      return Text.get("quiz.bank.longestShare", String.valueOf(longest), String.valueOf(choices),
          String.valueOf(Math.round(100 * share())));
    }
  }

  /** Every complete question, in file order. */
  public List<Question> questions() {
    return questions;
  }

  /** Every problem found, in file and line order; empty for a clean bank. */
  public List<BankProblem> problems() {
    return problems;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The questions of one set, in file order. */
  public List<Question> inSet(QuestionSet set) {
    return questions.stream().filter(q -> q.set() == set).toList();
  }

  /** The "check yourself" question of a step, if the bank has one. */
  public Optional<Question> checkFor(QuestionStep step) {
    return questions.stream()
        .filter(q -> q.set() == QuestionSet.CHECK && q.step() == step)
        .findFirst();
  }

  public Optional<Question> byId(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** Collects questions and problems over several files so duplicate ids are caught across them. */
  private static final class Loader {
    private final List<Question> questions = new ArrayList<>();
    private final List<BankProblem> problems = new ArrayList<>();
    private final Map<String, String> firstSeen = new HashMap<>();

    QuestionBank bank(String where) {
      LongestAnswers lengths = LongestAnswers.of(questions);
      if (lengths.tooMany()) {
        problems.add(new BankProblem(where, 0,
            Text.get("quiz.bank.longestAnswers", lengths.describe())));
      }
      return new QuestionBank(questions, problems);
    }

    void read(String file, String text) {
      LocatedTree tree;
      try (Reader reader = new StringReader(text);
          JsonParser parser = YAML.createParser(reader)) {
        tree = LocatedTree.read(parser);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        problems.add(new BankProblem(file, at == null ? 0 : at.getLineNr(),
            Text.get("quiz.bank.notYaml", firstLine(e.getOriginalMessage()))));
        return;
      } catch (IOException e) {
        problems.add(new BankProblem(file, 0, Text.get("quiz.bank.cannotRead", e.getMessage())));
        return;
      }
      JsonNode root = tree.root();
      JsonNode list = root.isObject() ? root.get("questions") : null;
      if (list == null || !list.isArray()) {
        problems.add(new BankProblem(file, tree.lineOf(root),
            Text.get("quiz.bank.noQuestionsList")));
        return;
      }
      int firstProblem = problems.size();
      for (JsonNode entry : list) {
        new Entry(file, tree, entry).validate().ifPresent(questions::add);
      }
      // Checks run field by field; an instructor reads the file top to bottom.
      problems.subList(firstProblem, problems.size())
          .sort(Comparator.comparingInt(BankProblem::line));
    }

    /** One question entry being checked; every problem is recorded, not just the first. */
    private final class Entry {
      private final String file;
      private final LocatedTree tree;
      private final JsonNode node;
      private final String label;
      private boolean ok = true;

      Entry(String file, LocatedTree tree, JsonNode node) {
        this.file = file;
        this.tree = tree;
        this.node = node;
        String id = node.isObject() ? text("id") : null;
        this.label = id == null ? Text.get("quiz.bank.question") : Text.get("quiz.bank.questionId", id);
      }

      Optional<Question> validate() {
        if (!node.isObject()) {
          problem(tree.lineOf(node), Text.get("quiz.bank.notMapping"));
          return Optional.empty();
        }
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
        tree.repeatedFields(node).forEach((name, line) ->
            problem(line, Text.get("quiz.bank.repeatedField", name)));

        String id = required("id", Text.get("quiz.bank.expected.id"));
        if (id != null) {
          String here = file + ":" + tree.lineOf(node, "id");
          String earlier = firstSeen.putIfAbsent(id, here);
          if (earlier != null) {
            problem(tree.lineOf(node, "id"), Text.get("quiz.bank.duplicateId", id, earlier));
          }
        }
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
        if (difficulty == Difficulty.HARD && solution != null
            && solution.size() < HARD_SOLUTION_STEPS) {
          problem(tree.lineOf(node, "solution"), Text.get("quiz.bank.hardNeedsSteps",
              String.valueOf(solution.size()), String.valueOf(HARD_SOLUTION_STEPS)));
        }
        letterReferences(hint, solution, quickCheck);

        if (kind == QuestionKind.NUMERIC) {
          double[] value = numericAnswer();
          if (!ok) {
            return Optional.empty();
          }
          return Optional.of(Question.numeric(id, difficulty, step, set, prompt, value[0],
              value[1], hint, solution, finalAnswer, quickCheck, mistakes));
        }
        List<String> options = options();
        int answer = options == null ? -1 : answerLetter(options.size());
        List<String> feedback = answer < 0 ? null : feedback(options.size(), answer);
        if (answer >= 0 && finalAnswer != null) {
          Question.finalAnswerLetter(finalAnswer)
              .filter(letter -> !letter.equals(Question.letter(answer)))
              .ifPresent(letter -> problem(tree.lineOf(node, "finalAnswer"),
                  Text.get("quiz.bank.finalAnswerLetter", letter, Question.letter(answer))));
        }
        if (!ok) {
          return Optional.empty();
        }
        return Optional.of(Question.choice(id, difficulty, step, set, prompt, options, answer,
            feedback, hint, solution, finalAnswer, quickCheck, mistakes));
      }

      /**
       * Options are shuffled per attempt, so a text that names an option by its letter ("option
       * B", "(C)") would point at the wrong one. Only the final answer may end with the letter:
       * it is rewritten when the options move.
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
        problem(tree.lineOf(node, "kind"),
            Text.get("quiz.bank.unknownKind", value));
        return null;
      }

      private <T> T keyed(String field, Function<String, Optional<T>> lookup,
          String allowed) {
        String value = text(field);
        if (value == null) {
          problem(tree.lineOf(node), Text.get("quiz.bank.missingKeyed", field, allowed));
          return null;
        }
        Optional<T> found = lookup.apply(value);
        if (found.isEmpty()) {
          problem(tree.lineOf(node, field),
              Text.get("quiz.bank.unknownKeyed", field, value, allowed));
          return null;
        }
        return found.get();
      }

      private List<String> options() {
        JsonNode options = node.get("options");
        if (options == null || options.isNull()) {
          problem(
              tree.lineOf(node),
              Text.get("quiz.bank.missingOptions", String.valueOf(Question.MAX_OPTIONS)));
          return null;
        }
        int line = tree.lineOf(node, "options");
        if (!options.isArray()) {
          problem(line, Text.get("quiz.bank.optionsNotList"));
          return null;
        }
        if (options.size() < 2 || options.size() > Question.MAX_OPTIONS) {
          problem(
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
            problem(line, Text.get("quiz.bank.emptyOption", Question.letter(texts.size())));
            return null;
          }
          if (texts.contains(option.asText())) {
            problem(line, Text.get("quiz.bank.repeatedOption", option.asText()));
            return null;
          }
          texts.add(option.asText());
        }
        return texts;
      }

      private int answerLetter(int optionCount) {
        String answer = text("answer");
        String letters = "A–" + Question.letter(optionCount - 1);
        if (answer == null) {
          problem(tree.lineOf(node), Text.get("quiz.bank.missingAnswerLetter", letters));
          return -1;
        }
        int line = tree.lineOf(node, "answer");
        if (answer.length() != 1 || answer.charAt(0) < 'A' || answer.charAt(0) > 'Z') {
          problem(line, Text.get("quiz.bank.notALetter", answer, letters));
          return -1;
        }
        int index = answer.charAt(0) - 'A';
        if (index >= optionCount) {
          problem(
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
          problem(line, Text.get("quiz.bank.missingFeedback"));
          return null;
        }
        List<String> texts = new ArrayList<>(Collections.nCopies(optionCount, ""));
        for (Iterator<String> letters = feedback.fieldNames(); letters.hasNext(); ) {
          String letter = letters.next();
          int index = letter.length() == 1 ? letter.charAt(0) - 'A' : -1;
          if (index < 0 || index >= optionCount) {
            problem(
                tree.lineOf(feedback, letter),
                Text.get("quiz.bank.feedbackNoOption", letter, Question.letter(optionCount - 1)));
          } else if (index == answer) {
            problem(tree.lineOf(feedback, letter), Text.get("quiz.bank.feedbackForAnswer", letter));
          } else {
            texts.set(index, feedback.get(letter).asText());
          }
        }
        for (int i = 0; i < optionCount; i++) {
          if (i != answer && texts.get(i).isBlank()) {
            problem(line, Text.get("quiz.bank.missingOptionFeedback", Question.letter(i)));
          }
        }
        return texts;
      }

      private double[] numericAnswer() {
        String answer = text("answer");
        String tolerance = text("tolerance");
        if (node.has("options")) {
          problem(tree.lineOf(node, "options"),
              Text.get("quiz.bank.numericWithOptions"));
        }
        double value = Double.NaN;
        double tol = Double.NaN;
        if (answer == null) {
          problem(tree.lineOf(node), Text.get("quiz.bank.missingNumber"));
        } else {
          value = number(answer, "answer", Text.get("quiz.bank.expected.answer"));
        }
        if (tolerance == null) {
          problem(tree.lineOf(node), Text.get("quiz.bank.missingTolerance"));
        } else {
          tol = number(tolerance, "tolerance", Text.get("quiz.bank.expected.tolerance"));
          if (tol < 0) {
            problem(tree.lineOf(node, "tolerance"),
                Text.get("quiz.bank.negativeTolerance", tolerance));
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
        problem(tree.lineOf(node, field), Text.get("quiz.bank.notANumber", field, text, expected));
        return Double.NaN;
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
            problem(tree.lineOf(step) == 0 ? tree.lineOf(node, "solution") : tree.lineOf(step),
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

      private String textOf(JsonNode object, String field) {
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
  }

  private static String firstLine(String message) {
    if (message == null) {
      return Text.get("quiz.bank.syntaxError");
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
