package mllab.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mllab.quiz.Answer;
import mllab.quiz.Progress;
import mllab.quiz.Question;
import mllab.quiz.QuestionBank;
import mllab.quiz.QuestionSet;
import mllab.quiz.QuizSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

  private static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");

  @TempDir Path dir;

  private ProgressStore store() {
    return new ProgressStore(dir, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Progress someProgress() {
    Map<String, Boolean> tries = new LinkedHashMap<>();
    tries.put("a", true);
    tries.put("b", false);
    tries.put("c", false);
    return new Progress(0, 0, List.of(new Progress.TestScore(NOW, 7, 10)), List.of())
        .withAnswers(tries);
  }

  @Test
  void progressRoundTrips() throws Exception {
    // Given some progress
    Progress progress = someProgress();
    // When it is saved and loaded again
    store().save(progress);
    ProgressStore.LoadResult loaded = store().load();
    // Then it is the same, with no message, and no temporary file is left behind
    assertEquals(progress, loaded.progress());
    assertTrue(loaded.message().isEmpty());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(ProgressStore.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void missingFileGivesFreshProgressSilently() {
    // Given a new user with no saved progress
    ProgressStore.LoadResult loaded = store().load();
    // Then progress is empty and there is nothing to tell
    assertEquals(Progress.empty(), loaded.progress());
    assertTrue(loaded.message().isEmpty());
  }

  @Test
  void truncatedFileIsMovedAsideAndTheUserIsTold() throws Exception {
    // Given a saved file cut off halfway (a full disk, a crash in another program)
    store().save(someProgress());
    Path file = dir.resolve(ProgressStore.FILE_NAME);
    byte[] full = Files.readAllBytes(file);
    byte[] half = java.util.Arrays.copyOf(full, full.length / 2);
    Files.write(file, half);
    // When it is loaded
    ProgressStore.LoadResult loaded = store().load();
    // Then the damaged bytes are kept in a timestamped backup, the user gets a message,
    // and fresh progress is used
    Path backup = dir.resolve("progress.json.corrupt-20260314T092653Z");
    assertEquals(backup, loaded.backup().orElseThrow());
    assertTrue(Files.exists(backup));
    assertEquals(new String(half, StandardCharsets.UTF_8), Files.readString(backup));
    assertTrue(Files.notExists(file));
    assertTrue(loaded.message().orElseThrow().contains("was damaged"), loaded.message().get());
    assertEquals(Progress.empty(), loaded.progress());
  }

  @Test
  void secondCorruptFileInTheSameSecondDoesNotOverwriteTheFirstBackup() throws Exception {
    // Given a corrupt file already backed up at this timestamp
    Path file = dir.resolve(ProgressStore.FILE_NAME);
    Files.writeString(file, "{\"version\":");
    store().load();
    // When another corrupt file is loaded at the same instant
    Files.writeString(file, "[");
    ProgressStore.LoadResult loaded = store().load();
    // Then it gets its own backup and the first one is untouched
    assertEquals(dir.resolve("progress.json.corrupt-20260314T092653Z-2"), loaded.backup().get());
    assertEquals(
        "{\"version\":", Files.readString(dir.resolve("progress.json.corrupt-20260314T092653Z")));
  }

  @Test
  void validJsonWithImpossibleCountsIsTreatedAsCorrupt() throws Exception {
    // Given a hand-edited file claiming more right answers than attempts
    Files.writeString(
        dir.resolve(ProgressStore.FILE_NAME),
        "{\"version\":1,\"attempts\":1,\"correct\":5,\"tests\":[],\"missed\":[]}");
    // Then it is moved aside too
    ProgressStore.LoadResult loaded = store().load();
    assertTrue(loaded.backup().isPresent());
    assertTrue(loaded.message().orElseThrow().contains("impossible"), loaded.message().get());
  }

  @Test
  void missedQuestionsComeFirstInReviewAndLeaveWhenAnsweredRight() {
    // Given progress where b and c were missed
    Progress progress = someProgress();
    List<Question> questions = QuestionBank.builtIn().inSet(QuestionSet.PRACTICE);
    String second = questions.get(1).id();
    String fourth = questions.get(3).id();
    progress = progress.withAnswers(Map.of(fourth, false, second, true));
    // When the practice set is ordered for review
    List<String> order = progress.missedFirst(questions).stream().map(Question::id).toList();
    // Then the missed practice question comes first and the rest keep their order
    assertEquals(fourth, order.get(0));
    assertEquals(questions.size(), order.size());
    assertEquals(questions.get(0).id(), order.get(1));
    // And answering it right on a later first try removes it from the missed list
    Progress later = progress.withAnswers(Map.of(fourth, true));
    assertEquals(List.of("b", "c"), later.missedIds());
    assertEquals(6, later.attempts());
    assertEquals(3, later.correct());
  }

  @Test
  void configFolderFollowsEachOperatingSystemsConvention() {
    // Given each OS's conventions (paths built with the current file system's separator)
    Path home = Path.of("home", "ada");
    // Then the folder is the one users of that OS expect
    assertEquals(
        Path.of("roaming", "MultiLabelLab"),
        ProgressStore.defaultFolder("Windows 11", Map.of("APPDATA", "roaming"), "home"));
    assertEquals(
        home.resolve("Library").resolve("Application Support").resolve("MultiLabelLab"),
        ProgressStore.defaultFolder("Mac OS X", Map.of(), home.toString()));
    assertEquals(
        home.resolve(".config").resolve("multi-label-lab"),
        ProgressStore.defaultFolder("Linux", Map.of(), home.toString()));
    Path xdg = dir.resolve("xdg");
    assertEquals(
        xdg.resolve("multi-label-lab"),
        ProgressStore.defaultFolder(
            "Linux", Map.of("XDG_CONFIG_HOME", xdg.toString()), home.toString()));
    // and a relative XDG_CONFIG_HOME is ignored, as the XDG spec says
    assertEquals(
        home.resolve(".config").resolve("multi-label-lab"),
        ProgressStore.defaultFolder(
            "Linux", Map.of("XDG_CONFIG_HOME", "relative"), home.toString()));
  }

  @Test
  void finishedTestIsRecordedWithItsScore() {
    // Given a finished one-question test answered wrongly
    Question q = QuestionBank.builtIn().byId("test-split-sizes").orElseThrow();
    QuizSession test = QuizSession.test(List.of(q));
    test.submit(Answer.choice(1));
    // When it is added to progress
    Progress progress = Progress.empty().withTest(test, NOW);
    // Then its score and the missed question are kept
    assertEquals(List.of(new Progress.TestScore(NOW, 0, 1)), progress.tests());
    assertEquals(List.of("test-split-sizes"), progress.missedIds());
  }
}
