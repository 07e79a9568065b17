package mllab.persist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder the user last chose a file in (to open, save or export), so the next file dialog opens
 * there and not in whatever folder the app was started from. Kept as {@value #FILE_NAME} beside the
 * recent files; when there is none yet, or it no longer exists, the user's home folder.
 */
public final class LastFolder {

  public static final String FILE_NAME = "last-folder.txt";

  private final Path configFolder;
  private final Path home;
  private Path remembered;

  /** Remembered in {@code configFolder}; {@code home} is the fallback (the user's home folder). */
  public LastFolder(Path configFolder, Path home) {
    this.configFolder = Objects.requireNonNull(configFolder, "configFolder");
    this.home = Objects.requireNonNull(home, "home");
  }

  /** Remembered in {@code configFolder}, falling back to the {@code user.home} folder. */
  public static LastFolder in(Path configFolder) {
    return new LastFolder(configFolder, Path.of(System.getProperty("user.home", ".")));
  }

  /** Where the next file dialog opens: the last folder if it still exists, else home. */
  public Path folder() {
    if (remembered == null) {
      remembered = read();
    }
    return remembered != null && Files.isDirectory(remembered) ? remembered : home;
  }

  /**
   * Remembers the folder {@code chosen} lies in, for this run; {@link #save} keeps it for the next.
   *
   * @return that folder, or null when {@code chosen} lies in none
   */
  public Path note(Path chosen) {
    Path parent = chosen.toAbsolutePath().normalize().getParent();
    if (parent != null) {
      remembered = parent;
    }
    return parent;
  }

  /**
   * Writes {@code folder} (one {@link #note} returned) for the next start. A folder that cannot be
   * written to keeps it for this run only: the memory saves a few clicks and must never spoil a
   * save or an export.
   */
  public void save(Path folder) {
    try {
      RecentFiles.writeAtomically(configFolder, FILE_NAME, folder.toString());
    } catch (IOException e) {
      // kept in memory (see above)
    }
  }

  private Path read() {
    Path file = configFolder.resolve(FILE_NAME);
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      Path folder = Path.of(Files.readString(file, StandardCharsets.UTF_8).strip());
      // A relative path would mean the folder the app was started from: exactly what is avoided.
      return folder.isAbsolute() ? folder : null;
    } catch (IOException | InvalidPathException e) {
      return null;
    }
  }
}
