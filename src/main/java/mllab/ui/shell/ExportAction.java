package mllab.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import mllab.eval.Thresholds;
import mllab.export.Export;
import mllab.text.Text;
import mllab.ui.common.FileDialogs;
import mllab.ui.common.Notice;
import mllab.ui.common.SessionModel;

/**
 * File → Export: asks where (in the folder last used), writes in the background, then confirms in
 * the status bar which file was written where; a failure is shown in a dialog naming the file.
 */
final class ExportAction {

  private final SessionModel session;
  private final Supplier<Thresholds> thresholds;
  private final FileDialogs files;
  private final Notice notice;
  private final Supplier<Window> owner;

  ExportAction(
      SessionModel session,
      Supplier<Thresholds> thresholds,
      FileDialogs files,
      Notice notice,
      Supplier<Window> owner) {
    this.session = session;
    this.thresholds = thresholds;
    this.files = files;
    this.notice = notice;
    this.owner = owner;
  }

  /** Asks for a file for {@code kind}, then writes it. */
  void choose(Export kind) {
    files.save(owner.get(), Text.get("shell.export.title", kind.title()), kind.defaultFileName(), List.of())
        .ifPresent(file -> export(kind, file));
  }

  /** Writes {@code kind} to {@code file} in the background; a failure is shown, nothing is lost. */
  void export(Export kind, Path file) {
    Thresholds t = thresholds.get();
    Export.Snapshot snapshot = Export.Snapshot.of(session.session());
    session.runner()
        .run(
            () -> {
              kind.write(snapshot, t, file);
              return file;
            },
            done -> notice.show(written(kind.title(), file)),
            error -> ExportFailure.show(owner.get(), String.valueOf(file.getFileName()), error));
  }

  /** "Exported Predictions (CSV) as predictions.csv in Documents". */
  static String written(String what, Path file) {
    return Text.get("shell.notice.exported", what, String.valueOf(file.getFileName()), FileDialogs.folderName(file));
  }
}
