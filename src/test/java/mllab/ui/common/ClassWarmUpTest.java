package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The list of classes loaded ahead off the FX thread still names this build's classes: a list left
 * behind by renames would quietly load nothing, and the FX thread would read those classes itself
 * in the middle of a frame again. Remake it with {@code mllab.tools.ClassesAhead} when this fails.
 */
class ClassWarmUpTest {

  @Test
  void nearlyEveryListedClassIsFoundAndLoaded() throws IOException {
    long listed;
    try (InputStream in = ClassWarmUp.class.getResourceAsStream(ClassWarmUp.LIST)) {
      assertTrue(in != null, "no " + ClassWarmUp.LIST + " beside ClassWarmUp");
      listed =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .count();
    }

    int found = ClassWarmUp.loadListed();

    assertTrue(listed > 500, listed + " classes listed");
    assertTrue(found >= 0.95 * listed, found + " of " + listed + " listed classes found");
  }
}
