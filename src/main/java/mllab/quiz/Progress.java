package mllab.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import mllab.text.Text;

/**
 * A student's record across sessions: how many questions they have tried and got right on the first
 * try, every test score, and the questions they missed most recently.
 *
 * <p>A question enters the missed list when a first try is wrong (or the solution was revealed
 * first) and leaves it when a later first try is right, so "review what I missed" shrinks as the
 * student learns. Instances are immutable; each {@code with…} returns an updated copy.
 *
 * @param attempts questions tried, counting each question once per session
 * @param correct of those, the ones right on the first try
 * @param tests every finished test, oldest first
 * @param missedIds ids of currently missed questions, most recently missed first
 */
public record Progress(int attempts, int correct, List<TestScore> tests, List<String> missedIds) {

  /** One finished test. */
  public record TestScore(Instant takenAt, int correct, int total) {
    public TestScore {
      Objects.requireNonNull(takenAt, "takenAt");
      if (total < 0 || correct < 0 || correct > total) {
        throw new IllegalArgumentException(
            Text.get("quiz.progress.badTestScore", String.valueOf(correct), String.valueOf(total)));
      }
    }
  }

  public Progress {
    if (attempts < 0 || correct < 0 || correct > attempts) {
      throw new IllegalArgumentException(
          Text.get("quiz.progress.badCounts", String.valueOf(correct), String.valueOf(attempts)));
    }
    tests = List.copyOf(tests);
    missedIds = List.copyOf(new LinkedHashSet<>(missedIds));
  }

  /** No attempts yet. */
  public static Progress empty() {
    return new Progress(0, 0, List.of(), List.of());
  }

  /** Adds a session's first tries (question id → right on the first try). */
  public Progress withAnswers(Map<String, Boolean> firstTries) {
    Set<String> missed = new LinkedHashSet<>();
    firstTries.forEach(
        (id, right) -> {
          if (!right) {
            missed.add(id);
          }
        });
    for (String id : missedIds) {
      if (!firstTries.containsKey(id)) {
        missed.add(id);
      }
    }
    int right = (int) firstTries.values().stream().filter(b -> b).count();
    return new Progress(
        attempts + firstTries.size(), correct + right, tests, new ArrayList<>(missed));
  }

  /** Adds a finished test: its answers and its score. */
  public Progress withTest(QuizSession test, Instant takenAt) {
    TestResult result = test.result();
    Progress updated = withAnswers(test.firstTries());
    List<TestScore> scores = new ArrayList<>(tests);
    scores.add(new TestScore(takenAt, result.total().correct(), result.total().total()));
    return new Progress(updated.attempts, updated.correct, scores, updated.missedIds);
  }

  /**
   * "Review what I missed": the same questions with the missed ones first (most recently missed
   * first), then the rest in their original order.
   */
  public List<Question> missedFirst(List<Question> questions) {
    List<Question> ordered = new ArrayList<>();
    for (String id : missedIds) {
      questions.stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(ordered::add);
    }
    for (Question q : questions) {
      if (!missedIds.contains(q.id())) {
        ordered.add(q);
      }
    }
    return ordered;
  }
}
