package mllab.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.kordamp.ikonli.FontLoader;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/**
 * Loads the icon font the app draws with at once and Ikonli's other fonts later. On its first icon
 * Ikonli loads the font of every icon pack on the class path: Material's filled, outlined, round
 * and sharp fonts and its own, five font files parsed on the FX thread before the window's first
 * frame, though only the filled one ({@code Material2AL}, {@code Material2MZ}) is used. Installed
 * before the first icon is made, this loader loads that one and leaves the others for {@link
 * #loadTheRest}, once the window is on screen, so that an icon of another pack still draws.
 */
public final class IconFonts implements FontLoader {

  /** The family of Material's filled icons, the ones the app uses. */
  static final String USED_FAMILY = "Material Icons";

  private static final List<IkonHandler> LATER = new ArrayList<>();
  private static boolean installed;

  private IconFonts() {}

  /**
   * Makes this the loader of Ikonli's fonts; no effect once an icon has been made (Ikonli keeps the
   * loader its first icon found).
   */
  public static synchronized void install() {
    if (!installed) {
      installed = true;
      IkonResolverProvider.getInstance(new IconFonts());
    }
  }

  /** Loads, on a background thread, the fonts of the icon packs the first frame did not need. */
  public static void loadTheRest() {
    List<IkonHandler> rest;
    synchronized (IconFonts.class) {
      rest = new ArrayList<>(LATER);
      LATER.clear();
    }
    if (rest.isEmpty()) {
      return;
    }
    Thread loader =
        new Thread(
            () -> rest.forEach(JavaFXFontLoader.getInstance()::loadFont), "mllab-icon-fonts");
    loader.setDaemon(true);
    loader.start();
  }

  @Override
  public void loadFont(IkonHandler handler) {
    if (USED_FAMILY.equals(handler.getFontFamily())) {
      JavaFXFontLoader.getInstance().loadFont(handler);
    } else {
      synchronized (IconFonts.class) {
        LATER.add(handler);
      }
    }
  }
}
