package mllab.persist;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import mllab.data.Dataset;
import mllab.data.GeneratorSettings;
import mllab.lesson.Lesson;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.pipeline.ThresholdState;
import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import mllab.text.Text;

/**
 * A saved session: everything needed to put the app back where it was — the dataset, the split, the
 * validation part, the scaler's fit scope, the training settings (with early stopping and
 * pos_weight), the trained weights with their epoch history, the Evaluation thresholds and the step
 * shown — as one JSON file an instructor can hand to students. Files written before a field existed
 * read with that field's default (no validation part, no early stopping, no pos_weight).
 *
 * <p>The bundled dataset is saved by name, a generated one by its generator settings (the generator
 * is deterministic); any other dataset is embedded row by row, so the file is self-contained.
 * Numbers are written in Java's shortest round-trip form (non-finite ones as the strings {@code
 * "NaN"}, {@code "Infinity"}), so weights read back bit for bit and the Evaluation step shows
 * exactly the predictions that were saved — without retraining.
 *
 * <p>Reading validates everything (shapes, names, settings, that the weights fit the data) before
 * anything changes, so a damaged file leaves the current session as it was.
 *
 * <p>The file's objects are the records in {@link SessionJson}; {@link SessionBinding} binds them
 * strictly (nothing coerced) and {@link SessionValidator} checks them and names the place of the
 * first bad value.
 */
public final class SessionFile {

  /** The value of the {@code format} field that marks a Multi-Label Lab session. */
  public static final String FORMAT = "mllab-session";

  public static final int VERSION = 1;

  /** The file name extension the app proposes. */
  public static final String EXTENSION = "mllab.json";

  /**
   * The Evaluation thresholds: {@code values} has one per label; in global mode they are all the
   * same.
   */
  public record ThresholdChoice(
      boolean perLabel, double[] values, ThresholdState.Tuning tuning, double global) {
    public ThresholdChoice {
      values = values.clone();
      java.util.Objects.requireNonNull(tuning, "tuning");
    }

    public ThresholdChoice(boolean perLabel, double[] values) {
      this(
          perLabel,
          values,
          ThresholdState.Tuning.NONE,
          values.length == 0 ? ThresholdState.DEFAULT : values[0]);
    }

    /**
     * The pipeline's rule as it is saved: every value exactly, how it was chosen, and the main
     * slider's value (in per-label mode it is what switching per-label off goes back to).
     */
    public static ThresholdChoice of(ThresholdState state) {
      return new ThresholdChoice(state.perLabel(), state.values(), state.tuning(), state.global());
    }

    /** The rule this choice puts back in force, bit for bit. */
    public ThresholdState toState() {
      return ThresholdState.restored(perLabel, values, tuning, global);
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    public static ThresholdChoice global(double threshold, int labels) {
      double[] v = new double[labels];
      java.util.Arrays.fill(v, threshold);
      return new ThresholdChoice(false, v);
    }
  }

  /**
   * Everything a session file holds.
   *
   * @param bundled whether the dataset is the bundled lesson dataset (saved by name only)
   * @param generator the settings a generated dataset was made with (saved instead of its rows)
   * @param test the test file of a dataset that came as train and test
   * @param validationFraction the share of the training rows held out for validation, 0 for none
   * @param runOptions early stopping and positive weighting for training
   * @param model the trained network, or empty if nothing was trained
   * @param step the step shown, or empty for a screen that is not a step (Learn)
   */
  public record State(
      boolean bundled,
      Optional<GeneratorSettings> generator,
      Dataset dataset,
      Optional<Dataset> test,
      String source,
      SplitMethod splitMethod,
      double testFraction,
      long splitSeed,
      SplitMethod validationMethod,
      double validationFraction,
      FitScope fitScope,
      TrainingConfig trainingConfig,
      RunOptions runOptions,
      Optional<Mlp> model,
      List<EpochReport> history,
      ThresholdChoice thresholds,
      Optional<Step> step) {

    public State {
      history = List.copyOf(history);
    }
  }

  /** A file that is not a readable session; the message names the file and what is wrong. */
  public static final class SessionFileException extends IOException {
    private final transient Path file;

    SessionFileException(Path file, String problem, Throwable cause) {
      super(Text.get("engine.pipeline.session.cannotOpen", file.getFileName(), problem), cause);
      this.file = file;
    }

    public Path file() {
      return file;
    }
  }

  private SessionFile() {}

  /** What {@code session} holds now, with the UI's thresholds and step. */
  public static State capture(
      PipelineSession session, ThresholdChoice thresholds, Optional<Step> step) {
    boolean bundled =
        Lesson.DATASET_FILE.equals(session.source())
            && session.predefinedTest().isEmpty()
            && session.dataset().equals(Lesson.dataset());
    return new State(
        bundled,
        bundled ? Optional.empty() : session.generatorSettings(),
        session.dataset(),
        session.predefinedTest(),
        session.source(),
        session.splitMethod(),
        session.testFraction(),
        session.splitSeed(),
        session.validationMethod(),
        session.validationFraction(),
        session.fitScope(),
        session.trainingConfig(),
        session.runOptions(),
        session.model(),
        session.history(),
        thresholds,
        step);
  }

  /**
   * Puts {@code state} into {@code session}: dataset, split, validation part, scaling, settings,
   * then the trained model (predictions are recomputed from the saved weights, not retrained; the
   * validation part comes first because the scaler is fitted without its rows).
   */
  public static void apply(State state, PipelineSession session) {
    applyChoices(state, session);
    state.model().ifPresent(m -> session.restoreTraining(m, state.history()));
    session.setThresholdState(state.thresholds().toState());
  }

  /**
   * A session holding {@code state} with every result computed: statistics, split, scaling, and the
   * saved model's predictions. All of it is computed on the calling thread (a worker), for the
   * window to swap in with {@link PipelineSession#adopt}.
   */
  public static PipelineSession prepared(State state) {
    PipelineSession s = new PipelineSession(state.dataset(), state.source());
    applyChoices(state, s);
    s.prepareUpstream();
    state.model().ifPresent(m -> s.restoreTraining(m, state.history()));
    s.setThresholdState(state.thresholds().toState());
    return s;
  }

  private static void applyChoices(State state, PipelineSession session) {
    if (state.generator().isPresent()) {
      session.setGeneratedDataset(state.dataset(), state.generator().get(), state.source());
    } else {
      session.setDataset(state.dataset(), state.test(), state.source());
    }
    if (state.test().isEmpty()) {
      session.setSplit(state.splitMethod(), state.testFraction(), state.splitSeed());
    }
    session.setValidation(state.validationMethod(), state.validationFraction());
    session.setFitScope(state.fitScope());
    session.setTraining(state.trainingConfig(), state.runOptions());
  }

  // ---- writing ----------------------------------------------------------------------------------

  /** Writes {@code state} to {@code file} atomically: a temporary file beside it, then a move. */
  public static void save(State state, Path file) throws IOException {
    byte[] bytes = toJson(state).getBytes(StandardCharsets.UTF_8);
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // Same folder: a rename is atomic only within one file system.
    Path temp = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The JSON text of {@code state}. */
  public static String toJson(State state) {
    try {
      return Json.mapper().writeValueAsString(SessionJson.of(state));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of plain values always serialise", e);
    }
  }

  // ---- reading ----------------------------------------------------------------------------------

  /**
   * Reads and checks a session file.
   *
   * @throws SessionFileException naming the file and what is wrong (for broken JSON, the line)
   * @throws IOException if the file cannot be read at all
   */
  public static State read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    SessionBinding.Bound bound;
    try {
      bound = SessionBinding.bind(text);
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
      throw new SessionFileException(
          file, Text.get("engine.pipeline.session.badJson", line, e.getOriginalMessage()), e);
    }
    try {
      return SessionValidator.validate(bound);
    } catch (SessionChecks.Bad | IllegalArgumentException e) {
      throw new SessionFileException(file, e.getMessage(), e);
    }
  }
}
