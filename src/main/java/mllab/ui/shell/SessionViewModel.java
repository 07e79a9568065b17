package mllab.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mllab.persist.RecentFiles;
import mllab.persist.SessionFile;
import mllab.persist.SessionFile.State;
import mllab.persist.SessionFile.ThresholdChoice;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.common.FileDialogs;
import mllab.ui.common.InOrder;
import mllab.ui.common.Messages;
import mllab.ui.common.SessionModel;

/**
 * Saving and opening sessions, and the "recent files" list. Files are written and read in the
 * background; a session is applied only after it was read and checked in full, so a damaged file
 * changes nothing and is reported through {@link #errorProperty()} with the file's name and what is
 * wrong.
 */
public final class SessionViewModel {

  private final SessionModel session;
  private final RecentFiles recentFiles;
  private final Supplier<ThresholdChoice> thresholds;
  private final Supplier<Optional<Step>> shownStep;
  private final Consumer<State> onOpened;
  private Consumer<Path> onOpenDataset = p -> {};
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private boolean lastFailedSave;
  private final ObservableList<RecentFiles.Entry> recent = FXCollections.observableArrayList();
  private final ObservableList<RecentFiles.Entry> recentView =
      FXCollections.unmodifiableObservableList(recent);

  /** Reads and writes of the list, in the background and one after another. */
  private final InOrder listWrites;

  /**
   * @param thresholds the Evaluation thresholds now shown, saved with the session
   * @param shownStep the step now shown (empty for Learn)
   * @param onOpened told, on the FX thread, after an opened session was applied to the pipeline, so
   *     the window can restore the thresholds and the step
   */
  public SessionViewModel(
      SessionModel session,
      RecentFiles recentFiles,
      Supplier<ThresholdChoice> thresholds,
      Supplier<Optional<Step>> shownStep,
      Consumer<State> onOpened) {
    this.session = session;
    this.recentFiles = recentFiles;
    this.thresholds = thresholds;
    this.shownStep = shownStep;
    this.onOpened = onOpened;
    this.listWrites = new InOrder(session.runner());
    // In the background: reading the list loads the JSON library, which start-up need not wait for.
    // In line with the writes, so that a file remembered meanwhile is never overwritten by it.
    listWrites.run(recentFiles::load, recent::setAll, error -> {});
  }

  /** How a recent dataset is opened (the dataset menu's reader); nothing by default. */
  public void setOnOpenDataset(Consumer<Path> action) {
    this.onOpenDataset = action;
  }

  /** The last error, empty after a success. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Whether the last error came from saving (otherwise from opening). */
  public boolean lastFailedSave() {
    return lastFailedSave;
  }

  /** The last outcome ("Saved week3.mllab.json"). */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The recent sessions and datasets, newest first. */
  public ObservableList<RecentFiles.Entry> recent() {
    return recentView;
  }

  /** Saves everything shown now to {@code file} (atomically, in the background). */
  public void save(Path file) {
    State state = SessionFile.capture(session.session(), thresholds.get(), shownStep.get());
    error.set("");
    session
        .runner()
        .run(
            () -> {
              SessionFile.save(state, file);
              return file;
            },
            done -> {
              status.set(""); // saving the same file twice confirms twice
              status.set(
                  Text.get(
                      "shell.session.saved",
                      String.valueOf(file.getFileName()),
                      FileDialogs.folderName(file)));
              remember(RecentFiles.Kind.SESSION, file);
            },
            t ->
                fail(
                    true,
                    Text.get(
                        "shell.session.saveFailed",
                        String.valueOf(file.getFileName()),
                        Messages.explain(t))));
  }

  /** Opens the session in {@code file}; if it cannot be read, the current state stays. */
  public void open(Path file) {
    error.set("");
    session
        .runner()
        .run(
            () -> {
              SessionFile.State state = SessionFile.read(file);
              // Split, scaling and the saved model's predictions computed here, off the FX thread.
              return java.util.Map.entry(state, SessionFile.prepared(state));
            },
            opened -> {
              SessionFile.State state = opened.getKey();
              session.session().adopt(opened.getValue());
              // Cleared first, so that opening the same file again is announced again.
              status.set("");
              status.set(Text.get("shell.session.opened", String.valueOf(file.getFileName())));
              remember(RecentFiles.Kind.SESSION, file);
              onOpened.accept(state);
            },
            t ->
                fail(
                    false,
                    Text.get(
                        "shell.session.openFailed",
                        t instanceof SessionFile.SessionFileException
                            ? t.getMessage()
                            : Text.get(
                                "shell.session.openProblem",
                                String.valueOf(file.getFileName()),
                                Messages.explain(t)))));
  }

  private void fail(boolean saving, String message) {
    lastFailedSave = saving;
    error.set(message);
  }

  /** Opens a recent entry the way it was opened before. */
  public void openRecent(RecentFiles.Entry entry) {
    if (entry.kind() == RecentFiles.Kind.SESSION) {
      open(entry.path());
    } else {
      onOpenDataset.accept(entry.path());
    }
  }

  /** Puts a dataset file the user opened on the recent list. */
  public void rememberDataset(Path file) {
    remember(RecentFiles.Kind.DATASET, file);
  }

  /** Puts {@code file} on the list; the file is written in the background, in turn. */
  private void remember(RecentFiles.Kind kind, Path file) {
    listWrites.run(
        () -> recentFiles.add(kind, file),
        recent::setAll,
        // The list only saves clicks: a config folder we cannot write must not spoil a save or
        // open.
        e -> listWrites.run(recentFiles::load, recent::setAll, again -> {}));
  }
}
