package mllab.ui.shell;

import javafx.scene.Scene;
import mllab.persist.LaunchFile;
import mllab.ui.common.AfterFirstLayout;

/**
 * Opens a file handed to the app from outside (command line, file association, macOS open-file
 * event) in a window: a dataset in the import dialog, a session as a session. It waits until the
 * window's first frame has been drawn and its menus are made, so the error dialogs are in place and
 * the window appears as fast as without a file.
 */
public final class OpenFromOutside {

  private OpenFromOutside() {}

  /** Opens {@code file} in {@code window}, whose {@code scene} {@link MainWindow#show} returned. */
  public static void open(MainWindow window, Scene scene, LaunchFile file) {
    AfterFirstLayout.run(
        scene.getRoot(),
        () -> {
          switch (file.kind()) {
            case DATASET -> window.datasetMenu().open(file.path());
            case SESSION -> window.sessions().open(file.path());
          }
        });
  }
}
