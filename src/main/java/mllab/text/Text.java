package mllab.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Every sentence, label and message a user reads, looked up by key in the resource bundle {@code
 * assets/i18n/messages*.properties} so that a translator adds a file instead of editing code.
 * Values are {@link MessageFormat} patterns, always (with or without arguments), so an apostrophe
 * is written {@code ''} everywhere and a translator never has to know which values take arguments.
 * Numbers are formatted by the caller (the lesson shows {@code 0.616}, not a locale's grouping) and
 * passed as strings.
 *
 * <p>Pseudo-localization ({@code -Dmllab.pseudo=true}, or {@link #setPseudo}) wraps every text in
 * {@code ⟦…⟧}: run the app that way and any text on screen without the brackets did not come from
 * the bundle, and widened layouts show where a longer translation would be cut.
 */
public final class Text {

  /** The bundle's base name on the class path. */
  public static final String BUNDLE = "assets.i18n.messages";

  private static volatile ResourceBundle bundle = load(Locale.getDefault());
  private static volatile boolean pseudo = Boolean.getBoolean("mllab.pseudo");

  private Text() {}

  /**
   * Reads the bundle now, if it is not read yet (otherwise the first text asked for reads it): the
   * app's start has the launcher thread read it while the FX thread loads the theme.
   */
  public static void readNow() {
    // Nothing more to do: the bundle is read when this class is initialized.
  }

  /**
   * The text for {@code key}, its {@code {0}}, {@code {1}}… replaced by {@code args}.
   *
   * @throws MissingResourceException if the key is not in the bundle (a test checks every key the
   *     code uses exists, so this is a programming error, never a user's)
   */
  public static String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    String text = new MessageFormat(pattern, bundle.getLocale()).format(args);
    return pseudo ? "⟦" + text + "⟧" : text;
  }

  /**
   * {@link #get}'s formatting for one key, its pattern parsed once: for the same text made for many
   * values in a row (a sample of every label), where {@code get} would parse it each time. Not for
   * sharing between threads.
   */
  public static Function<Object[], String> formatter(String key) {
    MessageFormat format = new MessageFormat(bundle.getString(key), bundle.getLocale());
    boolean wrap = pseudo;
    return args -> wrap ? "⟦" + format.format(args) + "⟧" : format.format(args);
  }

  /** Whether the bundle has {@code key} (for texts chosen by a computed key, e.g. an enum's). */
  public static boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** Switches the bundle's locale (falls back to the base bundle for missing translations). */
  public static void setLocale(Locale locale) {
    bundle = load(locale);
  }

  /** Turns pseudo-localization on or off (see the class comment). */
  public static void setPseudo(boolean on) {
    pseudo = on;
  }

  public static boolean isPseudo() {
    return pseudo;
  }

  /** The base bundle, for tests that check every key and pattern. */
  public static ResourceBundle bundle() {
    return bundle;
  }

  private static ResourceBundle load(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
