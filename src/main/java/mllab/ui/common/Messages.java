package mllab.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

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
      return name(f) + " does not exist (any more); choose another file.";
    }
    if (e instanceof AccessDeniedException f) {
      return name(f) + " may not be read or written here; choose another folder or file.";
    }
    if (e instanceof FileSystemException f) {
      return name(f) + " could not be used" + (f.getReason() == null ? "" : ": " + f.getReason())
          + ". Check the disk and the folder's permissions.";
    }
    LOG.log(Level.INFO, "shown to the user", e);
    if (e instanceof IOException) {
      return "The file could not be read or written"
          + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
          + ". Check that it exists and that you may use it.";
    }
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return e.getMessage();
    }
    return "An internal error happened; the details were written to the log.";
  }

  private static String name(FileSystemException f) {
    return f.getFile() == null ? "The file" : String.valueOf(Path.of(f.getFile()).getFileName());
  }
}
