package mllab.persist;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file the app was asked to open from outside: a path on the command line, a file the desktop
 * hands over through a file association ("Open with"), or, on macOS, a file dropped on the dock
 * icon. A session file ({@code .json}, the app proposes {@code .mllab.json}) opens as a session;
 * anything else is read as a dataset and shown in the import dialog, whose reader names the file
 * and what is wrong if it is not one.
 *
 * @param path the file, as given (it may not exist: opening it then says so)
 * @param kind how the app opens it
 */
public record LaunchFile(Path path, Kind kind) {

  /** How a file from outside is opened. */
  public enum Kind {
    /** Read as a dataset and shown in the import dialog before anything changes. */
    DATASET,
    /** Opened as a saved session: dataset, settings, weights, thresholds and step. */
    SESSION
  }

  /** The file {@code path} names, opened by its name's extension. */
  public static LaunchFile of(Path path) {
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    return new LaunchFile(path, name.endsWith(".json") ? Kind.SESSION : Kind.DATASET);
  }

  /**
   * The first file among a program's arguments: a plain path or a {@code file:} URI (desktop
   * launchers may pass either); options ({@code -x}, {@code --name=value}) are skipped. Only the
   * first file is opened, because the window opens one dataset or session at a time.
   */
  public static Optional<LaunchFile> fromArguments(List<String> args) {
    return args.stream()
        .filter(a -> !a.isBlank() && !a.startsWith("-"))
        .findFirst()
        .map(a -> of(a.startsWith("file:") ? Path.of(URI.create(a)) : Path.of(a)));
  }
}
