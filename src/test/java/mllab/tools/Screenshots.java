package mllab.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
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
    CountDownLatch done = new CountDownLatch(1);
    Exception[] failure = new Exception[1];
    Platform.runLater(
        () -> {
          try {
            Scene scene = stage.getScene();
            WritableImage image = scene.snapshot(null);
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
