package mllab.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mllab.text.Text;

/**
 * The questions the app asks, loaded from YAML files an instructor can edit, together with every
 * problem found while loading them.
 *
 * <p>Loading never throws for a bad file: a syntax error, a missing answer or a duplicate id
 * becomes a {@link BankProblem} with the file, the line and what to fix, and only the questions
 * that are complete are kept. A half-finished instructor bank therefore never stops the app, and
 * the instructor sees all problems at once instead of fixing them one run at a time. The format is
 * described in {@code assets/questions/README.md}.
 */
public final class QuestionBank {

  /** The built-in question files, in the order their questions are shown. */
  static final List<String> BUILT_IN_FILES =
      List.of("model-quiz.yaml", "practice.yaml", "test.yaml", "check.yaml", "methods.yaml");

  private static final String BUILT_IN_FOLDER = "/assets/questions/";

  /**
   * A hard question takes several steps of reasoning, so its worked solution has at least this
   * many.
   */
  static final int HARD_SOLUTION_STEPS = 3;

  /**
   * The largest share of choice questions whose correct option is the longest: above it a student
   * scores by picking the longest option without reading the question.
   */
  public static final double MAX_LONGEST_ANSWER_SHARE = 1.0 / 3;

  private final List<Question> questions;
  private final List<BankProblem> problems;

  QuestionBank(List<Question> questions, List<BankProblem> problems) {
    this.questions = List.copyOf(questions);
    this.problems = List.copyOf(problems);
  }

  /** The questions that ship with the app, read from the classpath under {@code /assets/}. */
  public static QuestionBank builtIn() {
    QuestionBankLoader loader = new QuestionBankLoader();
    for (String name : BUILT_IN_FILES) {
      String file = "assets/questions/" + name;
      try (InputStream in = QuestionBank.class.getResourceAsStream(BUILT_IN_FOLDER + name)) {
        if (in == null) {
          loader.problems.add(new BankProblem(file, 0, Text.get("quiz.bank.builtInMissing")));
          continue;
        }
        loader.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        loader.problems.add(
            new BankProblem(file, 0, Text.get("quiz.bank.cannotRead", e.getMessage())));
      }
    }
    return loader.bank("assets/questions");
  }

  /**
   * Loads an instructor's question file, or every {@code .yaml}/{@code .yml} file in a folder (ids
   * must be unique across the folder). Problems are returned in the bank, never thrown.
   */
  public static QuestionBank load(Path fileOrFolder) {
    QuestionBankLoader loader = new QuestionBankLoader();
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
        loader.problems.add(
            new BankProblem(fileOrFolder.toString(), 0, Text.get("quiz.bank.emptyFolder")));
      }
    } else {
      files.add(fileOrFolder);
    }
    for (Path file : files) {
      try {
        loader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        loader.problems.add(
            new BankProblem(
                file.toString(),
                0,
                e instanceof java.nio.charset.CharacterCodingException
                    ? Text.get("quiz.bank.notUtf8")
                    : Text.get("quiz.bank.unreadable")));
      }
    }
    return loader.bank(fileOrFolder.toString());
  }

  /** Parses one file's text; {@code fileName} is only used in problem messages. */
  public static QuestionBank parse(String fileName, String yaml) {
    QuestionBankLoader loader = new QuestionBankLoader();
    loader.read(fileName, yaml);
    return loader.bank(fileName);
  }

  /**
   * How many choice questions mark their strictly longest option as the answer, out of all choice
   * questions. Length should give nothing away; see {@link #MAX_LONGEST_ANSWER_SHARE}.
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
      return Text.get(
          "quiz.bank.longestShare",
          String.valueOf(longest),
          String.valueOf(choices),
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
}
