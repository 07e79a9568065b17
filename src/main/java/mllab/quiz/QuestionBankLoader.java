package mllab.quiz;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mllab.text.Text;

/**
 * Reads question files into a {@link QuestionBank}: parses each file's YAML, has every entry
 * checked, and collects questions and problems over several files so that duplicate ids are caught
 * across them.
 */
final class QuestionBankLoader {

  private static final YAMLFactory YAML = new YAMLFactory();

  final List<Question> questions = new ArrayList<>();
  final List<BankProblem> problems = new ArrayList<>();
  private final Map<String, String> firstSeen = new HashMap<>();

  /** The bank of everything read so far; {@code where} names it in a bank-wide problem. */
  QuestionBank bank(String where) {
    QuestionBank.LongestAnswers lengths = QuestionBank.LongestAnswers.of(questions);
    if (lengths.tooMany()) {
      problems.add(
          new BankProblem(where, 0, Text.get("quiz.bank.longestAnswers", lengths.describe())));
    }
    return new QuestionBank(questions, problems);
  }

  /** Reads one file's text; {@code file} is only used in problem messages. */
  void read(String file, String text) {
    LocatedTree tree;
    try (Reader reader = new StringReader(text);
        JsonParser parser = YAML.createParser(reader)) {
      tree = LocatedTree.read(parser);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(
          new BankProblem(
              file,
              at == null ? 0 : at.getLineNr(),
              Text.get("quiz.bank.notYaml", firstLine(e.getOriginalMessage()))));
      return;
    } catch (IOException e) {
      problems.add(new BankProblem(file, 0, Text.get("quiz.bank.cannotRead", e.getMessage())));
      return;
    }
    JsonNode root = tree.root();
    JsonNode list = root.isObject() ? root.get("questions") : null;
    if (list == null || !list.isArray()) {
      problems.add(new BankProblem(file, tree.lineOf(root), Text.get("quiz.bank.noQuestionsList")));
      return;
    }
    int firstProblem = problems.size();
    for (JsonNode entry : list) {
      new QuestionEntryValidator(file, tree, entry, problems, firstSeen)
          .validate()
          .ifPresent(questions::add);
    }
    // Checks run field by field; an instructor reads the file top to bottom.
    problems
        .subList(firstProblem, problems.size())
        .sort(Comparator.comparingInt(BankProblem::line));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return Text.get("quiz.bank.syntaxError");
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
