package mllab.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import mllab.persist.LastFolder;

/**
 * Every file dialog of the window: each opens in the folder the user last chose a file in (or their
 * home folder), not in the folder the app was started from, and remembers the folder chosen.
 */
public final class FileDialogs {

  /** Shows a prepared chooser; the UI tests stand in for the person choosing a file. */
  public interface Person {
    /** The file chosen in {@code chooser}, or null when the dialog was cancelled. */
    File choose(FileChooser chooser, Window owner, boolean save);
  }

  private final LastFolder lastFolder;

  /** Writes of the last folder, in the background and in the order the folders were chosen. */
  private final InOrder writes;

  private Person person =
      (chooser, owner, save) ->
          save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);

  /** The folder is remembered in {@code lastFolder}, written there through {@code runner}. */
  public FileDialogs(LastFolder lastFolder, BackgroundRunner runner) {
    this.lastFolder = lastFolder;
    this.writes = new InOrder(runner);
  }

  /** For tests: who chooses the files. */
  public void setPerson(Person person) {
    this.person = person;
  }

  /** Asks where to save, suggesting {@code fileName}; empty when cancelled. */
  public Optional<Path> save(
      Window owner, String title, String fileName, List<FileChooser.ExtensionFilter> filters) {
    FileChooser chooser = chooser(title, filters);
    chooser.setInitialFileName(fileName);
    return show(chooser, owner, true);
  }

  /** Asks for a file to open; empty when cancelled. */
  public Optional<Path> open(
      Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
    return show(chooser(title, filters), owner, false);
  }

  private FileChooser chooser(String title, List<FileChooser.ExtensionFilter> filters) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().addAll(filters);
    chooser.setInitialDirectory(lastFolder.folder().toFile());
    return chooser;
  }

  private Optional<Path> show(FileChooser chooser, Window owner, boolean save) {
    File f = person.choose(chooser, owner, save);
    if (f == null) {
      return Optional.empty();
    }
    Path folder = lastFolder.note(f.toPath());
    if (folder != null) {
      writes.run(
          () -> {
            lastFolder.save(folder);
            return folder;
          },
          done -> {},
          failure -> {});
    }
    return Optional.of(f.toPath());
  }

  /** The name of the folder {@code file} is in ("Documents"; the whole path for a root folder). */
  public static String folderName(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null) {
      return "";
    }
    return parent.getFileName() == null ? parent.toString() : parent.getFileName().toString();
  }
}
