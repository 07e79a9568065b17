package mllab.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Writes a PNG of a real window's scene. Run from the screenshot script under Xvfb (see
 * docs/screenshots.md); not part of the test suite.
 */
public final class Screenshots {

  private Screenshots() {}

  /** Snapshots {@code stage}'s scene on the FX thread into {@code file}. */
  public static void save(Stage stage, Path file) throws Exception {
    write(() -> stage.getScene().snapshot(null), file);
  }

  /**
   * Snapshots the whole content of the scroll pane {@code scrollId} (the full screen, also what is
   * scrolled out of view) into {@code file}.
   */
  public static void savePage(Stage stage, String scrollId, Path file) throws Exception {
    write(
        () -> {
          javafx.scene.control.ScrollPane scroll =
              (javafx.scene.control.ScrollPane) stage.getScene().lookup(scrollId);
          javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
          // On the window's own background colour (the theme's), which the content does not paint.
          if (stage.getScene().getRoot() instanceof javafx.scene.layout.Region root
              && root.getBackground() != null
              && !root.getBackground().getFills().isEmpty()) {
            p.setFill(root.getBackground().getFills().get(0).getFill());
          }
          return scroll.getContent().snapshot(p, null);
        },
        file);
  }

  private static void write(java.util.function.Supplier<WritableImage> shot, Path file)
      throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    Exception[] failure = new Exception[1];
    Platform.runLater(
        () -> {
          try {
            WritableImage image = shot.get();
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
          } catch (IOException | RuntimeException e) {
            failure[0] = e;
          } finally {
            done.countDown();
          }
        });
    if (!done.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("snapshot of " + file + " timed out");
    }
    if (failure[0] != null) {
      throw failure[0];
    }
  }
}
