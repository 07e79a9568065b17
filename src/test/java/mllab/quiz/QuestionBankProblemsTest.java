package mllab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionBankProblemsTest {

  /** A complete question; {@code %s} lets each test replace or add fields. */
  private static String question(String id, String extra) {
    return """
          - id: %s
            difficulty: easy
            step: split
            set: practice
            prompt: "How many test rows?"
            options: ["200", "800"]
            answer: A
            feedback:
              B: "That is the training set."
            hint: "0.2 of 1000."
            solution:
              - title: "Multiply"
                text: "0.2 × 1000 = 200."
            finalAnswer: "200 (A)."
            quickCheck: "500 rows? 100."
            mistakes: ["Swapping the sets.", "Reading 0.2 as a percentage."]
        %s"""
        .formatted(id, extra);
  }

  private static String bank(String... entries) {
    return "questions:\n" + String.join("", entries);
  }

  private static BankProblem only(QuestionBank bank) {
    assertEquals(1, bank.problems().size(), () -> bank.problems().toString());
    return bank.problems().get(0);
  }

  @Test
  void completeQuestionLoadsWithoutProblems() {
    // Given a file with one complete question
    QuestionBank bank = QuestionBank.parse("q.yaml", bank(question("a", "")));
    // Then it is loaded and nothing is reported
    assertEquals(List.of(), bank.problems());
    assertEquals(1, bank.questions().size());
    assertTrue(bank.questions().get(0).isCorrect(Answer.choice(0)));
  }

  @Test
  void aBankWhoseAnswersAreMostlyTheLongestOptionFails() {
    // Given three questions, two of which mark their longest option as the answer
    String longest =
        question("b", "")
            .replace("[\"200\", \"800\"]", "[\"200 rows go to the test set\", \"800\"]");
    String yaml = bank(question("a", ""), longest, longest.replace("id: b", "id: c"));
    // When it is loaded
    QuestionBank bank = QuestionBank.parse("q.yaml", yaml);
    // Then the bank names the share and why it is a problem, and keeps the questions
    assertEquals(new QuestionBank.LongestAnswers(2, 3), bank.longestAnswers());
    BankProblem p = only(bank);
    assertTrue(p.message().contains("longest in 2 of 3 choice questions (67 %)"), p.message());
    assertEquals(3, bank.questions().size());
  }

  @Test
  void oneLongestAnswerInThreeIsAllowed() {
    String longest =
        question("b", "")
            .replace("[\"200\", \"800\"]", "[\"200 rows go to the test set\", \"800\"]");
    QuestionBank bank =
        QuestionBank.parse("q.yaml", bank(question("a", ""), longest, question("c", "")));
    assertEquals(List.of(), bank.problems());
    assertEquals(new QuestionBank.LongestAnswers(1, 3), bank.longestAnswers());
  }

  @Test
  void aFinalAnswerNamingAnotherLetterIsReported() {
    assertOneQuestionProblem(
        "finalAnswer: \"200 (A).\"",
        "finalAnswer: \"200 (B).\"",
        "ends with (B) but 'answer' is A");
  }

  @Test
  void aHardQuestionWithAOneStepSolutionIsReported() {
    assertOneQuestionProblem(
        "difficulty: easy", "difficulty: hard", "hard question needs several steps of reasoning");
  }

  @Test
  void aSolutionThatNamesAnOptionByItsLetterIsReported() {
    // Options are shuffled per attempt, so "option B" would point at the wrong one
    assertOneQuestionProblem(
        "0.2 × 1000 = 200.",
        "0.2 × 1000 = 200, so option B is the training set.",
        "'option B' names an option by its letter");
  }

  /** The complete question with {@code from} replaced by {@code to} gives one such problem. */
  private static void assertOneQuestionProblem(String from, String to, String message) {
    String yaml = bank(question("a", "")).replace(from, to);
    BankProblem p = only(QuestionBank.parse("q.yaml", yaml));
    assertTrue(p.message().contains(message), p.message());
  }

  @Test
  void missingAnswerIsReportedAtTheQuestionLine() {
    // Given a question (starting on line 2) without its answer line
    String yaml = bank(question("a", "")).replace("    answer: A\n", "");
    // When it is loaded
    QuestionBank bank = QuestionBank.parse("q.yaml", yaml);
    // Then the problem names the file, the question's line and the fix, and the question is skipped
    BankProblem p = only(bank);
    assertEquals("q.yaml", p.file());
    assertEquals(2, p.line());
    assertTrue(p.message().contains("missing 'answer'"), p.message());
    assertTrue(bank.questions().isEmpty());
  }

  @Test
  void answerNotAmongTheOptionsIsReportedOnTheAnswerLine() {
    // Given answer C for a question with two options (answer is on line 8)
    String yaml = bank(question("a", "")).replace("answer: A", "answer: C");
    // Then the answer line is blamed
    BankProblem p = only(QuestionBank.parse("q.yaml", yaml));
    assertEquals(8, p.line());
    assertTrue(p.message().contains("answer 'C' is not among the options"), p.message());
  }

  @Test
  void duplicateIdIsReportedOnTheSecondIdLineWithTheFirst() {
    // Given two questions with the same id; the second starts on line 18
    QuestionBank bank =
        QuestionBank.parse("q.yaml", bank(question("same", ""), question("same", "")));
    // Then the second is reported and points back to the first
    BankProblem p = only(bank);
    assertEquals(18, p.line());
    assertTrue(p.message().contains("duplicate id 'same' (first used at q.yaml:2)"), p.message());
    assertEquals(1, bank.questions().size());
  }

  @Test
  void unknownDifficultyStepAndSetAreEachReportedOnTheirLine() {
    // Given misspelled values on lines 3, 4 and 5
    String yaml =
        bank(question("a", ""))
            .replace("difficulty: easy", "difficulty: tricky")
            .replace("step: split", "step: splitting")
            .replace("set: practice", "set: exam");
    // When it is loaded
    List<BankProblem> problems = QuestionBank.parse("q.yaml", yaml).problems();
    // Then all three are reported at once, each listing the allowed words
    assertEquals(3, problems.size(), problems::toString);
    assertEquals(3, problems.get(0).line());
    assertTrue(
        problems
            .get(0)
            .message()
            .contains("unknown difficulty 'tricky'; use one of easy," + " medium, hard"));
    assertEquals(4, problems.get(1).line());
    assertTrue(problems.get(1).message().contains("unknown step 'splitting'"));
    assertEquals(5, problems.get(2).line());
    assertTrue(
        problems
            .get(2)
            .message()
            .contains("unknown set 'exam'; use one of quiz," + " practice, test, check"));
  }

  @Test
  void missingHintAndSolutionAreBothReported() {
    // Given a question without a hint and without solution steps
    String yaml =
        bank(question("a", ""))
            .replace("    hint: \"0.2 of 1000.\"\n", "")
            .replace(
                """
                solution:
                  - title: "Multiply"
                    text: "0.2 × 1000 = 200."
            """,
                "");
    // Then both are named, at the question's line
    List<BankProblem> problems = QuestionBank.parse("q.yaml", yaml).problems();
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("missing 'hint'"));
    assertTrue(problems.get(1).message().contains("missing 'solution'"));
    assertEquals(2, problems.get(0).line());
  }

  @Test
  void wrongOptionWithoutFeedbackIsReported() {
    // Given a three-option question whose option C has no feedback
    String yaml =
        bank(question("a", "")).replace("[\"200\", \"800\"]", "[\"200\", \"800\", \"2\"]");
    // Then the feedback line names the option
    BankProblem p = only(QuestionBank.parse("q.yaml", yaml));
    assertEquals(9, p.line());
    assertTrue(p.message().contains("no feedback for wrong option C"), p.message());
  }

  @Test
  void misspelledFieldIsReportedOnItsLine() {
    // Given a typo 'hnit' on line 18
    QuestionBank bank = QuestionBank.parse("q.yaml", bank(question("a", "    hnit: \"x\"\n")));
    // Then it is flagged as unknown
    BankProblem p = only(bank);
    assertEquals(18, p.line());
    assertTrue(p.message().contains("unknown field 'hnit'"), p.message());
  }

  @Test
  void malformedYamlGivesJacksonsLineAndDoesNotThrow() {
    // Given a file whose line 3 opens a quote that never closes
    String yaml = "questions:\n  - id: a\n    prompt: \"unclosed\n    hint: x\n";
    // When it is loaded
    QuestionBank bank = QuestionBank.parse("broken.yaml", yaml);
    // Then one syntax problem is reported with a line, no exception escapes
    BankProblem p = only(bank);
    assertEquals("broken.yaml", p.file());
    assertTrue(p.line() >= 3, p.toString());
    assertTrue(p.message().startsWith("the file is not valid YAML"), p.message());
  }

  @Test
  void numericQuestionNeedsANumberAnswer() {
    // Given a numeric question whose answer is not a number
    String yaml =
        bank(question("a", ""))
            .replace("    options: [\"200\", \"800\"]\n", "    kind: numeric\n")
            .replace("answer: A", "answer: one third")
            .replace(
                """
                feedback:
                  B: "That is the training set."
            """,
                "    tolerance: 0.005\n");
    // Then the answer line is blamed
    BankProblem p = only(QuestionBank.parse("q.yaml", yaml));
    assertEquals(8, p.line());
    assertTrue(p.message().contains("answer 'one third' is not a number"), p.message());
  }

  @Test
  void checkPrintsEveryProblemAndExitsWithTwo(@TempDir Path dir) throws Exception {
    // Given an instructor file with a bad answer and a clean file in the same folder
    Files.writeString(
        dir.resolve("a.yaml"), bank(question("a", "")).replace("answer: A", "answer: Z"));
    Files.writeString(dir.resolve("b.yaml"), bank(question("b", "")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // When the check runs over the folder
    int exit = QuestionBankCheck.check(dir, new PrintStream(out, true, StandardCharsets.UTF_8));
    // Then it prints file:line: message and exits 2
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(2, exit);
    assertTrue(printed.contains(dir.resolve("a.yaml") + ":8: question 'a': answer 'Z'"), printed);
  }

  @Test
  void checkOfACleanFileExitsWithZero(@TempDir Path dir) throws Exception {
    // Given a clean file
    Path file = dir.resolve("ok.yaml");
    Files.writeString(file, bank(question("a", "")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Then the check passes
    assertEquals(
        0, QuestionBankCheck.check(file, new PrintStream(out, true, StandardCharsets.UTF_8)));
  }

  @Test
  void missingInstructorFileIsAProblemNotAnException(@TempDir Path dir) {
    // Given a path that does not exist
    QuestionBank bank = QuestionBank.load(dir.resolve("nope.yaml"));
    // Then loading reports it
    assertEquals(0, only(bank).line());
    assertTrue(bank.questions().isEmpty());
  }
}
