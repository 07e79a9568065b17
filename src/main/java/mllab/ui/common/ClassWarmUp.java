package mllab.ui.common;

/**
 * Loads and links JavaFX classes that a window will need later (a dialog's table, list and combo
 * box skins and behaviours), on a background thread, so that the FX thread does not read and verify
 * them while it draws that window's first frame. Classes are not initialised here: their static
 * initialisers (CSS pseudo-classes, style metadata) still run on the FX thread when first used.
 */
public final class ClassWarmUp {

  /** Nested classes tried per class ({@code Outer$1}, {@code Outer$2}, …) before giving up. */
  private static final int MAX_ANONYMOUS = 40;

  /** The classes a tour of the window made the FX thread load, one name per line. */
  static final String LIST = "classes-ahead.txt";

  /** {@link #loadListed} has run to its end. */
  private static volatile boolean listedLoaded;

  private ClassWarmUp() {}

  /** Whether {@link #loadListed} has run to its end (for tools that wait for a ready window). */
  public static boolean listedLoaded() {
    return listedLoaded;
  }

  /**
   * Loads and links the classes listed in {@link #LIST} (made by {@code mllab.tools.ClassesAhead}):
   * what the FX thread would otherwise read and verify itself the first time a step, the import
   * dialog, a chart or a run needs them, in the middle of drawing a frame. A name this build lacks
   * (the list is older than a rename) is skipped. Returns how many of the listed classes were
   * found.
   */
  public static int loadListed() {
    java.io.InputStream in = ClassWarmUp.class.getResourceAsStream(LIST);
    if (in == null) {
      listedLoaded = true;
      return 0;
    }
    ClassLoader loader = ClassWarmUp.class.getClassLoader();
    int n = 0;
    try (java.io.BufferedReader r =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#") && linked(line.strip(), loader) != null) {
          n++;
        }
      }
    } catch (java.io.IOException e) {
      return n;
    } finally {
      listedLoaded = true;
    }
    return n;
  }

  /**
   * Loads and links each named class, its member classes and its anonymous classes; a name this
   * JavaFX version lacks is skipped. Returns how many classes were loaded or found.
   */
  public static int load(String... names) {
    ClassLoader loader = ClassWarmUp.class.getClassLoader();
    int n = 0;
    for (String name : names) {
      n += loadWithNested(name, loader);
    }
    return n;
  }

  private static int loadWithNested(String name, ClassLoader loader) {
    Class<?> c = linked(name, loader);
    if (c == null) {
      return 0;
    }
    int n = 1;
    for (Class<?> member : c.getDeclaredClasses()) {
      n += loadWithNested(member.getName(), loader);
    }
    for (int i = 1; i <= MAX_ANONYMOUS; i++) {
      if (linked(name + "$" + i, loader) == null) {
        break;
      }
      n++;
    }
    return n;
  }

  /** The class, loaded and linked (verified) but not initialised; null if there is none. */
  private static Class<?> linked(String name, ClassLoader loader) {
    try {
      Class<?> c = Class.forName(name, false, loader);
      // Reflecting on its constructors links the class without running its static initialiser.
      c.getDeclaredConstructors();
      return c;
    } catch (ClassNotFoundException | LinkageError | SecurityException e) {
      return null;
    }
  }
}
