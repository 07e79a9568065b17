package mllab.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mllab.eval.Metric;
import mllab.model.Activation;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.pipeline.Step;
import mllab.pipeline.StepState;
import mllab.prep.FitScope;
import mllab.prep.Scaler;
import mllab.split.SplitMethod;
import mllab.ui.evaluation.Outcome;
import mllab.ui.training.Speed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Texts whose key is computed, which {@link TextBundleTest} cannot see in the code: an enum's name
 * or definition built from its constant, and keys chosen by a condition. A constant added without
 * its texts would otherwise fail only when a user reaches it.
 */
class EnumTextsTest {

  @Test
  void everyEnumConstantHasItsNamesAndDefinitionsInTheBundle() {
    List<Executable> checks = new ArrayList<>();
    addChecks(checks, Metric.values(), Metric::displayName, Metric::definition);
    addChecks(checks, Step.values(), Step::title, Step::summary);
    addChecks(checks, StepState.values(), StepState::description);
    addChecks(checks, FitScope.values(), FitScope::displayName, FitScope::definition);
    addChecks(checks, Scaler.values(), Scaler::displayName, Scaler::definition);
    addChecks(checks, SplitMethod.values(), SplitMethod::displayName, SplitMethod::definition);
    addChecks(checks, Activation.values(), Activation::toString);
    addChecks(checks, Optimizer.values(), Optimizer::toString);
    addChecks(checks, OutputActivation.values(), OutputActivation::toString);
    addChecks(checks, Speed.values(), Speed::toString);
    addChecks(checks, Outcome.values(), Outcome::marker, Outcome::meaning);
    assertAll(checks);
  }

  @Test
  void theEnglishNamesReadAsBefore() {
    assertEquals("F1 (macro)", Metric.MACRO_F1.displayName());
    assertEquals("Train/test split", Step.SPLIT.title());
    assertEquals("sigmoid (independent labels)", OutputActivation.SIGMOID.toString());
    assertEquals("FN", Outcome.FN.marker());
  }

  /** {@code Text.get(cond ? "a.b" : "a.c", ...)}: both keys of every such choice exist. */
  @Test
  void everyKeyChosenByAConditionIsInTheBundle() throws IOException {
    String key = "\"([a-z]+(?:\\.[A-Za-z0-9_]+)+)\"";
    Pattern choice = Pattern.compile("Text\\.get\\([^;]*?\\?\\s*" + key + "\\s*:\\s*" + key);
    List<String> missing = new ArrayList<>();
    int choices = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = choice.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          for (String k : List.of(m.group(1), m.group(2))) {
            if (!Text.bundle().containsKey(k)) {
              missing.add(f.getFileName() + ": " + k);
            }
          }
          choices++;
        }
      }
    }
    assertFalse(choices == 0, "the code chooses between keys somewhere");
    assertEquals(List.of(), missing);
  }

  @SafeVarargs
  private static <E extends Enum<E>> void addChecks(
      List<Executable> checks, E[] constants, Function<E, String>... texts) {
    for (E e : constants) {
      for (Function<E, String> text : texts) {
        checks.add(() -> assertFalse(text.apply(e).isBlank(), e + " has an empty text"));
      }
    }
  }
}
