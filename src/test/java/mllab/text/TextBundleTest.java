package mllab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bundle a translator works from: every key the code asks for is there and every value parses.
 */
class TextBundleTest {

  /**
   * A whole literal key; a computed one ({@code "engine.metric." + name()}) is checked by its
   * enum's test.
   */
  private static final Pattern KEY_USE = Pattern.compile("Text\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");

  /** A lone apostrophe: MessageFormat would silently drop it and quote what follows. */
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @AfterEach
  void plain() {
    Text.setPseudo(false);
  }

  @Test
  void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
    ResourceBundle bundle = Text.bundle();
    List<String> missing = new ArrayList<>();
    int uses = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = KEY_USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          uses++;
          if (!bundle.containsKey(m.group(1))) {
            missing.add(f.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(uses > 0, "the code looks texts up");
    assertEquals(List.of(), missing, "keys used in code but missing from messages.properties");
  }

  @Test
  void everyValueIsAValidPatternWithDoubledApostrophes() {
    ResourceBundle bundle = Text.bundle();
    List<String> bad = new ArrayList<>();
    for (String key : new TreeSet<>(Collections.list(bundle.getKeys()))) {
      String value = bundle.getString(key);
      if (value.isBlank()) {
        bad.add(key + ": empty");
      }
      if (LONE_APOSTROPHE.matcher(value).find()) {
        bad.add(key + ": write an apostrophe as '' (MessageFormat drops a single one)");
      }
      try {
        new MessageFormat(value);
      } catch (IllegalArgumentException e) {
        bad.add(key + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void argumentsAreFilledInAndPseudoLocalizationMarksTheText() {
    assertEquals("Multi-Label Lab", Text.get("app.title"));
    Text.setPseudo(true);
    assertEquals("⟦Multi-Label Lab⟧", Text.get("app.title"));
  }

  @Test
  void aFormatterGivesWhatGetGivesForEachValue() {
    String key = "engine.pipeline.card.sampleValue";
    for (boolean pseudo : new boolean[] {false, true}) {
      Text.setPseudo(pseudo);
      java.util.function.Function<Object[], String> named = Text.formatter(key);
      assertEquals(Text.get(key, "beach", "0.83"), named.apply(new Object[] {"beach", "0.83"}));
      assertEquals(Text.get(key, "000", "1"), named.apply(new Object[] {"000", "1"}));
    }
    Text.setPseudo(false);
  }
}
