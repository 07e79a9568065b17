package mllab.ui.shell;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import mllab.ui.common.FxBackgroundRunner;

/**
 * macOS hands files to a running app as an "open files" event (a file double-clicked, chosen with
 * "Open with", or dropped on the dock icon), not as program arguments. The handler has to be
 * installed before the toolkit starts, so files can arrive before there is a window: they wait here
 * until {@link #deliverTo} names where they go. Elsewhere this does nothing; Windows and Linux pass
 * such files as arguments. Not tested on a Mac.
 */
public final class DesktopOpenFiles {

  private static final List<Path> WAITING = new ArrayList<>();
  private static Consumer<Path> target;

  private DesktopOpenFiles() {}

  /** On macOS, starts listening for open-file events; call before the JavaFX toolkit starts. */
  public static void listen() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")
        || !Desktop.isDesktopSupported()
        || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
      return;
    }
    Desktop.getDesktop()
        .setOpenFileHandler(
            e -> {
              for (File f : e.getFiles()) {
                arrived(f.toPath());
              }
            });
  }

  /**
   * From now on, each file (and each that arrived earlier) goes to {@code open} on the FX thread.
   */
  public static synchronized void deliverTo(Consumer<Path> open) {
    target = open;
    WAITING.forEach(p -> FxBackgroundRunner.later(() -> open.accept(p)));
    WAITING.clear();
  }

  private static synchronized void arrived(Path file) {
    if (target == null) {
      WAITING.add(file);
    } else {
      Consumer<Path> open = target;
      FxBackgroundRunner.later(() -> open.accept(file));
    }
  }
}
