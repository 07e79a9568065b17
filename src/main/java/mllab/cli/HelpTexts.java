package mllab.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import mllab.text.Text;

/**
 * The command line's help texts for picocli, read from the app's one resource bundle: the bundle
 * key {@code cli.help.run.usage.description.0} is what picocli asks for as {@code
 * mllab.run.usage.description.0} (its keys are qualified by the command name), and {@code
 * cli.help.shared.…} serves the keys picocli shares between commands (the standard {@code --help}
 * and {@code --version} options). Values go through {@link Text}, so they are MessageFormat
 * patterns like every other text and follow pseudo-localization; their {@code {0}} is the option's
 * default value (picocli's {@code ${DEFAULT-VALUE}}).
 */
final class HelpTexts extends java.util.ResourceBundle {

  private static final String PREFIX = "cli.help.";
  private static final String SHARED = PREFIX + "shared.";
  private static final String COMMAND = "mllab.";

  /** Filled in by picocli with the option's default value. */
  private static final String DEFAULT_VALUE = "${DEFAULT-VALUE}";

  private final Set<String> keys = new TreeSet<>();

  HelpTexts() {
    for (String key : Collections.list(Text.bundle().getKeys())) {
      if (key.startsWith(SHARED)) {
        keys.add(key.substring(SHARED.length()));
      } else if (key.startsWith(PREFIX)) {
        keys.add(COMMAND + key.substring(PREFIX.length()));
      }
    }
  }

  /** The bundle key behind picocli's {@code key}. */
  static String textKey(String key) {
    return key.startsWith(COMMAND) ? PREFIX + key.substring(COMMAND.length()) : SHARED + key;
  }

  @Override
  protected Object handleGetObject(String key) {
    return keys.contains(key) ? Text.get(textKey(key), DEFAULT_VALUE) : null;
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(keys);
  }
}
