package mllab.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.lesson.Lesson;
import mllab.model.Activation;
import mllab.model.Mlp;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import mllab.persist.SessionFile.SessionFileException;
import mllab.persist.SessionFile.State;
import mllab.persist.SessionFile.ThresholdChoice;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.pipeline.StepState;
import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {

  @TempDir Path dir;

  private static void train(PipelineSession s) {
    TrainingRun r = s.newTrainingRun();
    while (!r.finished()) {
      r.nextEpoch();
    }
    s.trainingFinished(r);
  }

  private static PipelineSession generatedSession() {
    Dataset d = DatasetGenerator.generate(GeneratorSettings.uniform(120, 5, 3, 0.4, 7));
    PipelineSession s = new PipelineSession(d, "generated (seed 7)");
    s.setSplit(SplitMethod.ITERATIVE_STRATIFICATION, 0.3, 11);
    s.setFitScope(FitScope.ALL_ROWS);
    s.setTrainingConfig(
        new TrainingConfig(
            new int[] {6, 4},
            Activation.TANH,
            OutputActivation.SIGMOID,
            Optimizer.ADAM,
            0.01,
            16,
            1e-4,
            3,
            99,
            0.5));
    train(s);
    return s;
  }

  @Test
  void everyFieldSurvivesARoundTrip() throws Exception {
    // Given a generated dataset with every setting away from the lesson's, trained
    PipelineSession s = generatedSession();
    ThresholdChoice t = new ThresholdChoice(true, new double[] {0.25, 0.5, 0.73});
    State saved = SessionFile.capture(s, t, Optional.of(Step.SPLIT));

    // When it is saved and read back
    Path file = dir.resolve("scenario.mllab.json");
    SessionFile.save(saved, file);
    State read = SessionFile.read(file);

    // Then every field is the same, doubles bit for bit
    assertFalse(read.bundled());
    assertEquals(s.dataset(), read.dataset());
    assertEquals(Optional.empty(), read.test());
    assertEquals("generated (seed 7)", read.source());
    assertEquals(SplitMethod.ITERATIVE_STRATIFICATION, read.splitMethod());
    assertEquals(0.3, read.testFraction());
    assertEquals(11, read.splitSeed());
    assertEquals(FitScope.ALL_ROWS, read.fitScope());
    assertEquals(s.trainingConfig(), read.trainingConfig());
    assertEquals(s.history(), read.history());
    Mlp a = s.model().orElseThrow();
    Mlp b = read.model().orElseThrow();
    assertEquals(a.layerCount(), b.layerCount());
    for (int l = 0; l < a.layerCount(); l++) {
      for (int o = 0; o < a.weights(l).length; o++) {
        assertArrayEquals(a.weights(l)[o], b.weights(l)[o], 0.0);
      }
      assertArrayEquals(a.biases(l), b.biases(l), 0.0);
    }
    assertEquals(a.hiddenActivation(), b.hiddenActivation());
    assertTrue(read.thresholds().perLabel());
    assertArrayEquals(t.values(), read.thresholds().values(), 0.0);
    assertEquals(Optional.of(Step.SPLIT), read.step());
  }

  @Test
  void anAppliedSessionPredictsBitForBitWithoutRetraining() throws Exception {
    // Given a trained session saved to a file
    PipelineSession s = generatedSession();
    Path file = dir.resolve("s.mllab.json");
    SessionFile.save(
        SessionFile.capture(s, ThresholdChoice.global(0.4, 3), Optional.of(Step.EVALUATION)), file);

    // When a fresh session opens it
    PipelineSession fresh = Lesson.session();
    SessionFile.apply(SessionFile.read(file), fresh);

    // Then its predictions are identical, and no run was made
    assertTrue(fresh.finishedRun().isEmpty());
    double[][] expected = s.predictions().orElseThrow().probabilities();
    double[][] actual = fresh.predictions().orElseThrow().probabilities();
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0);
    }
    assertEquals(s.history(), fresh.history());
    assertEquals(StepState.READY, fresh.states().get(Step.EVALUATION));
  }

  @Test
  void aSessionPreparedOnAWorkerIsSwappedInWithNothingComputedAgain() throws Exception {
    // Given a trained session saved with per-label thresholds
    PipelineSession s = generatedSession();
    Path file = dir.resolve("p.mllab.json");
    ThresholdChoice saved = new ThresholdChoice(true, new double[] {0.3, 0.6, 0.45});
    SessionFile.save(SessionFile.capture(s, saved, Optional.of(Step.EVALUATION)), file);

    // When a worker prepares it and the window's session adopts it, telling its listeners
    PipelineSession prepared = SessionFile.prepared(SessionFile.read(file));
    PipelineSession live = Lesson.session();
    java.util.List<Step> told = new java.util.ArrayList<>();
    live.addListener(told::add);
    live.adopt(prepared);

    // Then the live session holds the prepared results themselves (none made again on its thread)
    assertSame(prepared.scaledSplit(), live.scaledSplit());
    assertSame(prepared.stats(), live.stats());
    assertSame(prepared.predictions().orElseThrow(), live.predictions().orElseThrow());
    // and they are the saved session's: the same dataset, predictions, history and thresholds
    assertEquals(s.dataset(), live.dataset());
    assertArrayEquals(
        s.predictions().orElseThrow().probabilities()[0],
        live.predictions().orElseThrow().probabilities()[0],
        0.0);
    assertEquals(s.history(), live.history());
    assertEquals(saved.toState(), live.thresholdState());
    assertEquals(StepState.READY, live.states().get(Step.EVALUATION));
    // and its listeners heard of a new dataset, then of a finished run
    assertEquals(java.util.List.of(Step.RAW_DATA, Step.TRAINING), told);
  }

  @Test
  void theBundledDatasetIsSavedByNameAndATrainTestDatasetKeepsBothParts() throws Exception {
    PipelineSession lesson = Lesson.session();
    String json =
        SessionFile.toJson(
            SessionFile.capture(lesson, ThresholdChoice.global(0.5, 4), Optional.empty()));
    assertTrue(json.contains("\"bundled\" : \"photos.csv\""), json.substring(0, 200));
    assertFalse(json.contains("\"features\""));

    Dataset all = DatasetGenerator.generate(GeneratorSettings.uniform(50, 3, 2, 0.5, 3));
    Dataset train = all.select(java.util.stream.IntStream.range(0, 40).toArray(), "x-train");
    Dataset test = all.select(java.util.stream.IntStream.range(40, 50).toArray(), "x-test");
    PipelineSession two = new PipelineSession(train, "x-train.arff");
    two.setDataset(train, Optional.of(test), "x-train.arff + x-test.arff");
    Path file = dir.resolve("two.mllab.json");
    SessionFile.save(
        SessionFile.capture(two, ThresholdChoice.global(0.5, 2), Optional.empty()), file);
    State read = SessionFile.read(file);
    assertEquals(train, read.dataset());
    assertEquals(Optional.of(test), read.test());
    PipelineSession fresh = Lesson.session();
    SessionFile.apply(read, fresh);
    assertEquals(SplitMethod.PREDEFINED, fresh.splitMethod());
    assertEquals(10, fresh.split().test().rows());
  }

  @Test
  void aTruncatedFileNamesTheFileAndTheLine() throws Exception {
    Path file = dir.resolve("cut.mllab.json");
    String json =
        SessionFile.toJson(
            SessionFile.capture(
                generatedSession(), ThresholdChoice.global(0.5, 3), Optional.empty()));
    Files.writeString(file, json.substring(0, json.length() / 2), StandardCharsets.UTF_8);

    SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFile.read(file));

    assertTrue(
        e.getMessage().startsWith("Could not open the session cut.mllab.json: line "),
        e.getMessage());
    long lines = json.substring(0, json.length() / 2).lines().count();
    assertTrue(e.getMessage().contains("line " + lines + ":"), e.getMessage());
  }

  @Test
  void aForeignOrInconsistentFileSaysWhatIsWrong() throws Exception {
    Path foreign = dir.resolve("package.json");
    Files.writeString(foreign, "{\"name\": \"left-pad\"}");
    SessionFileException e =
        assertThrows(SessionFileException.class, () -> SessionFile.read(foreign));
    assertTrue(
        e.getMessage().contains("package.json")
            && e.getMessage().contains("not a Multi-Label Lab session"),
        e.getMessage());

    String json =
        SessionFile.toJson(
            SessionFile.capture(
                generatedSession(), ThresholdChoice.global(0.5, 3), Optional.empty()));
    Path wrong = dir.resolve("wrong.mllab.json");
    Files.writeString(wrong, json.replace("\"optimizer\" : \"ADAM\"", "\"optimizer\" : \"MAGIC\""));
    e = assertThrows(SessionFileException.class, () -> SessionFile.read(wrong));
    assertTrue(
        e.getMessage().contains("training.optimizer") && e.getMessage().contains("MAGIC"),
        e.getMessage());
  }

  @Test
  void aNaNWeightIsRefusedWhileReadingNotAfterHalfTheSessionIsApplied() throws Exception {
    // Given a saved trained session whose first bias was edited to NaN
    String json =
        SessionFile.toJson(
            SessionFile.capture(
                generatedSession(), ThresholdChoice.global(0.5, 3), Optional.empty()));
    int biases = json.indexOf("\"biases\" : [ ");
    assertTrue(biases > 0, "the file lists biases");
    int first = biases + "\"biases\" : [ ".length();
    int end = json.indexOf(",", first);
    Path damaged = dir.resolve("nan.mllab.json");
    Files.writeString(damaged, json.substring(0, first) + "\"NaN\"" + json.substring(end));
    // When it is read / Then the message names the file and the value's place
    SessionFileException e =
        assertThrows(SessionFileException.class, () -> SessionFile.read(damaged));
    assertTrue(
        e.getMessage().contains("nan.mllab.json")
            && e.getMessage().contains("model.layers[0].biases[0]")
            && e.getMessage().contains("NaN"),
        e.getMessage());
  }

  @Test
  void savingReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("s.mllab.json");
    Files.writeString(file, "old");
    State st =
        SessionFile.capture(
            Lesson.session(), ThresholdChoice.global(0.5, 4), Optional.of(Step.RAW_DATA));
    SessionFile.save(st, file);
    assertEquals(List.of(file), Files.list(dir).toList());
    assertSame(Step.RAW_DATA, SessionFile.read(file).step().orElseThrow());
  }

  @Test
  void aGeneratedDatasetIsSavedByItsSettingsAndMadeAgainOnOpening() throws Exception {
    GeneratorSettings settings = GeneratorSettings.uniform(80, 4, 3, 0.3, 5).withNoise(0.7);
    PipelineSession s = Lesson.session();
    s.setGeneratedDataset(DatasetGenerator.generate(settings), settings, "generated (seed 5)");
    train(s);
    String json =
        SessionFile.toJson(
            SessionFile.capture(s, ThresholdChoice.global(0.5, 3), Optional.empty()));
    assertTrue(json.contains("\"generator\""));
    assertFalse(json.contains("\"features\" : ["), "no rows are listed");

    Path file = dir.resolve("g.mllab.json");
    Files.writeString(file, json);
    PipelineSession fresh = Lesson.session();
    SessionFile.apply(SessionFile.read(file), fresh);

    assertEquals(Optional.of(settings), fresh.generatorSettings());
    assertEquals(s.dataset(), fresh.dataset());
    assertArrayEquals(
        s.predictions().orElseThrow().probabilities()[0],
        fresh.predictions().orElseThrow().probabilities()[0],
        0.0);
  }

  @Test
  void aModelThatDoesNotFitTheDataIsRefusedAndTheSessionStays() {
    PipelineSession s = Lesson.session();
    PipelineSession other = generatedSession();
    Mlp wrong = other.model().orElseThrow();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> s.restoreTraining(wrong, other.history()));
    assertTrue(e.getMessage().contains("5 inputs"), e.getMessage());
    assertTrue(s.model().isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Mlp.of(
                List.of(wrong.layer(0), wrong.layer(1), wrong.layer(2)),
                Activation.RELU,
                OutputActivation.SIGMOID));
  }

  /**
   * The generated session, scaled on its training rows, with a validation part and both options.
   */
  private static PipelineSession validatedSession() {
    PipelineSession s = generatedSession();
    s.setFitScope(FitScope.TRAIN_ONLY);
    s.setValidation(SplitMethod.ITERATIVE_STRATIFICATION, 0.2);
    s.setRunOptions(new RunOptions(4, true));
    train(s);
    return s;
  }

  @Test
  void theValidationPartPosWeightAndEarlyStoppingSurviveARoundTrip() throws Exception {
    // Given a trained session with a stratified 20 % validation part, pos_weight and patience 4
    PipelineSession s = validatedSession();
    Path file = dir.resolve("v.mllab.json");
    SessionFile.save(
        SessionFile.capture(s, ThresholdChoice.global(0.5, 3), Optional.empty()), file);

    // When it is read back and opened in a fresh session without any of them
    State read = SessionFile.read(file);
    PipelineSession fresh = Lesson.session();
    SessionFile.apply(read, fresh);

    // Then the choices are back, the epochs keep their validation loss, and the test rows are
    // scaled as before (the scaler fitted without the validation rows): identical predictions
    assertEquals(SplitMethod.ITERATIVE_STRATIFICATION, read.validationMethod());
    assertEquals(0.2, read.validationFraction());
    assertEquals(new RunOptions(4, true), read.runOptions());
    assertEquals(SplitMethod.ITERATIVE_STRATIFICATION, fresh.validationMethod());
    assertEquals(0.2, fresh.validationFraction());
    assertEquals(new RunOptions(4, true), fresh.runOptions());
    assertTrue(read.history().get(0).hasValidation());
    assertEquals(s.history(), fresh.history());
    double[][] expected = s.predictions().orElseThrow().probabilities();
    double[][] actual = fresh.predictions().orElseThrow().probabilities();
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0);
    }
    // and the next run trains with them
    assertEquals(new RunOptions(4, true), fresh.newTrainingRun().options());
  }

  @Test
  void aFileWrittenBeforeTheValidationPartOpensWithTheDefaults() throws Exception {
    // Given a file as the app wrote it before the validation part and the training options existed
    ObjectMapper json = new ObjectMapper();
    ObjectNode old =
        (ObjectNode)
            json.readTree(
                SessionFile.toJson(
                    SessionFile.capture(
                        generatedSession(), ThresholdChoice.global(0.5, 3), Optional.empty())));
    ((ObjectNode) old.get("split")).remove(List.of("validationMethod", "validationFraction"));
    ((ObjectNode) old.get("training"))
        .remove(List.of("positiveWeighting", "earlyStoppingPatience"));
    old.get("history").forEach(e -> ((ObjectNode) e).remove("validationLoss"));
    assertFalse(old.toString().contains("validation") || old.toString().contains("Weighting"));
    Path file = dir.resolve("old.mllab.json");
    Files.writeString(file, old.toString());

    // When a session with all of them on opens it
    PipelineSession opened = Lesson.session();
    opened.setValidation(SplitMethod.RANDOM, 0.15);
    opened.setRunOptions(new RunOptions(3, true));
    SessionFile.apply(SessionFile.read(file), opened);

    // Then there is no validation part, no early stopping and no pos_weight, and it trains
    assertEquals(0.0, opened.validationFraction());
    assertEquals(RunOptions.NONE, opened.runOptions());
    assertFalse(opened.scaledSplit().hasValidation());
    assertTrue(opened.newTrainingRun().nextEpoch().epoch() == 1);
  }

  @Test
  void optionsThatCouldNotTrainAreRefusedNamingTheField() throws Exception {
    String json =
        SessionFile.toJson(
            SessionFile.capture(
                validatedSession(), ThresholdChoice.global(0.5, 3), Optional.empty()));

    // early stopping without a validation part to watch
    Path noValidation = dir.resolve("no-validation.mllab.json");
    Files.writeString(
        noValidation, json.replace("\"validationFraction\" : 0.2", "\"validationFraction\" : 0"));
    SessionFileException e =
        assertThrows(SessionFileException.class, () -> SessionFile.read(noValidation));
    assertTrue(e.getMessage().contains("training.earlyStoppingPatience"), e.getMessage());

    // pos_weight with softmax outputs
    Path softmax = dir.resolve("softmax.mllab.json");
    Files.writeString(softmax, json.replace("\"SIGMOID\"", "\"SOFTMAX\""));
    e = assertThrows(SessionFileException.class, () -> SessionFile.read(softmax));
    assertTrue(e.getMessage().contains("training.positiveWeighting"), e.getMessage());

    // a validation share out of range
    Path share = dir.resolve("share.mllab.json");
    Files.writeString(
        share, json.replace("\"validationFraction\" : 0.2", "\"validationFraction\" : 1.5"));
    e = assertThrows(SessionFileException.class, () -> SessionFile.read(share));
    assertTrue(e.getMessage().contains("split.validationFraction"), e.getMessage());
  }
}
