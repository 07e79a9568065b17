package mllab;

/**
 * Plain entry point for {@code java -jar} and {@code java -cp}: a main class that is not an {@code
 * Application} subclass lets the JavaFX runtime load from the class path. Arguments: an optional
 * dataset or session file to open (see {@link mllab.persist.LaunchFile}).
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    // macOS delivers files opened from outside as events, which must be listened for this early.
    mllab.ui.shell.DesktopOpenFiles.listen();
    App.main(args);
  }
}
