package mllab.ui.a11y;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colour tokens of one theme, read from the CSS files themselves: AtlantaFX's Primer sheet from
 * its jar, then the {@code .root} block of mllab.css, then (for high contrast) its {@code
 * .root.theme-high-contrast} block. Tokens may refer to other tokens; translucent tokens are
 * composed over the theme's default background, as they are drawn on it.
 */
final class ThemeTokens {

  private static final Pattern DECLARATION =
      Pattern.compile("(-(?:color|mllab)-[a-z0-9-]+)\\s*:\\s*([^;]+);");

  private final Map<String, String> raw = new LinkedHashMap<>();

  private ThemeTokens() {}

  /** Tokens of the light, dark or high-contrast theme (AtlantaFX sheet + our blocks). */
  static ThemeTokens of(String primerSheet, String... mllabBlocks) {
    ThemeTokens tokens = new ThemeTokens();
    tokens.addAll(firstBlock(read("/atlantafx/base/theme/" + primerSheet), ".root"));
    String mllab = read("/assets/theme/mllab.css");
    for (String selector : mllabBlocks) {
      tokens.addAll(firstBlock(mllab, selector));
    }
    return tokens;
  }

  /** The opaque colour of {@code token} as 0xRRGGBB. */
  int rgb(String token) {
    double[] c = resolve(token, 0);
    if (c[3] < 1.0) {
      double[] under = resolve("-color-bg-default", 0);
      for (int k = 0; k < 3; k++) {
        c[k] = c[3] * c[k] + (1 - c[3]) * under[k];
      }
    }
    return ((int) Math.round(c[0]) << 16) | ((int) Math.round(c[1]) << 8) | (int) Math.round(c[2]);
  }

  private double[] resolve(String value, int depth) {
    if (depth > 20) {
      throw new IllegalStateException("token cycle at " + value);
    }
    String v = value.trim();
    if (v.startsWith("-")) {
      String next = raw.get(v);
      if (next == null) {
        throw new IllegalArgumentException("unknown token " + v);
      }
      return resolve(next, depth + 1);
    }
    return parseColour(v);
  }

  static double[] parseColour(String v) {
    String s = v.toLowerCase();
    if (s.equals("white")) {
      return new double[] {255, 255, 255, 1};
    }
    if (s.equals("black")) {
      return new double[] {0, 0, 0, 1};
    }
    if (s.startsWith("#") && s.length() == 7) {
      int x = Integer.parseInt(s.substring(1), 16);
      return new double[] {(x >> 16) & 0xff, (x >> 8) & 0xff, x & 0xff, 1};
    }
    Matcher m = Pattern.compile("rgba?\\(([^)]*)\\)").matcher(s);
    if (m.matches()) {
      String[] parts = m.group(1).split(",");
      double alpha = parts.length > 3 ? Double.parseDouble(parts[3].trim()) : 1.0;
      return new double[] {
        Double.parseDouble(parts[0].trim()),
        Double.parseDouble(parts[1].trim()),
        Double.parseDouble(parts[2].trim()),
        alpha
      };
    }
    throw new IllegalArgumentException("not a colour this test understands: " + v);
  }

  private void addAll(String block) {
    Matcher m = DECLARATION.matcher(block);
    while (m.find()) {
      raw.put(m.group(1), m.group(2).trim());
    }
  }

  /** The body of the first rule whose selector is exactly {@code selector}. */
  private static String firstBlock(String css, String selector) {
    String noComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
    Matcher m =
        Pattern.compile("(?m)^\\s*" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}")
            .matcher(noComments);
    if (!m.find()) {
      throw new IllegalStateException("no " + selector + " block");
    }
    return m.group(1);
  }

  private static String read(String resource) {
    try (InputStream in = ThemeTokens.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** WCAG 2.2 contrast ratio of two opaque colours. */
  static double contrast(int a, int b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(int rgb) {
    return 0.2126 * channel((rgb >> 16) & 0xff)
        + 0.7152 * channel((rgb >> 8) & 0xff)
        + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int c) {
    double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }
}
