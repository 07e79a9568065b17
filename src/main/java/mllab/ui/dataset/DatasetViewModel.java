package mllab.ui.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.data.io.DatasetFormatException;
import mllab.data.io.DatasetReader;
import mllab.data.io.LoadedData;
import mllab.data.io.ReadOptions;
import mllab.lesson.Lesson;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;

/**
 * Changing the dataset: the bundled one, a generated one, or a file the user opens. Reading and
 * generating run in the background; a failure leaves the current dataset untouched and is reported
 * through {@link #errorProperty()} with the reader's message (file, line, what to do).
 */
public final class DatasetViewModel {

  private final SessionModel session;
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final javafx.beans.property.ReadOnlyDoubleWrapper progress =
      new javafx.beans.property.ReadOnlyDoubleWrapper(-1);

  /** How much of the file has been read (0–1), or -1 when unknown. */
  public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public DatasetViewModel(SessionModel session) {
    this.session = session;
  }

  /** The last error's message, empty after a success. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** What is happening ("Reading yeast-train.arff…"), or the last outcome. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Restores the bundled lesson dataset. */
  public void loadBundled() {
    run(
        Text.get("dataset.status.readingBundled", Lesson.DATASET_FILE),
        () ->
            new LoadedData(
                Lesson.dataset(), Optional.empty(), java.util.List.of(), Lesson.DATASET_FILE));
  }

  /**
   * Generates a synthetic dataset in the background and makes it current; the session remembers the
   * settings, so a saved session can make the same dataset again.
   */
  public void generate(GeneratorSettings settings) {
    busy.set(true);
    error.set("");
    status.set(Text.get("dataset.status.generating", mllab.text.Decimals.count(settings.rows())));
    job =
        session
            .runner()
            .run(
                () -> {
                  Dataset d = DatasetGenerator.generate(settings);
                  return new Prepared(d, prepare(d, Optional.empty()));
                },
                p -> {
                  busy.set(false);
                  String source =
                      Text.get("dataset.source.generated", String.valueOf(settings.seed()));
                  session
                      .session()
                      .setGeneratedDataset(p.dataset(), settings, source, p.upstream());
                  status.set(Text.get("dataset.status.loaded", source, p.dataset().shape()));
                },
                this::fail);
  }

  /** A generated dataset with the results of steps 1–3 for it. */
  private record Prepared(Dataset dataset, mllab.pipeline.Upstream upstream) {}

  /**
   * Statistics, split and scaling of a dataset that is not current yet, with the session's choices;
   * on a worker, while the current dataset stays in use.
   */
  private mllab.pipeline.Upstream prepare(Dataset d, Optional<Dataset> test) {
    mllab.pipeline.Upstream.Inputs in = session.session().inputsFor(d, test);
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException();
    }
    return mllab.pipeline.Upstream.compute(in);
  }

  /** The job running now (reading, generating or preparing), to stop it. */
  private BackgroundRunner.Cancellable job = () -> {};

  /**
   * Stops what is running (reading, generating or preparing a dataset): its result is dropped and
   * the current dataset stays.
   */
  public void cancel() {
    if (!busy.get()) {
      return;
    }
    job.cancel();
    job = () -> {};
    busy.set(false);
    progress.set(-1);
    status.set(Text.get("dataset.status.stopped"));
  }

  private java.util.function.Consumer<Path> onFileApplied = p -> {};

  /** Told the file (the first of a pair) each time a dataset read from a file becomes current. */
  public void setOnFileApplied(java.util.function.Consumer<Path> listener) {
    this.onFileApplied = listener == null ? p -> {} : listener;
  }

  /** Makes {@code data}, read from {@code file}, the current dataset and remembers the file. */
  public void apply(LoadedData data, Path file) {
    apply(data);
    onFileApplied.accept(file);
  }

  /**
   * Computes the statistics, split and scaling of {@code data} in the background, then makes it the
   * current dataset complete (and remembers {@code file}) and calls {@code onApplied}; until then,
   * and if it is {@link #cancel}led, the current dataset stays in use.
   */
  public void applyInBackground(LoadedData data, Path file, Runnable onApplied) {
    busy.set(true);
    error.set("");
    progress.set(-1);
    status.set(Text.get("dataset.status.preparing", data.source()));
    job =
        session
            .runner()
            .run(
                () -> prepare(data.train(), data.test()),
                upstream -> {
                  busy.set(false);
                  session.session().setDataset(data.train(), data.test(), data.source(), upstream);
                  announceLoaded(data);
                  onFileApplied.accept(file);
                  onApplied.run();
                },
                this::fail);
  }

  /**
   * Reads {@code file} (and {@code test}, a second file whose split is kept) in the background,
   * then hands the result to {@code onRead} on the FX thread; nothing changes until the caller
   * {@link #apply}s it.
   */
  public void read(
      Path file,
      Optional<Path> test,
      ReadOptions options,
      java.util.function.Consumer<LoadedData> onRead) {
    read(file, test, options, d -> d, onRead, t -> false);
  }

  /** A file's source name and what was computed from its data. */
  private record Read<T>(String source, T result) {}

  /**
   * As {@link #read(Path, Optional, ReadOptions, java.util.function.Consumer)}; {@code handled} may
   * take care of a failure itself (returns true), otherwise it is reported as an error. With {@code
   * summarise}, {@code onRead} gets what it computes from the data, on the same worker.
   */
  public <T> void read(
      Path file,
      Optional<Path> test,
      ReadOptions options,
      java.util.function.Function<LoadedData, T> summarise,
      java.util.function.Consumer<T> onRead,
      java.util.function.Predicate<Throwable> handled) {
    busy.set(true);
    error.set("");
    progress.set(-1);
    status.set(Text.get("dataset.status.reading", String.valueOf(file.getFileName())));
    ReadOptions withProgress =
        options.withProgress(
            (read, total) ->
                session.runner().post(() -> progress.set(total > 0 ? read / (double) total : -1)));
    job =
        session
            .runner()
            .run(
                () -> {
                  LoadedData data =
                      DatasetReader.requireSplittable(
                          test.isPresent()
                              ? DatasetReader.readTrainTest(file, test.get(), withProgress)
                              : DatasetReader.read(file, withProgress));
                  if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException();
                  }
                  return new Read<>(data.source(), summarise.apply(data));
                },
                read -> {
                  busy.set(false);
                  status.set(Text.get("dataset.status.read", read.source()));
                  onRead.accept(read.result());
                },
                t -> {
                  if (handled.test(t)) {
                    busy.set(false);
                    status.set("");
                  } else {
                    fail(t);
                  }
                });
  }

  /** Makes {@code data} the current dataset (every step recomputes). */
  public void apply(LoadedData data) {
    session.session().setDataset(data.train(), data.test(), data.source());
    announceLoaded(data);
  }

  private void announceLoaded(LoadedData data) {
    String loaded =
        data.test()
            .map(
                t ->
                    Text.get(
                        "dataset.status.loadedWithTest",
                        data.source(),
                        data.train().shape(),
                        mllab.text.Decimals.count(t.rows())))
            .orElseGet(
                () -> Text.get("dataset.status.loaded", data.source(), data.train().shape()));
    status.set(
        data.warnings().isEmpty()
            ? loaded
            : data.warnings().size() == 1
                ? Text.get("dataset.status.withWarnings", loaded, data.warnings().get(0))
                // A wide file may warn about dozens of labels: the status line counts them (the
                // import dialog listed them).
                : Text.get(
                    "dataset.status.withWarnings",
                    loaded,
                    Text.get("dataset.status.warnings", String.valueOf(data.warnings().size()))));
  }

  /** Whether {@code t} says the file has missing values the user can choose to drop or fill. */
  public static boolean isMissingValues(Throwable t) {
    return t instanceof DatasetFormatException e && e.isMissingValues();
  }

  /** The test file beside a MULAN-style train file ({@code x-train.arff} → {@code x-test.arff}). */
  public static Optional<Path> companionTestFile(Path file) {
    String name = file.getFileName().toString();
    int i = name.lastIndexOf("-train.");
    if (i < 0) {
      i = name.lastIndexOf("_train.");
    }
    if (i < 0) {
      return Optional.empty();
    }
    Path test = file.resolveSibling(name.substring(0, i + 1) + "test" + name.substring(i + 6));
    return Files.isRegularFile(test) ? Optional.of(test) : Optional.empty();
  }

  private interface Work {
    LoadedData get() throws Exception;
  }

  private void run(String message, Work work) {
    busy.set(true);
    error.set("");
    status.set(message);
    job =
        session
            .runner()
            .run(
                work::get,
                data -> {
                  busy.set(false);
                  apply(data);
                },
                this::fail);
  }

  private void fail(Throwable t) {
    busy.set(false);
    String message = mllab.ui.common.Messages.explain(t);
    status.set(Text.get("dataset.status.unchanged"));
    error.set(message);
  }

  /**
   * Shows {@code message} in the window's status line, for what changed the data from elsewhere (an
   * opened session replaces the dataset without this model reading a file).
   */
  public void announce(String message) {
    status.set(message);
  }
}
