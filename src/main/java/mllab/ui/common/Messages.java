package mllab.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import mllab.text.Text;

/**
 * Turns an exception into a sentence for the user: the engine's own messages as they are (they
 * already name the file, line or value and what to do), file-system errors in plain words, and
 * never a Java class name. The full exception goes to the log.
 */
public final class Messages {

  private static final Logger LOG = Logger.getLogger("mllab");

  private Messages() {}

  public static String explain(Throwable t) {
    Throwable e = t instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : t;
    if (e instanceof NoSuchFileException f) {
      return Text.get("common.error.noSuchFile", name(f));
    }
    if (e instanceof AccessDeniedException f) {
      return Text.get("common.error.accessDenied", name(f));
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() == null
          ? Text.get("common.error.fileSystem", name(f))
          : Text.get("common.error.fileSystemReason", name(f), f.getReason());
    }
    LOG.log(Level.INFO, "shown to the user", e);
    if (e instanceof IOException) {
      return e.getMessage() == null
          ? Text.get("common.error.io")
          : Text.get("common.error.ioReason", e.getMessage());
    }
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return e.getMessage();
    }
    return Text.get("common.error.internal");
  }

  private static String name(FileSystemException f) {
    return f.getFile() == null
        ? Text.get("common.error.theFile")
        : String.valueOf(Path.of(f.getFile()).getFileName());
  }
}
